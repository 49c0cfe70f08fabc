#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

// A UDP client's address and port as the listening socket reports them, as a small hashable
// value: the session table is looked up with it on every datagram, without building a
// QHostAddress (which allocates). On a dual-stack socket an IPv4 client arrives as an
// IPv4-mapped IPv6 address, always the same way, so each client has exactly one key.
struct UdpClientKey {
    quint32 address[4] = {0, 0, 0, 0};
    quint32 scopeId = 0;
    quint16 port = 0;
    quint16 family = 0;

    static UdpClientKey from(const sockaddr_storage &peer) {
        UdpClientKey key;
        key.family = quint16(peer.ss_family);
        if (peer.ss_family == AF_INET) {
            const auto &in = reinterpret_cast<const sockaddr_in &>(peer);
            std::memcpy(key.address, &in.sin_addr, sizeof in.sin_addr);
            key.port = in.sin_port;
        } else if (peer.ss_family == AF_INET6) {
            const auto &in6 = reinterpret_cast<const sockaddr_in6 &>(peer);
            std::memcpy(key.address, &in6.sin6_addr, sizeof in6.sin6_addr);
            key.port = in6.sin6_port;
            key.scopeId = in6.sin6_scope_id;
        }
        return key;
    }

    bool operator==(const UdpClientKey &o) const {
        return std::memcmp(this, &o, sizeof *this) == 0;
    }
    bool operator!=(const UdpClientKey &o) const { return !(*this == o); }
};

static_assert(sizeof(UdpClientKey) == 24, "UdpClientKey must have no padding (hashed bitwise)");

inline size_t qHash(const UdpClientKey &key, size_t seed = 0) {
    return qHashBits(&key, sizeof key, seed);
}
