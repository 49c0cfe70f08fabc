#include "PortProbe.h"

#include <QHostAddress>

namespace {

// ::ffff:a.b.c.d as a.b.c.d (the tables list IPv4 sockets of dual-stack programs that way).
QHostAddress plain(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool isWildcard(const QHostAddress &address) {
    const QHostAddress p = plain(address);
    return p == QHostAddress(QHostAddress::AnyIPv4) || p == QHostAddress(QHostAddress::AnyIPv6);
}

// The bind host as the engine binds a literal ("::", "[::1]", "127.0.0.1"); null: a host name.
QHostAddress literal(const QString &host) {
    QString text = host.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    return QHostAddress(text);
}

} // namespace

PortProbe::PortProbe(Protocol protocol)
    : m_protocol(protocol) {}

PortProbe::Answer PortProbe::check(const QString &bindHost, quint16 port) {
    if (!m_sockets) {
        QString error;
        m_sockets = BoundSockets::readSystem(&error);
        // Some tables may be missing (no IPv6); none at all is no answer.
        m_readable = error.isEmpty() || !m_sockets->isEmpty();
    }
    if (!m_readable)
        return Answer::Unknown;
    const QHostAddress wanted = plain(literal(bindHost));
    for (const BoundSocket &socket : qAsConst(*m_sockets)) {
        if (socket.protocol != m_protocol || socket.port != port)
            continue;
        // A name may stand for any address: any holder of the port counts.
        if (wanted.isNull() || isWildcard(wanted) || isWildcard(socket.address) ||
            plain(socket.address) == wanted)
            return Answer::InUse;
    }
    return Answer::Free;
}
