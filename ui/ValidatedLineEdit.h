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

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recheck();

    Checker m_checker;
    QString m_problem;
    QString m_normalToolTip;
};
