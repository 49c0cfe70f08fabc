#pragma once

#include "AccessList.h"

#include <QHostAddress>

#include <vector>

// A rule's effective access control, compiled once per apply: the global list, then the rule's
// own, with rinetd's semantics (see AccessList). Patterns are parsed here once instead of on
// every accepted connection; invalid patterns (the config reader reports them) never match.
class AccessChecker {
public:
    void compile(const AccessList &global, const AccessList &rule);
    AccessDecision::Result check(const QHostAddress &client) const;

private:
    struct Level {
        std::vector<AclPattern> allow;
        std::vector<AclPattern> deny;
    };
    static Level compileLevel(const AccessList &list);
    static AccessDecision::Result checkLevel(const Level &level, const QHostAddress &client);

    Level m_global;
    Level m_rule;
};
