#include "RelayStatus.h"

RelayStatus::RelayStatus(RelayBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend) {
    if (!m_backend)
        return;
    connect(m_backend, &RelayBackend::statsUpdated, this, &RelayStatus::setSnapshot);
    connect(m_backend, &RelayBackend::ruleStateChanged, this, &RelayStatus::ruleStateChanged);
    // A service out of reach relays nothing that can be seen from here: no stale figures.
    connect(m_backend, &RelayBackend::connectionStateChanged, this,
            [this](RelayBackend::ConnectionState state) {
                if (state != RelayBackend::ConnectionState::Connected)
                    setSnapshot(StatsSnapshot());
            });
    m_idleClock.setInterval(1000);
    connect(&m_idleClock, &QTimer::timeout, this, &RelayStatus::onIdleTick);
    m_idleClock.start();
}

void RelayStatus::setSnapshot(const StatsSnapshot &snapshot) {
    m_snapshot = snapshot;
    m_sinceSnapshot.start();
    int listening = 0;
    int failed = 0;
    quint64 active = 0;
    for (const RuleStats &rule : snapshot.rules) {
        listening += rule.state == RuleState::Listening ? 1 : 0;
        failed += rule.state == RuleState::Error ? 1 : 0;
        active += rule.active;
    }
    m_listening = listening;
    m_failed = failed;
    m_active = active;
    Q_EMIT snapshotChanged(m_snapshot);
}

void RelayStatus::onIdleTick() {
    if (!m_snapshot.takenAt.isValid() || m_sinceSnapshot.elapsed() < 1000)
        return;
    StatsSnapshot unchanged = m_snapshot;
    unchanged.takenAt = QDateTime::currentDateTime();
    setSnapshot(unchanged);
}
