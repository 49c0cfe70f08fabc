#include "TcpRuleListener.h"

#include "EngineEventDispatcher.h"
#include "ListenFds.h"
#include "PrivilegedPort.h"
#include "SocketAddress.h"

#include <QAbstractEventDispatcher>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

TcpRuleListener::TcpRuleListener(AcceptHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler)) {
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &TcpRuleListener::resume);
}

TcpRuleListener::~TcpRuleListener() {
    close();
}

QString TcpRuleListener::bindErrorText(int error, quint16 port) {
    switch (error) {
    case EADDRINUSE:
        return tr("address already in use");
    case EACCES:
    case EPERM:
        return PrivilegedPort::permissionDeniedText(port);
    case EADDRNOTAVAIL:
        return tr("cannot assign requested address");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

bool TcpRuleListener::start(const QHostAddress &address, quint16 port, QString *error) {
    close();
    // A socket the service manager bound for this address is used instead of binding one.
    const int inherited = ListenFds::take(address, port, SOCK_STREAM);
    if (inherited >= 0) {
        // The options accepted sockets inherit, as on a socket bound here (see below).
        const int on = 1;
        ::setsockopt(inherited, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        ::setsockopt(inherited, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        m_fd = inherited;
        // The other relay threads watch duplicates of this very socket: without an exclusive
        // wake-up every thread would wake for each connection and all but one find nothing.
        // (Sockets bound with SO_REUSEPORT are separate sockets, each woken alone.)
        if (m_sharing != ListenerSharing::Exclusive) {
            m_wakeOneLoop =
                qobject_cast<EngineEventDispatcher *>(QAbstractEventDispatcher::instance(thread()));
            if (m_wakeOneLoop)
                m_wakeOneLoop->setWakesOneLoop(m_fd, true);
        }
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &TcpRuleListener::onReadable);
        return true;
    }
    sockaddr_storage storage;
    socklen_t length = 0;
    bool dualStack = false;
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    if (address == QHostAddress(QHostAddress::Any)) {
        length = SocketAddress::fillDualStackAny(port, &storage);
        dualStack = true;
    } else if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol) {
        // An IPv4-mapped address (::ffff:a.b.c.d): an IPv6 socket that takes IPv4 clients on
        // that one address, which then appear as mapped IPv6 addresses.
        length = SocketAddress::fillIPv6(address, port, &storage);
        dualStack = true;
    } else {
        length = SocketAddress::fill(address, port, &storage);
    }

    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int failure = fd < 0 ? errno : 0;
    if (fd >= 0) {
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        // Accepted sockets inherit these from the listening one (Linux), so the relay does not
        // set them on every client: TCP_NODELAY and SO_KEEPALIVE, as the issue asks.
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
        if (storage.ss_family == AF_INET6) {
            const int v6Only = dualStack ? 0 : 1;
            ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6Only, sizeof v6Only);
        }
        if (m_sharing == ListenerSharing::Join)
            ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) == 0;
        // Set after bind: the lead never joins another program's SO_REUSEPORT group, while
        // the relay's other threads may join the lead's (the group forms at listen()).
        if (bound && m_sharing == ListenerSharing::Lead &&
            ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0)
            qCWarning(lcEngine, "SO_REUSEPORT: %s", std::strerror(errno));
        if (!bound || ::listen(fd, kBacklog) != 0) {
            failure = errno;
            ::close(fd);
        }
    }
    if (failure != 0) {
        *error = bindErrorText(failure, port);
        return false;
    }
    m_fd = fd;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TcpRuleListener::onReadable);
    return true;
}

void TcpRuleListener::close() {
    m_resumeTimer.stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0) {
        if (m_wakeOneLoop)
            m_wakeOneLoop->setWakesOneLoop(m_fd, false);
        m_wakeOneLoop = nullptr;
        ::close(m_fd);
        m_fd = -1;
    }
}

void TcpRuleListener::onReadable() {
    // Bounded so that one busy listener cannot starve the connections it feeds.
    for (int i = 0; i < kMaxAcceptsPerWakeup && m_fd >= 0; ++i) {
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        const int fd = ::accept4(m_fd, reinterpret_cast<sockaddr *>(&peer), &length,
                                 SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            m_backoffMs = kMinBackoffMs;
            m_handler(fd, peer);
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED: // the client gave up while queued: next one
            continue;
        case EMFILE:
        case ENFILE:
        case ENOBUFS:
        case ENOMEM:
            ++m_acceptFailures;
            if (m_backoffMs == kMinBackoffMs)
                qCWarning(lcEngine, "accept: %s; pausing new connections", std::strerror(errno));
            m_notifier->setEnabled(false);
            m_resumeTimer.start(m_backoffMs);
            m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
            return;
        default: // EAGAIN: drained
            return;
        }
    }
}

void TcpRuleListener::resume() {
    if (m_notifier)
        m_notifier->setEnabled(true); // level-triggered: fires at once if clients are waiting
}
