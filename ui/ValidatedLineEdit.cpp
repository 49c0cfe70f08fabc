#include "ValidatedLineEdit.h"

#include <QPalette>

ValidatedLineEdit::ValidatedLineEdit(Checker checker, QWidget *parent)
    : QLineEdit(parent)
    , m_checker(std::move(checker)) {
    connect(this, &QLineEdit::textChanged, this, &ValidatedLineEdit::recheck);
    recheck();
}

void ValidatedLineEdit::recheck() {
    const QString problem = m_checker ? m_checker(text()) : QString();
    const bool changed = problem.isEmpty() != m_problem.isEmpty();
    m_problem = problem;
    QPalette pal = palette();
    pal.setColor(QPalette::Base,
                 problem.isEmpty() ? QPalette().color(QPalette::Base) : QColor(255, 215, 215));
    setPalette(pal);
    setToolTip(problem);
    if (changed)
        Q_EMIT validityChanged(problem.isEmpty());
}
