#include "TcpRuleRelay.h"

#include "AccessChecker.h"
#include "ConnectionTrace.h"
#include "HttpRequestRewriter.h"
#include "LogLineFormatter.h"
#include "OriginalDestination.h"
#include "ProxyGate.h"
#include "RelayContext.h"
#include "RuleRelayEvents.h"
#include "SocketAddress.h"
#include "TargetResolver.h"
#include "TcpRelayConnection.h"
#include "TcpRuleListener.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <unistd.h>

// The engine's category (RelayEngine.cpp): a rule's messages are the engine's.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {

bool isConnectFailure(LogEvent::Result result) {
    return result == LogEvent::Result::LocalConnectFailed ||
           result == LogEvent::Result::LocalSocketFailed ||
           result == LogEvent::Result::LocalBindFailed;
}

} // namespace

TcpRuleRelay::TcpRuleRelay(RelayContext *context, RuleRelayEvents *events,
                           const AccessChecker *access, TargetResolver *resolver, quint64 *nextId)
    : m_context(context)
    , m_events(events)
    , m_access(access)
    , m_resolver(resolver)
    , m_nextId(nextId) {}

TcpRuleRelay::~TcpRuleRelay() {
    *m_alive = false;
    stopListening();
    m_proxyGate.reset();
    m_connections.clear();
}

void TcpRuleRelay::setForwarding(std::shared_ptr<const ForwardingInfo> forwarding) {
    m_forwarding = std::move(forwarding);
}

bool TcpRuleRelay::listen(const QHostAddress &address, quint16 port,
                          std::shared_ptr<const ForwardingInfo> portForwarding,
                          ListenerSharing sharing, QString *error) {
    const bool firstPort = !portForwarding;
    auto listener = std::make_unique<TcpRuleListener>(
        [this, portForwarding](int descriptor, const sockaddr_storage &peer) {
            onAccepted(descriptor, peer, portForwarding);
        });
    listener->setSharing(sharing);
    if (!listener->start(address, port, error))
        return false;
    // tproxy hands over connections to addresses that are not local: accepted only by a
    // transparent listener (needs CAP_NET_ADMIN; redirect and dnat work without).
    if (firstPort && m_forwarding && m_forwarding->toOriginalDestination &&
        !OriginalDestination::makeTransparent(listener->descriptor()))
        qCDebug(lcEngine, "rule %d: IP_TRANSPARENT not set (tproxy needs CAP_NET_ADMIN)",
                m_forwarding->ruleId);
    m_listeners.push_back(Listener{port, std::move(listener)});
    return true;
}

void TcpRuleRelay::stopListening() {
    for (Listener &listener : m_listeners)
        listener.socket->close();
    m_listeners.clear();
}

void TcpRuleRelay::stop(LogEvent::Result result) {
    stopListening();
    std::vector<TcpRelayConnection *> connections;
    connections.reserve(m_connections.size());
    for (const auto &entry : m_connections)
        connections.push_back(entry.second.get());
    // Each abort hands its connection to the context's finished ones: still alive here.
    for (TcpRelayConnection *connection : connections)
        connection->abort(result);
    m_proxyGate.reset(); // connections still waiting for a PROXY header are closed
}

std::vector<quint16> TcpRuleRelay::listeningPorts() const {
    std::vector<quint16> ports;
    ports.reserve(m_listeners.size());
    for (const Listener &listener : m_listeners)
        ports.push_back(listener.port);
    return ports;
}

quint64 TcpRuleRelay::acceptFailures() const {
    quint64 count = 0;
    for (const Listener &listener : m_listeners)
        count += listener.socket->acceptFailures();
    return count;
}

// ---- accept path ------------------------------------------------------------------------------

void TcpRuleRelay::onAccepted(int descriptor, const sockaddr_storage &peer,
                              std::shared_ptr<const ForwardingInfo> portForwarding) {
    if (!m_forwarding) {
        ::close(descriptor);
        return;
    }
    if (!portForwarding)
        portForwarding = m_forwarding;
    m_context->refreshClock();
    const QHostAddress client(reinterpret_cast<const sockaddr *>(&peer));
    const quint16 clientPort = SocketAddress::portOf(peer);
    if (portForwarding->acceptProxy) {
        // The client is who the PROXY header says: ACLs, logs and stats wait for it.
        proxyGate()->receive(portForwarding->ruleId, descriptor, client, clientPort,
                             portForwarding);
        return;
    }
    admit(portForwarding, descriptor, client, clientPort);
}

ProxyGate *TcpRuleRelay::proxyGate() {
    if (!m_proxyGate) {
        m_proxyGate = std::make_unique<ProxyGate>(
            m_context,
            [this](int, const ProxyGate::Admitted &admitted) {
                if (!m_forwarding) {
                    ::close(admitted.descriptor);
                    return;
                }
                admit(admitted.forwarding, admitted.descriptor, admitted.client,
                      admitted.clientPort, admitted.destination, admitted.destinationPort);
            },
            [this](int ruleId, const QHostAddress &peer, const QString &why) {
                if (!m_forwarding)
                    return;
                const ForwardingInfo &forwarding = *m_forwarding;
                ++forwarding.counters->refused;
                m_context->statsDirty = true;
                qCWarning(lcEngine, "%s refused on rule %d: %s",
                          LogLineFormatter::clientText(peer).constData(), ruleId, qPrintable(why));
                m_events->connectionLogged(forwarding, peer, LogEvent::Result::Denied, 0, 0, 0);
            });
    }
    return m_proxyGate.get();
}

void TcpRuleRelay::admit(const std::shared_ptr<const ForwardingInfo> &portForwarding,
                         int descriptor, const QHostAddress &client, quint16 clientPort,
                         const QHostAddress &reached, quint16 reachedPort) {
    // The port's forwarding (a range's ports each have their own); replaced below by a copy
    // naming the original destination when the rule forwards there.
    std::shared_ptr<const ForwardingInfo> forwarding = portForwarding;
    const int ruleId = forwarding->ruleId;
    RuleCounters &counters = *forwarding->counters;
    m_context->statsDirty = true;

    const AccessDecision::Result decision = m_access->check(client);
    qCDebug(lcTrace, "rule %d: accepted %s port %u; access %s", ruleId,
            LogLineFormatter::clientText(client).constData(), unsigned(clientPort),
            decision == AccessDecision::Result::Allowed  ? "allowed"
            : decision == AccessDecision::Result::Denied ? "denied by a deny pattern"
                                                         : "refused: no allow pattern matches");
    if (decision != AccessDecision::Result::Allowed) {
        // Refused before anything is done for it, the target is never contacted.
        ::close(descriptor);
        ++counters.refused;
        const LogEvent::Result result = decision == AccessDecision::Result::Denied
                                            ? LogEvent::Result::Denied
                                            : LogEvent::Result::NotAllowed;
        qCInfo(lcEngine, "%s %s", LogLineFormatter::clientText(client).constData(),
               LogEvent::resultText(result));
        m_events->connectionLogged(*forwarding, client, result, 0, 0, 0);
        return;
    }
    if (forwarding->toOriginalDestination) {
        const std::optional<OriginalDestination::Target> original =
            OriginalDestination::of(descriptor);
        auto perConnection = std::make_shared<ForwardingInfo>(*forwarding);
        if (original) {
            perConnection->connectHost = original->address.toString();
            perConnection->connectPort = original->port;
            perConnection->connectAddress = original->address;
        }
        forwarding = perConnection;
        if (!original || m_context->isOwnTcpListener(original->address, original->port)) {
            // Not intercepted (a client that came straight to the listener), or sent back to
            // one of this relay's own ports: relaying it would feed the relay to itself.
            ::close(descriptor);
            ++counters.failed;
            qCWarning(lcEngine,
                      "rule %d: connection from %s refused: its original destination %s "
                      "port %u is a listener of this relay (a loop)",
                      forwarding->ruleId, LogLineFormatter::clientText(client).constData(),
                      qPrintable(forwarding->connectHost), unsigned(forwarding->connectPort));
            m_events->connectionLogged(*forwarding, client, LogEvent::Result::LocalConnectFailed, 0,
                                       0, 0);
            return;
        }
    }
    TcpRelayConnection *connection = addConnection(descriptor, client, clientPort, forwarding);
    const quint64 id = connection->id();
    if (!reached.isNull())
        connection->setReachedAddress(reached, reachedPort);
    qCDebug(lcTrace, "connection %llu: %s port %u on rule %d", id,
            LogLineFormatter::clientText(client).constData(), unsigned(clientPort), ruleId);
    if (forwarding->translateHttp) {
        // Requests without Host go to where the client was going (the intercepted address).
        const std::optional<OriginalDestination::Target> original =
            OriginalDestination::of(descriptor);
        connection->enableHttpTranslation(
            original
                ? HttpRequestRewriter::authorityFor(original->address.toString(), original->port)
                : QByteArray());
    }
    const quint16 port = forwarding->connectPort;
    if (!forwarding->connectAddress.isNull()) {
        connectTarget(connection, forwarding->connectAddress, port);
        return;
    }
    qCDebug(lcTrace, "connection %llu: resolving %s", id, qPrintable(forwarding->connectHost));
    std::weak_ptr<bool> alive = m_alive;
    m_resolver->resolve(
        forwarding->connectHost, m_context->nowMs,
        [this, alive, id, port](const QHostAddress &address) {
            if (alive.expired() || !*alive.lock())
                return;
            auto it = m_connections.find(id);
            if (it == m_connections.end())
                return;
            TcpRelayConnection *c = it->second.get();
            m_context->refreshClock();
            qCDebug(lcTrace, "connection %llu: %s %s", id, qPrintable(c->forwarding().connectHost),
                    address.isNull()
                        ? "cannot be resolved"
                        : qPrintable(QStringLiteral("resolved to ") + address.toString()));
            if (address.isNull())
                c->abort(LogEvent::Result::LocalConnectFailed);
            else
                connectTarget(c, address, port);
        });
}

void TcpRuleRelay::admitFtpData(int fd, const QHostAddress &peer, quint16 peerPort,
                                const QHostAddress &ftpClient,
                                const std::shared_ptr<const ForwardingInfo> &forwarding,
                                const QHostAddress &destination, quint16 destinationPort) {
    RuleCounters &counters = *forwarding->counters;
    m_context->statsDirty = true;
    // The rule's access list as it is now (it may have changed since the control connection
    // was accepted), for the FTP client the data belongs to.
    const AccessDecision::Result decision = m_access->check(ftpClient);
    qCDebug(lcTrace, "rule %d: FTP data connection from %s port %u for %s; access %s",
            forwarding->ruleId, LogLineFormatter::clientText(peer).constData(), unsigned(peerPort),
            LogLineFormatter::clientText(ftpClient).constData(),
            decision == AccessDecision::Result::Allowed ? "allowed" : "refused");
    if (decision != AccessDecision::Result::Allowed) {
        ::close(fd);
        ++counters.refused;
        m_events->connectionLogged(*forwarding, ftpClient,
                                   decision == AccessDecision::Result::Denied
                                       ? LogEvent::Result::Denied
                                       : LogEvent::Result::NotAllowed,
                                   0, 0, 0);
        return;
    }
    addConnection(fd, peer, peerPort, forwarding)->connectTo(destination, destinationPort);
}

TcpRelayConnection *TcpRuleRelay::addConnection(int descriptor, const QHostAddress &client,
                                                quint16 clientPort,
                                                std::shared_ptr<const ForwardingInfo> forwarding) {
    RuleCounters &counters = *forwarding->counters;
    ++counters.accepted;
    ++counters.active;
    const quint64 id = (*m_nextId)++;
    auto connection = std::make_unique<TcpRelayConnection>(m_context, id, descriptor, client,
                                                           clientPort, std::move(forwarding),
                                                           QDateTime::currentMSecsSinceEpoch());
    TcpRelayConnection *raw = connection.get();
    m_connections.emplace(id, std::move(connection));
    m_deadlines.add(id);
    return raw;
}

void TcpRuleRelay::connectTarget(TcpRelayConnection *connection, const QHostAddress &address,
                                 quint16 port) {
    if (!m_context->isOwnTcpListener(address, port)) {
        connection->connectTo(address, port);
        return;
    }
    if (!m_selfLoopReported) {
        m_selfLoopReported = true;
        qCWarning(lcEngine,
                  "rule %d: the target %s port %u is a listener of this relay; its "
                  "connections are refused (local-connect-failed)",
                  connection->forwarding().ruleId, qPrintable(address.toString()), unsigned(port));
    }
    connection->abort(LogEvent::Result::LocalConnectFailed);
}

// ---- connections ------------------------------------------------------------------------------

void TcpRuleRelay::connectionOpened(TcpRelayConnection *connection) {
    m_context->statsDirty = true;
    m_events->connectionLogged(connection->forwarding(), connection->clientAddress(),
                               LogEvent::Result::Opened, 0, 0, 0);
}

void TcpRuleRelay::connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) {
    const ForwardingInfo &forwarding = connection->forwarding();
    RuleCounters &counters = *forwarding.counters;
    if (counters.active > 0)
        --counters.active;
    if (isConnectFailure(result))
        ++counters.failed;
    const qint64 durationMs =
        QDateTime::currentMSecsSinceEpoch() - connection->startedMsSinceEpoch();
    qCDebug(lcTrace,
            "connection %llu: closed (%s): %llu bytes from the client, %llu bytes to the "
            "client, %lld ms",
            connection->id(), LogEvent::resultText(result), connection->bytesFromClient(),
            connection->bytesWrittenToClient(), durationMs);
    m_events->connectionLogged(forwarding, connection->clientAddress(), result,
                               connection->bytesFromClient(), connection->bytesWrittenToClient(),
                               durationMs);
    m_context->statsDirty = true;
    // The connection is still on the stack (this is its own call): it changes owner here and is
    // destroyed after the current batch of events.
    auto it = m_connections.find(connection->id());
    if (it != m_connections.end()) {
        m_context->finishedConnections.push_back(std::move(it->second));
        m_connections.erase(it);
    }
    m_events->connectionRetired();
}

bool TcpRuleRelay::closeConnection(quint64 id) {
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return false;
    it->second->reset(LogEvent::Result::ClosedByOperator);
    return true;
}

void TcpRuleRelay::expire(qint64 nowMs) {
    // Only the connections whose next check is due, not every connection.
    std::vector<std::pair<TcpRelayConnection *, LogEvent::Result>> expired;
    m_deadlines.takeDue(nowMs, [this, nowMs, &expired](quint64 id) {
        auto it = m_connections.find(id);
        if (it == m_connections.end())
            return ConnectionDeadlines::kNone;
        std::optional<LogEvent::Result> result;
        const qint64 next = nextTimeoutCheck(*it->second, nowMs, result);
        if (result)
            expired.emplace_back(it->second.get(), *result);
        return next;
    });
    for (const auto &entry : expired)
        entry.first->abort(entry.second);
    if (m_proxyGate)
        m_proxyGate->expire(nowMs);
}

qint64 TcpRuleRelay::nextTimeoutCheck(const TcpRelayConnection &connection, qint64 now,
                                      std::optional<LogEvent::Result> &expired) const {
    const int connectTimeoutMs = m_context->connectTimeoutMs;
    const int httpHeaderTimeoutMs = m_context->httpHeaderTimeoutMs;
    // The timeouts a relaying connection has; each deadline is at least that long after the
    // moment the connection starts relaying, so a connection still connecting is looked at
    // again no later than now + the shortest of them.
    const int idleSeconds = connection.forwarding().idleTimeoutSeconds;
    qint64 relayingTimeout = idleSeconds > 0 ? qint64(idleSeconds) * 1000 : -1;
    if (connection.forwarding().translateHttp)
        relayingTimeout = relayingTimeout < 0 ? httpHeaderTimeoutMs
                                              : qMin<qint64>(relayingTimeout, httpHeaderTimeoutMs);
    auto earliest = [](qint64 a, qint64 b) { return a < 0 ? b : b < 0 ? a : qMin(a, b); };
    switch (connection.state()) {
    case TcpRelayConnection::State::Resolving:
    case TcpRelayConnection::State::Connecting: {
        const qint64 due = connection.phaseStartedMs() + connectTimeoutMs;
        if (now >= due) {
            expired = LogEvent::Result::LocalConnectFailed;
            return ConnectionDeadlines::kNone;
        }
        return earliest(due, relayingTimeout < 0 ? -1 : now + relayingTimeout);
    }
    case TcpRelayConnection::State::Relaying: {
        if (connection.httpDeadlinePassed(now, httpHeaderTimeoutMs)) {
            expired = LogEvent::Result::IdleTimeout;
            return ConnectionDeadlines::kNone;
        }
        qint64 due = -1;
        if (idleSeconds > 0) {
            due = connection.lastActivityMs() + qint64(idleSeconds) * 1000;
            if (now >= due) {
                expired = LogEvent::Result::IdleTimeout;
                return ConnectionDeadlines::kNone;
            }
        }
        if (connection.forwarding().translateHttp) {
            // A header block may start at any moment: its deadline is no earlier than now + the
            // header timeout.
            const qint64 http = connection.httpDeadlineMs(httpHeaderTimeoutMs);
            due = earliest(due, http >= 0 ? http : now + httpHeaderTimeoutMs);
        }
        return due < 0 ? ConnectionDeadlines::kNone : due;
    }
    case TcpRelayConnection::State::Closed:
        break;
    }
    return ConnectionDeadlines::kNone;
}

void TcpRuleRelay::appendConnectionStats(QVector<ConnectionStats> *stats) const {
    for (const auto &entry : m_connections) {
        const TcpRelayConnection *connection = entry.second.get();
        ConnectionStats s;
        s.id = connection->id();
        s.ruleId = connection->forwarding().ruleId;
        s.clientAddress = connection->clientAddress();
        s.clientPort = connection->clientPort();
        s.started = QDateTime::fromMSecsSinceEpoch(connection->startedMsSinceEpoch());
        s.bytesFromClient = connection->bytesFromClient();
        s.bytesToClient = connection->bytesToClient();
        if (connection->forwarding().toOriginalDestination) {
            s.originalAddress = connection->forwarding().connectAddress;
            s.originalPort = connection->forwarding().connectPort;
        }
        stats->append(s);
    }
}
