#pragma once

#include <QMenu>
#include <QStringList>

class QAction;

// The Help menu: About, the manual page, the documentation folder and "What's this rule doing?".
// The window answers ruleExplanationRequested(); the rest is handled here.
class HelpMenu : public QMenu {
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *parent = nullptr);

    QAction *ruleExplanationAction() const { return m_explainAction; }

    // The installed documentation: the first existing folder of documentationCandidates().
    // Empty when none exists (a build that was not installed).
    static QString documentationFolder();
    // The configured install folder, then the same place relative to the program (a relocated
    // install prefix).
    static QStringList documentationCandidates();
    // The About box's text (HTML): version, licence, where the documentation is.
    static QString aboutText();

    void showAbout();
    void showManualPage();
    // Opens the folder in the desktop's file manager; false (and a message) when it is missing.
    bool openDocumentationFolder();

Q_SIGNALS:
    void ruleExplanationRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QAction *m_aboutAction;
    QAction *m_manualAction;
    QAction *m_docsAction;
    QAction *m_explainAction;
};
