#include "TrafficGraph.h"

#include "HumanUnits.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

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

void TrafficGraph::setSeries(const QVector<Series> &series, qint64 nowMs, qint64 windowMs) {
    m_series = series;
    m_nowMs = nowMs;
    m_windowMs = qMax<qint64>(windowMs, 1000);
    update();
}

void TrafficGraph::setTitle(const QString &title) {
    m_title = title;
    update();
}

QStringList TrafficGraph::legendTexts() const {
    QStringList texts;
    for (const Series &series : m_series)
        texts.append(tr("%1 %2").arg(series.label, HumanUnits::rate(series.currentRate)));
    return texts;
}

double TrafficGraph::axisCeiling() const {
    double maxRate = 0;
    for (const Series &series : m_series)
        for (const QPointF &pt : series.points)
            maxRate = qMax(maxRate, pt.y());
    return niceCeiling(maxRate);
}

QColor TrafficGraph::seriesColor(int index, const QPalette &palette) {
    // One pair for light backgrounds and a lighter one for dark ones; blue against orange stays
    // apart for the common colour-vision deficiencies too.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Chosen by branches, not by indexing the result of `dark ? a : b`: clang 14 with
    // UndefinedBehaviorSanitizer folded the index to 0 on one side of such an expression.
    const bool second = index % 2 != 0;
    if (dark)
        return second ? QColor(0xff, 0xa0, 0x4a) : QColor(0x6c, 0xb0, 0xff);
    return second ? QColor(0xc0, 0x50, 0x00) : QColor(0x1f, 0x62, 0xc0);
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

    const double top = axisCeiling();
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

    // The legend at the top right: a short line in the series' colour, its name and current rate.
    const QStringList legend = legendTexts();
    const int swatch = fm.height();
    int x = width() - 4;
    for (int i = legend.size() - 1; i >= 0; --i) {
        const int w = fm.horizontalAdvance(legend.at(i));
        x -= w;
        p.setPen(text);
        p.drawText(QRect(x, 2, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, legend.at(i));
        x -= swatch + 4;
        p.setPen(QPen(seriesColor(i, palette()), 3, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(x, 2 + fm.height() / 2, x + swatch, 2 + fm.height() / 2);
        x -= 12;
    }
    p.setPen(text);
    const int titleWidth = qMax(0, x - leftMargin);
    p.drawText(QRect(leftMargin, 2, titleWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_title, Qt::ElideRight, titleWidth));

    // Horizontal grid at quarters of the ceiling, labelled at the middle and the top (a label at
    // zero would sit on the time axis' labels).
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
        const int gx = plot.right() - int(double(plot.width()) * m * 60000 / m_windowMs);
        p.setPen(grid);
        p.drawLine(gx, plot.top(), gx, plot.bottom());
        p.setPen(text);
        const QString label = m == 0 ? tr("now") : tr("-%1 min").arg(m);
        const int w = fm.horizontalAdvance(label) + 2;
        const int left = qBound(0, gx - w / 2, width() - w); // keep "now" inside the widget
        p.drawText(QRect(left, plot.bottom() + 3, w, fm.height()), Qt::AlignCenter, label);
    }

    auto toScreen = [&](const QPointF &pt) {
        const double age = double(m_nowMs) - pt.x();
        const double sx = plot.right() - plot.width() * age / double(m_windowMs);
        const double sy = plot.bottom() - plot.height() * (pt.y() / top);
        return QPointF(qMax<double>(plot.left(), sx), sy);
    };
    for (int i = 0; i < m_series.size(); ++i) {
        const QVector<QPointF> &points = m_series.at(i).points;
        if (points.isEmpty())
            continue;
        QPainterPath line;
        line.moveTo(toScreen(points.constFirst()));
        for (int k = 1; k < points.size(); ++k)
            line.lineTo(toScreen(points.at(k)));
        QPainterPath area = line;
        area.lineTo(toScreen(points.constLast()).x(), plot.bottom());
        area.lineTo(toScreen(points.constFirst()).x(), plot.bottom());
        area.closeSubpath();
        const QColor color = seriesColor(i, palette());
        QColor fill = color;
        fill.setAlpha(40); // light enough that the other series shows through
        p.fillPath(area, fill);
        p.setPen(QPen(color, 1.8));
        p.drawPath(line);
    }
}
