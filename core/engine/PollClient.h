#pragma once

#include <cstdint>

// Something registered with an EpollPoller: told which epoll events fired on one descriptor.
class PollClient {
public:
    virtual void pollEvent(uint32_t events) = 0;
    // Bulk transfers may move megabytes per event; the poller serves every other client of a
    // batch first, so that a small request does not wait behind them (see EpollPoller).
    virtual bool isBulk() const { return false; }

protected:
    ~PollClient() = default;
};
