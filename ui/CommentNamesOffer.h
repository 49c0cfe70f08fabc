#pragma once

#include "AppSettings.h"

#include <QFrame>

class Document;
class QLabel;
class QPushButton;
class QToolButton;

// A bar offering, once per opened rinetd.conf, to name its rules after the comment line above
// them; the preview (CommentNamesDialog) decides which. Not a dialog of its own: opening a file
// asks nothing more than its problems.
class CommentNamesOffer : public QFrame {
    Q_OBJECT
public:
    CommentNamesOffer(Document *document, QWidget *parent = nullptr);

    // Where the answers are kept (default: the user's settings).
    void setSettings(const AppSettings &settings) { m_settings = settings; }

    // The document was just opened: offer when a rule's comment looks like a name, unless the
    // user has answered the offer for this file before.
    void offer();
    // Shows the preview; true when names were taken.
    bool preview();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The user answered for the document's file: no offer for it again.
    void rememberAnswer();
    bool wasAnswered() const;

    Document *m_document;
    QLabel *m_text;
    QPushButton *m_preview;
    QToolButton *m_close;
    int m_recommended = 0;
    AppSettings m_settings;
};
