#pragma once

#include "EngineEventDispatcher.h"

#include <QObject>
#include <QSocketNotifier>

#include <cstdint>
#include <functional>

class PollClient;

// One epoll instance driven by a single QSocketNotifier in the owning thread's event loop. The
// relay registers its raw connection descriptors here instead of using one QSocketNotifier (a
// QObject with a private part) per descriptor and direction: that keeps an idle connection to a
// few hundred bytes and the cost of a wakeup proportional to the busy descriptors, not to all of
// them (the Qt dispatchers poll() every registered notifier on each loop iteration).
// Level-triggered: a client states what it waits for and gets told while it is true.
//
// On a thread run by EngineEventDispatcher the poller registers its descriptors in that loop's own
// epoll set and takes their events from it: one epoll_wait per loop turn instead of two.
class EpollPoller : public QObject, private EpollBatchHandler {
    Q_OBJECT
public:
    explicit EpollPoller(QObject *parent = nullptr);
    ~EpollPoller() override;

    bool isValid() const { return m_epollFd >= 0; }

    // events: EPOLLIN / EPOLLOUT (EPOLLERR and EPOLLHUP are always reported).
    bool add(int fd, uint32_t events, PollClient *client);
    bool modify(int fd, uint32_t events, PollClient *client);
    void remove(int fd);

    // Called before and after each batch of events (the relay updates its clock and frees
    // connections closed during the batch).
    void setBatchHooks(std::function<void()> before, std::function<void()> after);

private:
    void dispatch();
    void handleBatch(epoll_event *events, int count) override;
    // Serves one batch; false when bulk events were left for the next one.
    bool serveBatch(epoll_event *events, int count);
    void joinThreadLoop();

    int m_epollFd = -1;
    QSocketNotifier *m_notifier = nullptr; // a child: moves with this object
    std::function<void()> m_before;
    std::function<void()> m_after;
    unsigned m_bulkCursor = 0;  // rotates which bulk clients a full batch serves first
    bool m_loopChecked = false; // joinThreadLoop() ran (on the first registration)
    bool m_sharesLoopEpoll = false;
};
