#pragma once

#include <QtGlobal>

// A token bucket for one stream of bytes: `rate` bytes per second on average, at most a burst of
// an eighth of a second (and never less than a few KiB, so that a slow limit still moves whole
// segments) in one go. Driven by the caller's monotonic clock in milliseconds; it never sleeps:
// the caller stops reading when nothing is available and asks how long to wait.
class RateLimiter {
public:
    RateLimiter(quint64 bytesPerSecond, qint64 nowMs);

    quint64 rate() const { return m_rate; }
    quint64 burst() const { return m_burst; }
    // Bytes that may be moved now.
    quint64 available(qint64 nowMs);
    void consume(quint64 bytes);
    // Milliseconds (at least 1) until a worthwhile amount is available again: a fiftieth of a
    // second's worth, so that a limited stream wakes up at most about 50 times per second.
    qint64 msUntilRefilled(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    quint64 m_rate;
    quint64 m_burst;
    double m_tokens;
    qint64 m_lastMs;
};
