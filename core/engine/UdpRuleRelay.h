#pragma once

#include "ForwardingInfo.h"
#include "LogEvent.h"
#include "PollClient.h"
#include "StatsSnapshot.h"
#include "UdpSession.h"

#include <QHostAddress>
#include <QString>

#include <array>
#include <functional>
#include <list>
#include <memory>
#include <unordered_map>
#include <vector>

class AccessChecker;
class RuleRelayEvents;
class TargetResolver;
struct RelayContext;

// A UDP rule (rinetd's "/udp"): one listening socket; each distinct client address:port gets a
// session with its own upstream socket connected to the target (bound to src= when given).
// Datagram boundaries are kept exactly, empty datagrams included. Sessions end after the idle
// timeout (timeout=, default 72 s as rinetd); their number is bounded, the least recently used
// one giving way to a new client, so a flood of spoofed sources cannot grow memory.
class UdpRuleRelay final : public PollClient {
public:
    // events: where sessions opened, refused and ended are reported (logged with this relay's
    // forwarding as it is then).
    UdpRuleRelay(RelayContext *context, std::shared_ptr<const ForwardingInfo> forwarding,
                 const AccessChecker *access, TargetResolver *resolver, quint64 *nextId,
                 RuleRelayEvents *events);
    ~UdpRuleRelay();
    UdpRuleRelay(const UdpRuleRelay &) = delete;
    UdpRuleRelay &operator=(const UdpRuleRelay &) = delete;

    bool start(const QHostAddress &address, quint16 port, QString *error);
    // Ends every session (logged as closed) and closes the listening socket.
    void stop();

    void setSessionLimit(int limit) { m_sessionLimit = limit > 0 ? size_t(limit) : 1; }
    void setForwarding(std::shared_ptr<const ForwardingInfo> forwarding);
    // Ends sessions idle for their timeout; called by the engine's housekeeping.
    void expire(qint64 nowMs);
    bool closeSession(quint64 id);

    // A row for each session (refused ones have none), most recently active first.
    void appendConnectionStats(QVector<ConnectionStats> *stats) const;

    static constexpr size_t kDefaultSessionLimit = 4096;
    static constexpr int kMaxDatagramsPerWakeup = 64;
    static constexpr size_t kMaxWaitingDatagrams = 16;

    void pollEvent(uint32_t events) override; // the listening socket
    void upstreamReadable(UdpSession &session);

private:
    struct Key {
        std::array<unsigned char, 16> address{};
        quint16 port = 0;
        quint8 family = 0;
        bool operator==(const Key &o) const {
            return family == o.family && port == o.port && address == o.address;
        }
    };
    struct KeyHash {
        size_t operator()(const Key &k) const;
    };
    static Key keyOf(const sockaddr_storage &address);

    UdpSession *createSession(const sockaddr_storage &client, socklen_t length, const char *data,
                              size_t size);
    void openUpstream(UdpSession &session, const QHostAddress &target);
    void forward(UdpSession &session, const char *data, size_t size);
    void endSession(UdpSession *session, LogEvent::Result result);
    void touch(UdpSession &session);
    int timeoutSeconds() const;

    RelayContext *m_context;
    std::shared_ptr<const ForwardingInfo> m_forwarding;
    const AccessChecker *m_access;
    TargetResolver *m_resolver;
    quint64 *m_nextId;
    RuleRelayEvents *m_events;
    int m_fd = -1;
    size_t m_sessionLimit = kDefaultSessionLimit;
    std::unordered_map<Key, UdpSession *, KeyHash> m_sessions;
    std::list<UdpSession *> m_lru;                                // most recently active first
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // for resolver callbacks
};
