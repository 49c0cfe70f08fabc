#pragma once

#include <cstdint>

// Something registered with an EpollPoller: told which epoll events fired on one descriptor.
class PollClient {
public:
    virtual void pollEvent(uint32_t events) = 0;

protected:
    ~PollClient() = default;
};
