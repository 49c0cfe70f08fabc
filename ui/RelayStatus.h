#pragma once

#include "RelayBackend.h"
#include "StatsSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// The relay's live state as the desktop manager shows it: the backend's snapshots arrive here
// once, and the rule table, status bar, connections panel and tray all read this one object.
// A backend publishes only when something changed; time still passes (durations grow, the
// throughput falls to zero), so the last picture is handed out again with the current time
// once a second.
class RelayStatus : public QObject {
    Q_OBJECT
public:
    // BACKEND may be null (no relay: editing only).
    explicit RelayStatus(RelayBackend *backend, QObject *parent = nullptr);

    RelayBackend *backend() const { return m_backend; }
    const StatsSnapshot &snapshot() const { return m_snapshot; }
    int listeningRules() const { return m_listening; }
    int failedRules() const { return m_failed; }
    quint64 activeConnections() const { return m_active; }

    // Takes SNAPSHOT as the current picture (the backend's snapshots come through here).
    void setSnapshot(const StatsSnapshot &snapshot);

Q_SIGNALS:
    void snapshotChanged(const StatsSnapshot &snapshot);
    void ruleStateChanged(int ruleId, RuleState state, const QString &error);

private:
    void onIdleTick();

    RelayBackend *m_backend;
    StatsSnapshot m_snapshot;
    int m_listening = 0;
    int m_failed = 0;
    quint64 m_active = 0;
    QElapsedTimer m_sinceSnapshot;
    QTimer m_idleClock;
};
