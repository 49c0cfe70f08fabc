#pragma once

#include "AccessList.h"

#include <QHostAddress>

#include <vector>

// A rule's effective access control, compiled once per apply: the global list, then the rule's
// own, with rinetd's semantics (see AccessList). Patterns are parsed here once instead of on
// every accepted connection; invalid patterns (ConfigValidator warns about them) never match.
class AccessChecker {
public:
    void compile(const AccessList &global, const AccessList &rule);
    AccessDecision::Result check(const QHostAddress &client) const;

private:
    struct Level {
        std::vector<AclPattern> allow;
        std::vector<AclPattern> deny;
        // An allow pattern that can never match ("allow beef") still makes the level an allow
        // list, as in rinetd and AccessList::evaluate: clients must match another allow pattern.
        bool hasAllow = false;
    };
    static Level compileLevel(const AccessList &list);
    static AccessDecision::Result checkLevel(const Level &level, const QHostAddress &client);

    Level m_global;
    Level m_rule;
};
