#pragma once

#include "ConnectionDeadlines.h"
#include "ConnectionObserver.h"
#include "ForwardingInfo.h"
#include "ListenerSharing.h"
#include "LogEvent.h"
#include "StatsSnapshot.h"

#include <QHostAddress>
#include <QString>

#include <memory>
#include <optional>
#include <sys/socket.h>
#include <unordered_map>
#include <vector>

class AccessChecker;
class ProxyGate;
class RuleRelayEvents;
class TargetResolver;
class TcpRelayConnection;
class TcpRuleListener;
struct RelayContext;

// A TCP rule: its listening sockets (one, or one per port of a range), the accept path (PROXY
// header gate, access list, original destination, connect to the target) and the connections
// it accepted, which it owns. Listeners come and go with the rule's binds (stopListening()); the
// connections stay until they end, so one TcpRuleRelay lives as long as its rule's runtime in
// the engine. A connection that ends is handed to RelayContext::finishedConnections and
// destroyed by the engine after the current batch of events, never from inside its own call.
class TcpRuleRelay final : public ConnectionObserver {
public:
    TcpRuleRelay(RelayContext *context, RuleRelayEvents *events, const AccessChecker *access,
                 TargetResolver *resolver, quint64 *nextId);
    ~TcpRuleRelay(); // connections still open end silently (stop() is where they are logged)
    TcpRuleRelay(const TcpRuleRelay &) = delete;
    TcpRuleRelay &operator=(const TcpRuleRelay &) = delete;

    // The rule's forwarding as it is now (a reload may change it without a new bind): what the
    // rule's first port and PROXY refusals use.
    void setForwarding(std::shared_ptr<const ForwardingInfo> forwarding);
    // Listens on address:port. portForwarding: a range's later port's own forwarding (null for
    // the rule's first port, which uses the rule's current one).
    bool listen(const QHostAddress &address, quint16 port,
                std::shared_ptr<const ForwardingInfo> portForwarding, ListenerSharing sharing,
                QString *error);
    // Closes the listening sockets; connections go on.
    void stopListening();
    // Closes every connection (logged as `result`) and those waiting for a PROXY header.
    void stop(LogEvent::Result result);
    // The ports listened on, the rule's first port first.
    std::vector<quint16> listeningPorts() const;
    quint64 acceptFailures() const;
    // A target that is one of the engine's own listeners is warned about once per apply.
    void rearmSelfLoopWarning() { m_selfLoopReported = false; }

    // An FTP data connection for one of this rule's control connections, already accepted by
    // its FtpDataListener; checked against the access list for the FTP client.
    void admitFtpData(int fd, const QHostAddress &peer, quint16 peerPort,
                      const QHostAddress &ftpClient,
                      const std::shared_ptr<const ForwardingInfo> &forwarding,
                      const QHostAddress &destination, quint16 destinationPort);
    // Resets the connection (ClosedByOperator); false when it is not one of this rule's.
    bool closeConnection(quint64 id);
    // Ends the connections whose timeouts passed and PROXY headers that are late.
    void expire(qint64 nowMs);

    std::size_t connectionCount() const { return m_connections.size(); }
    void appendConnectionStats(QVector<ConnectionStats> *stats) const;
    template <typename F> void forEachConnection(F f) const {
        for (const auto &entry : m_connections)
            f(*entry.second);
    }

    // ConnectionObserver: the engine hands on what this rule's connections report.
    void connectionOpened(TcpRelayConnection *connection) override;
    void connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) override;

private:
    void onAccepted(int descriptor, const sockaddr_storage &peer,
                    std::shared_ptr<const ForwardingInfo> portForwarding);
    ProxyGate *proxyGate(); // made when the rule first needs it
    // The ACL check and the connection for a client. When a PROXY header named the client, it
    // also named the address the client reached (null otherwise: the socket's own).
    void admit(const std::shared_ptr<const ForwardingInfo> &portForwarding, int descriptor,
               const QHostAddress &client, quint16 clientPort,
               const QHostAddress &reached = QHostAddress(), quint16 reachedPort = 0);
    TcpRelayConnection *addConnection(int descriptor, const QHostAddress &client,
                                      quint16 clientPort,
                                      std::shared_ptr<const ForwardingInfo> forwarding);
    // Connects to the target unless it is one of the engine's own listeners: such a rule
    // would relay each connection to itself again, until every descriptor is used.
    void connectTarget(TcpRelayConnection *connection, const QHostAddress &address, quint16 port);
    // When the connection's timeouts must next be looked at (ConnectionDeadlines::kNone: never
    // again), or `expired` set when one has passed.
    qint64 nextTimeoutCheck(const TcpRelayConnection &connection, qint64 now,
                            std::optional<LogEvent::Result> &expired) const;

    struct Listener {
        quint16 port = 0;
        std::unique_ptr<TcpRuleListener> socket;
    };

    RelayContext *m_context;
    RuleRelayEvents *m_events;
    const AccessChecker *m_access;
    TargetResolver *m_resolver;
    quint64 *m_nextId;
    std::shared_ptr<const ForwardingInfo> m_forwarding;
    std::vector<Listener> m_listeners;
    std::unordered_map<quint64, std::unique_ptr<TcpRelayConnection>> m_connections;
    ConnectionDeadlines m_deadlines; // timeouts, looked at by expire()
    std::unique_ptr<ProxyGate> m_proxyGate;
    bool m_selfLoopReported = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // for resolver callbacks
};
