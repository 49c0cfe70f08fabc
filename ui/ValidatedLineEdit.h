#pragma once

#include <QLineEdit>

#include <functional>

// A line edit that checks its text as it is typed and shows the problem at once (tinted field,
// tooltip), without blocking the input: half-typed values are normal while editing.
class ValidatedLineEdit : public QLineEdit {
    Q_OBJECT
public:
    using Checker = std::function<QString(const QString &)>; // empty string: fine

    explicit ValidatedLineEdit(Checker checker, QWidget *parent = nullptr);

    QString problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }
    // Replaces the checks, e.g. once the rest of the row is known. WARNING finds what is shown
    // (tinted yellow, in the tooltip) without making the text invalid.
    void setCheckers(Checker checker, Checker warning = {});
    QString warning() const { return m_warning; }

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recheck();

    Checker m_checker;
    Checker m_warningChecker;
    QString m_problem;
    QString m_warning;
    QString m_normalToolTip;
};
