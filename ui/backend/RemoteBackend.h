#pragma once

#include "ControlMessages.h"
#include "RelayBackend.h"

#include <QHash>
#include <QSet>
#include <QTimer>

class ControlClient;
class QProcess;

// A PortRelay service behind its control socket (docs/control-protocol.md): a Unix socket path,
// or ssh://[user@]host[:port][/socket] which runs `ssh [user@]host portrelay ctl --stdio` as the
// transport (the ssh program is $PORTRELAY_SSH when set). No port is opened for this.
// When the service goes away the backend says so and reconnects by itself.
class RemoteBackend : public RelayBackend {
    Q_OBJECT
public:
    // TARGET as above. Connecting starts with start().
    explicit RemoteBackend(const QString &target, QObject *parent = nullptr);
    ~RemoteBackend() override;

    static bool isSshTarget(const QString &target);
    // Whether TARGET can be connected to at all (a path, or a well-formed ssh:// address); when
    // not, ERROR says why.
    static bool isValidTarget(const QString &target, QString *error = nullptr);
    // Where the service is looked for first: the system service's socket when there is one,
    // else this user's own headless instance.
    static QString systemSocketPath();

    QString target() const { return m_target; }
    // Time between reconnection attempts (tests make it short).
    void setReconnectInterval(int ms) { m_reconnect.setInterval(ms); }
    void start();

    QString description() const override;
    bool isRemote() const override { return true; }
    ConnectionState connectionState() const override { return m_state; }
    bool canChange() const override;
    QString readOnlyReason() const override;
    quint64 revision() const override { return m_revision; }
    QString runningConfigPath() const override { return m_hello.configPath; }
    // The message of the connection state (why it is not connected).
    QString stateMessage() const { return m_stateMessage; }
    // The service's hello (after connecting): who we are there, protocol, program version.
    const ControlHello &hello() const { return m_hello; }

    void apply(const Config &config, quint64 baseRevision) override;
    void setRuleEnabled(int ruleId, bool enabled) override;
    void closeConnection(quint64 connectionId) override;
    void resetCounters(int ruleId) override;
    void saveRunningConfig() override;
    void setLogEventsWanted(bool wanted) override;
    void shutdown() override;

private:
    enum class Pending { Apply, Toggle, Other, Save };

    void connectNow();
    void onHello(const ControlHello &hello);
    void onConfigReceived(quint64 id, quint64 revision, const Config &config);
    void onRequestFinished(quint64 id, const ControlResult &result);
    void onRequestFailed(quint64 id, const ControlError &error);
    void onStats(const StatsSnapshot &snapshot);
    void onLost(const QString &reason);
    void setState(ConnectionState state, const QString &message);
    void releaseHeldConfig();
    bool changeInFlight() const;
    void sendQueuedToggle();
    QString refusalText(const ControlError &error) const;

    QString m_target;
    ControlClient *m_client;
    QProcess *m_ssh = nullptr;
    QTimer m_reconnect;
    ConnectionState m_state = ConnectionState::Disconnected;
    ControlHello m_hello;
    bool m_hasHello = false;
    bool m_shutDown = false;
    quint64 m_revision = 0;
    quint64 m_configRequest = 0;
    Config m_config; // the running one, as last heard
    QHash<quint64, Pending> m_pending;
    QSet<quint64> m_ownRevisions; // made by this backend's own changes
    quint64 m_heldRevision = 0;   // a configChanged waiting for the replies in flight
    // Toggles made while another change is on its way: each must name the revision that one
    // makes, known only from its reply.
    QVector<QPair<int, bool>> m_queuedToggles;
    struct QueuedApply {
        Config config;
        quint64 baseRevision = 0;
        bool basedOnLatest = false; // based on what runs once the changes in flight are done
    };
    QVector<QueuedApply> m_queuedApplies;
    QString m_stateMessage;
    QString m_goodbye;
    bool m_logWanted = false;
    quint64 m_logDropped = 0;
    QHash<int, RuleState> m_ruleStates; // from the snapshots: the service sends no state events
    QString m_sshStderr;
};
