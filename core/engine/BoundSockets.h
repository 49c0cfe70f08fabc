#pragma once

#include "Rule.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QVector>

// A port this host already holds: a listening TCP socket or a bound UDP socket.
struct BoundSocket {
    Protocol protocol = Protocol::Tcp;
    QHostAddress address;
    quint16 port = 0;
};

// The sockets bound on this host, read from the kernel's tables in /proc/net. Reading the
// tables never binds anything: a trial bind would hold the port for a moment (a client could
// connect to it, a service restarting then fails) and, without privileges, would say "permission
// denied" below 1024 instead of whether the port is taken. The tables list every user's sockets
// of this network namespace.
class BoundSockets {
public:
    // The text of /proc/net/tcp, tcp6, udp or udp6: TCP sockets in LISTEN, every bound UDP
    // socket. Lines that do not parse are skipped.
    static QVector<BoundSocket> parseProcNet(const QByteArray &text, Protocol protocol);
    // All four tables; what cannot be read (no /proc, no IPv6) is left out, with *ERROR set.
    static QVector<BoundSocket> readSystem(QString *error = nullptr);
};
