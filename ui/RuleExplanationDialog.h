#pragma once

#include <QDialog>

class Document;
class QTextBrowser;
class RuleTableModel;

// Help > What's this rule doing?: the rule told in plain language (RuleExplanation), with a way
// to the access-list tester.
class RuleExplanationDialog : public QDialog {
    Q_OBJECT
public:
    RuleExplanationDialog(const QString &title, const QString &html, QWidget *parent = nullptr);

    // The explanation of RULEID as DOCUMENT has it, in the state MODEL knows; a non-modal dialog
    // deleted on close. Null when there is no such rule.
    static RuleExplanationDialog *showFor(int ruleId, const Document *document,
                                          const RuleTableModel *model, QWidget *parent);

    QString text() const; // what is shown, as plain text

    static constexpr char TesterLink[] = "portrelay:acl-tester";

Q_SIGNALS:
    // The user asked to try client addresses against the rule's access lists.
    void testerRequested();

private:
    QTextBrowser *m_browser;
};
