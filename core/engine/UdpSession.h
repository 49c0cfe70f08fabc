#pragma once

#include "PollClient.h"
#include "UdpClientKey.h"

#include <QByteArray>
#include <QHostAddress>

#include <sys/socket.h>
#include <vector>

class UdpRuleRelay;

// One client address:port of a UDP rule: its own upstream socket, connect()ed to the target, so
// that every reply the target sends to that socket belongs to this client and goes back to it
// through the rule's listening socket. Owned and driven by its UdpRuleRelay; the session only
// holds its state and forwards readiness of its upstream socket to the relay.
class UdpSession final : public PollClient {
public:
    enum class State { Resolving, Relaying, Closed };

    UdpSession(UdpRuleRelay *relay, quint64 id, const UdpClientKey &key,
               const sockaddr_storage &peer, socklen_t peerLength, qint64 nowMs,
               qint64 startedMsSinceEpoch);
    ~UdpSession();
    UdpSession(const UdpSession &) = delete;
    UdpSession &operator=(const UdpSession &) = delete;

    void pollEvent(uint32_t events) override;

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    const UdpClientKey &key() const { return m_key; }
    const QHostAddress &clientAddress() const { return m_clientAddress; }
    quint16 clientPort() const { return m_clientPort; }
    qint64 startedMsSinceEpoch() const { return m_startedMsSinceEpoch; }
    qint64 lastActivityMs() const { return m_lastActivityMs; }
    quint64 bytesFromClient() const { return m_bytesFromClient; }
    quint64 bytesToClient() const { return m_bytesToClient; }
    quint64 datagramsFromClient() const { return m_datagramsFromClient; }
    quint64 datagramsToClient() const { return m_datagramsToClient; }

private:
    friend class UdpRuleRelay;

    UdpRuleRelay *m_relay;
    quint64 m_id;
    UdpClientKey m_key;
    sockaddr_storage m_peer;
    socklen_t m_peerLength;
    QHostAddress m_clientAddress;
    quint16 m_clientPort = 0;
    State m_state = State::Resolving;
    int m_fd = -1; // upstream socket, connect()ed to the target
    qint64 m_lastActivityMs;
    qint64 m_startedMsSinceEpoch;
    quint64 m_bytesFromClient = 0;
    quint64 m_bytesToClient = 0;
    quint64 m_datagramsFromClient = 0;
    quint64 m_datagramsToClient = 0;
    quint64 m_firstDatagramBytes = 0; // rinetd logs it on the "opened" line
    // Datagrams that arrived while the target's name was being resolved (bounded by the relay).
    std::vector<QByteArray> m_waiting;
    // Least-recently-used order of the relay's sessions (intrusive: O(1) touch and eviction).
    UdpSession *m_older = nullptr;
    UdpSession *m_newer = nullptr;
};
