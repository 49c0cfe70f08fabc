#include "OriginalDestination.h"

#include "SocketAddress.h"

#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

namespace {

// SO_ORIGINAL_DST (<linux/netfilter_ipv4.h>) and IP6T_SO_ORIGINAL_DST
// (<linux/netfilter_ipv6/ip6_tables.h>), both 80; the kernel headers clash with <netinet/in.h>.
constexpr int kOriginalDst = 80;

QHostAddress plain(const sockaddr_storage &storage) {
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

namespace OriginalDestination {

std::optional<Target> of(int fd) {
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0 ||
        (local.ss_family != AF_INET && local.ss_family != AF_INET6))
        return std::nullopt;
    const QHostAddress localAddress = plain(local);
    // An IPv4 client of a dual-stack listener has an IPv4 conntrack entry: asked at the IPv4
    // level even on an IPv6 socket.
    const bool v4 = localAddress.protocol() == QAbstractSocket::IPv4Protocol;
    sockaddr_storage original{};
    length = sizeof original;
    const int rc = v4 ? ::getsockopt(fd, SOL_IP, kOriginalDst, &original, &length)
                      : ::getsockopt(fd, SOL_IPV6, kOriginalDst, &original, &length);
    Target target;
    if (rc == 0 && (original.ss_family == AF_INET || original.ss_family == AF_INET6)) {
        target.address = plain(original);
        target.port = SocketAddress::portOf(original);
        target.translated =
            target.address != localAddress || target.port != SocketAddress::portOf(local);
        return target;
    }
    target.address = localAddress;
    target.port = SocketAddress::portOf(local);
    return target;
}

bool makeTransparent(int fd) {
    const int one = 1;
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return false;
    bool ok = ::setsockopt(fd, SOL_IP, IP_TRANSPARENT, &one, sizeof one) == 0;
    if (local.ss_family == AF_INET6)
        ok = ::setsockopt(fd, SOL_IPV6, IPV6_TRANSPARENT, &one, sizeof one) == 0 && ok;
    return ok;
}

} // namespace OriginalDestination
