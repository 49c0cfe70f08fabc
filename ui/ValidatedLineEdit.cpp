#include "ValidatedLineEdit.h"

#include <QEvent>
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
    const QPalette normal;
    // A disabled field is not in use (another choice made it so): nothing to point out.
    const bool marked = !problem.isEmpty() && isEnabled();
    const bool warned = problem.isEmpty() && !m_warning.isEmpty() && isEnabled();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        pal.setColor(group, QPalette::Base,
                     marked   ? QColor(255, 215, 215)
                     : warned ? QColor(255, 240, 190)
                              : normal.color(group, QPalette::Base));
    setPalette(pal);
    setToolTip(problem.isEmpty() ? m_warning : problem);
    if (changed)
        Q_EMIT validityChanged(problem.isEmpty());
}

void ValidatedLineEdit::changeEvent(QEvent *event) {
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        recheck();
}
