#pragma once

#include "AccessChecker.h"
#include "ForwardingInfo.h"
#include "Rule.h"
#include "RuleCounters.h"
#include "StatsSnapshot.h"
#include "TcpRuleRelay.h"
#include "UdpRuleRelay.h"

#include <memory>
#include <vector>

// The engine's state for one rule id: its current definition, listener, counters and state.
struct RuleRuntime {
    Rule rule;
    bool inConfig = true; // false: removed, kept only while its connections finish
    RuleState state = RuleState::Disabled;
    QString error;
    std::unique_ptr<UdpRuleRelay> udp;
    // A port range: the relays of its ports after the first (each with its forwarding).
    std::vector<std::unique_ptr<UdpRuleRelay>> rangeRelays;
    std::shared_ptr<RuleCounters> counters = std::make_shared<RuleCounters>();
    std::shared_ptr<const ForwardingInfo> forwarding;
    AccessChecker access;
    // TCP: listeners (every port of a range) and connections. Made by the first TCP bind and
    // kept while the runtime lives: a rebind or a removal closes listeners, not connections.
    std::unique_ptr<TcpRuleRelay> tcp;
    quint64 startGeneration = 0; // invalidates a bind-host lookup that a later apply overtook
    QHostAddress boundAddress;   // what the listener is bound to (null when not listening)
};
