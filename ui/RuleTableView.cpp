#include "RuleTableView.h"

#include <QPainter>

RuleTableView::RuleTableView(QWidget *parent)
    : QTableView(parent) {}

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
