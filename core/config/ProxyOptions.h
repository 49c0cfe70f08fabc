#pragma once

#include "AccessList.h"
#include "Rule.h"

#include <QString>
#include <QStringList>

// A rule's PROXY protocol options (HAProxy's proxy-protocol.txt), read from its option list:
//   proxy=v1|v2                send a header to the target before any client byte
//   accept-proxy[=v1|v2|any]   expect a header from the connecting peer (bare: any)
//   accept-proxy-from=P;P...   the peers (CIDR or glob) allowed to send one; none: refuse all
//   accept-proxy-timeout=S     seconds a peer has to send its header (default 3)
struct ProxyOptions {
    enum class Accepted { V1, V2, Any };

    int sendVersion = 0; // 0: no header sent, 1 or 2
    bool accept = false;
    Accepted acceptedVersions = Accepted::Any;
    QStringList acceptFrom;
    int headerTimeoutSeconds = kDefaultHeaderTimeoutSeconds;

    static constexpr int kDefaultHeaderTimeoutSeconds = 3;

    // Valid options only; invalid values are left at their defaults (see check()).
    static ProxyOptions of(const Rule &rule);
    // The peers of accept-proxy-from as an allow list (empty: nobody).
    AccessList acceptFromList() const;

    static bool isProxyOption(const QString &name);
    // Whether value is valid for the named PROXY option; the reason in *why when it is not.
    static bool checkValue(const QString &name, const QString &value, QString *why);
    // Problems of the combination on one rule (accept-proxy-from without accept-proxy, PROXY
    // options on a UDP rule), one message each.
    static QStringList checkRule(const Rule &rule);
};
