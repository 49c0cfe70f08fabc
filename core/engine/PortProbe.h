#pragma once

#include "Rule.h"

#include <QSet>
#include <QString>

#include <optional>

// Whether a listener could be bound on this host now, asked without keeping anything bound and
// without ever binding a wildcard address:
// - for an address literal of this host (127.0.0.1, 192.168.1.10, ::1), the kernel is asked
//   directly: a socket is bound to that one address and closed at once, never listening (a TCP
//   SYN meanwhile is answered with a reset, as for a closed port);
// - for a wildcard (0.0.0.0, ::) or a host name, nothing is bound at all: a probe bind of the
//   wildcard would, for UDP, receive datagrams from every interface while it lasts. The kernel's
//   socket tables (/proc/net/tcp, tcp6, udp, udp6) say instead whether any socket holds the
//   port on any address, which is what makes a wildcard bind fail (and conservative for a name).
class PortProbe {
public:
    enum class Answer {
        Free,
        InUse,
        Unknown, // not this host's address, or the tables cannot be read: no verdict
    };

    explicit PortProbe(Protocol protocol);

    Answer check(const QString &bindHost, quint16 port);

private:
    Answer bindOnce(const QString &address, quint16 port) const;
    Answer fromTables(quint16 port);

    Protocol m_protocol;
    // The ports some socket holds, read once per probe object (a search asks for many ports).
    std::optional<QSet<quint16>> m_tablePorts;
    bool m_tablesReadable = false;
};
