#pragma once

#include "StatsSnapshot.h"

#include <QHash>
#include <QPointF>
#include <QVector>

// Throughput over the last minutes, derived from successive snapshots' cumulative byte counters.
class TrafficHistory {
public:
    explicit TrafficHistory(qint64 windowMs = 5 * 60 * 1000);

    void addSnapshot(const StatsSnapshot &snapshot);
    void clear();

    // (msecs since epoch, bytes per second in both directions) for RULEID, or for all rules
    // when RULEID is 0; one point per second, oldest first.
    QVector<QPointF> series(int ruleId) const;
    double latestRate(int ruleId) const; // over the last second; 0 when unknown
    qint64 windowMs() const { return m_windowMs; }

private:
    struct Sample {
        qint64 timeMs = 0;
        double intervalSeconds = 0;
        QHash<int, quint64> bytes; // per rule, bytes moved since the previous sample
    };

    qint64 m_windowMs;
    qint64 m_lastTimeMs = -1;
    QHash<int, quint64> m_lastTotals;
    QVector<Sample> m_samples;
};
