#include "PortProbe.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// "0100007F:1F90 ..." columns of /proc/net/{tcp,udp}[6]: sl, local_address, rem_address, st.
constexpr int kLocalColumn = 1;
constexpr int kStateColumn = 3;
constexpr char kTcpTimeWait[] = "06"; // a closed connection's leftover: SO_REUSEADDR binds over it

bool readTable(const QString &path, bool tcp, QSet<quint16> *ports) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() <= kStateColumn)
            continue;
        if (tcp && fields.at(kStateColumn) == kTcpTimeWait)
            continue;
        const QByteArray local = fields.at(kLocalColumn);
        const int colon = int(local.lastIndexOf(':'));
        bool ok = false;
        const uint port = local.mid(colon + 1).toUInt(&ok, 16);
        if (colon > 0 && ok && port > 0 && port <= 65535)
            ports->insert(quint16(port));
    }
    return true;
}

} // namespace

PortProbe::PortProbe(Protocol protocol)
    : m_protocol(protocol) {}

PortProbe::Answer PortProbe::check(const QString &bindHost, quint16 port) {
    QString host = bindHost.trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4) ||
        address == QHostAddress(QHostAddress::AnyIPv6) || address == QHostAddress::Any)
        return fromTables(port);
    return bindOnce(host, port);
}

PortProbe::Answer PortProbe::bindOnce(const QString &text, quint16 port) const {
    const QHostAddress address(text);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        // fe80::1%eth0 or fe80::1%2: a link-local address is bound on its interface.
        bool numeric = false;
        const uint scope = address.scopeId().toUInt(&numeric);
        in6->sin6_scope_id =
            numeric ? scope : uint(QNetworkInterface::interfaceIndexFromName(address.scopeId()));
        length = sizeof(sockaddr_in6);
    }
    const bool tcp = m_protocol == Protocol::Tcp;
    const int fd = ::socket(storage.ss_family, (tcp ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Answer::Unknown;
    if (tcp) {
        // As the engine's listeners do: a port left in TIME_WAIT is free for them.
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    }
    const int result = ::bind(fd, reinterpret_cast<const sockaddr *>(&storage), length);
    const int error = errno;
    ::close(fd);
    if (result == 0)
        return Answer::Free;
    // EACCES: a privileged port this process may not bind; the engine running as this user could
    // not either, so it counts as taken.
    return error == EADDRINUSE || error == EACCES ? Answer::InUse : Answer::Unknown;
}

PortProbe::Answer PortProbe::fromTables(quint16 port) {
    if (!m_tablePorts) {
        QSet<quint16> ports;
        const bool tcp = m_protocol == Protocol::Tcp;
        const QString base =
            tcp ? QStringLiteral("/proc/net/tcp") : QStringLiteral("/proc/net/udp");
        const bool v4 = readTable(base, tcp, &ports);
        const bool v6 = readTable(base + QLatin1Char('6'), tcp, &ports);
        m_tablesReadable = v4 || v6;
        m_tablePorts = std::move(ports);
    }
    if (!m_tablesReadable)
        return Answer::Unknown;
    return m_tablePorts->contains(port) ? Answer::InUse : Answer::Free;
}
