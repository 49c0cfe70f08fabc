#pragma once
// PUBLIC API of the engine, used by ui/ and the headless controller. Keep it stable.

#include "Config.h"
#include "ConnectionObserver.h"
#include "FtpDataListener.h"
#include "ListenerSharing.h"
#include "LogEvent.h"
#include "RuleRelayEvents.h"
#include "RuleStartError.h"
#include "StatsSnapshot.h"

#include <QHash>
#include <QHostAddress>
#include <QMultiHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <vector>

class ConnectionLog;
class HostResolver;
class EpollPoller;
class TargetResolver;
class TcpRelayConnection;
class TcpRuleRelay;
struct ForwardingInfo;
struct RelayContext;
struct RuleRuntime;

// The relay engine. Lives in its own thread (see EngineHost); every public slot must be invoked
// from that thread (queued), and asserts it.
class RelayEngine : public QObject,
                    private ConnectionObserver,
                    private FtpDataSink,
                    private RuleRelayEvents {
    Q_OBJECT
public:
    explicit RelayEngine(QObject *parent = nullptr);
    ~RelayEngine() override;

    // Tuning, for tests and benchmarks; call on the engine's thread.
    void setConnectTimeoutMs(int ms);
    int connectTimeoutMs() const;
    // translate=http: how long a request's header block may take to arrive (default 60 s).
    void setHttpHeaderTimeoutMs(int ms);
    void setSpliceEnabled(bool enabled);
    void setPipeSize(int bytes); // see RelayStoragePool::setPipeSize
    // Most sessions one UDP rule keeps (the least recently used gives way); default 4096.
    void setUdpSessionLimit(int sessions);
    // How long an FTP data listener (ftp=) waits for its peer; default 30 s.
    void setFtpDataTimeoutMs(int ms);
    // accept() failures (EMFILE...) over the current listeners; for tests and diagnostics.
    quint64 acceptErrorCount() const;
    // Most bytes one connection holds in relay buffers (both directions) with the default pipe
    // size: the backpressure bound.
    static quint64 maxBufferedBytesPerConnection();
    // Batching of logEventsPublished().
    static constexpr int kLogBatchIntervalMs = 250;
    static constexpr int kLogBatchMaxEvents = 1000;
    // What apply() asks about host names when it validates a config. The default answers only
    // for address literals and "localhost": the engine's thread must not wait for DNS, and the
    // front ends (--check, the service, the editor) have validated with lookups already.
    void setHostResolver(std::shared_ptr<const HostResolver> resolver);
    // For the relay threads of an EngineGroup (before the first apply()): where this engine's
    // connection ids start (unique across the group), how its TCP listeners share their ports,
    // and the lead's log, which this engine then writes to but never opens.
    void setFirstConnectionId(quint64 id) { m_nextConnectionId = id; }
    void setListenerSharing(ListenerSharing sharing) { m_listenerSharing = sharing; }
    void shareConnectionLog(ConnectionLog *log) {
        m_log = log;
        m_ownsLog = false;
    }
    ConnectionLog *connectionLog() const { return m_log; }

public Q_SLOTS:
    // Diffs against the running config: unchanged rules keep listener and connections; removed
    // or disabled rules stop listening while their connections finish; rules whose address, port
    // or protocol changed rebind; other changes (target, options) apply to new connections.
    void apply(const Config &config);
    void setRuleEnabled(int ruleId, bool enabled);
    void closeConnection(quint64 connectionId);
    // ruleId 0 resets every rule. Active counts are not counters and stay.
    void resetCounters(int ruleId);
    // Whether logEventsPublished() is emitted (off by default: it costs a copy per event).
    void setLogEventsPublished(bool published);
    // Stops listening and closes every connection; emits stopped() when done.
    void stop();

Q_SIGNALS:
    // At most 4 per second, whatever the traffic; also soon after apply() and state changes.
    void statsUpdated(const StatsSnapshot &snapshot);
    // After each apply(): the rules that failed to start, with the reason.
    void applyFinished(const QVector<RuleStartError> &errors);
    // Connection log events in batches, at most every kLogBatchIntervalMs, whether or not a log
    // file is written; `dropped` counts events left out because a batch was full.
    void logEventsPublished(const QVector<LogEvent> &events, quint64 dropped);
    void ruleStateChanged(int ruleId, RuleState state, const QString &error);
    void stopped();

private:
    // The context's one observer for the connections of every rule: hands each report on to
    // the rule's TcpRuleRelay, which owns the connection.
    void connectionOpened(TcpRelayConnection *connection) override;
    void connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) override;
    TcpRuleRelay &tcpRelayOf(const TcpRelayConnection &connection);
    // RuleRelayEvents: what the TCP and UDP relays of every rule report.
    void connectionLogged(const ForwardingInfo &forwarding, const QHostAddress &client,
                          LogEvent::Result result, quint64 bytesFromClient, quint64 bytesToClient,
                          qint64 durationMs) override;
    void connectionRetired() override;
    // The private base, for the relays (converted here, where it is accessible).
    RuleRelayEvents *relayEvents() { return this; }
    void ftpDataAccepted(int fd, const QHostAddress &peer, quint16 peerPort,
                         const QHostAddress &ftpClient,
                         const std::shared_ptr<const ForwardingInfo> &forwarding,
                         const QHostAddress &destination, quint16 destinationPort) override;

    static bool keepsListener(const RuleRuntime &runtime, const Rule &rule);
    std::shared_ptr<ForwardingInfo> makeForwarding(const RuleRuntime &runtime) const;
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
    void validate(); // m_refused from ConfigValidator's errors about m_config
    void dropRemovedRules();

    bool listenOnRangePorts(RuleRuntime &runtime, const QHostAddress &address);
    void setForwarding(RuleRuntime &runtime, std::shared_ptr<const ForwardingInfo> forwarding);
    bool isOwnListener(const QHostAddress &address, quint16 port, Protocol protocol) const;
    bool isLocalAddress(const QHostAddress &address) const;
    void housekeeping();
    void reap();
    void scheduleReap();
    void refreshClock();
    void publishStats(bool force);
    void scheduleStats();
    void publishLogBatch();
    StatsSnapshot makeSnapshot() const;

    std::unique_ptr<RelayContext> m_context;
    EpollPoller *m_poller = nullptr;
    ConnectionLog *m_log = nullptr;
    bool m_ownsLog = true;
    ListenerSharing m_listenerSharing = ListenerSharing::Exclusive;
    TargetResolver *m_resolver = nullptr;
    Config m_config;
    std::map<int, std::unique_ptr<RuleRuntime>> m_rules;
    bool m_reapScheduled = false;
    bool m_inBatch = false; // handling a batch of epoll events; its end reaps
    quint64 m_nextConnectionId = 1;
    int m_udpSessionLimit = 4096;
    // Children (parent this) so that they move to the engine's thread with it.
    QTimer m_statsTimer{this};
    QTimer m_soonTimer{this};
    QTimer m_housekeepingTimer{this};
    qint64 m_lastStatsMs = -1000000;
    int m_pendingBindLookups = 0;
    bool m_applyInProgress = false;
    QVector<RuleStartError> m_applyErrors;
    bool m_publishLogEvents = false;
    QVector<LogEvent> m_logBatch;
    quint64 m_logBatchDropped = 0;
    QTimer m_logBatchTimer{this};

    QList<QHostAddress> m_localAddresses; // the host's interface addresses, read at each apply
    // Listening addresses by port and protocol (see listenerKey), for isOwnListener().
    mutable QMultiHash<quint32, QHostAddress> m_listenerIndex;
    mutable bool m_listenerIndexDirty = true;
    std::shared_ptr<const HostResolver> m_hostResolver;
    QHash<int, QString> m_refused; // rule id -> the validator's error: not started
};
