#include "BoundSockets.h"

#include <QFile>
#include <QList>

#include <cstring>

namespace {

// "0100007F" (IPv4) or 32 hex digits (IPv6): the address's bytes as the kernel printed them,
// 32-bit words in host byte order. Stored back in host order, each word is the address's bytes
// as they were in memory, on any endianness.
QHostAddress parseAddress(const QByteArray &hex) {
    if (hex.size() != 8 && hex.size() != 32)
        return QHostAddress();
    quint8 bytes[16] = {};
    for (int word = 0; word < hex.size() / 8; ++word) {
        bool ok = false;
        const quint32 value = hex.mid(word * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return QHostAddress();
        std::memcpy(bytes + 4 * word, &value, sizeof value);
    }
    if (hex.size() == 8)
        return QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 |
                            quint32(bytes[2]) << 8 | quint32(bytes[3]));
    return QHostAddress(bytes);
}

} // namespace

QVector<BoundSocket> BoundSockets::parseProcNet(const QByteArray &text, Protocol protocol) {
    // "  sl  local_address rem_address   st ..."; the first line is the heading.
    constexpr int kListen = 0x0A;
    QVector<BoundSocket> sockets;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 4 || !fields.at(0).endsWith(':'))
            continue;
        const QByteArray &local = fields.at(1);
        const int colon = local.indexOf(':');
        if (colon < 0)
            continue;
        bool portOk = false;
        bool stateOk = false;
        const uint port = local.mid(colon + 1).toUInt(&portOk, 16);
        const uint state = fields.at(3).toUInt(&stateOk, 16);
        const QHostAddress address = parseAddress(local.left(colon));
        if (!portOk || !stateOk || port == 0 || port > 65535 || address.isNull())
            continue;
        // A TCP port is taken by its listener; a UDP port by any socket bound to it.
        if (protocol == Protocol::Tcp && state != kListen)
            continue;
        sockets.append(BoundSocket{protocol, address, quint16(port)});
    }
    return sockets;
}

QVector<BoundSocket> BoundSockets::readSystem(QString *error) {
    struct Table {
        const char *path;
        Protocol protocol;
    };
    static const Table tables[] = {{"/proc/net/tcp", Protocol::Tcp},
                                   {"/proc/net/tcp6", Protocol::Tcp},
                                   {"/proc/net/udp", Protocol::Udp},
                                   {"/proc/net/udp6", Protocol::Udp}};
    QVector<BoundSocket> sockets;
    QStringList unreadable;
    for (const Table &table : tables) {
        QFile file(QString::fromLatin1(table.path));
        // /proc files report size 0: readAll() reads until the end.
        if (!file.open(QIODevice::ReadOnly)) {
            unreadable.append(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        sockets += parseProcNet(file.readAll(), table.protocol);
    }
    if (error)
        *error = unreadable.join(QStringLiteral("; "));
    return sockets;
}
