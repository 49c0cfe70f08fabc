#pragma once

#include "AccessChecker.h"
#include "ForwardingInfo.h"
#include "Rule.h"
#include "RuleCounters.h"
#include "StatsSnapshot.h"
#include "TcpRuleListener.h"
#include "UdpRuleRelay.h"

#include <memory>
#include <vector>

// The engine's state for one rule id: its current definition, listener, counters and state.
struct RuleRuntime {
    Rule rule;
    bool inConfig = true; // false: removed, kept only while its connections finish
    RuleState state = RuleState::Disabled;
    QString error;
    std::unique_ptr<TcpRuleListener> listener;
    std::unique_ptr<UdpRuleRelay> udp;
    // A port range: the listeners of its ports after the first (each with its forwarding).
    std::vector<std::unique_ptr<TcpRuleListener>> rangeListeners;
    std::vector<std::unique_ptr<UdpRuleRelay>> rangeRelays;
    std::shared_ptr<RuleCounters> counters = std::make_shared<RuleCounters>();
    std::shared_ptr<const ForwardingInfo> forwarding;
    AccessChecker access;
    quint64 startGeneration = 0;   // invalidates a bind-host lookup that a later apply overtook
    QHostAddress boundAddress;     // what the listener is bound to (null when not listening)
    bool selfLoopReported = false; // a target that is our own listener is said once per apply
};
