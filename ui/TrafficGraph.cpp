#include "TrafficGraph.h"

#include "HumanUnits.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
// Powers of two keep the axis labels short in binary units ("512 KiB/s", "2.0 MiB/s").
double niceCeiling(double value) {
    double nice = 1024.0; // never less than 1 KiB/s so that idle noise stays flat
    while (nice < value)
        nice *= 2.0;
    return nice;
}
} // namespace

TrafficGraph::TrafficGraph(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("trafficGraph"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TrafficGraph::setSeries(const QVector<QPointF> &points, qint64 nowMs, qint64 windowMs) {
    m_points = points;
    m_nowMs = nowMs;
    m_windowMs = qMax<qint64>(windowMs, 1000);
    update();
}

void TrafficGraph::setTitle(const QString &title) {
    m_title = title;
    update();
}

void TrafficGraph::setCurrentRate(double bytesPerSecond) {
    m_currentRate = bytesPerSecond;
    update();
}

QSize TrafficGraph::sizeHint() const {
    return {360, 160};
}
QSize TrafficGraph::minimumSizeHint() const {
    return {200, 100};
}

void TrafficGraph::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();

    double maxRate = 0;
    for (const QPointF &pt : m_points)
        maxRate = qMax(maxRate, pt.y());
    const double top = niceCeiling(maxRate);
    const QString topLabel = HumanUnits::rate(top);
    const int leftMargin = fm.horizontalAdvance(topLabel) + 8;
    const int rightMargin = fm.horizontalAdvance(tr("now")) / 2 + 4;
    const QRect plot =
        rect().adjusted(leftMargin, fm.height() + 6, -rightMargin, -(fm.height() + 6));
    if (plot.width() < 10 || plot.height() < 10)
        return;

    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);

    p.setPen(text);
    p.drawText(QRect(leftMargin, 2, plot.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               m_title);
    p.drawText(QRect(leftMargin, 2, plot.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               HumanUnits::rate(m_currentRate));

    // Horizontal grid at quarters of the ceiling, labelled at the top and the middle.
    for (int i = 0; i <= 4; ++i) {
        const int y = plot.bottom() - plot.height() * i / 4;
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        if (i == 2 || i == 4) {
            p.setPen(text);
            p.drawText(QRect(0, y - fm.height() / 2, leftMargin - 4, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, HumanUnits::rate(top * i / 4));
        }
    }
    // Vertical grid every minute, labelled in minutes before now.
    const int minutes = int(m_windowMs / 60000);
    for (int m = 0; m <= minutes; ++m) {
        const int x = plot.right() - int(double(plot.width()) * m * 60000 / m_windowMs);
        p.setPen(grid);
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.setPen(text);
        const QString label = m == 0 ? tr("now") : tr("-%1 min").arg(m);
        const int w = fm.horizontalAdvance(label) + 2;
        const int left = qBound(0, x - w / 2, width() - w); // keep "now" inside the widget
        p.drawText(QRect(left, plot.bottom() + 3, w, fm.height()), Qt::AlignCenter, label);
    }

    if (m_points.isEmpty())
        return;
    auto toScreen = [&](const QPointF &pt) {
        const double age = double(m_nowMs) - pt.x();
        const double x = plot.right() - plot.width() * age / double(m_windowMs);
        const double y = plot.bottom() - plot.height() * (pt.y() / top);
        return QPointF(qMax<double>(plot.left(), x), y);
    };
    QPainterPath line;
    line.moveTo(toScreen(m_points.constFirst()));
    for (int i = 1; i < m_points.size(); ++i)
        line.lineTo(toScreen(m_points.at(i)));
    QPainterPath area = line;
    area.lineTo(toScreen(m_points.constLast()).x(), plot.bottom());
    area.lineTo(toScreen(m_points.constFirst()).x(), plot.bottom());
    area.closeSubpath();
    const QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(60);
    p.fillPath(area, fill);
    p.setPen(QPen(accent, 1.5));
    p.drawPath(line);
}
