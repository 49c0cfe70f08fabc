#include "WakeupScheduler.h"

#include <algorithm>

WakeupScheduler::WakeupScheduler(std::function<qint64()> now, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now)) {
    m_timer.setSingleShot(true);
    // The default coarse timer may fire 5% late, which a bandwidth limit would turn into 5%
    // less throughput.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WakeupScheduler::fire);
}

void WakeupScheduler::schedule(WakeupClient *client, qint64 dueMs) {
    const auto it = m_byClient.find(client);
    if (it != m_byClient.end() && it->second->first <= dueMs)
        return;
    cancel(client);
    m_byClient.emplace(client, m_byTime.emplace(dueMs, client));
    arm();
}

void WakeupScheduler::cancel(WakeupClient *client) {
    const auto it = m_byClient.find(client);
    if (it == m_byClient.end())
        return;
    m_byTime.erase(it->second);
    m_byClient.erase(it);
    if (m_byTime.empty())
        m_timer.stop();
}

void WakeupScheduler::arm() {
    if (m_byTime.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 now = m_now();
    const qint64 delay = std::max<qint64>(0, m_byTime.begin()->first - now);
    m_timer.start(int(std::min<qint64>(delay, 24 * 3600 * 1000)));
}

void WakeupScheduler::fire() {
    const qint64 now = m_now();
    // A client woken may schedule itself again, or cancel others: take one at a time.
    while (!m_byTime.empty() && m_byTime.begin()->first <= now) {
        WakeupClient *client = m_byTime.begin()->second;
        m_byClient.erase(client);
        m_byTime.erase(m_byTime.begin());
        client->wakeUp();
    }
    arm();
}
