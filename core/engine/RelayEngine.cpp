#include "RelayEngine.h"

#include "ConfigValidator.h"
#include "ConnectionLog.h"
#include "ConnectionTrace.h"
#include "EpollPoller.h"
#include "LogLineFormatter.h"
#include "PortRange.h"
#include "ProxyGate.h"
#include "RateLimiter.h"
#include "RelayContext.h"
#include "RelayOptions.h"
#include "RuleRuntime.h"
#include "StaticHostResolver.h"
#include "TargetResolver.h"
#include "TcpRelayConnection.h"
#include "TransparentSource.h"
#include "UdpRuleRelay.h"
#include "WakeupScheduler.h"

#include <QDateTime>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkInterface>
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
    m_context->clock.start();
    m_poller = new EpollPoller(this);
    m_log = new ConnectionLog(this);
    connect(m_log, &ConnectionLog::problemChanged, this, [this](const QString &problem) {
        // apply() reports its own open failures; this is for what happens between applies.
        if (!problem.isEmpty() && !m_applyInProgress)
            qCWarning(lcEngine, "%s", qPrintable(problem));
        m_context->statsDirty = true;
        scheduleStats();
    });
    m_resolver = new TargetResolver(this);
    m_context->poller = m_poller;
    m_context->observer = this;
    m_context->ftpData = this;
    m_context->wakeups = new WakeupScheduler(
        [this] {
            refreshClock();
            return m_context->nowMs;
        },
        this);
    m_context->isOwnUdpListener = [this](const QHostAddress &address, quint16 port) {
        return isOwnListener(address, port, Protocol::Udp);
    };
    m_context->isOwnTcpListener = [this](const QHostAddress &address, quint16 port) {
        return isOwnListener(address, port, Protocol::Tcp);
    };
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
    // Tests of the FTP helper's expiry run the program with a shorter wait.
    bool ftpTimeoutSet = false;
    const int ftpTimeout =
        qEnvironmentVariableIntValue("PORTRELAY_FTP_DATA_TIMEOUT_MS", &ftpTimeoutSet);
    if (ftpTimeoutSet && ftpTimeout > 0)
        m_context->ftpDataTimeoutMs = ftpTimeout;

    m_statsTimer.setInterval(kStatsIntervalMs);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] { publishStats(false); });
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(20);
    connect(&m_soonTimer, &QTimer::timeout, this, [this] { publishStats(false); });
    m_housekeepingTimer.setInterval(kHousekeepingIntervalMs);
    m_logBatchTimer.setSingleShot(true);
    m_logBatchTimer.setInterval(kLogBatchIntervalMs);
    connect(&m_logBatchTimer, &QTimer::timeout, this, &RelayEngine::publishLogBatch);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &RelayEngine::housekeeping);
}

RelayEngine::~RelayEngine() {
    // Connections end silently here (with their rule's relay): stop() is where they are closed
    // and logged.
    m_rules.clear();
    m_context->finishedConnections.clear();
    m_context->deadSessions.clear();
    m_log->flush();
}

void RelayEngine::setConnectTimeoutMs(int ms) {
    m_context->connectTimeoutMs = ms;
}

int RelayEngine::connectTimeoutMs() const {
    return m_context->connectTimeoutMs;
}

void RelayEngine::setHttpHeaderTimeoutMs(int ms) {
    m_context->httpHeaderTimeoutMs = ms;
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

void RelayEngine::setFtpDataTimeoutMs(int ms) {
    m_context->ftpDataTimeoutMs = qMax(1, ms);
}

void RelayEngine::setPipeSize(int bytes) {
    m_context->storage.setPipeSize(bytes > 0 ? size_t(bytes) : 0);
}

quint64 RelayEngine::acceptErrorCount() const {
    quint64 count = 0;
    for (const auto &entry : m_rules) {
        if (entry.second->tcp)
            count += entry.second->tcp->acceptFailures();
    }
    return count;
}

quint64 RelayEngine::maxBufferedBytesPerConnection() {
    return 2 * quint64(qMax(RelayStoragePool::kBufferSize, RelayStoragePool::kDefaultPipeSize));
}

void RelayEngine::refreshClock() {
    m_context->refreshClock();
}

// ---- configuration ----------------------------------------------------------------------------

void RelayEngine::apply(const Config &config) {
    ASSERT_ENGINE_THREAD();
    refreshClock();
    m_config = config;
    m_applyInProgress = true;
    m_applyErrors.clear();
    validate();

    m_localAddresses = QNetworkInterface::allAddresses();
    for (auto &entry : m_rules) {
        if (entry.second->tcp)
            entry.second->tcp->rearmSelfLoopWarning();
    }

    // Reopened on every apply so that a rotated log file is let go of (logrotate + SIGHUP).
    QString logError;
    if (m_ownsLog && !m_log->open(config.logFile, config.logFormat, &logError))
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
        if (m_listenerSharing != ListenerSharing::Join) // the lead speaks for the rule
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

void RelayEngine::setHostResolver(std::shared_ptr<const HostResolver> resolver) {
    m_hostResolver = std::move(resolver);
}

void RelayEngine::validate() {
    if (!m_hostResolver)
        m_hostResolver = std::make_shared<StaticHostResolver>(true);
    ConfigValidator::Options options;
    options.resolver = m_hostResolver;
    m_refused.clear();
    const QVector<ValidationFinding> findings = ConfigValidator::check(m_config, options);
    for (const ValidationFinding &finding : findings) {
        if (finding.isError() && finding.ruleId != 0 && !m_refused.contains(finding.ruleId))
            m_refused.insert(finding.ruleId, finding.message);
    }
}

void RelayEngine::setRuleEnabled(int ruleId, bool enabled) {
    ASSERT_ENGINE_THREAD();
    Rule *rule = m_config.ruleById(ruleId);
    auto it = m_rules.find(ruleId);
    if (!rule || it == m_rules.end())
        return;
    rule->enabled = enabled;
    // Enabling a rule may make it (or another) collide or loop: the verdicts are taken again.
    const QHash<int, QString> before = m_refused;
    validate();
    for (auto &entry : m_rules) {
        const Rule *other = m_config.ruleById(entry.first);
        if (other && entry.first != ruleId && entry.second->inConfig &&
            before.value(entry.first) != m_refused.value(entry.first))
            updateRule(*entry.second, *other);
    }
    updateRule(*it->second, *rule);
    scheduleStats();
}

bool RelayEngine::keepsListener(const RuleRuntime &runtime, const Rule &rule) {
    // Only what the listening socket is made of (address, port, protocol) closes it: the
    // target, timeout= and the other options go into a new ForwardingInfo for new connections,
    // so a reload that changes them neither refuses a client nor drops a connection.
    const Rule &old = runtime.rule;
    const bool sameSource = old.sourceAddress() == rule.sourceAddress() ||
                            rule.sourceAddress().isEmpty() ||
                            !QHostAddress(rule.sourceAddress()).isNull();
    return runtime.forwarding && runtime.state == RuleState::Listening && rule.enabled &&
           old.enabled && old.bindProtocol == rule.bindProtocol &&
           old.connectProtocol == rule.connectProtocol && old.bindHost == rule.bindHost &&
           old.resolvedBindPort() && old.resolvedBindPort() == rule.resolvedBindPort() &&
           rule.resolvedConnectPort().has_value() && sameSource;
}

std::shared_ptr<ForwardingInfo> RelayEngine::makeForwarding(const RuleRuntime &runtime) const {
    const Rule &rule = runtime.rule;
    auto forwarding = std::make_shared<ForwardingInfo>();
    forwarding->ruleId = rule.id;
    forwarding->bindHost = rule.bindHost;
    // A range's first port; listenOnRangePorts makes the others' from this one.
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(rule);
    forwarding->bindPort =
        ports.isEmpty() ? rule.resolvedBindPort().value_or(0) : ports.first().first;
    forwarding->connectHost = rule.connectHost;
    forwarding->connectPort =
        ports.isEmpty() ? rule.resolvedConnectPort().value_or(0) : ports.first().second;
    forwarding->connectAddress = QHostAddress(rule.connectHost);
    forwarding->idleTimeoutSeconds = rule.timeoutSeconds().value_or(0);
    forwarding->counters = runtime.counters;
    forwarding->sourceAddress = QHostAddress(rule.sourceAddress());
    forwarding->toOriginalDestination = rule.forwardsToOriginalDestination();
    forwarding->translateHttp = rule.translateMode() == QLatin1String("http");
    forwarding->connectionRate = RelayOptions::connectionRate(rule);
    if (const quint64 ruleRate = RelayOptions::ruleRate(rule)) {
        forwarding->ruleRateUp = std::make_shared<RateLimiter>(ruleRate, m_context->nowMs);
        forwarding->ruleRateDown = std::make_shared<RateLimiter>(ruleRate, m_context->nowMs);
    }
    forwarding->ftpMode = RelayOptions::ftpMode(rule);
    forwarding->transparent = RelayOptions::isTransparent(rule);
    applyProxyOptions(ProxyOptions::of(rule), forwarding.get());
    return forwarding;
}

void RelayEngine::updateRule(RuleRuntime &runtime, const Rule &rule) {
    const bool keepListener = keepsListener(runtime, rule);
    runtime.rule = rule;
    runtime.access.compile(m_config.globalAcl, rule.acl);
    if (!rule.enabled) {
        ++runtime.startGeneration;
        stopListening(runtime);
        setState(runtime, RuleState::Disabled);
        return;
    }
    const auto refusal = m_refused.constFind(rule.id);
    if (refusal != m_refused.constEnd()) {
        // The same refusal a front end shows; the rule never binds.
        ++runtime.startGeneration;
        stopListening(runtime);
        bindFailed(runtime, *refusal);
        return;
    }
    if (keepListener) {
        // Keeps its listener and its connections; new clients get the new ACL, target and
        // options. A src= host name that did not change keeps the address it resolved to.
        std::shared_ptr<ForwardingInfo> forwarding = makeForwarding(runtime);
        if (forwarding->sourceAddress.isNull())
            forwarding->sourceAddress = runtime.forwarding->sourceAddress;
        setForwarding(runtime, forwarding);
        return;
    }
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
        ports.isEmpty() ? rule.resolvedBindPort() : std::optional<quint16>(ports.first().first);
    const std::optional<quint16> connectPort =
        ports.isEmpty() ? std::nullopt : std::optional<quint16>(ports.first().second);
    if (!PortRange::parse(rule.bindPort, rule.bindProtocol) || !bindPort) {
        bindFailed(runtime, tr("invalid bind port %1").arg(rule.bindPort));
        return;
    }
    if (!connectPort && !rule.forwardsToOriginalDestination()) {
        bindFailed(runtime, tr("invalid connect port %1").arg(rule.connectPort));
        return;
    }
    std::shared_ptr<ForwardingInfo> forwarding = makeForwarding(runtime);
    QString missing;
    if (forwarding->transparent && !TransparentSource::hasCapability(&missing)) {
        bindFailed(runtime, missing);
        return;
    }
    const QString source = rule.sourceAddress();
    setForwarding(runtime, forwarding);
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

void RelayEngine::setForwarding(RuleRuntime &runtime,
                                std::shared_ptr<const ForwardingInfo> forwarding) {
    runtime.forwarding = forwarding;
    if (runtime.udp)
        runtime.udp->setForwarding(forwarding);
    if (runtime.tcp)
        runtime.tcp->setForwarding(std::move(forwarding));
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
        // Its sessions are logged with the rule as it is then (setForwarding() on reloads).
        auto relay =
            std::make_unique<UdpRuleRelay>(m_context.get(), runtime.forwarding, &runtime.access,
                                           m_resolver, &m_nextConnectionId, relayEvents());
        relay->setSessionLimit(m_udpSessionLimit);
        QString error;
        if (!relay->start(address, runtime.forwarding->bindPort, &error)) {
            bindFailed(runtime, error);
            return;
        }
        runtime.udp = std::move(relay);
        runtime.boundAddress = address;
        m_listenerIndexDirty = true;
        if (!listenOnRangePorts(runtime, address))
            return;
        qCInfo(lcEngine, "rule %d listening on %s port %s/udp", ruleId,
               qPrintable(runtime.rule.bindHost), qPrintable(runtime.rule.bindPort));
        setState(runtime, RuleState::Listening);
        return;
    }
    if (!runtime.tcp) {
        runtime.tcp = std::make_unique<TcpRuleRelay>(
            m_context.get(), relayEvents(), &runtime.access, m_resolver, &m_nextConnectionId);
        runtime.tcp->setForwarding(runtime.forwarding);
    }
    QString error;
    if (!runtime.tcp->listen(address, runtime.forwarding->bindPort, nullptr, m_listenerSharing,
                             &error)) {
        bindFailed(runtime, error);
        return;
    }
    runtime.boundAddress = address;
    m_listenerIndexDirty = true;
    if (!listenOnRangePorts(runtime, address))
        return;
    if (m_listenerSharing != ListenerSharing::Join)
        qCInfo(lcEngine, "rule %d listening on %s port %s", ruleId,
               qPrintable(runtime.rule.bindHost), qPrintable(runtime.rule.bindPort));
    setState(runtime, RuleState::Listening);
}

bool RelayEngine::listenOnRangePorts(RuleRuntime &runtime, const QHostAddress &address) {
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(runtime.rule);
    for (int i = 1; i < ports.size(); ++i) {
        // Made now, after a src= host was looked up: a copy of the rule's forwarding.
        auto forwarding = std::make_shared<ForwardingInfo>(*runtime.forwarding);
        forwarding->bindPort = ports.at(i).first;
        forwarding->connectPort = ports.at(i).second;
        QString error;
        bool started = false;
        if (runtime.rule.bindProtocol == Protocol::Udp) {
            auto relay =
                std::make_unique<UdpRuleRelay>(m_context.get(), forwarding, &runtime.access,
                                               m_resolver, &m_nextConnectionId, relayEvents());
            relay->setSessionLimit(m_udpSessionLimit);
            started = relay->start(address, forwarding->bindPort, &error);
            if (started)
                runtime.rangeRelays.push_back(std::move(relay));
        } else {
            started = runtime.tcp->listen(address, forwarding->bindPort, forwarding,
                                          m_listenerSharing, &error);
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
        m_applyErrors << RuleStartError{runtime.rule.id, reason};
    setState(runtime, RuleState::Error, reason);
}

void RelayEngine::stopListening(RuleRuntime &runtime) {
    // A UDP rule's sessions end with it: their replies must come from its listening socket.
    runtime.udp.reset();
    runtime.boundAddress = QHostAddress();
    m_listenerIndexDirty = true;
    if (runtime.tcp)
        runtime.tcp->stopListening();
    runtime.rangeRelays.clear();
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
    const QVector<RuleStartError> errors = m_applyErrors;
    m_applyErrors.clear();
    Q_EMIT applyFinished(errors);
}

void RelayEngine::dropRemovedRules() {
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        // A rule's relay owns its connections: it goes only when they have all been handed
        // to the context's finished ones.
        if (!it->second->inConfig && it->second->counters->active == 0 &&
            (!it->second->tcp || it->second->tcp->connectionCount() == 0))
            it = m_rules.erase(it);
        else
            ++it;
    }
}

// ---- connections ------------------------------------------------------------------------------

void RelayEngine::ftpDataAccepted(int fd, const QHostAddress &peer, quint16 peerPort,
                                  const QHostAddress &ftpClient,
                                  const std::shared_ptr<const ForwardingInfo> &forwarding,
                                  const QHostAddress &destination, quint16 destinationPort) {
    refreshClock();
    auto it = m_rules.find(forwarding->ruleId);
    if (it == m_rules.end() || !it->second->inConfig || !it->second->rule.enabled ||
        !it->second->tcp) {
        ::close(fd);
        return;
    }
    it->second->tcp->admitFtpData(fd, peer, peerPort, ftpClient, forwarding, destination,
                                  destinationPort);
}

namespace {
// An IPv4-mapped IPv6 address as IPv4, scope dropped: how listeners and targets are compared.
QHostAddress plainAddress(const QHostAddress &address) {
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol &&
        address != QHostAddress(QHostAddress::AnyIPv6))
        return QHostAddress(v4);
    QHostAddress plain(address);
    plain.setScopeId(QString());
    return plain;
}

quint32 listenerKey(quint16 port, Protocol protocol) {
    return quint32(port) | (protocol == Protocol::Udp ? 0x10000u : 0u);
}

bool isAnyAddress(const QHostAddress &address) {
    return address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6) ||
           address == QHostAddress(QHostAddress::Any);
}
} // namespace

bool RelayEngine::isLocalAddress(const QHostAddress &address) const {
    if (address.isLoopback() || isAnyAddress(address))
        return true;
    const QHostAddress plain = plainAddress(address);
    for (const QHostAddress &local : m_localAddresses) {
        if (plainAddress(local) == plain)
            return true;
    }
    return false;
}

bool RelayEngine::isOwnListener(const QHostAddress &address, quint16 port,
                                Protocol protocol) const {
    const QHostAddress target = plainAddress(address);
    // Cheap first: a target that is not on this host is never one of our listeners.
    if (!isLocalAddress(target))
        return false;
    if (m_listenerIndexDirty) {
        // Rebuilt only after listeners changed: looked up for every connection to a local
        // target, it must not scan every rule each time.
        m_listenerIndex.clear();
        for (const auto &entry : m_rules) {
            const RuleRuntime &runtime = *entry.second;
            if (!runtime.forwarding || runtime.boundAddress.isNull())
                continue;
            if (runtime.tcp) { // every port of a range
                for (const quint16 port : runtime.tcp->listeningPorts())
                    m_listenerIndex.insert(listenerKey(port, Protocol::Tcp),
                                           plainAddress(runtime.boundAddress));
            }
            if (runtime.udp)
                m_listenerIndex.insert(listenerKey(runtime.forwarding->bindPort, Protocol::Udp),
                                       plainAddress(runtime.boundAddress));
            // A UDP range's other ports, in the order listenOnRangePorts started them.
            const std::size_t rangeCount = runtime.rangeRelays.size();
            if (rangeCount == 0)
                continue;
            const QVector<QPair<quint16, quint16>> ports = forwardedPorts(runtime.rule);
            for (int i = 1; i < ports.size() && std::size_t(i) <= rangeCount; ++i)
                m_listenerIndex.insert(listenerKey(ports.at(i).first, Protocol::Udp),
                                       plainAddress(runtime.boundAddress));
        }
        m_listenerIndexDirty = false;
    }
    for (auto it = m_listenerIndex.constFind(listenerKey(port, protocol));
         it != m_listenerIndex.constEnd() && it.key() == listenerKey(port, protocol); ++it) {
        // A listener on 0.0.0.0 or :: takes every local address; connecting to 0.0.0.0 or ::
        // reaches any local listener of the port.
        if (isAnyAddress(it.value()) || isAnyAddress(target) || it.value() == target)
            return true;
    }
    return false;
}

TcpRuleRelay &RelayEngine::tcpRelayOf(const TcpRelayConnection &connection) {
    // A connection's rule outlives it: its runtime is dropped only once its relay has handed
    // every connection to the context's finished ones (dropRemovedRules).
    return *m_rules.at(connection.forwarding().ruleId)->tcp;
}

void RelayEngine::connectionOpened(TcpRelayConnection *connection) {
    tcpRelayOf(*connection).connectionOpened(connection);
}

void RelayEngine::connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) {
    tcpRelayOf(*connection).connectionFinished(connection, result);
}

void RelayEngine::connectionRetired() {
    scheduleReap();
}

void RelayEngine::connectionLogged(const ForwardingInfo &forwarding, const QHostAddress &client,
                                   LogEvent::Result result, quint64 bytesFromClient,
                                   quint64 bytesToClient, qint64 durationMs) {
    if (lcConnectionEvents().isInfoEnabled())
        qCInfo(lcConnectionEvents, "%s %s:%u -> %s:%u %s%s",
               LogLineFormatter::clientText(client).constData(), qPrintable(forwarding.bindHost),
               unsigned(forwarding.bindPort), qPrintable(forwarding.connectHost),
               unsigned(forwarding.connectPort), LogEvent::resultText(result),
               result == LogEvent::Result::Opened || result == LogEvent::Result::Denied ||
                       result == LogEvent::Result::NotAllowed
                   ? ""
                   : qPrintable(QStringLiteral(", %1 bytes in, %2 bytes out, %3 ms")
                                    .arg(bytesFromClient)
                                    .arg(bytesToClient)
                                    .arg(durationMs)));
    if (!m_log->isOpen() && !m_publishLogEvents)
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
    if (m_log->isOpen())
        m_log->write(event);
    if (m_publishLogEvents) {
        event.ruleId = forwarding.ruleId;
        event.msSinceEpoch = QDateTime::currentMSecsSinceEpoch();
        if (m_logBatch.size() < kLogBatchMaxEvents)
            m_logBatch.append(event);
        else
            ++m_logBatchDropped;
        if (!m_logBatchTimer.isActive())
            m_logBatchTimer.start();
    }
}

void RelayEngine::setLogEventsPublished(bool published) {
    ASSERT_ENGINE_THREAD();
    m_publishLogEvents = published;
    if (!published) {
        m_logBatch.clear();
        m_logBatchDropped = 0;
        m_logBatchTimer.stop();
    }
}

void RelayEngine::publishLogBatch() {
    if (m_logBatch.isEmpty() && m_logBatchDropped == 0)
        return;
    QVector<LogEvent> batch;
    batch.swap(m_logBatch);
    const quint64 dropped = m_logBatchDropped;
    m_logBatchDropped = 0;
    Q_EMIT logEventsPublished(batch, dropped);
}

void RelayEngine::closeConnection(quint64 connectionId) {
    ASSERT_ENGINE_THREAD();
    refreshClock();
    for (auto &entry : m_rules) {
        if (entry.second->tcp && entry.second->tcp->closeConnection(connectionId))
            return;
    }
    for (auto &entry : m_rules) {
        if (entry.second->udp && entry.second->udp->closeSession(connectionId))
            return;
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
    for (auto &entry : m_rules) {
        if (entry.second->tcp)
            entry.second->tcp->expire(now);
        if (entry.second->udp)
            entry.second->udp->expire(now);
    }
    // PORTRELAY_DEBUG_DUMP=1 with QT_LOGGING_RULES=portrelay.engine.debug=true (debug is off by
    // default, see docs/headless.md).
    static const bool dumpState = qEnvironmentVariableIsSet("PORTRELAY_DEBUG_DUMP");
    if (dumpState) { // each connection's relay state, every housekeeping tick (diagnostics)
        for (const auto &entry : m_rules) {
            if (entry.second->tcp)
                entry.second->tcp->forEachConnection([](const TcpRelayConnection &connection) {
                    qCDebug(lcEngine, "%llu %s", connection.id(),
                            qPrintable(connection.debugState()));
                });
        }
    }
    if (!m_context->finishedConnections.empty() || !m_context->deadSessions.empty())
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
    m_context->deadSessions.clear();
    if (m_context->finishedConnections.empty())
        return;
    m_context->finishedConnections.clear();
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
    // Then every connection, and those still waiting for a PROXY header.
    for (auto &entry : m_rules) {
        if (entry.second->tcp)
            entry.second->tcp->stop(LogEvent::Result::ClosedByOperator);
    }
    reap();
    m_housekeepingTimer.stop();
    m_statsTimer.stop();
    m_soonTimer.stop();
    m_log->flush();
    publishLogBatch();
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
    const qint64 now = m_context->clock.elapsed();
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
    snapshot.logProblem = m_log->problem();
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
    std::size_t connectionCount = 0;
    for (const auto &entry : m_rules) {
        if (entry.second->tcp)
            connectionCount += entry.second->tcp->connectionCount();
    }
    snapshot.connections.reserve(qsizetype(connectionCount));
    for (const auto &entry : m_rules) {
        if (entry.second->tcp)
            entry.second->tcp->appendConnectionStats(&snapshot.connections);
    }
    for (const auto &entry : m_rules) {
        if (entry.second->udp)
            entry.second->udp->appendConnectionStats(&snapshot.connections);
    }
    return snapshot;
}
