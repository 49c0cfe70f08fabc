#pragma once

#include <QHostAddress>

#include <sys/socket.h>

// Kernel socket addresses for the engine's raw descriptors, made from Qt's address type in one
// place, so that connecting, binding a source and listening agree on IPv4, IPv6 and mapped forms.
namespace SocketAddress {

// address:port; an IPv4-mapped IPv6 address becomes plain IPv4 (what an IPv4 peer needs).
socklen_t fill(const QHostAddress &address, quint16 port, sockaddr_storage *storage);
// address:port as IPv6, an IPv4-mapped address kept mapped (a socket that takes IPv4 clients on
// that one address); the scope id only where the address has one.
socklen_t fillIPv6(const QHostAddress &address, quint16 port, sockaddr_storage *storage);
// [::]:port: with IPV6_V6ONLY off, one socket for every IPv4 and IPv6 address.
socklen_t fillDualStackAny(quint16 port, sockaddr_storage *storage);
quint16 portOf(const sockaddr_storage &storage);

} // namespace SocketAddress
