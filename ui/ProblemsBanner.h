#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A bar above the rule table saying what is wrong with the document just opened and what ran
// anyway, with its choices at hand: it never blocks the window (nor the rules already started),
// unlike a dialog.
class ProblemsBanner : public QFrame {
    Q_OBJECT
public:
    explicit ProblemsBanner(QWidget *parent = nullptr);

    // TAKEVALIDPART: offer to drop the rules with errors from the document.
    void showMessage(const QString &text, bool takeValidPart);
    QString text() const;

Q_SIGNALS:
    void showProblemsRequested();
    void takeValidPartRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_take;
    QToolButton *m_close;
};
