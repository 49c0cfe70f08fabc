#pragma once
// Thin epoll wrapper (level-triggered) used by every mode of prbench.

#include "Common.h"

#include <cstdint>
#include <sys/epoll.h>
#include <unistd.h>

namespace bench {

class Poller {
public:
    Poller() {
        m_fd = epoll_create1(EPOLL_CLOEXEC);
        if (m_fd < 0)
            fail("epoll_create1");
    }
    ~Poller() { close(m_fd); }
    Poller(const Poller &) = delete;
    Poller &operator=(const Poller &) = delete;

    void add(int fd, uint32_t events, uint64_t data) { control(EPOLL_CTL_ADD, fd, events, data); }
    void modify(int fd, uint32_t events, uint64_t data) {
        control(EPOLL_CTL_MOD, fd, events, data);
    }
    void remove(int fd) { epoll_ctl(m_fd, EPOLL_CTL_DEL, fd, nullptr); }
    int wait(epoll_event *events, int max, int timeoutMs) {
        int n = epoll_wait(m_fd, events, max, timeoutMs);
        return n < 0 ? 0 : n;
    }

private:
    void control(int op, int fd, uint32_t events, uint64_t data) {
        epoll_event ev{};
        ev.events = events;
        ev.data.u64 = data;
        if (epoll_ctl(m_fd, op, fd, &ev) < 0)
            fail("epoll_ctl");
    }
    int m_fd;
};

} // namespace bench
