#pragma once

#include "AccessList.h"
#include "RelayOptions.h"
#include "RuleCounters.h"

#include <QHostAddress>
#include <QString>

#include <memory>

class RateLimiter;

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
    // "original original": each connection gets its own copy whose connect fields name where
    // its client was going (see OriginalDestination).
    bool toOriginalDestination = false;
    bool translateHttp = false; // translate=http: requests rewritten for an HTTP proxy target
    // PROXY protocol (see ProxyOptions): the header version sent to the target (0: none); and
    // whether one is expected from the peer, which versions, from which peers, how long for.
    int proxyVersion = 0;
    bool acceptProxy = false;
    int acceptedProxyVersions = 0; // ProxyOptions::Accepted
    AccessList acceptProxyFrom;
    int proxyHeaderTimeoutMs = 3000;
    std::shared_ptr<RuleCounters> counters;
    // rate= (bytes/s per connection and direction, 0: unlimited) and the rule-wide buckets of
    // rate-rule= (null: unlimited), shared by every connection of this rule.
    quint64 connectionRate = 0;
    std::shared_ptr<RateLimiter> ruleRateUp;
    std::shared_ptr<RateLimiter> ruleRateDown;
    RelayOptions::FtpMode ftpMode = RelayOptions::FtpMode::Off; // ftp=
    bool transparent = false;                                   // transparent=yes
};
