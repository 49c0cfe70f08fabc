#include "EngineEventDispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {
constexpr int kMaxEventsPerWait = 256;

// The dispatcher's own entries in the epoll set: the tag bit, then the descriptor of a notifier
// or all ones for the wake-up eventfd. Everything else is the batch handler's.
constexpr uint64_t kOwnTag = uint64_t(1) << 63;
constexpr uint64_t kWakeTag = ~uint64_t(0);
constexpr int ownFd(uint64_t data) {
    return int(data & 0x7fffffffu);
}
} // namespace

uint32_t EngineEventDispatcher::Watch::events() const {
    uint32_t mask = 0;
    if (read)
        mask |= EPOLLIN;
    if (write)
        mask |= EPOLLOUT;
    if (exception)
        mask |= EPOLLPRI;
    return mask;
}

EngineEventDispatcher::EngineEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent) {
    m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epollFd < 0 || m_wakeFd < 0) {
        qCCritical(lcEngine, "event loop set-up failed: %s", std::strerror(errno));
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = kWakeTag;
    epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EngineEventDispatcher::~EngineEventDispatcher() {
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epollFd >= 0)
        ::close(m_epollFd);
}

qint64 EngineEventDispatcher::nowMs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool EngineEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags) {
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    QCoreApplication::sendPostedEvents();

    // An event posted from now on calls wakeUp(), which makes the eventfd readable: waiting
    // below cannot miss it.
    const bool mayWait =
        (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load(std::memory_order_relaxed);
    int timeout = 0;
    if (mayWait) {
        timeout = msUntilNextTimer(nowMs());
        emit aboutToBlock();
    }
    epoll_event events[kMaxEventsPerWait];
    int n = epoll_wait(m_epollFd, events, kMaxEventsPerWait, timeout);
    if (n < 0) {
        if (errno != EINTR)
            qCWarning(lcEngine, "epoll_wait failed: %s", std::strerror(errno));
        n = 0;
    }
    if (mayWait)
        emit awake();

    bool handled = false;
    // Partitioned in place: the handler's events first, the notifiers' after them.
    epoll_event notifierEvents[kMaxEventsPerWait];
    int handlerCount = 0;
    int notifierCount = 0;
    for (int i = 0; i < n; ++i) {
        const uint64_t data = events[i].data.u64;
        if (data == kWakeTag) {
            uint64_t count = 0;
            [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
            m_wakeUpPending.store(false, std::memory_order_release);
            handled = true;
        } else if (data & kOwnTag) {
            notifierEvents[notifierCount++] = events[i];
        } else {
            events[handlerCount++] = events[i];
        }
    }
    if (handlerCount > 0 && m_batchHandler) {
        m_batchHandler->handleBatch(events, handlerCount);
        handled = true;
    }
    if (notifierCount > 0 && !(flags & QEventLoop::ExcludeSocketNotifiers)) {
        activateNotifiers(notifierEvents, notifierCount);
        handled = true;
    }
    if (!m_interrupted.load(std::memory_order_relaxed) && fireDueTimers())
        handled = true;
    return handled;
}

void EngineEventDispatcher::activateNotifiers(const epoll_event *events, int count) {
    // Collected first: a notifier's slot may delete or disable another one of this batch.
    m_pending.clear();
    for (int i = 0; i < count; ++i) {
        const int fd = ownFd(events[i].data.u64);
        const uint32_t fired = events[i].events;
        // Errors and hang-ups wake whoever waits on the descriptor, as poll() based loops do.
        const bool problem = fired & (EPOLLERR | EPOLLHUP);
        if (fired & (EPOLLIN | EPOLLRDHUP) || problem)
            m_pending.emplace_back(fd, int(QSocketNotifier::Read));
        if (fired & EPOLLOUT || problem)
            m_pending.emplace_back(fd, int(QSocketNotifier::Write));
        if (fired & EPOLLPRI)
            m_pending.emplace_back(fd, int(QSocketNotifier::Exception));
    }
    for (const auto &[fd, type] : m_pending) {
        const auto it = m_watches.find(fd);
        if (it == m_watches.end())
            continue;
        QSocketNotifier *notifier = type == QSocketNotifier::Read    ? it->second.read
                                    : type == QSocketNotifier::Write ? it->second.write
                                                                     : it->second.exception;
        if (!notifier)
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
    }
}

void EngineEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier) {
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    const bool existed = it != m_watches.end();
    Watch watch = existed ? it->second : Watch();
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateWatch(fd, watch, existed);
}

void EngineEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier) {
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    Watch watch = it->second;
    if (watch.read == notifier)
        watch.read = nullptr;
    if (watch.write == notifier)
        watch.write = nullptr;
    if (watch.exception == notifier)
        watch.exception = nullptr;
    updateWatch(fd, watch, true);
}

void EngineEventDispatcher::updateWatch(int fd, const Watch &watch, bool existed) {
    epoll_event ev{};
    ev.events = watch.events();
    ev.data.u64 = kOwnTag | uint64_t(fd);
    if (ev.events == 0) {
        if (existed) {
            epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, &ev);
            m_watches.erase(fd);
        }
        return;
    }
    if (m_wakeOneFds.count(fd) != 0) {
        // EPOLLEXCLUSIVE is only accepted by EPOLL_CTL_ADD: a change is a removal and an add.
        ev.events |= EPOLLEXCLUSIVE;
        if (existed)
            epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, &ev);
        existed = false;
    }
    if (epoll_ctl(m_epollFd, existed ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) != 0) {
        qCWarning(lcEngine, "cannot watch descriptor %d: %s", fd, std::strerror(errno));
        return;
    }
    m_watches[fd] = watch;
}

void EngineEventDispatcher::setWakesOneLoop(int fd, bool one) {
    if (one)
        m_wakeOneFds.insert(fd);
    else
        m_wakeOneFds.erase(fd);
}

void EngineEventDispatcher::schedule(Timer &timer, qint64 deadline) {
    timer.deadlineMs = deadline;
    m_deadlines.emplace(deadline, timer.id);
}

void EngineEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                          QObject *object) {
    Timer timer;
    timer.id = timerId;
    timer.intervalMs = qMax<qint64>(0, interval);
    timer.type = timerType;
    timer.object = object;
    auto &stored = m_timers[timerId] = timer;
    schedule(stored, nowMs() + stored.intervalMs);
}

bool EngineEventDispatcher::unregisterTimer(int timerId) {
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    auto range = m_deadlines.equal_range(it->second.deadlineMs);
    for (auto d = range.first; d != range.second; ++d) {
        if (d->second == timerId) {
            m_deadlines.erase(d);
            break;
        }
    }
    m_timers.erase(it);
    return true;
}

bool EngineEventDispatcher::unregisterTimers(QObject *object) {
    std::vector<int> ids;
    for (const auto &[id, timer] : m_timers)
        if (timer.object == object)
            ids.push_back(id);
    for (int id : ids)
        unregisterTimer(id);
    return !ids.empty();
}

QList<QAbstractEventDispatcher::TimerInfo>
EngineEventDispatcher::registeredTimers(QObject *object) const {
    QList<TimerInfo> list;
    for (const auto &[id, timer] : m_timers)
        if (timer.object == object)
            list.append(TimerInfo(id, int(timer.intervalMs), timer.type));
    return list;
}

int EngineEventDispatcher::remainingTime(int timerId) {
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    return int(qMax<qint64>(0, it->second.deadlineMs - nowMs()));
}

int EngineEventDispatcher::msUntilNextTimer(qint64 now) const {
    if (m_deadlines.empty())
        return -1;
    const qint64 wait = m_deadlines.begin()->first - now;
    return int(qBound(qint64(0), wait, qint64(24 * 3600 * 1000)));
}

bool EngineEventDispatcher::fireDueTimers() {
    if (m_deadlines.empty())
        return false;
    const qint64 now = nowMs();
    // Only timers due at the start fire in this turn, so a zero-interval timer cannot starve
    // the descriptors.
    std::vector<int> due;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now;) {
        const auto timer = m_timers.find(it->second);
        if (timer != m_timers.end() && timer->second.firing) {
            ++it;
            continue;
        }
        due.push_back(it->second);
        it = m_deadlines.erase(it);
        if (timer != m_timers.end()) {
            // The next deadline follows the previous one when it is still ahead (no drift),
            // otherwise it counts from now.
            const qint64 next = timer->second.deadlineMs + timer->second.intervalMs;
            timer->second.deadlineMs = next > now ? next : now + timer->second.intervalMs;
        }
    }
    for (int id : due) {
        auto timer = m_timers.find(id);
        if (timer == m_timers.end())
            continue;
        m_deadlines.emplace(timer->second.deadlineMs, id);
        timer->second.firing = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer->second.object, &event);
        // The handler may have killed the timer (a single shot) or registered others.
        timer = m_timers.find(id);
        if (timer != m_timers.end())
            timer->second.firing = false;
    }
    return !due.empty();
}

void EngineEventDispatcher::wakeUp() {
    // One write per sleep is enough; posting from many threads costs one atomic each.
    if (m_wakeUpPending.exchange(true, std::memory_order_acq_rel))
        return;
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t r = ::write(m_wakeFd, &one, sizeof one);
}

void EngineEventDispatcher::interrupt() {
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}
