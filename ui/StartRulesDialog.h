#pragma once

#include "Config.h"
#include "ExposureReport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// What starting a document's rules exposes, rule by rule (wildcard binds, privileged ports, ports
// already in use), before anything binds. In Started mode the same list tells what the start-up
// has just started, once, with a way to stop it again.
class StartRulesDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode {
        Confirm, // Start / Cancel; nothing runs yet
        Started, // Keep running / Stop; the rules already run
    };

    // CONFIG: the rules that would start (or started); LEFTOUT: rules with errors that do not.
    StartRulesDialog(Mode mode, const Config &config, const ExposureReport &report, int leftOut,
                     QWidget *parent = nullptr);

    // Started mode: the user chose to stop the rules again.
    bool stopChosen() const { return m_stopChosen; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Mode m_mode;
    Config m_config;
    ExposureReport m_report;
    int m_leftOut;
    bool m_stopChosen = false;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_accept;
    QPushButton *m_reject;
};
