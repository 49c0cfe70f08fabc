#include "TrafficHistory.h"

namespace {
double sumOf(const QHash<int, quint64> &perRule, int ruleId) {
    if (ruleId != 0)
        return static_cast<double>(perRule.value(ruleId, 0));
    quint64 sum = 0;
    for (quint64 bytes : perRule)
        sum += bytes;
    return static_cast<double>(sum);
}

// Bytes since the previous sample; a counter that went down was reset (or the rule restarted):
// count from zero.
QHash<int, quint64> deltas(const QHash<int, quint64> &totals, const QHash<int, quint64> &before) {
    QHash<int, quint64> moved;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const quint64 previous = before.value(it.key(), 0);
        moved.insert(it.key(), it.value() >= previous ? it.value() - previous : it.value());
    }
    return moved;
}
} // namespace

double TrafficHistory::bytesOf(const Sample &sample, int ruleId, Direction direction) {
    switch (direction) {
    case Direction::In:
        return sumOf(sample.in, ruleId);
    case Direction::Out:
        return sumOf(sample.out, ruleId);
    case Direction::Both:
        break;
    }
    return sumOf(sample.in, ruleId) + sumOf(sample.out, ruleId);
}

TrafficHistory::TrafficHistory(qint64 windowMs)
    : m_windowMs(windowMs) {}

void TrafficHistory::clear() {
    m_samples.clear();
    m_lastIn.clear();
    m_lastOut.clear();
    m_lastTimeMs = -1;
}

void TrafficHistory::addSnapshot(const StatsSnapshot &snapshot) {
    const qint64 now = snapshot.takenAt.isValid() ? snapshot.takenAt.toMSecsSinceEpoch() : 0;
    QHash<int, quint64> in;
    QHash<int, quint64> out;
    for (const RuleStats &rule : snapshot.rules) {
        in.insert(rule.ruleId, rule.bytesFromClient);
        out.insert(rule.ruleId, rule.bytesToClient);
    }

    if (m_lastTimeMs >= 0 && now > m_lastTimeMs) {
        Sample sample;
        sample.timeMs = now;
        sample.intervalSeconds = (now - m_lastTimeMs) / 1000.0;
        sample.in = deltas(in, m_lastIn);
        sample.out = deltas(out, m_lastOut);
        m_samples.append(sample);
    }
    if (m_lastTimeMs < 0 || now > m_lastTimeMs) {
        m_lastTimeMs = now;
        m_lastIn = in;
        m_lastOut = out;
    }
    int expired = 0;
    while (expired < m_samples.size() && m_samples.at(expired).timeMs < now - m_windowMs)
        ++expired;
    m_samples.remove(0, expired);
}

QVector<QPointF> TrafficHistory::series(int ruleId, Direction direction) const {
    // Snapshots come a few times a second and traffic is bursty; one point per second reads as a
    // rate instead of a comb of spikes.
    constexpr qint64 binMs = 1000;
    QVector<QPointF> points;
    qint64 bin = -1;
    double bytes = 0;
    double seconds = 0;
    auto flush = [&] {
        if (bin >= 0 && seconds > 0)
            points.append(QPointF(double(bin * binMs + binMs / 2), bytes / seconds));
    };
    for (const Sample &sample : m_samples) {
        const qint64 sampleBin = sample.timeMs / binMs;
        if (sampleBin != bin) {
            flush();
            bin = sampleBin;
            bytes = 0;
            seconds = 0;
        }
        bytes += bytesOf(sample, ruleId, direction);
        seconds += sample.intervalSeconds;
    }
    flush();
    return points;
}

double TrafficHistory::latestRate(int ruleId, Direction direction) const {
    if (m_samples.isEmpty())
        return 0;
    // Averaged over the last second, so that a figure read off the status bar is not one burst.
    const qint64 since = m_samples.constLast().timeMs - 1000;
    double bytes = 0;
    double seconds = 0;
    for (auto it = m_samples.crbegin(); it != m_samples.crend() && it->timeMs > since; ++it) {
        bytes += bytesOf(*it, ruleId, direction);
        seconds += it->intervalSeconds;
    }
    return seconds > 0 ? bytes / seconds : 0;
}
