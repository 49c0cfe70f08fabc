#pragma once

#include "RateLimiter.h"
#include "WakeupScheduler.h"

#include <functional>
#include <memory>

struct RelayContext;

// The bandwidth limits of one TCP connection: a bucket per direction for rate= and the rule's
// shared buckets for rate-rule=. A direction out of tokens stops reading (its source leaves the
// poller's read interest) and the connection is resumed from the relay's WakeupScheduler when
// tokens are back; nothing ever sleeps.
class ConnectionThrottle final : private WakeupClient {
public:
    enum Direction { Up = 0, Down = 1 };

    ConnectionThrottle(RelayContext *context, quint64 connectionRate,
                       std::shared_ptr<RateLimiter> ruleUp, std::shared_ptr<RateLimiter> ruleDown,
                       std::function<void()> resume);
    ~ConnectionThrottle();
    ConnectionThrottle(const ConnectionThrottle &) = delete;
    ConnectionThrottle &operator=(const ConnectionThrottle &) = delete;

    // Bytes `direction` may read now. 0: it must wait; a wake-up is scheduled and isWaiting()
    // is true until then.
    size_t budget(Direction direction);
    void consumed(Direction direction, size_t bytes);
    bool isWaiting(Direction direction) const { return m_waiting[direction]; }

private:
    void wakeUp() override;

    RelayContext *m_context;
    std::unique_ptr<RateLimiter> m_own[2];
    std::shared_ptr<RateLimiter> m_rule[2];
    bool m_waiting[2] = {false, false};
    std::function<void()> m_resume;
};
