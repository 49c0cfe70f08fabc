#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QVector>

// Connecting to a target from the client's own address and port (rule option transparent=yes,
// redir's --transproxy done the current way): IP_TRANSPARENT (IPV6_TRANSPARENT) on the outgoing
// socket lets it bind an address that is not the host's. The replies only come back to the
// relay with policy routing (docs/transparent.md), which check() looks for.
namespace TransparentSource {

enum class Outcome {
    Bound,          // the client's address and port
    BoundOtherPort, // the client's address, another port: the client's was taken here
    SkippedLocal,   // the client is on this host (or of another family): the relay's address
    Failed,         // see *error
};

// Binds `fd` (a socket of the target's family `family`, not yet connected) for the client.
Outcome bindToClient(int fd, int family, const QHostAddress &client, quint16 port, QString *error);
// Whether `address` is one of this host's (loopback included).
bool isLocalAddress(const QHostAddress &address);
// Whether this process may set IP_TRANSPARENT; *why names what is missing when not.
bool hasCapability(QString *why);

// One prerequisite of transparent mode on this host.
struct Requirement {
    QString what;
    bool met = false;
    QString hint; // what to do when not met
};
// The capability, the packet mark rule, the policy route and the local route table, as far as
// this process can see them (the nftables rule needs root to be read). For --check and the GUI.
QVector<Requirement> check();

} // namespace TransparentSource
