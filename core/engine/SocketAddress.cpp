#include "SocketAddress.h"

#include <cstring>
#include <netinet/in.h>

namespace SocketAddress {

socklen_t fill(const QHostAddress &address, quint16 port, sockaddr_storage *storage) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (!isV4)
        return fillIPv6(address, port, storage);
    std::memset(storage, 0, sizeof *storage);
    auto *in = reinterpret_cast<sockaddr_in *>(storage);
    in->sin_family = AF_INET;
    in->sin_port = htons(port);
    in->sin_addr.s_addr = htonl(v4);
    return sizeof(sockaddr_in);
}

socklen_t fillIPv6(const QHostAddress &address, quint16 port, sockaddr_storage *storage) {
    std::memset(storage, 0, sizeof *storage);
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    std::memcpy(&in6->sin6_addr, v6.c, 16);
    in6->sin6_scope_id = address.scopeId().toUInt(); // 0 when there is none
    return sizeof(sockaddr_in6);
}

socklen_t fillDualStackAny(quint16 port, sockaddr_storage *storage) {
    std::memset(storage, 0, sizeof *storage);
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    in6->sin6_addr = in6addr_any;
    return sizeof(sockaddr_in6);
}

quint16 portOf(const sockaddr_storage &storage) {
    if (storage.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(storage).sin_port);
    if (storage.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(storage).sin6_port);
    return 0;
}

} // namespace SocketAddress
