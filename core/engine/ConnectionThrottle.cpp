#include "ConnectionThrottle.h"

#include "RelayContext.h"

#include <algorithm>
#include <limits>

ConnectionThrottle::ConnectionThrottle(RelayContext *context, quint64 connectionRate,
                                       std::shared_ptr<RateLimiter> ruleUp,
                                       std::shared_ptr<RateLimiter> ruleDown,
                                       std::function<void()> resume)
    : m_context(context)
    , m_resume(std::move(resume)) {
    if (connectionRate > 0) {
        m_own[Up] = std::make_unique<RateLimiter>(connectionRate, context->nowMs);
        m_own[Down] = std::make_unique<RateLimiter>(connectionRate, context->nowMs);
    }
    m_rule[Up] = std::move(ruleUp);
    m_rule[Down] = std::move(ruleDown);
}

ConnectionThrottle::~ConnectionThrottle() {
    m_context->wakeups->cancel(this);
}

size_t ConnectionThrottle::budget(Direction direction) {
    if (m_waiting[direction])
        return 0;
    const qint64 now = m_context->nowMs;
    quint64 allowed = std::numeric_limits<size_t>::max();
    qint64 waitMs = 0;
    for (RateLimiter *limiter : {m_own[direction].get(), m_rule[direction].get()}) {
        if (!limiter)
            continue;
        const quint64 available = limiter->available(now);
        allowed = std::min(allowed, available);
        if (available == 0)
            waitMs = std::max(waitMs, limiter->msUntilRefilled(now));
    }
    if (allowed > 0)
        return size_t(allowed);
    m_waiting[direction] = true;
    // One deadline for both directions: the earlier of the two wins, the later one re-arms.
    const qint64 due = now + waitMs;
    m_context->wakeups->schedule(this, due);
    return 0;
}

void ConnectionThrottle::consumed(Direction direction, size_t bytes) {
    for (RateLimiter *limiter : {m_own[direction].get(), m_rule[direction].get()}) {
        if (limiter)
            limiter->consume(bytes);
    }
}

void ConnectionThrottle::wakeUp() {
    m_waiting[Up] = false;
    m_waiting[Down] = false;
    m_resume();
}
