#pragma once

#include "Config.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// Rules > Add Several Rules: forwardings typed or pasted one per line in rinetd.conf syntax
// (ranges, [options], allow/deny lines under a forwarding, "#portrelay: name=" annotations),
// checked as they are typed by the rinetd.conf reader and the core validator together with the
// document's rules. Each problem is marked on its line and listed with LINE:COLUMN; Add takes
// the forwardings without errors.
class BulkAddDialog : public QDialog {
    Q_OBJECT
public:
    struct LineProblem {
        int line = 0;   // 1-based
        int column = 0; // 1-based; 0: the whole line
        bool isError = true;
        QString message;
    };

    // DOCUMENT: the rules the new ones join (bind conflicts, loops, free ids).
    explicit BulkAddDialog(const Config &document, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // Checks the text now rather than after the typing pause.
    void revalidate();
    const QVector<LineProblem> &problems() const { return m_problems; }
    // The forwardings Add takes: no error on their line or their allow/deny lines; ids follow the
    // document's, and nothing refers to lines of this text any more.
    const QVector<Rule> &validRules() const { return m_valid; }

private:
    void markProblems();
    void showProblemAt(int row);
    void updateSummary();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Config m_document;
    QPlainTextEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_add;
    QTimer *m_pause;
    QVector<LineProblem> m_problems;
    QVector<Rule> m_valid;
};
