#include "SingleConnectionRelay.h"

#include "EpollPoller.h"
#include "ForwardingInfo.h"
#include "RelayContext.h"
#include "SocketAddress.h"
#include "TargetResolver.h"
#include "TcpRelayConnection.h"
#include "WakeupScheduler.h"

#include <QDateTime>

#include <csignal>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr int kHousekeepingIntervalMs = 250;

QString hostText(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

SingleConnectionRelay::SingleConnectionRelay(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<RelayContext>()) {
    std::signal(SIGPIPE, SIG_IGN); // see RelayEngine: EPIPE instead
    m_clock.start();
    m_poller = new EpollPoller(this);
    m_resolver = new TargetResolver(this);
    m_context->poller = m_poller;
    m_context->observer = this;
    // Throttled directions (connectionRate) resume from here.
    m_context->wakeups = new WakeupScheduler(
        [this] {
            refreshClock();
            return m_context->nowMs;
        },
        this);
    m_poller->setBatchHooks([this] { refreshClock(); }, [] {});
    m_housekeeping.setInterval(kHousekeepingIntervalMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &SingleConnectionRelay::housekeeping);
}

SingleConnectionRelay::~SingleConnectionRelay() = default;

void SingleConnectionRelay::refreshClock() {
    m_context->nowMs = m_clock.elapsed();
}

bool SingleConnectionRelay::isSuccess(LogEvent::Result result) const {
    return result == LogEvent::Result::LocalClosedFirst ||
           result == LogEvent::Result::RemoteClosedFirst || result == LogEvent::Result::IdleTimeout;
}

void SingleConnectionRelay::start(int clientFd, const Options &options) {
    refreshClock();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_connectTimeoutMs = options.connectTimeoutMs;
    sockaddr_storage peer{};
    socklen_t peerLength = sizeof peer;
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    ::getpeername(clientFd, reinterpret_cast<sockaddr *>(&peer), &peerLength);
    ::getsockname(clientFd, reinterpret_cast<sockaddr *>(&local), &localLength);
    m_client = QHostAddress(reinterpret_cast<const sockaddr *>(&peer));
    // Accepted by someone else: the options the engine's listeners pass on are set here.
    const int one = 1;
    ::setsockopt(clientFd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(clientFd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);

    m_forwarding = std::make_shared<ForwardingInfo>();
    m_forwarding->bindHost = hostText(QHostAddress(reinterpret_cast<const sockaddr *>(&local)));
    m_forwarding->bindPort = SocketAddress::portOf(local);
    m_forwarding->connectHost = options.connectHost;
    m_forwarding->connectPort = options.connectPort;
    m_forwarding->connectAddress = QHostAddress(options.connectHost);
    m_forwarding->idleTimeoutSeconds = options.idleTimeoutSeconds;
    m_forwarding->connectionRate = options.connectionRate;
    m_forwarding->counters = std::make_shared<RuleCounters>();

    AccessChecker access;
    access.compile(AccessList(), options.acl);
    const AccessDecision::Result decision = access.check(m_client);
    if (decision != AccessDecision::Result::Allowed) {
        // Closed before anything else happens: the target is never contacted.
        ::close(clientFd);
        end(decision == AccessDecision::Result::Denied ? LogEvent::Result::Denied
                                                       : LogEvent::Result::NotAllowed,
            0, 0);
        return;
    }
    m_connection = std::make_unique<TcpRelayConnection>(m_context.get(), 1, clientFd, m_client,
                                                        SocketAddress::portOf(peer), m_forwarding,
                                                        m_startedMs);
    m_housekeeping.start();
    if (!m_forwarding->connectAddress.isNull()) {
        m_connection->connectTo(m_forwarding->connectAddress, options.connectPort);
        return;
    }
    m_resolver->resolve(options.connectHost, m_context->nowMs,
                        [this, port = options.connectPort](const QHostAddress &address) {
                            if (!m_connection || m_ended)
                                return;
                            refreshClock();
                            if (address.isNull())
                                m_connection->abort(LogEvent::Result::LocalConnectFailed);
                            else
                                m_connection->connectTo(address, port);
                        });
}

void SingleConnectionRelay::connectionOpened(TcpRelayConnection *) {
    LogEvent event;
    event.result = LogEvent::Result::Opened;
    event.client = m_client;
    event.bindHost = m_forwarding->bindHost;
    event.bindPort = m_forwarding->bindPort;
    event.connectHost = m_forwarding->connectHost;
    event.connectPort = m_forwarding->connectPort;
    Q_EMIT eventLogged(event);
}

void SingleConnectionRelay::connectionFinished(TcpRelayConnection *connection,
                                               LogEvent::Result result) {
    end(result, connection->bytesFromClient(), connection->bytesWrittenToClient());
}

void SingleConnectionRelay::end(LogEvent::Result result, quint64 fromClient, quint64 toClient) {
    if (m_ended)
        return;
    m_ended = true;
    m_housekeeping.stop();
    LogEvent event;
    event.result = result;
    event.client = m_client;
    event.bindHost = m_forwarding->bindHost;
    event.bindPort = m_forwarding->bindPort;
    event.connectHost = m_forwarding->connectHost;
    event.connectPort = m_forwarding->connectPort;
    event.bytesFromClient = fromClient;
    event.bytesToClient = toClient;
    event.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    Q_EMIT eventLogged(event);
    // Queued: the connection that reported this must not be deleted inside its own call.
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

void SingleConnectionRelay::housekeeping() {
    if (!m_connection || m_ended)
        return;
    refreshClock();
    const qint64 now = m_context->nowMs;
    switch (m_connection->state()) {
    case TcpRelayConnection::State::Resolving:
    case TcpRelayConnection::State::Connecting:
        if (now - m_connection->phaseStartedMs() >= m_connectTimeoutMs)
            m_connection->abort(LogEvent::Result::LocalConnectFailed);
        break;
    case TcpRelayConnection::State::Relaying: {
        const int timeout = m_forwarding->idleTimeoutSeconds;
        if (timeout > 0 && now - m_connection->lastActivityMs() >= qint64(timeout) * 1000)
            m_connection->abort(LogEvent::Result::IdleTimeout);
        break;
    }
    case TcpRelayConnection::State::Closed:
        break;
    }
}
