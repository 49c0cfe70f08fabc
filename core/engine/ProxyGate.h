#pragma once

#include "ProxyOptions.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

struct ForwardingInfo;
struct RelayContext;

// Copies a rule's PROXY protocol options into what its connections are given.
void applyProxyOptions(const ProxyOptions &options, ForwardingInfo *forwarding);

// Holds the accepted connections of accept-proxy rules until the peer's PROXY header has been
// read, then hands them on with the addresses from the header. A peer outside the rule's
// accept-proxy-from list, a header that is malformed, of a version the rule does not take,
// incomplete when the peer closes, or not complete within the rule's timeout: the connection is
// closed and refused with the reason. The header is peeked at (MSG_PEEK, edge-triggered) and
// only its own bytes are consumed, so what the client sent after it stays in the socket for the
// relay.
class ProxyGate {
public:
    struct Admitted {
        int descriptor = -1;
        QHostAddress client; // from the header (the peer itself for LOCAL/UNKNOWN)
        quint16 clientPort = 0;
        QHostAddress destination; // the address the client reached, as the header says
        quint16 destinationPort = 0;
        bool proxied = false; // false: LOCAL/UNKNOWN header, the connection's own endpoints
        std::shared_ptr<const ForwardingInfo> forwarding; // of the port it was accepted on
    };
    using AdmitHandler = std::function<void(int ruleId, const Admitted &admitted)>;
    using RefuseHandler =
        std::function<void(int ruleId, const QHostAddress &peer, const QString &why)>;

    ProxyGate(RelayContext *context, AdmitHandler admit, RefuseHandler refuse);
    ~ProxyGate(); // closes every connection still waiting for its header
    ProxyGate(const ProxyGate &) = delete;
    ProxyGate &operator=(const ProxyGate &) = delete;

    // Takes ownership of the accepted descriptor.
    void receive(int ruleId, int descriptor, const QHostAddress &peer, quint16 peerPort,
                 std::shared_ptr<const ForwardingInfo> forwarding);
    // Refuses the connections whose header is late; frees finished ones.
    void expire(qint64 nowMs);
    int pendingCount() const;

private:
    struct Pending;
    void onEvent(Pending &pending, uint32_t events);
    void finish(Pending &pending, bool admitted, const QString &why = QString());

    RelayContext *m_context;
    AdmitHandler m_admit;
    RefuseHandler m_refuse;
    quint64 m_nextId = 1;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    // Freed at the next expire(): a pending one may finish inside its own poll event.
    std::vector<std::unique_ptr<Pending>> m_finished;
};
