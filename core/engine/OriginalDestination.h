#pragma once

#include <QHostAddress>

#include <optional>

// Where an intercepted connection was going before the kernel handed it to PortRelay: for
// nftables/iptables redirect and dnat, conntrack's original destination (SO_ORIGINAL_DST for
// IPv4, IP6T_SO_ORIGINAL_DST for IPv6); for tproxy, the accepted socket's own local address (the
// listener is transparent and the kernel kept the client's destination).
namespace OriginalDestination {

struct Target {
    QHostAddress address; // IPv4-mapped addresses as plain IPv4
    quint16 port = 0;
    bool translated = false; // from conntrack (redirect/dnat); false: the local address
};

// Nothing when the descriptor is not a connected IPv4/IPv6 TCP socket.
std::optional<Target> of(int fd);
// Lets a listener accept connections for addresses that are not local (tproxy). Needs
// CAP_NET_ADMIN; false when it could not be set (redirect/dnat work without it).
bool makeTransparent(int fd);

} // namespace OriginalDestination
