#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <unordered_map>

// Something that asked a WakeupScheduler to be called back at a point in time.
class WakeupClient {
public:
    virtual void wakeUp() = 0;

protected:
    ~WakeupClient() = default;
};

// One timer for every deadline of the relay's thread (throttled connections resuming, FTP data
// listeners expiring): deadlines sit in an ordered map and a single QTimer is armed for the
// earliest, instead of a QTimer object per connection.
class WakeupScheduler : public QObject {
    Q_OBJECT
public:
    // `now` returns the relay's monotonic clock in ms (refreshing it); called before wake-ups.
    explicit WakeupScheduler(std::function<qint64()> now, QObject *parent = nullptr);

    // Calls client->wakeUp() at dueMs (or soon after). A client has at most one deadline: of
    // two, the earlier is kept (a client woken early asks again).
    void schedule(WakeupClient *client, qint64 dueMs);
    void cancel(WakeupClient *client);
    bool isScheduled(WakeupClient *client) const { return m_byClient.count(client) != 0; }
    size_t pendingCount() const { return m_byClient.size(); }

private:
    void arm();
    void fire();

    std::function<qint64()> m_now;
    std::multimap<qint64, WakeupClient *> m_byTime;
    std::unordered_map<WakeupClient *, std::multimap<qint64, WakeupClient *>::iterator> m_byClient;
    QTimer m_timer{this};
};
