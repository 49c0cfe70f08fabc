#include "TcpRelayConnection.h"

#include "ConnectionObserver.h"
#include "ConnectionThrottle.h"
#include "ConnectionTrace.h"
#include "EpollPoller.h"
#include "FtpSession.h"
#include "HttpRequestRewriter.h"
#include "ProxyHeader.h"
#include "RelayContext.h"
#include "SocketAddress.h"
#include "TransparentSource.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTransparent, "portrelay.transparent", QtInfoMsg)

namespace {

// Chunks moved per direction per wakeup before giving other connections their turn.
constexpr int kMaxRoundsPerEvent = 16;
// And bytes read per direction per wakeup: four pipe-fulls. Without a byte budget, 16 rounds let
// 32 bulk streams hold the thread for hundreds of MiB per wakeup and a ping-pong under that
// load waited 70-120 ms per round trip. A budget of 512 KiB kept that fair but cost 32 bulk
// streams about a quarter of their throughput: the backend then ran dry and slept between small
// turns. With 4 MiB the relay keeps its peers fed; EpollPoller bounds how many such turns a
// batch takes, which keeps the ping-pong's tail short (docs/benchmarks.md).
constexpr size_t kMaxBytesPerEvent = 4 * 1024 * 1024;
// A direction not (yet) in bulk mode reads at most kProbeRead on the copy path, and switches to
// splice() when such a read fills it; a splice() read of less than kSmallRead into an empty pipe
// switches it back. The probe touches only the first pages of the 64 KiB buffer, so a stream
// that turns out to be bulk leaves little resident memory behind.
constexpr size_t kProbeRead = 16 * 1024;
constexpr size_t kSmallRead = 4 * 1024;

int socketError(int fd) {
    int error = 0;
    socklen_t length = sizeof error;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return errno;
    return error;
}

void setSocketOptions(int fd) {
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
}

} // namespace

TcpRelayConnection::TcpRelayConnection(RelayContext *context, quint64 id, int clientFd,
                                       const QHostAddress &clientAddress, quint16 clientPort,
                                       std::shared_ptr<const ForwardingInfo> forwarding,
                                       qint64 startedMsSinceEpoch)
    : m_context(context)
    , m_id(id)
    , m_forwarding(std::move(forwarding))
    , m_clientAddress(clientAddress)
    , m_clientPort(clientPort)
    , m_startedMsSinceEpoch(startedMsSinceEpoch) {
    m_client.owner = this;
    m_client.fd = clientFd;
    m_client.isClient = true;
    m_target.owner = this;
    m_up.from = &m_client;
    m_up.to = &m_target;
    m_down.from = &m_target;
    m_down.to = &m_client;
    m_phaseStartedMs = m_context->nowMs;
    m_lastActivityMs = m_context->nowMs;
    if (m_forwarding->connectionRate > 0 || m_forwarding->ruleRateUp || m_forwarding->ruleRateDown)
        m_throttle = std::make_unique<ConnectionThrottle>(m_context, m_forwarding->connectionRate,
                                                          m_forwarding->ruleRateUp,
                                                          m_forwarding->ruleRateDown, [this] {
                                                              if (m_state == State::Relaying)
                                                                  afterIo(true, true);
                                                          });
}

TcpRelayConnection::~TcpRelayConnection() {
    closeSockets();
}

void TcpRelayConnection::connectTo(const QHostAddress &target, quint16 port) {
    if (m_state != State::Resolving)
        return;
    sockaddr_storage address;
    const socklen_t length = SocketAddress::fill(target, port, &address);
    m_target.fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_target.fd < 0) {
        finish(LogEvent::Result::LocalSocketFailed);
        return;
    }
    // The client socket already has both options: accepted sockets inherit them from the
    // listener (see TcpRuleListener::start), two system calls less per connection.
    setSocketOptions(m_target.fd);
    if (m_forwarding->transparent) {
        if (!bindTransparentSource(address.ss_family))
            return;
    } else if (!m_forwarding->sourceAddress.isNull()) {
        sockaddr_storage source;
        const socklen_t sourceLength = SocketAddress::fill(m_forwarding->sourceAddress, 0, &source);
        if (source.ss_family != address.ss_family ||
            ::bind(m_target.fd, reinterpret_cast<sockaddr *>(&source), sourceLength) != 0) {
            finish(LogEvent::Result::LocalBindFailed);
            return;
        }
    }
    m_state = State::Connecting;
    m_phaseStartedMs = m_context->nowMs;
    qCDebug(lcTrace, "connection %llu: connecting to %s port %u", m_id,
            qPrintable(target.toString()), unsigned(port));
    const int rc = ::connect(m_target.fd, reinterpret_cast<sockaddr *>(&address), length);
    if (rc != 0 && errno != EINPROGRESS) {
        finish(LogEvent::Result::LocalConnectFailed);
        return;
    }
    // The client joins the poller once the target is there (onConnectFinished): until then
    // nothing is read from it, and an error or hang-up it has is seen when it is first read.
    m_target.registered = m_context->poller->add(m_target.fd, EPOLLOUT, &m_target);
    m_target.interest = EPOLLOUT;
    if (!m_target.registered) {
        finish(LogEvent::Result::LocalConnectFailed);
        return;
    }
    if (rc == 0)
        onConnectFinished();
}

bool TcpRelayConnection::bindTransparentSource(int family) {
    QString error;
    switch (TransparentSource::bindToClient(m_target.fd, family, m_clientAddress, m_clientPort,
                                            &error)) {
    case TransparentSource::Outcome::Bound:
        qCDebug(lcTrace, "connection %llu: connecting from the client's address and port", m_id);
        return true;
    case TransparentSource::Outcome::BoundOtherPort:
        qCInfo(lcTransparent,
               "connection %llu: port %u of %s is in use here; connecting from "
               "the client's address with another port",
               m_id, unsigned(m_clientPort), qPrintable(m_clientAddress.toString()));
        return true;
    case TransparentSource::Outcome::SkippedLocal:
        qCInfo(lcTransparent,
               "connection %llu: client %s is on this host (or of another address "
               "family); connecting from the relay's own address",
               m_id, qPrintable(m_clientAddress.toString()));
        return true;
    case TransparentSource::Outcome::Failed:
        break;
    }
    qCWarning(lcTransparent, "connection %llu: cannot connect from %s: %s", m_id,
              qPrintable(m_clientAddress.toString()), qPrintable(error));
    finish(LogEvent::Result::LocalBindFailed);
    return false;
}

void TcpRelayConnection::abort(LogEvent::Result result) {
    finish(result);
}

void TcpRelayConnection::reset(LogEvent::Result result) {
    // A zero linger time makes close() drop the unsent data and send RST instead of FIN
    // after it.
    const linger abortive{1, 0};
    for (const Side *side : {&m_client, &m_target}) {
        if (side->fd >= 0)
            ::setsockopt(side->fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    }
    finish(result);
}

void TcpRelayConnection::onEvent(Side &side, uint32_t events) {
    if (m_state == State::Closed)
        return;
    if (m_state == State::Connecting) {
        // Only the target is registered while connecting. A failed connect reports EPOLLERR
        // (refused: with EPOLLHUP), so SO_ERROR need not be asked on success.
        if (&side == &m_target) {
            if ((events & (EPOLLERR | EPOLLHUP)) || !(events & EPOLLOUT))
                finish(LogEvent::Result::LocalConnectFailed);
            else
                onConnectFinished();
        }
        return;
    }
    if (m_state != State::Relaying)
        return;
    if ((events & EPOLLERR) && socketError(side.fd) != 0) {
        finish(closedFirstResult(side.isClient));
        return;
    }
    if (events & EPOLLHUP) {
        // Both directions of this socket are shut: reads return data or 0 and writes fail, so
        // nothing on it can block any more, and a registered hung-up socket would be reported
        // on every wait. Further progress is driven from the other socket (see updateInterest).
        unregister(side);
    }
    // Only the directions this event concerns: pumping the other one would mostly cost a read
    // that says EAGAIN (two per round trip of a request/response exchange). After an error or
    // a hang-up, or while a socket is out of the poller, both, as that is what drives them.
    const bool both =
        (events & (EPOLLERR | EPOLLHUP)) || !m_client.registered || !m_target.registered;
    afterIo(both || (&side == &m_client ? (events & EPOLLIN) : (events & EPOLLOUT)),
            both || (&side == &m_target ? (events & EPOLLIN) : (events & EPOLLOUT)));
}

bool TcpRelayConnection::sendProxyHeader() {
    QHostAddress reached = m_reachedAddress;
    quint16 reachedPort = m_reachedPort;
    if (reached.isNull()) {
        sockaddr_storage local{};
        socklen_t length = sizeof local;
        if (::getsockname(m_client.fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
            return false;
        reached = QHostAddress(reinterpret_cast<const sockaddr *>(&local));
        reachedPort = SocketAddress::portOf(local);
    }
    const QByteArray header =
        ProxyHeader::build(ProxyHeader::Version(m_forwarding->proxyVersion), m_clientAddress,
                           m_clientPort, reached, reachedPort);
    // One write on a socket that has sent nothing yet: the header is far below any send
    // buffer, so it goes out whole and before any client byte, as the spec asks.
    const ssize_t n = ::send(m_target.fd, header.constData(), size_t(header.size()), MSG_NOSIGNAL);
    return n == header.size();
}

void TcpRelayConnection::onConnectFinished() {
    if (m_forwarding->proxyVersion != 0 && !sendProxyHeader()) {
        finish(LogEvent::Result::LocalConnectFailed);
        return;
    }
    // Registered with the interest it has at first (nothing pending: read it), which saves the
    // modify updateInterest would otherwise make.
    m_client.registered = m_context->poller->add(m_client.fd, EPOLLIN, &m_client);
    if (!m_client.registered) {
        finish(LogEvent::Result::LocalConnectFailed);
        return;
    }
    m_client.interest = EPOLLIN;
    qCDebug(lcTrace, "connection %llu: connected to the target", m_id);
    if (m_forwarding->ftpMode != RelayOptions::FtpMode::Off)
        m_ftp = std::make_unique<FtpSession>(m_context, m_id, m_client.fd, m_target.fd,
                                             m_clientAddress, m_forwarding);
    m_state = State::Relaying;
    m_phaseStartedMs = m_context->nowMs;
    m_lastActivityMs = m_context->nowMs;
    m_context->observer->connectionOpened(this);
    if (m_state != State::Relaying)
        return;
    // Only the client may have sent something already. Whatever the target sends (a banner)
    // is seen by its EPOLLIN, registered now: reading it here would mostly say EAGAIN.
    afterIo(true, false);
}

void TcpRelayConnection::afterIo(bool pumpUp, bool pumpDown) {
    // When both sockets have hung up nothing will wake us again: run until the end (bounded;
    // every round either moves bytes or ends a direction).
    const int passes = (!m_client.registered && !m_target.registered) ? 1024 : 1;
    for (int pass = 0; pass < passes; ++pass) {
        PumpResult result = pumpUp ? pump(m_up) : PumpResult::Ok;
        if (result != PumpResult::Ok) {
            finish(closedFirstResult(result == PumpResult::SourceError));
            return;
        }
        result = pumpDown ? pump(m_down) : PumpResult::Ok;
        if (result != PumpResult::Ok) {
            finish(closedFirstResult(result == PumpResult::DestinationError));
            return;
        }
        if (m_up.done() && m_down.done()) {
            finish(m_firstClosed == 1 ? LogEvent::Result::RemoteClosedFirst
                                      : LogEvent::Result::LocalClosedFirst);
            return;
        }
    }
    if (!m_client.registered && !m_target.registered) {
        finish(closedFirstResult(true));
        return;
    }
    updateInterest();
}

bool TcpRelayConnection::canRead(const Direction &d) const {
    if (d.eof)
        return false;
    if (m_throttle &&
        m_throttle->isWaiting(&d == &m_up ? ConnectionThrottle::Up : ConnectionThrottle::Down))
        return false;
    if (d.pipe.isValid())
        return !d.pipeFull && d.pending < d.pipe.capacity;
    return d.pending == 0;
}

TcpRelayConnection::PumpResult TcpRelayConnection::pump(Direction &d) {
    if (&d == &m_up && m_rewriter)
        return pumpRewritten(d);
    RelayContext &ctx = *m_context;
    // Once the destination would block, reading goes on only while the pipe has room: the
    // source is then left unwatched (see canRead / updateInterest) until writing progresses, so
    // a blocked destination never makes the relay spin on a readable source.
    bool writeBlocked = false;
    // A short read almost always means the socket is empty: skip the read that would only say
    // EAGAIN (one syscall less per small message); level-triggered epoll says when there is more.
    bool sourceDrained = false;
    size_t readThisEvent = 0;
    for (int round = 0; round < kMaxRoundsPerEvent; ++round) {
        if (d.pending > 0 && !writeBlocked) {
            ssize_t n;
            if (d.pipe.isValid()) {
                n = ::splice(d.pipe.readFd, nullptr, d.to->fd, nullptr, d.pending,
                             SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
            } else {
                n = ::send(d.to->fd, d.buffer + d.offset, d.pending, MSG_NOSIGNAL);
            }
            if (n > 0) {
                d.pending -= static_cast<uint32_t>(n);
                d.offset += static_cast<uint32_t>(n);
                d.bytesWritten += static_cast<quint64>(n);
                ctx.bufferedBytes -= static_cast<quint64>(n);
                d.pipeFull = false;
                m_lastActivityMs = ctx.nowMs;
                if (d.pending == 0)
                    releaseStorage(d);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno != EAGAIN)
                return PumpResult::DestinationError;
            writeBlocked = true;
        }
        if (d.eof) {
            if (d.pending == 0 && !d.shutdownDone)
                passOnEnd(d);
            return PumpResult::Ok;
        }
        if (!canRead(d) || sourceDrained || readThisEvent >= kMaxBytesPerEvent)
            return PumpResult::Ok;
        // Out of tokens: the source leaves the read interest until the throttle's wake-up.
        const size_t budget = m_throttle
                                  ? m_throttle->budget(&d == &m_up ? ConnectionThrottle::Up
                                                                   : ConnectionThrottle::Down)
                                  : kMaxBytesPerEvent;
        if (budget == 0)
            return PumpResult::Ok;
        if (!d.pipe.isValid() && !d.buffer) {
            // An FTP control connection is read through the buffer: its lines are rewritten.
            if (ctx.spliceEnabled && d.bulk && !m_ftp)
                d.pipe = ctx.storage.takePipe();
            if (!d.pipe.isValid()) {
                d.buffer = ctx.storage.takeBuffer();
                if (!d.buffer)
                    return PumpResult::Ok; // out of memory: try again on the next wakeup
            }
        }
        ssize_t n;
        size_t requested;
        if (d.pipe.isValid()) {
            requested = std::min<size_t>(d.pipe.capacity - d.pending, budget);
            n = ::splice(d.from->fd, nullptr, d.pipe.writeFd, nullptr, requested,
                         SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
        } else {
            d.offset = 0;
            requested = ctx.spliceEnabled && !d.bulk ? kProbeRead : RelayStoragePool::kBufferSize;
            requested = std::min(requested, budget);
            if (m_ftp)
                requested = std::min(requested, FtpSession::maxRead(RelayStoragePool::kBufferSize));
            n = ::recv(d.from->fd, d.buffer, requested, 0);
        }
        if (n > 0) {
            sourceDrained = static_cast<size_t>(n) < requested;
            readThisEvent += static_cast<size_t>(n);
            if (d.pipe.isValid()) {
                if (d.pending == 0 && static_cast<size_t>(n) < kSmallRead)
                    d.bulk = false; // takes effect when this pipe has been drained
            } else if (static_cast<size_t>(n) == requested && ctx.spliceEnabled) {
                d.bulk = true; // likewise, once this buffer has been written
            }
            const auto count = static_cast<quint64>(n);
            // What is forwarded may differ from what was read (an FTP line rewritten or held).
            const auto stored = m_ftp && !d.pipe.isValid()
                                    ? uint32_t(m_ftp->filter(&d == &m_up, d.buffer, size_t(n),
                                                             RelayStoragePool::kBufferSize))
                                    : static_cast<uint32_t>(n);
            if (d.bytesRead == 0)
                qCDebug(lcTrace, "connection %llu: first bytes from the %s (%llu)", m_id,
                        d.from == &m_client ? "client" : "target", count);
            if (m_throttle)
                m_throttle->consumed(
                    &d == &m_up ? ConnectionThrottle::Up : ConnectionThrottle::Down, size_t(n));
            d.pending += stored;
            d.bytesRead += count;
            ctx.bufferedBytes += stored;
            ctx.statsDirty = true;
            m_lastActivityMs = ctx.nowMs;
            if (d.from == &m_client)
                m_forwarding->counters->bytesFromClient += count;
            else
                m_forwarding->counters->bytesToClient += count;
            continue;
        }
        if (n == 0) {
            d.eof = true;
            if (m_ftp && d.buffer && d.pending == 0) {
                d.offset = 0;
                d.pending =
                    uint32_t(m_ftp->finish(&d == &m_up, d.buffer, RelayStoragePool::kBufferSize));
                ctx.bufferedBytes += d.pending;
            }
            if (m_firstClosed == 0)
                m_firstClosed = d.from == &m_client ? 1 : 2;
            if (d.pending == 0)
                releaseStorage(d);
            ctx.statsDirty = true;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN) {
            if (d.pending > 0)
                d.pipeFull = true; // perhaps the pipe ran out of slots: wait for the writer
            else
                releaseStorage(d);
            return PumpResult::Ok;
        }
        if (errno == EINVAL && d.pipe.isValid() && d.pending == 0) {
            // This descriptor cannot splice: use the copy path for this direction.
            releaseStorage(d);
            d.buffer = ctx.storage.takeBuffer();
            if (!d.buffer)
                return PumpResult::Ok;
            continue;
        }
        return PumpResult::SourceError;
    }
    // Out of rounds: level-triggered interest brings us back for reading or writing, but not for
    // an end of stream already read, so pass it on now.
    if (d.eof && d.pending == 0 && !d.shutdownDone)
        passOnEnd(d);
    return PumpResult::Ok;
}

void TcpRelayConnection::passOnEnd(Direction &d) {
    d.shutdownDone = true;
    qCDebug(lcTrace,
            "connection %llu: the %s ended its side after %llu bytes; half-closed "
            "towards the %s",
            m_id, d.from == &m_client ? "client" : "target", d.bytesRead,
            d.to == &m_client ? "client" : "target");
    // When the other direction has ended too, the connection is closed right after this
    // (afterIo), and close() sends the same FIN: both sockets' receive queues were read to
    // their end, so it cannot turn into a reset. One system call less per connection.
    const Direction &other = &d == &m_up ? m_down : m_up;
    if (!other.done())
        ::shutdown(d.to->fd, SHUT_WR);
}

void TcpRelayConnection::releaseStorage(Direction &d) {
    RelayStoragePool &storage = m_context->storage;
    if (d.pending > 0) {
        // Bytes that can no longer be delivered (the connection is being torn down).
        m_context->bufferedBytes -= d.pending;
        d.pending = 0;
        RelayStoragePool::discardPipe(d.pipe);
    } else {
        storage.returnPipe(d.pipe);
    }
    d.pipe = RelayStoragePool::Pipe();
    storage.returnBuffer(d.buffer);
    d.buffer = nullptr;
    d.offset = 0;
    d.pipeFull = false;
}

void TcpRelayConnection::updateInterest() {
    uint32_t client = 0;
    uint32_t target = 0;
    if (canRead(m_up))
        client |= EPOLLIN;
    if (canRead(m_down))
        target |= EPOLLIN;
    if (m_down.pending > 0 || (!m_target.registered && canRead(m_down)))
        client |= EPOLLOUT; // to write, or as a kick to go on reading a hung-up target
    if (m_up.pending > 0 || (!m_client.registered && canRead(m_up)))
        target |= EPOLLOUT;
    setInterest(m_client, client);
    setInterest(m_target, target);
}

void TcpRelayConnection::setInterest(Side &side, uint32_t events) {
    if (!side.registered || side.interest == events)
        return;
    if (m_context->poller->modify(side.fd, events, &side))
        side.interest = events;
}

void TcpRelayConnection::unregister(Side &side) {
    if (!side.registered)
        return;
    m_context->poller->remove(side.fd);
    side.registered = false;
    side.interest = 0;
}

void TcpRelayConnection::finish(LogEvent::Result result) {
    if (m_state == State::Closed)
        return;
    closeSockets();
    m_state = State::Closed;
    m_context->statsDirty = true;
    m_context->observer->connectionFinished(this, result);
}

void TcpRelayConnection::closeSockets() {
    // A data listener still waiting goes with its control connection (the session object
    // stays until the connection is deleted, after the current batch of events).
    if (m_ftp)
        m_ftp->closeListener();
    for (Side *side : {&m_client, &m_target}) {
        unregister(*side);
        if (side->fd >= 0) {
            ::close(side->fd);
            side->fd = -1;
        }
    }
    releaseStorage(m_up);
    releaseStorage(m_down);
}

LogEvent::Result TcpRelayConnection::closedFirstResult(bool clientSide) const {
    if (m_firstClosed == 1)
        return LogEvent::Result::RemoteClosedFirst;
    if (m_firstClosed == 2)
        return LogEvent::Result::LocalClosedFirst;
    return clientSide ? LogEvent::Result::RemoteClosedFirst : LogEvent::Result::LocalClosedFirst;
}

QString TcpRelayConnection::debugState() const {
    auto dir = [](const Direction &d) {
        return QStringLiteral("pend=%1 pipe=%2 buf=%3 full=%4 eof=%5 shut=%6 read=%7 wrote=%8")
            .arg(d.pending)
            .arg(d.pipe.readFd)
            .arg(d.buffer != nullptr)
            .arg(d.pipeFull)
            .arg(d.eof)
            .arg(d.shutdownDone)
            .arg(d.bytesRead)
            .arg(d.bytesWritten);
    };
    return QStringLiteral(
               "state=%1 client(fd=%2 reg=%3 int=%4) target(fd=%5 reg=%6 int=%7) up[%8] down[%9]")
        .arg(int(m_state))
        .arg(m_client.fd)
        .arg(m_client.registered)
        .arg(m_client.interest)
        .arg(m_target.fd)
        .arg(m_target.registered)
        .arg(m_target.interest)
        .arg(dir(m_up), dir(m_down));
}
