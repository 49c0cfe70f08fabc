#pragma once

#include "AccessList.h"
#include "RuleCounters.h"

#include <QHostAddress>
#include <QString>

#include <memory>

// What a connection needs to know about the rule it was accepted by, frozen when it was
// accepted: a reload that changes the rule gives new connections a new ForwardingInfo while the
// running ones keep theirs (and log the rule as it was when they started).
struct ForwardingInfo {
    int ruleId = 0;
    QString bindHost; // as written, as rinetd logs it
    quint16 bindPort = 0;
    QString connectHost; // as written
    quint16 connectPort = 0;
    // connectHost parsed once when it is an address literal (null for a host name): saves
    // parsing the text for every accepted connection.
    QHostAddress connectAddress;
    QHostAddress sourceAddress; // src=, null when not given
    int idleTimeoutSeconds = 0; // timeout=, 0 when not given
    // PROXY protocol (see ProxyOptions): the header version sent to the target (0: none); and
    // whether one is expected from the peer, which versions, from which peers, how long for.
    int proxyVersion = 0;
    bool acceptProxy = false;
    int acceptedProxyVersions = 0; // ProxyOptions::Accepted
    AccessList acceptProxyFrom;
    int proxyHeaderTimeoutMs = 3000;
    std::shared_ptr<RuleCounters> counters;
};
