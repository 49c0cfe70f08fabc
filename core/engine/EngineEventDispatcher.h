#pragma once

#include <QAbstractEventDispatcher>

#include <atomic>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class QSocketNotifier;
struct epoll_event;

// Takes the events of descriptors that someone registered directly in the dispatcher's epoll
// set (EpollPoller does, so that the relay's sockets cost no second epoll_wait per turn).
class EpollBatchHandler {
public:
    virtual void handleBatch(epoll_event *events, int count) = 0;

protected:
    ~EpollBatchHandler() = default;
};

// The engine thread's event loop: one epoll_wait per turn, timers kept in deadline order, posted
// events (queued calls) woken through an eventfd. It replaces the glib dispatcher Qt installs by
// default, whose per-turn prepare/query/check passes and poll() of every source cost as much as
// the relay's own work per small request. Everything that is not a QSocketNotifier or a timer is
// left to Qt (posted events, deferred deletes).
class EngineEventDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EngineEventDispatcher(QObject *parent = nullptr);
    ~EngineEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    // The epoll set this loop waits on. Descriptors added to it with a data.ptr (a pointer, never
    // with bit 63 set in user space) go to the batch handler; the dispatcher's own entries carry
    // that bit.
    int epollFd() const { return m_epollFd; }
    void setBatchHandler(EpollBatchHandler *handler) { m_batchHandler = handler; }
    // For a socket that other threads' loops watch as well (duplicates of one descriptor): its
    // notifiers are registered with EPOLLEXCLUSIVE, so that an event wakes one waiting loop
    // instead of every one of them. Set before the notifier is created; kept until cleared.
    void setWakesOneLoop(int fd, bool one);

private:
    struct Timer {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadlineMs = 0;
        bool firing = false; // inside its own timerEvent: not fired again from a nested loop
    };
    // The notifiers of one descriptor, by QSocketNotifier::Type.
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        uint32_t events() const;
    };

    static qint64 nowMs();
    int msUntilNextTimer(qint64 now) const;
    void updateWatch(int fd, const Watch &watch, bool existed);
    void activateNotifiers(const struct epoll_event *events, int count);
    bool fireDueTimers();
    void schedule(Timer &timer, qint64 deadline);

    EpollBatchHandler *m_batchHandler = nullptr;
    int m_epollFd = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};
    std::unordered_map<int, Watch> m_watches;
    std::unordered_set<int> m_wakeOneFds; // see setWakesOneLoop()
    std::unordered_map<int, Timer> m_timers;
    std::multimap<qint64, int> m_deadlines; // deadline (ms) -> timer id
    // Scratch list of notifiers to activate, kept to avoid an allocation per turn.
    std::vector<std::pair<int, int>> m_pending;
};
