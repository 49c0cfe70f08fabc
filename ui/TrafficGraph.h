#pragma once

#include <QPointF>
#include <QVector>
#include <QWidget>

// A small line chart of bytes per second over a time window, drawn with QPainter.
class TrafficGraph : public QWidget {
    Q_OBJECT
public:
    explicit TrafficGraph(QWidget *parent = nullptr);

    // POINTS: (msecs since epoch, bytes/s), oldest first; NOWMS is the right edge.
    void setSeries(const QVector<QPointF> &points, qint64 nowMs, qint64 windowMs);
    void setTitle(const QString &title);
    void setCurrentRate(double bytesPerSecond); // shown top right
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<QPointF> m_points;
    qint64 m_nowMs = 0;
    qint64 m_windowMs = 5 * 60 * 1000;
    QString m_title;
    double m_currentRate = 0;
};
