#include "ValidatedLineEdit.h"

#include <QPalette>

ValidatedLineEdit::ValidatedLineEdit(Checker checker, QWidget *parent)
    : QLineEdit(parent)
    , m_checker(std::move(checker)) {
    connect(this, &QLineEdit::textChanged, this, &ValidatedLineEdit::recheck);
    recheck();
}

void ValidatedLineEdit::setCheckers(Checker checker, Checker warning) {
    m_checker = std::move(checker);
    m_warningChecker = std::move(warning);
    recheck();
}

void ValidatedLineEdit::recheck() {
    const QString problem = m_checker ? m_checker(text()) : QString();
    const bool changed = problem.isEmpty() != m_problem.isEmpty();
    m_problem = problem;
    m_warning = problem.isEmpty() && m_warningChecker ? m_warningChecker(text()) : QString();
    QPalette pal = palette();
    pal.setColor(QPalette::Base, !problem.isEmpty()     ? QColor(255, 215, 215)
                                 : !m_warning.isEmpty() ? QColor(255, 240, 190)
                                                        : QPalette().color(QPalette::Base));
    setPalette(pal);
    setToolTip(problem.isEmpty() ? m_warning : problem);
    if (changed)
        Q_EMIT validityChanged(problem.isEmpty());
}
