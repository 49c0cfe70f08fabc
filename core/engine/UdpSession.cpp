#include "UdpSession.h"

#include "UdpRuleRelay.h"

#include <netinet/in.h>
#include <unistd.h>

namespace {

quint16 portOf(const sockaddr_storage &address) {
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
    return 0;
}

} // namespace

UdpSession::UdpSession(UdpRuleRelay *relay, quint64 id, const UdpClientKey &key,
                       const sockaddr_storage &peer, socklen_t peerLength, qint64 nowMs,
                       qint64 startedMsSinceEpoch)
    : m_relay(relay)
    , m_id(id)
    , m_key(key)
    , m_peer(peer)
    , m_peerLength(peerLength)
    , m_clientAddress(reinterpret_cast<const sockaddr *>(&peer))
    , m_clientPort(portOf(peer))
    , m_lastActivityMs(nowMs)
    , m_startedMsSinceEpoch(startedMsSinceEpoch) {}

UdpSession::~UdpSession() {
    // The relay unregisters the descriptor from the poller before it lets a session go.
    if (m_fd >= 0)
        ::close(m_fd);
}

void UdpSession::pollEvent(uint32_t events) {
    Q_UNUSED(events);
    // A session closed earlier in the same batch of events (evicted) may still get its event.
    if (m_state == State::Relaying)
        m_relay->onUpstreamReadable(*this);
}
