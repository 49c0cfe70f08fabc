#pragma once

#include "ConfigDiagnostic.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTreeWidget;

// Lists every finding of a config file with its line, and lets the user take the valid part or
// keep the current document.
class ImportDiagnosticsDialog : public QDialog {
    Q_OBJECT
public:
    ImportDiagnosticsDialog(const QString &fileName, const QVector<ConfigDiagnostic> &diagnostics,
                            int validRuleCount, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSource(); // the current finding's line as written

    QString m_fileName;
    QVector<ConfigDiagnostic> m_diagnostics;
    int m_validRuleCount;
    QStringList m_sourceLines;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_source;
    QPushButton *m_take;
};
