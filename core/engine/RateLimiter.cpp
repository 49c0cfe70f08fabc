#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(quint64 bytesPerSecond, qint64 nowMs)
    : m_rate(std::max<quint64>(bytesPerSecond, 1))
    , m_burst(std::max<quint64>(m_rate / 8, std::min<quint64>(m_rate, 4096)))
    , m_tokens(double(m_burst))
    , m_lastMs(nowMs) {}

void RateLimiter::refill(qint64 nowMs) {
    if (nowMs <= m_lastMs)
        return;
    m_tokens =
        std::min(double(m_burst), m_tokens + double(m_rate) * double(nowMs - m_lastMs) / 1000.0);
    m_lastMs = nowMs;
}

quint64 RateLimiter::available(qint64 nowMs) {
    refill(nowMs);
    return m_tokens >= 1.0 ? quint64(m_tokens) : 0;
}

void RateLimiter::consume(quint64 bytes) {
    // May go below zero when a read returned more than was granted to several readers of a
    // shared bucket; the debt is paid by waiting longer.
    m_tokens -= double(bytes);
}

qint64 RateLimiter::msUntilRefilled(qint64 nowMs) {
    refill(nowMs);
    const double want = std::min(double(m_burst), std::max(1.0, double(m_rate) / 50.0));
    if (m_tokens >= want)
        return 1;
    return std::max<qint64>(1, qint64(std::ceil((want - m_tokens) * 1000.0 / double(m_rate))));
}
