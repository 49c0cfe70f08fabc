#pragma once

#include "LogEvent.h"

#include <QHostAddress>
#include <QtGlobal>

struct ForwardingInfo;

// What the relay of one rule (TcpRuleRelay, UdpRuleRelay) reports to the engine that owns it:
// one interface for both protocols. Counters and the "stats changed" flag are not reported
// here: the relays update them in place (RuleCounters, RelayContext::statsDirty), which costs
// nothing per event on the data path. Called on the engine's thread.
class RuleRelayEvents {
public:
    // A connection or session was opened, refused or failed, or has ended: a connection-log
    // event, with the forwarding it was relayed for.
    virtual void connectionLogged(const ForwardingInfo &forwarding, const QHostAddress &client,
                                  LogEvent::Result result, quint64 bytesFromClient,
                                  quint64 bytesToClient, qint64 durationMs) = 0;
    // A connection or session has ended and waits in the RelayContext to be destroyed once no
    // frame on the stack can still use it (after the current batch of events).
    virtual void connectionRetired() = 0;

protected:
    ~RuleRelayEvents() = default;
};
