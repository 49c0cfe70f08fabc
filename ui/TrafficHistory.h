#pragma once

#include "StatsSnapshot.h"

#include <QHash>
#include <QPointF>
#include <QVector>

// Throughput over the last minutes, derived from successive snapshots' cumulative byte counters.
class TrafficHistory {
public:
    // In: what clients send towards the targets; Out: what goes back to the clients.
    enum class Direction { Both, In, Out };

    explicit TrafficHistory(qint64 windowMs = 5 * 60 * 1000);

    void addSnapshot(const StatsSnapshot &snapshot);
    void clear();

    // (msecs since epoch, bytes per second in DIRECTION) for RULEID, or for all rules when RULEID
    // is 0; one point per second, oldest first.
    QVector<QPointF> series(int ruleId, Direction direction = Direction::Both) const;
    // Over the last second; 0 when unknown.
    double latestRate(int ruleId, Direction direction = Direction::Both) const;
    qint64 windowMs() const { return m_windowMs; }

private:
    struct Sample {
        qint64 timeMs = 0;
        double intervalSeconds = 0;
        // Per rule, bytes moved since the previous sample.
        QHash<int, quint64> in;
        QHash<int, quint64> out;
    };
    static double bytesOf(const Sample &sample, int ruleId, Direction direction);

    qint64 m_windowMs;
    qint64 m_lastTimeMs = -1;
    QHash<int, quint64> m_lastIn;
    QHash<int, quint64> m_lastOut;
    QVector<Sample> m_samples;
};
