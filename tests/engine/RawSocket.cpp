#include "RawSocket.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace RawSocket {

socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage) {
    std::memset(storage, 0, sizeof *storage);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof(sockaddr_in);
    }
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    std::memcpy(&in6->sin6_addr, v6.c, 16);
    return sizeof(sockaddr_in6);
}

namespace {

bool waitFor(int fd, short events, const QDeadlineTimer &deadline) {
    for (int i = 0; i < 100000; ++i) {
        pollfd p{fd, events, 0};
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return false;
        const int rc = ::poll(&p, 1, int(qMin<qint64>(left, 1000)));
        if (rc > 0)
            return true;
        if (rc < 0 && errno != EINTR)
            return false;
    }
    return false;
}

void setNonBlocking(int fd, bool on) {
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK));
}

} // namespace

quint16 freePort(const QHostAddress &address) {
    quint16 port = 0;
    closeFd(listenOn(address, &port));
    return port;
}

int listenOn(const QHostAddress &address, quint16 *port, int backlog) {
    sockaddr_storage storage;
    const socklen_t length = toSockaddr(address, 0, &storage);
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 ||
        ::listen(fd, backlog) != 0) {
        ::close(fd);
        return -1;
    }
    if (port)
        *port = localPort(fd);
    return fd;
}

quint16 localPort(int fd) {
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
    if (storage.ss_family == AF_INET)
        return ntohs(reinterpret_cast<sockaddr_in &>(storage).sin_port);
    return ntohs(reinterpret_cast<sockaddr_in6 &>(storage).sin6_port);
}

QHostAddress peerAddress(int fd) {
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return QHostAddress();
    return QHostAddress(reinterpret_cast<sockaddr *>(&storage));
}

int connectTo(const QHostAddress &address, quint16 port, const QHostAddress &source) {
    sockaddr_storage storage;
    const socklen_t length = toSockaddr(address, port, &storage);
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (!source.isNull()) {
        sockaddr_storage from;
        const socklen_t fromLength = toSockaddr(source, 0, &from);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&from), fromLength) != 0) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return -1;
        }
    }
    const timeval timeout{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

int acceptOne(int listenFd, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    if (!waitFor(listenFd, POLLIN, deadline))
        return -1;
    return ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
}

bool sendAll(int fd, const QByteArray &data, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype sent = 0;
    while (sent < data.size()) {
        if (!waitFor(fd, POLLOUT, deadline))
            return false;
        const ssize_t n = ::send(fd, data.constData() + sent, size_t(data.size() - sent),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno != EAGAIN && errno != EINTR)
            return false;
    }
    return true;
}

QByteArray recvExact(int fd, qsizetype n, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    out.reserve(n);
    char buffer[65536];
    while (out.size() < n) {
        if (!waitFor(fd, POLLIN, deadline))
            break;
        const ssize_t got = ::recv(
            fd, buffer, size_t(qMin<qsizetype>(n - out.size(), sizeof buffer)), MSG_DONTWAIT);
        if (got > 0)
            out.append(buffer, got);
        else if (got == 0 || (errno != EAGAIN && errno != EINTR))
            break;
    }
    return out;
}

QByteArray recvUntilEof(int fd, bool *eof, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    char buffer[65536];
    *eof = false;
    for (;;) {
        if (!waitFor(fd, POLLIN, deadline))
            break;
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got > 0) {
            out.append(buffer, got);
        } else if (got == 0) {
            *eof = true;
            break;
        } else if (errno != EAGAIN && errno != EINTR) {
            break;
        }
    }
    return out;
}

bool waitClosed(int fd, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    char buffer[4096];
    if (!waitFor(fd, POLLIN, deadline))
        return false;
    const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
    return got == 0 || (got < 0 && errno == ECONNRESET);
}

bool isQuiet(int fd, int waitMs) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, waitMs) == 0;
}

void shutdownWrite(int fd) {
    ::shutdown(fd, SHUT_WR);
}

void closeFd(int fd) {
    if (fd >= 0)
        ::close(fd);
}

bool connectThrough(quint16 port, int backendFd, int *client, int *server,
                    const QHostAddress &address) {
    *client = connectTo(address, port);
    *server = *client >= 0 ? acceptOne(backendFd) : -1;
    if (*server >= 0)
        return true;
    closeFd(*client);
    *client = -1;
    return false;
}

QByteArray randomBytes(qsizetype n, quint32 seed) {
    QRandomGenerator generator(seed);
    QByteArray out(n, Qt::Uninitialized);
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        const quint32 v = generator.generate();
        std::memcpy(out.data() + i, &v, 4);
    }
    for (; i < n; ++i)
        out[i] = char(generator.generate());
    return out;
}

bool exchange(int a, int b, const QByteArray &toB, const QByteArray &toA, QByteArray *atB,
              QByteArray *atA, int timeoutMs) {
    setNonBlocking(a, true);
    setNonBlocking(b, true);
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype sentToB = 0;
    qsizetype sentToA = 0;
    bool shutA = false;
    bool shutB = false;
    bool eofA = false;
    bool eofB = false;
    char buffer[65536];
    bool ok = false;
    int failure = 0;
    for (int guard = 0; guard < 10000000; ++guard) {
        if (!shutA && sentToB == toB.size()) {
            ::shutdown(a, SHUT_WR);
            shutA = true;
        }
        if (!shutB && sentToA == toA.size()) {
            ::shutdown(b, SHUT_WR);
            shutB = true;
        }
        if (eofA && eofB && shutA && shutB) {
            ok = true;
            break;
        }
        // A finished socket leaves the set: it would report POLLHUP at once on every round.
        pollfd p[2] = {
            {eofA && shutA ? -1 : a, short((eofA ? 0 : POLLIN) | (shutA ? 0 : POLLOUT)), 0},
            {eofB && shutB ? -1 : b, short((eofB ? 0 : POLLIN) | (shutB ? 0 : POLLOUT)), 0}};
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            break;
        if (::poll(p, 2, int(qMin<qint64>(left, 1000))) < 0 && errno != EINTR)
            break;
        if (!shutA && (p[0].revents & POLLOUT)) {
            const ssize_t n =
                ::send(a, toB.constData() + sentToB, size_t(toB.size() - sentToB), MSG_NOSIGNAL);
            if (n > 0)
                sentToB += n;
        }
        if (!shutB && (p[1].revents & POLLOUT)) {
            const ssize_t n =
                ::send(b, toA.constData() + sentToA, size_t(toA.size() - sentToA), MSG_NOSIGNAL);
            if (n > 0)
                sentToA += n;
        }
        if (!eofA && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t n = ::recv(a, buffer, sizeof buffer, 0);
            if (n > 0)
                atA->append(buffer, n);
            else if (n == 0)
                eofA = true;
            else if (errno != EAGAIN && errno != EINTR) {
                failure = errno;
                break;
            }
        }
        if (!eofB && (p[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t n = ::recv(b, buffer, sizeof buffer, 0);
            if (n > 0)
                atB->append(buffer, n);
            else if (n == 0)
                eofB = true;
            else if (errno != EAGAIN && errno != EINTR) {
                failure = -errno;
                break;
            }
        }
    }
    setNonBlocking(a, false);
    setNonBlocking(b, false);
    if (!ok) {
        qWarning("exchange: sent %lld/%lld to b, %lld/%lld to a; got %lld at b (eof %d), %lld at a "
                 "(eof %d); error %d (negative: at b)",
                 qint64(sentToB), qint64(toB.size()), qint64(sentToA), qint64(toA.size()),
                 qint64(atB->size()), eofB, qint64(atA->size()), eofA, failure);
    }
    return ok;
}

int openDescriptorCount() {
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                   .size());
}

quint64 listeningSocketInode(quint16 port) {
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd"))
                                .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
    for (const QString &name : fds) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        if (!ok)
            continue;
        struct stat st;
        if (::fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode))
            continue;
        int listening = 0;
        socklen_t size = sizeof listening;
        if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || !listening)
            continue;
        if (localPort(fd) == port)
            return quint64(st.st_ino);
    }
    return 0;
}

} // namespace RawSocket
