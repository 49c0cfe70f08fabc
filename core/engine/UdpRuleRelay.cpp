#include "UdpRuleRelay.h"

#include "AccessChecker.h"
#include "EpollPoller.h"
#include "ListenFds.h"
#include "RelayContext.h"
#include "Rule.h"
#include "RuleRelayEvents.h"
#include "SocketAddress.h"
#include "TargetResolver.h"
#include "TcpRuleListener.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace {

constexpr size_t kDatagramBufferSize = 65536; // larger than any UDP payload

quint16 portOf(const sockaddr_storage &address) {
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    return ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
}

} // namespace

void UdpSession::pollEvent(uint32_t) {
    if (fd >= 0)
        owner->upstreamReadable(*this);
}

size_t UdpRuleRelay::KeyHash::operator()(const Key &k) const {
    size_t h = k.family * 1000003u ^ k.port;
    for (unsigned char c : k.address)
        h = h * 131 + c;
    return h;
}

UdpRuleRelay::Key UdpRuleRelay::keyOf(const sockaddr_storage &address) {
    Key key;
    key.family = quint8(address.ss_family);
    if (address.ss_family == AF_INET) {
        const auto &in = reinterpret_cast<const sockaddr_in &>(address);
        key.port = in.sin_port;
        std::memcpy(key.address.data(), &in.sin_addr, 4);
    } else {
        const auto &in6 = reinterpret_cast<const sockaddr_in6 &>(address);
        key.port = in6.sin6_port;
        std::memcpy(key.address.data(), &in6.sin6_addr, 16);
    }
    return key;
}

UdpRuleRelay::UdpRuleRelay(RelayContext *context, std::shared_ptr<const ForwardingInfo> forwarding,
                           const AccessChecker *access, TargetResolver *resolver, quint64 *nextId,
                           RuleRelayEvents *events)
    : m_context(context)
    , m_forwarding(std::move(forwarding))
    , m_access(access)
    , m_resolver(resolver)
    , m_nextId(nextId)
    , m_events(events) {
    if (m_context->datagramBuffer.size() < kDatagramBufferSize)
        m_context->datagramBuffer.resize(kDatagramBufferSize);
}

UdpRuleRelay::~UdpRuleRelay() {
    *m_alive = false;
    stop();
}

void UdpRuleRelay::setForwarding(std::shared_ptr<const ForwardingInfo> forwarding) {
    m_forwarding = std::move(forwarding);
}

int UdpRuleRelay::timeoutSeconds() const {
    return m_forwarding->idleTimeoutSeconds > 0 ? m_forwarding->idleTimeoutSeconds
                                                : Rule::defaultTimeoutSeconds(Protocol::Udp);
}

bool UdpRuleRelay::start(const QHostAddress &address, quint16 port, QString *error) {
    const int inherited = ListenFds::take(address, port, SOCK_DGRAM);
    if (inherited >= 0) {
        m_fd = inherited;
        m_context->poller->add(m_fd, EPOLLIN, this);
        return true;
    }
    const bool any = address == QHostAddress(QHostAddress::Any);
    sockaddr_storage storage;
    const socklen_t length = any ? SocketAddress::fillDualStackAny(port, &storage)
                                 : SocketAddress::fill(address, port, &storage);
    const int fd = ::socket(storage.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int failure = fd < 0 ? errno : 0;
    if (fd >= 0) {
        if (storage.ss_family == AF_INET6) {
            const int v6Only = any ? 0 : 1;
            ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6Only, sizeof v6Only);
        }
        // Every client shares this socket: room for bursts (the kernel caps it at rmem_max).
        const int bufferSize = 1024 * 1024;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bufferSize, sizeof bufferSize);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bufferSize, sizeof bufferSize);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
            failure = errno;
            ::close(fd);
        }
    }
    if (failure != 0) {
        *error = TcpRuleListener::bindErrorText(failure, port);
        return false;
    }
    m_fd = fd;
    m_context->poller->add(m_fd, EPOLLIN, this);
    return true;
}

void UdpRuleRelay::stop() {
    while (!m_lru.empty())
        endSession(m_lru.front(), LogEvent::Result::ClosedByOperator);
    if (m_fd >= 0) {
        m_context->poller->remove(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }
}

void UdpRuleRelay::pollEvent(uint32_t) {
    char *buffer = m_context->datagramBuffer.data();
    RuleCounters &counters = *m_forwarding->counters;
    for (int i = 0; i < kMaxDatagramsPerWakeup && m_fd >= 0; ++i) {
        sockaddr_storage client{};
        socklen_t length = sizeof client;
        const ssize_t n = ::recvfrom(m_fd, buffer, kDatagramBufferSize, 0,
                                     reinterpret_cast<sockaddr *>(&client), &length);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // EAGAIN, or an ICMP error reported on the listening socket
        }
        const size_t size = size_t(n); // 0 is a valid, empty datagram
        m_context->statsDirty = true;
        auto it = m_sessions.find(keyOf(client));
        UdpSession *session = it != m_sessions.end() ? it->second : nullptr;
        if (!session) {
            session = createSession(client, length, buffer, size);
            continue; // the first datagram was handled there
        }
        touch(*session);
        if (session->denied) {
            ++counters.dropped;
            continue;
        }
        forward(*session, buffer, size);
    }
}

UdpSession *UdpRuleRelay::createSession(const sockaddr_storage &client, socklen_t length,
                                        const char *data, size_t size) {
    RuleCounters &counters = *m_forwarding->counters;
    if (m_sessions.size() >= m_sessionLimit && !m_lru.empty()) {
        ++counters.dropped; // the least recently used session gives way
        endSession(m_lru.back(), LogEvent::Result::ClosedByOperator);
    }
    auto *session = new UdpSession;
    session->owner = this;
    session->id = (*m_nextId)++;
    session->client = client;
    session->clientLength = length;
    session->clientAddress = QHostAddress(reinterpret_cast<const sockaddr *>(&client));
    session->clientPort = portOf(client);
    session->startedMsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    session->lastActivityMs = m_context->nowMs;
    m_lru.push_front(session);
    session->lruPosition = m_lru.begin();
    m_sessions.emplace(keyOf(client), session);

    const AccessDecision::Result decision = m_access->check(session->clientAddress);
    if (decision != AccessDecision::Result::Allowed) {
        // Kept as a session so that its datagrams are dropped without a log line each.
        session->denied = true;
        ++counters.refused;
        ++counters.dropped;
        m_events->connectionLogged(*m_forwarding, session->clientAddress,
                                   decision == AccessDecision::Result::Denied
                                       ? LogEvent::Result::Denied
                                       : LogEvent::Result::NotAllowed,
                                   0, 0, 0);
        return session;
    }
    ++counters.accepted;
    ++counters.active;
    // rinetd logs "opened" with the first datagram counted as input.
    m_events->connectionLogged(*m_forwarding, session->clientAddress, LogEvent::Result::Opened,
                               size, 0, 0);
    session->resolving = true;
    session->waiting.emplace_back(data, qsizetype(size));
    const quint64 id = session->id;
    std::weak_ptr<bool> alive = m_alive;
    m_resolver->resolve(m_forwarding->connectHost, m_context->nowMs,
                        [this, alive, id](const QHostAddress &address) {
                            if (alive.expired() || !*alive.lock())
                                return;
                            for (UdpSession *s : m_lru) {
                                if (s->id != id)
                                    continue;
                                if (address.isNull())
                                    endSession(s, LogEvent::Result::LocalConnectFailed);
                                else
                                    openUpstream(*s, address);
                                return;
                            }
                        });
    return session;
}

void UdpRuleRelay::openUpstream(UdpSession &session, const QHostAddress &target) {
    session.resolving = false;
    if (m_context->isOwnUdpListener &&
        m_context->isOwnUdpListener(target, m_forwarding->connectPort)) {
        endSession(&session, LogEvent::Result::LocalConnectFailed);
        return;
    }
    sockaddr_storage address;
    const socklen_t length = SocketAddress::fill(target, m_forwarding->connectPort, &address);
    session.fd = ::socket(address.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (session.fd < 0) {
        endSession(&session, LogEvent::Result::LocalSocketFailed);
        return;
    }
    if (!m_forwarding->sourceAddress.isNull()) {
        sockaddr_storage source;
        const socklen_t sourceLength = SocketAddress::fill(m_forwarding->sourceAddress, 0, &source);
        if (source.ss_family != address.ss_family ||
            ::bind(session.fd, reinterpret_cast<sockaddr *>(&source), sourceLength) != 0) {
            endSession(&session, LogEvent::Result::LocalBindFailed);
            return;
        }
    }
    // Connected: only the target's datagrams are received on it, and send() needs no address.
    if (::connect(session.fd, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        !m_context->poller->add(session.fd, EPOLLIN, &session)) {
        endSession(&session, LogEvent::Result::LocalConnectFailed);
        return;
    }
    std::vector<QByteArray> waiting;
    waiting.swap(session.waiting);
    for (const QByteArray &datagram : waiting)
        forward(session, datagram.constData(), size_t(datagram.size()));
}

void UdpRuleRelay::forward(UdpSession &session, const char *data, size_t size) {
    RuleCounters &counters = *m_forwarding->counters;
    if (session.resolving) {
        if (session.waiting.size() < kMaxWaitingDatagrams)
            session.waiting.emplace_back(data, qsizetype(size));
        else
            ++counters.dropped;
        return;
    }
    if (session.fd < 0)
        return;
    const ssize_t n = ::send(session.fd, data, size, 0);
    if (n < 0) {
        ++counters.dropped; // full socket buffer or an ICMP error from an earlier datagram
        return;
    }
    ++session.datagramsFromClient;
    session.bytesFromClient += size;
    ++counters.datagramsFromClient;
    counters.bytesFromClient += size;
}

void UdpRuleRelay::upstreamReadable(UdpSession &session) {
    char *buffer = m_context->datagramBuffer.data();
    RuleCounters &counters = *m_forwarding->counters;
    for (int i = 0; i < kMaxDatagramsPerWakeup; ++i) {
        const ssize_t n = ::recv(session.fd, buffer, kDatagramBufferSize, 0);
        if (n < 0) {
            if (errno == EINTR || errno == ECONNREFUSED)
                continue; // ECONNREFUSED: an ICMP "port unreachable" for an earlier datagram
            return;
        }
        touch(session);
        m_context->statsDirty = true;
        const ssize_t sent =
            ::sendto(m_fd, buffer, size_t(n), 0,
                     reinterpret_cast<const sockaddr *>(&session.client), session.clientLength);
        if (sent < 0) {
            ++counters.dropped;
            continue;
        }
        ++session.datagramsToClient;
        session.bytesToClient += size_t(n);
        ++counters.datagramsToClient;
        counters.bytesToClient += size_t(n);
    }
}

void UdpRuleRelay::touch(UdpSession &session) {
    session.lastActivityMs = m_context->nowMs;
    m_lru.splice(m_lru.begin(), m_lru, session.lruPosition);
}

void UdpRuleRelay::expire(qint64 nowMs) {
    const qint64 limit = qint64(timeoutSeconds()) * 1000;
    while (!m_lru.empty() && nowMs - m_lru.back()->lastActivityMs >= limit)
        endSession(m_lru.back(), LogEvent::Result::IdleTimeout);
}

bool UdpRuleRelay::closeSession(quint64 id) {
    for (UdpSession *session : m_lru) {
        if (session->id == id) {
            endSession(session, LogEvent::Result::ClosedByOperator);
            return true;
        }
    }
    return false;
}

void UdpRuleRelay::endSession(UdpSession *session, LogEvent::Result result) {
    m_sessions.erase(keyOf(session->client));
    m_lru.erase(session->lruPosition);
    if (session->fd >= 0) {
        m_context->poller->remove(session->fd);
        ::close(session->fd);
        session->fd = -1;
    }
    if (!session->denied) {
        RuleCounters &counters = *m_forwarding->counters;
        if (counters.active > 0)
            --counters.active;
        if (result == LogEvent::Result::LocalConnectFailed ||
            result == LogEvent::Result::LocalSocketFailed ||
            result == LogEvent::Result::LocalBindFailed)
            ++counters.failed;
        m_events->connectionLogged(*m_forwarding, session->clientAddress, result,
                                   session->bytesFromClient, session->bytesToClient,
                                   QDateTime::currentMSecsSinceEpoch() -
                                       session->startedMsSinceEpoch);
    }
    m_context->statsDirty = true;
    // An event for it may still be in this batch: destroyed after it.
    m_context->deadSessions.emplace_back(session);
    m_events->connectionRetired();
}

void UdpRuleRelay::appendConnectionStats(QVector<ConnectionStats> *stats) const {
    for (const UdpSession *session : m_lru) {
        if (session->denied)
            continue;
        ConnectionStats s;
        s.id = session->id;
        s.ruleId = m_forwarding->ruleId;
        s.clientAddress = session->clientAddress;
        s.clientPort = session->clientPort;
        s.started = QDateTime::fromMSecsSinceEpoch(session->startedMsSinceEpoch);
        s.bytesFromClient = session->bytesFromClient;
        s.bytesToClient = session->bytesToClient;
        s.udp = true;
        stats->append(s);
    }
}
