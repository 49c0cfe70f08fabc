#include "TrafficHistory.h"

namespace {
double bytesOf(const QHash<int, quint64> &perRule, int ruleId) {
    if (ruleId != 0)
        return static_cast<double>(perRule.value(ruleId, 0));
    quint64 sum = 0;
    for (quint64 bytes : perRule)
        sum += bytes;
    return static_cast<double>(sum);
}
} // namespace

TrafficHistory::TrafficHistory(qint64 windowMs)
    : m_windowMs(windowMs) {}

void TrafficHistory::clear() {
    m_samples.clear();
    m_lastTotals.clear();
    m_lastTimeMs = -1;
}

void TrafficHistory::addSnapshot(const StatsSnapshot &snapshot) {
    const qint64 now = snapshot.takenAt.isValid() ? snapshot.takenAt.toMSecsSinceEpoch() : 0;
    QHash<int, quint64> totals;
    for (const RuleStats &rule : snapshot.rules)
        totals.insert(rule.ruleId, rule.bytesFromClient + rule.bytesToClient);

    if (m_lastTimeMs >= 0 && now > m_lastTimeMs) {
        Sample sample;
        sample.timeMs = now;
        sample.intervalSeconds = (now - m_lastTimeMs) / 1000.0;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            const quint64 before = m_lastTotals.value(it.key(), 0);
            // A counter that went down was reset (or the rule restarted): count from zero.
            sample.bytes.insert(it.key(), it.value() >= before ? it.value() - before : it.value());
        }
        m_samples.append(sample);
    }
    if (m_lastTimeMs < 0 || now > m_lastTimeMs) {
        m_lastTimeMs = now;
        m_lastTotals = totals;
    }
    int expired = 0;
    while (expired < m_samples.size() && m_samples.at(expired).timeMs < now - m_windowMs)
        ++expired;
    m_samples.remove(0, expired);
}

QVector<QPointF> TrafficHistory::series(int ruleId) const {
    QVector<QPointF> points;
    points.reserve(m_samples.size());
    for (const Sample &sample : m_samples) {
        points.append(
            QPointF(sample.timeMs, bytesOf(sample.bytes, ruleId) / sample.intervalSeconds));
    }
    return points;
}

double TrafficHistory::latestRate(int ruleId) const {
    if (m_samples.isEmpty())
        return 0;
    const Sample &sample = m_samples.constLast();
    return bytesOf(sample.bytes, ruleId) / sample.intervalSeconds;
}
