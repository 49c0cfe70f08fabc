#include "ListenFds.h"

#include "SocketAddress.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ListenFds", text);
}

struct Inherited {
    int fd = -1;
    int type = 0;
    QHostAddress address;
    quint16 port = 0;
    QString name;
    ino_t inode = 0;
    std::vector<int> handedOut; // duplicates given to listeners (may have been closed since)
};

QMutex s_mutex;
std::vector<Inherited> s_sockets;

ino_t inodeOf(int fd) {
    struct stat info;
    return ::fstat(fd, &info) == 0 ? info.st_ino : 0;
}

QString describe(const Inherited &socket) {
    const QString host = socket.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + socket.address.toString() + QLatin1Char(']')
                             : socket.address.toString();
    const QString where =
        QStringLiteral("%1:%2/%3")
            .arg(host)
            .arg(socket.port)
            .arg(socket.type == SOCK_DGRAM ? QStringLiteral("udp") : QStringLiteral("tcp"));
    return socket.name.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(socket.name, where);
}

bool sameAddress(const QHostAddress &a, const QHostAddress &b) {
    return a.isEqual(b,
                     QHostAddress::ConvertV4MappedToIPv4 | QHostAddress::ConvertUnspecifiedAddress);
}

} // namespace

namespace ListenFds {

int collectFromEnvironment(QStringList *problems) {
    const QByteArray pid = qgetenv("LISTEN_PID");
    const QByteArray fds = qgetenv("LISTEN_FDS");
    const QByteArray names = qgetenv("LISTEN_FDNAMES");
    // As sd_listen_fds(1): whatever happens, the variables are not passed on.
    ::unsetenv("LISTEN_PID");
    ::unsetenv("LISTEN_FDS");
    ::unsetenv("LISTEN_FDNAMES");
    bool ok = false;
    const qint64 listenPid = pid.toLongLong(&ok);
    if (!ok || listenPid != qint64(::getpid()))
        return 0; // meant for another process (a parent that did not unset them)
    const int count = fds.toInt(&ok);
    if (!ok || count <= 0)
        return 0;
    QStringList nameList;
    if (!names.isEmpty())
        nameList = QString::fromUtf8(names).split(QLatin1Char(':'));
    return adopt(kFirstDescriptor, count, nameList, problems);
}

int adopt(int first, int count, const QStringList &names, QStringList *problems) {
    QMutexLocker locker(&s_mutex);
    int adopted = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = first + i;
        const QString name = i < names.size() ? names.at(i) : QString();
        const QString label =
            name.isEmpty() ? QString::number(fd) : QStringLiteral("%1 (%2)").arg(fd).arg(name);
        if (::fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
            problems->append(tr("inherited descriptor %1 is not open").arg(label));
            continue;
        }
        int type = 0;
        socklen_t length = sizeof type;
        sockaddr_storage address{};
        socklen_t addressLength = sizeof address;
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 ||
            (type != SOCK_STREAM && type != SOCK_DGRAM) ||
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &addressLength) != 0 ||
            (address.ss_family != AF_INET && address.ss_family != AF_INET6)) {
            problems->append(
                tr("inherited descriptor %1 is not an IPv4 or IPv6 TCP or UDP socket; ignored")
                    .arg(label));
            continue;
        }
        if (type == SOCK_STREAM) {
            int listening = 0;
            length = sizeof listening;
            if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) != 0 ||
                !listening) {
                problems->append(tr("inherited descriptor %1 is a TCP socket that is not "
                                    "listening (Accept=yes belongs to 'portrelay inetd'); ignored")
                                     .arg(label));
                continue;
            }
        }
        Inherited socket;
        socket.fd = fd;
        socket.type = type;
        socket.address = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        socket.port = SocketAddress::portOf(address);
        socket.name = name;
        socket.inode = inodeOf(fd);
        s_sockets.push_back(socket);
        ++adopted;
    }
    return adopted;
}

void reset() {
    QMutexLocker locker(&s_mutex);
    for (const Inherited &socket : s_sockets)
        ::close(socket.fd);
    s_sockets.clear();
}

int count() {
    QMutexLocker locker(&s_mutex);
    return int(s_sockets.size());
}

int take(const QHostAddress &address, quint16 port, int type) {
    QMutexLocker locker(&s_mutex);
    for (Inherited &socket : s_sockets) {
        if (socket.type != type || socket.port != port || !sameAddress(socket.address, address))
            continue;
        const int fd = ::fcntl(socket.fd, F_DUPFD_CLOEXEC, kFirstDescriptor);
        if (fd < 0)
            return -1;
        // O_NONBLOCK belongs to the shared open file: the original becomes non-blocking too,
        // which no one else reads.
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        socket.handedOut.push_back(fd);
        return fd;
    }
    return -1;
}

QStringList unusedDescriptions() {
    QMutexLocker locker(&s_mutex);
    QStringList unused;
    for (Inherited &socket : s_sockets) {
        // A duplicate still open on the same socket means a listener holds it; one closed (or
        // reused for something else, another inode) does not.
        std::vector<int> held;
        for (int fd : socket.handedOut) {
            if (::fcntl(fd, F_GETFD) != -1 && inodeOf(fd) == socket.inode)
                held.push_back(fd);
        }
        socket.handedOut = held;
        if (held.empty())
            unused << describe(socket);
    }
    return unused;
}

} // namespace ListenFds
