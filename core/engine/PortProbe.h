#pragma once

#include "BoundSockets.h"
#include "Rule.h"

#include <QString>
#include <QVector>

#include <optional>

// Whether a listener could be bound on this host now, asked without binding anything: the
// kernel's socket tables (BoundSockets, /proc/net) list every listening TCP and bound UDP socket
// of this network namespace, whoever owns it. A trial bind would hold the port for a moment
// (a UDP socket bound to a wildcard would even receive datagrams from every interface meanwhile)
// and, without privileges, answer "permission denied" below 1024 instead of whether the port is
// taken. A port counts as taken for an address when a socket holds it on that address or on a
// wildcard, and for a wildcard or a host name when any socket holds it.
class PortProbe {
public:
    enum class Answer {
        Free,
        InUse,
        Unknown, // the tables cannot be read: no verdict
    };

    explicit PortProbe(Protocol protocol);

    Answer check(const QString &bindHost, quint16 port);

private:
    Protocol m_protocol;
    // Read once per probe object: a search asks about many ports.
    std::optional<QVector<BoundSocket>> m_sockets;
    bool m_readable = false;
};
