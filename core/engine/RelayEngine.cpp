#include "RelayEngine.h"

#include "ConnectionLog.h"
#include "EpollPoller.h"
#include "LogLineFormatter.h"
#include "PortRange.h"
#include "ProxyGate.h"
#include "RelayContext.h"
#include "RuleRuntime.h"
#include "SocketAddress.h"
#include "TargetResolver.h"
#include "TcpRelayConnection.h"
#include "UdpRuleRelay.h"

#include <QDateTime>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcEngine, "portrelay.engine", QtInfoMsg)

#define ASSERT_ENGINE_THREAD() Q_ASSERT(QThread::currentThread() == thread())

namespace {

constexpr int kStatsIntervalMs = 250; // at most 4 snapshots per second
constexpr int kHousekeepingIntervalMs = 500;

bool isConnectFailure(LogEvent::Result result) {
    return result == LogEvent::Result::LocalConnectFailed ||
           result == LogEvent::Result::LocalSocketFailed ||
           result == LogEvent::Result::LocalBindFailed;
}

// "0.0.0.0" is every IPv4 address; "::" every address, IPv4 included (dual stack).
QHostAddress literalBindAddress(const QString &host) {
    const QString trimmed = host.trimmed();
    if (trimmed == QLatin1String("::") || trimmed == QLatin1String("[::]"))
        return QHostAddress(QHostAddress::Any);
    QString text = trimmed;
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    return QHostAddress(text);
}

} // namespace

RelayEngine::RelayEngine(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<RelayContext>()) {
    // splice() into a socket whose peer has gone raises SIGPIPE (there is no MSG_NOSIGNAL for
    // it); like every relay (rinetd included) the process ignores the signal and sees EPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    m_clock.start();
    m_poller = new EpollPoller(this);
    m_log = new ConnectionLog(this);
    m_resolver = new TargetResolver(this);
    m_context->poller = m_poller;
    m_context->observer = this;
    m_poller->setBatchHooks(
        [this] {
            refreshClock();
            m_inBatch = true;
        },
        [this] {
            m_inBatch = false;
            reap();
        });
    // Benchmarks compare pipe sizes with one binary (bytes; 0: the kernel's default).
    bool pipeSizeSet = false;
    const int pipeSize = qEnvironmentVariableIntValue("PORTRELAY_PIPE_SIZE", &pipeSizeSet);
    if (pipeSizeSet && pipeSize >= 0)
        m_context->storage.setPipeSize(size_t(pipeSize));

    m_statsTimer.setInterval(kStatsIntervalMs);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] { publishStats(false); });
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(20);
    connect(&m_soonTimer, &QTimer::timeout, this, [this] { publishStats(false); });
    m_housekeepingTimer.setInterval(kHousekeepingIntervalMs);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &RelayEngine::housekeeping);
}

RelayEngine::~RelayEngine() {
    // Connections end silently here: stop() is where they are closed and logged.
    for (TcpRelayConnection *connection : std::as_const(m_connections))
        delete connection;
    m_connections.clear();
    for (TcpRelayConnection *connection : m_graveyard)
        delete connection;
    m_graveyard.clear();
    m_rules.clear();
    for (UdpSession *session : m_context->deadSessions)
        delete session;
    m_context->deadSessions.clear();
    m_log->flush();
}

void RelayEngine::setSpliceEnabled(bool enabled) {
    m_context->spliceEnabled = enabled;
}

void RelayEngine::setUdpSessionLimit(int sessions) {
    m_udpSessionLimit = qMax(1, sessions);
    for (auto &entry : m_rules) {
        if (entry.second->udp)
            entry.second->udp->setSessionLimit(m_udpSessionLimit);
    }
}

void RelayEngine::setPipeSize(int bytes) {
    m_context->storage.setPipeSize(bytes > 0 ? size_t(bytes) : 0);
}

quint64 RelayEngine::acceptErrorCount() const {
    quint64 count = 0;
    for (const auto &entry : m_rules) {
        if (entry.second->listener)
            count += entry.second->listener->acceptFailures();
        for (const auto &listener : entry.second->rangeListeners)
            count += listener->acceptFailures();
    }
    return count;
}

quint64 RelayEngine::maxBufferedBytesPerConnection() {
    return 2 * quint64(qMax(RelayStoragePool::kBufferSize, RelayStoragePool::kDefaultPipeSize));
}

void RelayEngine::refreshClock() {
    m_context->nowMs = m_clock.elapsed();
}

// ---- configuration ----------------------------------------------------------------------------

void RelayEngine::apply(const Config &config) {
    ASSERT_ENGINE_THREAD();
    refreshClock();
    m_config = config;
    m_applyInProgress = true;
    m_applyErrors.clear();

    // Reopened on every apply so that a rotated log file is let go of (logrotate + SIGHUP).
    QString logError;
    if (!m_log->open(config.logFile, config.logFormat, &logError))
        qCWarning(lcEngine, "%s", qPrintable(logError));

    // Every listener that goes away is closed before any new one binds, so rules that trade
    // ports (or a rule that takes over a removed rule's port) do not collide with each other.
    for (auto &entry : m_rules) {
        RuleRuntime &runtime = *entry.second;
        const Rule *next = config.ruleById(entry.first);
        if (!next || !keepsListener(runtime, *next))
            stopListening(runtime);
    }

    QSet<int> ids;
    for (const Rule &rule : config.rules) {
        ids.insert(rule.id);
        std::unique_ptr<RuleRuntime> &runtime = m_rules[rule.id];
        if (!runtime)
            runtime = std::make_unique<RuleRuntime>();
        runtime->inConfig = true;
        updateRule(*runtime, rule);
    }
    for (auto &entry : m_rules) {
        RuleRuntime &runtime = *entry.second;
        if (ids.contains(entry.first) || !runtime.inConfig)
            continue;
        runtime.inConfig = false;
        ++runtime.startGeneration;
        stopListening(runtime);
        runtime.state = RuleState::Disabled;
        runtime.error.clear();
        qCInfo(lcEngine, "rule %d removed", entry.first);
    }
    dropRemovedRules();
    if (!m_statsTimer.isActive())
        m_statsTimer.start();
    if (!m_housekeepingTimer.isActive())
        m_housekeepingTimer.start();
    finishApplyIfDone();
    scheduleStats();
}

void RelayEngine::setRuleEnabled(int ruleId, bool enabled) {
    ASSERT_ENGINE_THREAD();
    Rule *rule = m_config.ruleById(ruleId);
    auto it = m_rules.find(ruleId);
    if (!rule || it == m_rules.end())
        return;
    rule->enabled = enabled;
    updateRule(*it->second, *rule);
    scheduleStats();
}

bool RelayEngine::keepsListener(const RuleRuntime &runtime, const Rule &rule) {
    return runtime.forwarding && runtime.state == RuleState::Listening && rule.enabled &&
           runtime.rule.enabled && runtime.rule.sameForwarding(rule) &&
           runtime.rule.bindHost == rule.bindHost && runtime.rule.connectHost == rule.connectHost &&
           runtime.rule.options == rule.options;
}

void RelayEngine::updateRule(RuleRuntime &runtime, const Rule &rule) {
    const bool unchanged = keepsListener(runtime, rule);
    runtime.rule = rule;
    runtime.access.compile(m_config.globalAcl, rule.acl);
    if (!rule.enabled) {
        ++runtime.startGeneration;
        stopListening(runtime);
        setState(runtime, RuleState::Disabled);
        return;
    }
    if (unchanged)
        return; // keeps its listener and its connections; the new ACL applies to new clients
    ++runtime.startGeneration;
    stopListening(runtime);
    startListening(runtime);
}

void RelayEngine::startListening(RuleRuntime &runtime) {
    const Rule &rule = runtime.rule;
    if (rule.bindProtocol != rule.connectProtocol) {
        // rinetd 0.73 accepts "tcp to udp" and relays a stream as datagrams (or the reverse),
        // which loses message boundaries or ordering; PortRelay refuses it.
        bindFailed(runtime,
                   tr("bind and connect protocols differ (%1 to %2): not supported")
                       .arg(protocolName(rule.bindProtocol), protocolName(rule.connectProtocol)));
        return;
    }
    // A port range is one rule with one listener per port (see listenOnRangePorts); the
    // first port is the rule's own forwarding.
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(rule);
    const std::optional<quint16> bindPort =
        ports.isEmpty() ? std::nullopt : std::optional<quint16>(ports.first().first);
    const std::optional<quint16> connectPort =
        ports.isEmpty() ? std::nullopt : std::optional<quint16>(ports.first().second);
    if (!PortRange::parse(rule.bindPort, rule.bindProtocol)) {
        bindFailed(runtime, tr("invalid bind port %1").arg(rule.bindPort));
        return;
    }
    if (!bindPort || !connectPort) {
        bindFailed(runtime, tr("invalid connect port %1").arg(rule.connectPort));
        return;
    }
    auto forwarding = std::make_shared<ForwardingInfo>();
    forwarding->ruleId = rule.id;
    forwarding->bindHost = rule.bindHost;
    forwarding->bindPort = *bindPort;
    forwarding->connectHost = rule.connectHost;
    forwarding->connectPort = *connectPort;
    forwarding->connectAddress = QHostAddress(rule.connectHost);
    forwarding->idleTimeoutSeconds = rule.timeoutSeconds().value_or(0);
    forwarding->counters = runtime.counters;
    applyProxyOptions(ProxyOptions::of(rule), forwarding.get());
    const QString source = rule.sourceAddress();
    forwarding->sourceAddress = QHostAddress(source);
    runtime.forwarding = forwarding;
    if (source.isEmpty() || !forwarding->sourceAddress.isNull()) {
        bindListener(runtime);
        return;
    }
    // src= names a host: looked up like a bind host, and the rule binds once it is known. The
    // listener does not exist before that, so no connection sees the unresolved source.
    lookUpForRule(runtime, source,
                  [this, forwarding](RuleRuntime &current, const QHostAddress &address) {
                      forwarding->sourceAddress = address;
                      bindListener(current);
                  });
}

void RelayEngine::bindListener(RuleRuntime &runtime) {
    const QHostAddress literal = literalBindAddress(runtime.rule.bindHost);
    if (!literal.isNull()) {
        listenOn(runtime.rule.id, runtime.startGeneration, literal);
        return;
    }
    const int ruleId = runtime.rule.id;
    const quint64 generation = runtime.startGeneration;
    lookUpForRule(runtime, runtime.rule.bindHost,
                  [this, ruleId, generation](RuleRuntime &, const QHostAddress &address) {
                      listenOn(ruleId, generation, address);
                  });
}

void RelayEngine::lookUpForRule(RuleRuntime &runtime, const QString &host,
                                std::function<void(RuleRuntime &, const QHostAddress &)> then) {
    // Without blocking the relay; a later apply() or toggle of the rule (a new start generation)
    // makes the answer moot. apply() reports when every lookup it started has ended.
    ++m_pendingBindLookups;
    const int ruleId = runtime.rule.id;
    const quint64 generation = runtime.startGeneration;
    QHostInfo::lookupHost(
        host, this, [this, ruleId, generation, host, then](const QHostInfo &info) {
            --m_pendingBindLookups;
            const QHostAddress address = info.error() == QHostInfo::NoError
                                             ? TargetResolver::pickAddress(info.addresses())
                                             : QHostAddress();
            auto it = m_rules.find(ruleId);
            if (it != m_rules.end() && it->second->startGeneration == generation) {
                if (address.isNull())
                    bindFailed(*it->second, tr("cannot resolve host %1").arg(host));
                else
                    then(*it->second, address);
            }
            finishApplyIfDone();
            scheduleStats();
        });
}

void RelayEngine::listenOn(int ruleId, quint64 generation, const QHostAddress &address) {
    auto it = m_rules.find(ruleId);
    if (it == m_rules.end() || it->second->startGeneration != generation)
        return;
    RuleRuntime &runtime = *it->second;
    if (runtime.rule.bindProtocol == Protocol::Udp) {
        auto relay = std::make_unique<UdpRuleRelay>(
            m_context.get(), runtime.forwarding, &runtime.access, m_resolver, &m_nextConnectionId,
            [this, forwarding = runtime.forwarding](
                const QHostAddress &client, LogEvent::Result result, quint64 in, quint64 out,
                qint64 durationMs) { logEvent(*forwarding, client, result, in, out, durationMs); });
        relay->setSessionLimit(m_udpSessionLimit);
        QString error;
        if (!relay->start(address, runtime.forwarding->bindPort, &error)) {
            bindFailed(runtime, error);
            return;
        }
        runtime.udp = std::move(relay);
        if (!listenOnRangePorts(runtime, address))
            return;
        qCInfo(lcEngine, "rule %d listening on %s port %s/udp", ruleId,
               qPrintable(runtime.rule.bindHost), qPrintable(runtime.rule.bindPort));
        setState(runtime, RuleState::Listening);
        return;
    }
    auto listener = std::make_unique<TcpRuleListener>(
        [this, ruleId](int descriptor, const sockaddr_storage &peer) {
            onAccepted(ruleId, descriptor, peer);
        });
    QString error;
    if (!listener->start(address, runtime.forwarding->bindPort, &error)) {
        bindFailed(runtime, error);
        return;
    }
    runtime.listener = std::move(listener);
    if (!listenOnRangePorts(runtime, address))
        return;
    qCInfo(lcEngine, "rule %d listening on %s port %s", ruleId, qPrintable(runtime.rule.bindHost),
           qPrintable(runtime.rule.bindPort));
    setState(runtime, RuleState::Listening);
}

bool RelayEngine::listenOnRangePorts(RuleRuntime &runtime, const QHostAddress &address) {
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(runtime.rule);
    const int ruleId = runtime.rule.id;
    for (int i = 1; i < ports.size(); ++i) {
        // Made now, after a src= host was looked up: a copy of the rule's forwarding.
        auto forwarding = std::make_shared<ForwardingInfo>(*runtime.forwarding);
        forwarding->bindPort = ports.at(i).first;
        forwarding->connectPort = ports.at(i).second;
        QString error;
        bool started = false;
        if (runtime.rule.bindProtocol == Protocol::Udp) {
            auto relay = std::make_unique<UdpRuleRelay>(
                m_context.get(), forwarding, &runtime.access, m_resolver, &m_nextConnectionId,
                [this, forwarding](const QHostAddress &client, LogEvent::Result result, quint64 in,
                                   quint64 out, qint64 durationMs) {
                    logEvent(*forwarding, client, result, in, out, durationMs);
                });
            relay->setSessionLimit(m_udpSessionLimit);
            started = relay->start(address, forwarding->bindPort, &error);
            if (started)
                runtime.rangeRelays.push_back(std::move(relay));
        } else {
            auto listener = std::make_unique<TcpRuleListener>(
                [this, ruleId, forwarding](int descriptor, const sockaddr_storage &peer) {
                    onAccepted(ruleId, descriptor, peer, forwarding);
                });
            started = listener->start(address, forwarding->bindPort, &error);
            if (started)
                runtime.rangeListeners.push_back(std::move(listener));
        }
        if (!started) {
            stopListening(runtime);
            bindFailed(runtime, tr("port %1: %2").arg(ports.at(i).first).arg(error));
            return false;
        }
    }
    return true;
}

void RelayEngine::bindFailed(RuleRuntime &runtime, const QString &reason) {
    // Debug only: the front ends report it with more context (headless: FILE:LINE and the rule
    // as written; desktop: the rule's state), and a second line would only repeat it.
    qCDebug(lcEngine, "rule %d (%s %s): %s", runtime.rule.id, qPrintable(runtime.rule.bindHost),
            qPrintable(runtime.rule.bindPort), qPrintable(reason));
    if (m_applyInProgress)
        m_applyErrors << QStringLiteral("%1: %2").arg(runtime.rule.id).arg(reason);
    setState(runtime, RuleState::Error, reason);
}

void RelayEngine::stopListening(RuleRuntime &runtime) {
    // A UDP rule's sessions end with it: their replies must come from its listening socket.
    runtime.udp.reset();
    if (runtime.listener) {
        runtime.listener->close();
        runtime.listener.reset();
    }
    runtime.rangeRelays.clear();
    runtime.rangeListeners.clear();
}

void RelayEngine::setState(RuleRuntime &runtime, RuleState state, const QString &error) {
    if (runtime.state == state && runtime.error == error)
        return;
    runtime.state = state;
    runtime.error = error;
    if (runtime.inConfig)
        Q_EMIT ruleStateChanged(runtime.rule.id, state, error);
    scheduleStats();
}

void RelayEngine::finishApplyIfDone() {
    if (!m_applyInProgress || m_pendingBindLookups > 0)
        return;
    m_applyInProgress = false;
    const QStringList errors = m_applyErrors;
    m_applyErrors.clear();
    Q_EMIT applied(errors);
}

void RelayEngine::dropRemovedRules() {
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        if (!it->second->inConfig && it->second->counters->active == 0)
            it = m_rules.erase(it);
        else
            ++it;
    }
}

// ---- connections ------------------------------------------------------------------------------

void RelayEngine::onAccepted(int ruleId, int descriptor, const sockaddr_storage &peer,
                             std::shared_ptr<const ForwardingInfo> portForwarding) {
    auto it = m_rules.find(ruleId);
    if (it == m_rules.end() || !it->second->forwarding) {
        ::close(descriptor);
        return;
    }
    if (!portForwarding)
        portForwarding = it->second->forwarding;
    refreshClock();
    const QHostAddress client(reinterpret_cast<const sockaddr *>(&peer));
    const quint16 clientPort = SocketAddress::portOf(peer);
    if (portForwarding->acceptProxy) {
        // The client is who the PROXY header says: ACLs, logs and stats wait for it.
        proxyGate()->receive(ruleId, descriptor, client, clientPort, portForwarding);
        return;
    }
    admit(ruleId, portForwarding, descriptor, client, clientPort);
}

ProxyGate *RelayEngine::proxyGate() {
    if (!m_proxyGate) {
        m_proxyGate = std::make_unique<ProxyGate>(
            m_context.get(),
            [this](int ruleId, const ProxyGate::Admitted &admitted) {
                if (!m_rules.count(ruleId) || !m_rules.at(ruleId)->forwarding) {
                    ::close(admitted.descriptor);
                    return;
                }
                admit(ruleId, admitted.forwarding, admitted.descriptor, admitted.client,
                      admitted.clientPort, admitted.destination, admitted.destinationPort);
            },
            [this](int ruleId, const QHostAddress &peer, const QString &why) {
                auto it = m_rules.find(ruleId);
                if (it == m_rules.end() || !it->second->forwarding)
                    return;
                const ForwardingInfo &forwarding = *it->second->forwarding;
                ++forwarding.counters->refused;
                m_context->statsDirty = true;
                qCWarning(lcEngine, "%s refused on rule %d: %s",
                          LogLineFormatter::clientText(peer).constData(), ruleId, qPrintable(why));
                logEvent(forwarding, peer, LogEvent::Result::Denied, 0, 0, 0);
            });
    }
    return m_proxyGate.get();
}

void RelayEngine::admit(int ruleId, const std::shared_ptr<const ForwardingInfo> &forwarding,
                        int descriptor, const QHostAddress &client, quint16 clientPort,
                        const QHostAddress &reached, quint16 reachedPort) {
    RuleRuntime &runtime = *m_rules.at(ruleId);
    RuleCounters &counters = *forwarding->counters;
    m_context->statsDirty = true;

    const AccessDecision::Result decision = runtime.access.check(client);
    if (decision != AccessDecision::Result::Allowed) {
        // Refused before anything is done for it, the target is never contacted.
        ::close(descriptor);
        ++counters.refused;
        const LogEvent::Result result = decision == AccessDecision::Result::Denied
                                            ? LogEvent::Result::Denied
                                            : LogEvent::Result::NotAllowed;
        qCInfo(lcEngine, "%s %s", LogLineFormatter::clientText(client).constData(),
               LogEvent::resultText(result));
        logEvent(*forwarding, client, result, 0, 0, 0);
        return;
    }
    ++counters.accepted;
    ++counters.active;
    const quint64 id = m_nextConnectionId++;
    auto *connection = new TcpRelayConnection(m_context.get(), id, descriptor, client, clientPort,
                                              forwarding, QDateTime::currentMSecsSinceEpoch());
    if (!reached.isNull())
        connection->setReachedAddress(reached, reachedPort);
    m_connections.insert(id, connection);
    const quint16 port = forwarding->connectPort;
    if (!forwarding->connectAddress.isNull()) {
        connection->connectTo(forwarding->connectAddress, port);
        return;
    }
    m_resolver->resolve(forwarding->connectHost, m_context->nowMs,
                        [this, id, port](const QHostAddress &address) {
                            TcpRelayConnection *c = m_connections.value(id);
                            if (!c)
                                return;
                            refreshClock();
                            if (address.isNull())
                                c->abort(LogEvent::Result::LocalConnectFailed);
                            else
                                c->connectTo(address, port);
                        });
}

void RelayEngine::connectionOpened(TcpRelayConnection *connection) {
    m_context->statsDirty = true;
    logEvent(connection->forwarding(), connection->clientAddress(), LogEvent::Result::Opened, 0, 0,
             0);
}

void RelayEngine::connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) {
    const ForwardingInfo &forwarding = connection->forwarding();
    RuleCounters &counters = *forwarding.counters;
    if (counters.active > 0)
        --counters.active;
    if (isConnectFailure(result))
        ++counters.failed;
    const qint64 durationMs =
        QDateTime::currentMSecsSinceEpoch() - connection->startedMsSinceEpoch();
    logEvent(forwarding, connection->clientAddress(), result, connection->bytesFromClient(),
             connection->bytesWrittenToClient(), durationMs);
    m_context->statsDirty = true;
    m_connections.remove(connection->id());
    m_graveyard.push_back(connection);
    scheduleReap();
}

void RelayEngine::logEvent(const ForwardingInfo &forwarding, const QHostAddress &client,
                           LogEvent::Result result, quint64 bytesFromClient, quint64 bytesToClient,
                           qint64 durationMs) {
    if (!m_log->isOpen())
        return;
    LogEvent event;
    event.result = result;
    event.client = client;
    event.bindHost = forwarding.bindHost;
    event.bindPort = forwarding.bindPort;
    event.connectHost = forwarding.connectHost;
    event.connectPort = forwarding.connectPort;
    event.bytesFromClient = bytesFromClient;
    event.bytesToClient = bytesToClient;
    event.durationMs = durationMs;
    m_log->write(event);
}

void RelayEngine::closeConnection(quint64 connectionId) {
    ASSERT_ENGINE_THREAD();
    refreshClock();
    if (TcpRelayConnection *connection = m_connections.value(connectionId)) {
        connection->abort(LogEvent::Result::ClosedByOperator);
        return;
    }
    for (auto &entry : m_rules) {
        if (entry.second->udp && entry.second->udp->closeSession(connectionId)) {
            scheduleReap();
            return;
        }
    }
}

void RelayEngine::resetCounters(int ruleId) {
    ASSERT_ENGINE_THREAD();
    for (auto &entry : m_rules) {
        if (ruleId != 0 && entry.first != ruleId)
            continue;
        RuleCounters &counters = *entry.second->counters;
        const quint64 active = counters.active;
        counters = RuleCounters();
        counters.active = active;
    }
    m_context->statsDirty = true;
    scheduleStats();
}

void RelayEngine::housekeeping() {
    refreshClock();
    const qint64 now = m_context->nowMs;
    std::vector<std::pair<TcpRelayConnection *, LogEvent::Result>> expired;
    for (TcpRelayConnection *connection : std::as_const(m_connections)) {
        switch (connection->state()) {
        case TcpRelayConnection::State::Resolving:
        case TcpRelayConnection::State::Connecting:
            if (now - connection->phaseStartedMs() >= m_connectTimeoutMs)
                expired.emplace_back(connection, LogEvent::Result::LocalConnectFailed);
            break;
        case TcpRelayConnection::State::Relaying: {
            const int timeout = connection->forwarding().idleTimeoutSeconds;
            if (timeout > 0 && now - connection->lastActivityMs() >= qint64(timeout) * 1000)
                expired.emplace_back(connection, LogEvent::Result::IdleTimeout);
            break;
        }
        case TcpRelayConnection::State::Closed:
            break;
        }
    }
    for (const auto &entry : expired)
        entry.first->abort(entry.second);
    for (auto &entry : m_rules) {
        if (entry.second->udp)
            entry.second->udp->expire(now);
    }
    if (m_proxyGate)
        m_proxyGate->expire(now);
    // PORTRELAY_DEBUG_DUMP=1 with QT_LOGGING_RULES=portrelay.engine.debug=true (debug is off by
    // default, see docs/headless.md).
    static const bool dumpState = qEnvironmentVariableIsSet("PORTRELAY_DEBUG_DUMP");
    if (dumpState) { // each connection's relay state, every housekeeping tick (diagnostics)
        for (TcpRelayConnection *connection : std::as_const(m_connections))
            qCDebug(lcEngine, "%llu %s", connection->id(), qPrintable(connection->debugState()));
    }
    if (!m_graveyard.empty() || !m_context->deadSessions.empty())
        reap();
}

void RelayEngine::scheduleReap() {
    // Inside a batch of epoll events the batch's end reaps: no queued call (an allocation, an
    // eventfd write and read, an event-loop pass) per batch that ends a connection.
    if (m_reapScheduled || m_inBatch)
        return;
    m_reapScheduled = true;
    QMetaObject::invokeMethod(this, &RelayEngine::reap, Qt::QueuedConnection);
}

void RelayEngine::reap() {
    m_reapScheduled = false;
    for (UdpSession *session : m_context->deadSessions)
        delete session;
    m_context->deadSessions.clear();
    if (m_graveyard.empty())
        return;
    for (TcpRelayConnection *connection : m_graveyard)
        delete connection;
    m_graveyard.clear();
    dropRemovedRules();
}

void RelayEngine::stop() {
    ASSERT_ENGINE_THREAD();
    refreshClock();
    for (auto &entry : m_rules) {
        ++entry.second->startGeneration;
        stopListening(*entry.second);
        setState(*entry.second, RuleState::Disabled);
    }
    const QList<TcpRelayConnection *> connections = m_connections.values();
    for (TcpRelayConnection *connection : connections)
        connection->abort(LogEvent::Result::ClosedByOperator);
    m_proxyGate.reset(); // connections still waiting for a PROXY header are closed
    reap();
    m_housekeepingTimer.stop();
    m_statsTimer.stop();
    m_soonTimer.stop();
    m_log->flush();
    publishStats(true);
    Q_EMIT stopped();
}

// ---- statistics -------------------------------------------------------------------------------

void RelayEngine::scheduleStats() {
    m_context->statsDirty = true;
    if (!m_soonTimer.isActive())
        m_soonTimer.start(20);
}

void RelayEngine::publishStats(bool force) {
    const qint64 now = m_clock.elapsed();
    if (!force) {
        if (!m_context->statsDirty)
            return;
        if (now - m_lastStatsMs < kStatsIntervalMs) {
            // Too soon after the last one: the periodic timer will carry it.
            if (!m_statsTimer.isActive())
                m_soonTimer.start(int(kStatsIntervalMs - (now - m_lastStatsMs)));
            return;
        }
    }
    m_lastStatsMs = now;
    m_context->statsDirty = false;
    Q_EMIT statsUpdated(makeSnapshot());
}

StatsSnapshot RelayEngine::makeSnapshot() const {
    StatsSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTime();
    snapshot.bufferedBytes = m_context->bufferedBytes;
    snapshot.rules.reserve(m_config.rules.size());
    for (const Rule &rule : m_config.rules) {
        auto it = m_rules.find(rule.id);
        if (it == m_rules.end())
            continue;
        const RuleRuntime &runtime = *it->second;
        RuleStats stats;
        stats.ruleId = rule.id;
        stats.state = runtime.state;
        stats.error = runtime.error;
        stats.active = runtime.counters->active;
        stats.accepted = runtime.counters->accepted;
        stats.refused = runtime.counters->refused;
        stats.failed = runtime.counters->failed;
        stats.bytesFromClient = runtime.counters->bytesFromClient;
        stats.bytesToClient = runtime.counters->bytesToClient;
        stats.datagramsFromClient = runtime.counters->datagramsFromClient;
        stats.datagramsToClient = runtime.counters->datagramsToClient;
        stats.dropped = runtime.counters->dropped;
        snapshot.rules.append(stats);
    }
    snapshot.connections.reserve(m_connections.size());
    for (const TcpRelayConnection *connection : m_connections) {
        ConnectionStats stats;
        stats.id = connection->id();
        stats.ruleId = connection->forwarding().ruleId;
        stats.clientAddress = connection->clientAddress();
        stats.clientPort = connection->clientPort();
        stats.started = QDateTime::fromMSecsSinceEpoch(connection->startedMsSinceEpoch());
        stats.bytesFromClient = connection->bytesFromClient();
        stats.bytesToClient = connection->bytesToClient();
        snapshot.connections.append(stats);
    }
    for (const auto &entry : m_rules) {
        if (!entry.second->udp)
            continue;
        const int ruleId = entry.first;
        entry.second->udp->forEachSession([&snapshot, ruleId](const UdpSession &session) {
            if (session.denied)
                return;
            ConnectionStats stats;
            stats.id = session.id;
            stats.ruleId = ruleId;
            stats.clientAddress = session.clientAddress;
            stats.clientPort = session.clientPort;
            stats.started = QDateTime::fromMSecsSinceEpoch(session.startedMsSinceEpoch);
            stats.bytesFromClient = session.bytesFromClient;
            stats.bytesToClient = session.bytesToClient;
            stats.udp = true;
            snapshot.connections.append(stats);
        });
    }
    return snapshot;
}
