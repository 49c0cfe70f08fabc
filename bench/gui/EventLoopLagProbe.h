#pragma once
// Measures how late a 10 ms timer fires on the thread that owns it: each tick's lateness is
// (time since the previous tick) - interval. A busy GUI thread shows up as late ticks.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

class EventLoopLagProbe : public QObject {
    Q_OBJECT
public:
    explicit EventLoopLagProbe(int intervalMs, QObject *parent = nullptr);

    void start();
    void stop();
    // Lateness of every tick since start(), in microseconds.
    const std::vector<qint64> &latenessUs() const { return m_latenessUs; }

private:
    void onTick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_latenessUs;
};
