#include "RuleTableView.h"

#include <QPainter>

RuleTableView::RuleTableView(QWidget *parent)
    : QTableView(parent) {
    // Tab moves the focus on to the next widget (the detail tabs, the search field), as in
    // every other part of the window; arrows move between cells. Inside an open editor Tab
    // still commits and edits the next cell (the delegate does that, not this setting).
    setTabKeyNavigation(false);
}

void RuleTableView::setEmptyHint(const QString &text) {
    m_emptyHint = text;
    viewport()->update();
}

void RuleTableView::paintEvent(QPaintEvent *event) {
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_emptyHint.isEmpty())
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlpha(140);
    painter.setPen(color);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap, m_emptyHint);
}
