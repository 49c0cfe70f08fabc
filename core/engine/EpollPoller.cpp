#include "EpollPoller.h"

#include "PollClient.h"

#include <QAbstractEventDispatcher>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {
constexpr int kMaxEventsPerWait = 256;
// Bounded so that timers, queued calls and the listeners get their turn under full load.
constexpr int kMaxWaitsPerWakeup = 4;
// Bulk events served per batch. Each may move megabytes (TcpRelayConnection's budget), so this
// bounds how long the interactive clients of the next batch wait. Level-triggered readiness
// brings the bulk clients left out back in the next batch; a rotating start shares the turns.
constexpr int kMaxBulkEventsPerBatch = 4;
} // namespace

EpollPoller::EpollPoller(QObject *parent)
    : QObject(parent) {
    m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    if (m_epollFd < 0) {
        qCCritical(lcEngine, "epoll_create1 failed: %s", std::strerror(errno));
        return;
    }
    m_notifier = new QSocketNotifier(m_epollFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EpollPoller::dispatch);
}

EpollPoller::~EpollPoller() {
    if (auto *loop =
            qobject_cast<EngineEventDispatcher *>(QAbstractEventDispatcher::instance(thread()));
        loop && m_sharesLoopEpoll)
        loop->setBatchHandler(nullptr);
    delete m_notifier;
    if (m_epollFd >= 0 && !m_sharesLoopEpoll)
        ::close(m_epollFd);
}

void EpollPoller::joinThreadLoop() {
    // Decided on the first registration, made in the thread that will run the relay (the poller
    // is created before its owner moves there). Nothing is registered yet, so the own epoll set
    // can be dropped without moving anything.
    m_loopChecked = true;
    auto *loop = qobject_cast<EngineEventDispatcher *>(QAbstractEventDispatcher::instance());
    if (!loop || loop->epollFd() < 0 || thread() != QThread::currentThread())
        return;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_epollFd);
    m_epollFd = loop->epollFd();
    m_sharesLoopEpoll = true;
    loop->setBatchHandler(this);
}

bool EpollPoller::add(int fd, uint32_t events, PollClient *client) {
    if (!m_loopChecked)
        joinThreadLoop();
    epoll_event ev{};
    ev.events = events;
    ev.data.ptr = client;
    return epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &ev) == 0;
}

bool EpollPoller::modify(int fd, uint32_t events, PollClient *client) {
    epoll_event ev{};
    ev.events = events;
    ev.data.ptr = client;
    return epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &ev) == 0;
}

void EpollPoller::remove(int fd) {
    epoll_event ev{};
    epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, &ev);
}

void EpollPoller::setBatchHooks(std::function<void()> before, std::function<void()> after) {
    m_before = std::move(before);
    m_after = std::move(after);
}

void EpollPoller::dispatch() {
    epoll_event events[kMaxEventsPerWait];
    for (int round = 0; round < kMaxWaitsPerWakeup; ++round) {
        const int n = epoll_wait(m_epollFd, events, kMaxEventsPerWait, 0);
        if (n <= 0)
            break;
        const bool allServed = serveBatch(events, n);
        if (n < kMaxEventsPerWait && allServed)
            break; // nothing left over: wait in the event loop
    }
}

void EpollPoller::handleBatch(epoll_event *events, int count) {
    // Whatever is left over comes back in the loop's next epoll_wait (level-triggered).
    serveBatch(events, count);
}

bool EpollPoller::serveBatch(epoll_event *events, int n) {
    if (m_before)
        m_before();
    // Two passes: every interactive client first, then at most kMaxBulkEventsPerBatch bulk
    // ones. A bulk direction may move its whole budget per event (TcpRelayConnection), so
    // a request that arrives behind a few busy streams waits for those few, not for all.
    int bulk[kMaxEventsPerWait];
    int bulkCount = 0;
    for (int i = 0; i < n; ++i) {
        auto *client = static_cast<PollClient *>(events[i].data.ptr);
        if (client->isBulk())
            bulk[bulkCount++] = i;
        else
            client->pollEvent(events[i].events);
    }
    const int served = std::min(bulkCount, kMaxBulkEventsPerBatch);
    const int start = bulkCount > 0 ? int(m_bulkCursor % unsigned(bulkCount)) : 0;
    for (int k = 0; k < served; ++k) {
        const epoll_event &event = events[bulk[(start + k) % bulkCount]];
        static_cast<PollClient *>(event.data.ptr)->pollEvent(event.events);
    }
    m_bulkCursor += unsigned(served);
    if (m_after)
        m_after();
    return served == bulkCount;
}
