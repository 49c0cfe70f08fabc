#pragma once
// PUBLIC API of the engine, used by ui/ and the headless controller. Keep it stable.

#include "Config.h"
#include "ConnectionObserver.h"
#include "StatsSnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <sys/socket.h>
#include <vector>

class ConnectionLog;
class EpollPoller;
class ProxyGate;
class TargetResolver;
class TcpRelayConnection;
struct ForwardingInfo;
struct RelayContext;
struct RuleRuntime;

// The relay engine. Lives in its own thread (see EngineHost); every public slot must be invoked
// from that thread (queued), and asserts it.
class RelayEngine : public QObject, private ConnectionObserver {
    Q_OBJECT
public:
    explicit RelayEngine(QObject *parent = nullptr);
    ~RelayEngine() override;

    // Tuning, for tests and benchmarks; call on the engine's thread.
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    void setSpliceEnabled(bool enabled);
    void setPipeSize(int bytes); // see RelayStoragePool::setPipeSize
    // Most sessions one UDP rule keeps (the least recently used gives way); default 4096.
    void setUdpSessionLimit(int sessions);
    // accept() failures (EMFILE...) over the current listeners; for tests and diagnostics.
    quint64 acceptErrorCount() const;
    // Most bytes one connection holds in relay buffers (both directions) with the default pipe
    // size: the backpressure bound.
    static quint64 maxBufferedBytesPerConnection();

public Q_SLOTS:
    // Diffs against the running config: unchanged rules keep listener and connections; removed
    // or disabled rules stop listening while their connections finish; changed rules rebind.
    void apply(const Config &config);
    void setRuleEnabled(int ruleId, bool enabled);
    void closeConnection(quint64 connectionId);
    // ruleId 0 resets every rule. Active counts are not counters and stay.
    void resetCounters(int ruleId);
    // Stops listening and closes every connection; emits stopped() when done.
    void stop();

Q_SIGNALS:
    // At most 4 per second, whatever the traffic; also soon after apply() and state changes.
    void statsUpdated(const StatsSnapshot &snapshot);
    // After each apply(): one message per rule that failed to start ("ruleId: reason").
    void applied(const QStringList &errors);
    void ruleStateChanged(int ruleId, RuleState state, const QString &error);
    void stopped();

private:
    void connectionOpened(TcpRelayConnection *connection) override;
    void connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) override;

    static bool keepsListener(const RuleRuntime &runtime, const Rule &rule);
    void updateRule(RuleRuntime &runtime, const Rule &rule);
    void startListening(RuleRuntime &runtime);
    void bindListener(RuleRuntime &runtime);
    void lookUpForRule(RuleRuntime &runtime, const QString &host,
                       std::function<void(RuleRuntime &, const QHostAddress &)> then);
    void listenOn(int ruleId, quint64 generation, const QHostAddress &address);
    void stopListening(RuleRuntime &runtime);
    void setState(RuleRuntime &runtime, RuleState state, const QString &error = QString());
    void bindFailed(RuleRuntime &runtime, const QString &reason);
    void finishApplyIfDone();
    void dropRemovedRules();

    // portForwarding: the port's own forwarding for the ports of a range after the first.
    void onAccepted(int ruleId, int descriptor, const sockaddr_storage &peer,
                    std::shared_ptr<const ForwardingInfo> portForwarding = nullptr);
    bool listenOnRangePorts(RuleRuntime &runtime, const QHostAddress &address);
    // The ACL check and the connection for a client. When a PROXY header named the client, it
    // also named the address the client reached (null otherwise: the socket's own).
    void admit(int ruleId, const std::shared_ptr<const ForwardingInfo> &forwarding, int descriptor,
               const QHostAddress &client, quint16 clientPort,
               const QHostAddress &reached = QHostAddress(), quint16 reachedPort = 0);
    ProxyGate *proxyGate(); // made when the first accept-proxy rule needs it
    void logEvent(const ForwardingInfo &forwarding, const QHostAddress &client,
                  LogEvent::Result result, quint64 bytesFromClient, quint64 bytesToClient,
                  qint64 durationMs);
    void housekeeping();
    void reap();
    void scheduleReap();
    void refreshClock();
    void publishStats(bool force);
    void scheduleStats();
    StatsSnapshot makeSnapshot() const;

    std::unique_ptr<RelayContext> m_context;
    EpollPoller *m_poller = nullptr;
    ConnectionLog *m_log = nullptr;
    TargetResolver *m_resolver = nullptr;
    Config m_config;
    std::map<int, std::unique_ptr<RuleRuntime>> m_rules;
    QHash<quint64, TcpRelayConnection *> m_connections;
    std::vector<TcpRelayConnection *> m_graveyard;
    std::unique_ptr<ProxyGate> m_proxyGate;
    bool m_reapScheduled = false;
    bool m_inBatch = false; // handling a batch of epoll events; its end reaps
    quint64 m_nextConnectionId = 1;
    int m_connectTimeoutMs = 30 * 1000;
    int m_udpSessionLimit = 4096;
    QElapsedTimer m_clock;
    // Children (parent this) so that they move to the engine's thread with it.
    QTimer m_statsTimer{this};
    QTimer m_soonTimer{this};
    QTimer m_housekeepingTimer{this};
    qint64 m_lastStatsMs = -1000000;
    int m_pendingBindLookups = 0;
    bool m_applyInProgress = false;
    QStringList m_applyErrors;
};
