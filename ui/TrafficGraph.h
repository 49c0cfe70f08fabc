#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QPalette;

// A small line chart of bytes per second over a time window, drawn with QPainter: one line per
// series (in and out), a legend naming each with its current rate, the rate axis in binary units
// and the time axis in minutes before now.
class TrafficGraph : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString label;
        QVector<QPointF> points; // (msecs since epoch, bytes/s), oldest first
        double currentRate = 0;  // shown in the legend
    };

    explicit TrafficGraph(QWidget *parent = nullptr);

    // NOWMS is the right edge; the series are drawn in order, each in seriesColor(its index).
    void setSeries(const QVector<Series> &series, qint64 nowMs, qint64 windowMs);
    void setTitle(const QString &title);
    // "In 1.2 KiB/s", one per series, as the legend shows them.
    QStringList legendTexts() const;
    // The top of the rate axis for the points shown: a power of two times 1 KiB/s.
    double axisCeiling() const;
    // Distinct colours (blue, orange) readable on PALETTE's base colour, light or dark.
    static QColor seriesColor(int index, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<Series> m_series;
    qint64 m_nowMs = 0;
    qint64 m_windowMs = 5 * 60 * 1000;
    QString m_title;
};
