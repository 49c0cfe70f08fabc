#include "AccessChecker.h"

void AccessChecker::compile(const AccessList &global, const AccessList &rule) {
    m_global = compileLevel(global);
    m_rule = compileLevel(rule);
}

AccessChecker::Level AccessChecker::compileLevel(const AccessList &list) {
    Level level;
    for (const AclEntry &entry : list.entries) {
        std::optional<AclPattern> pattern = AclPattern::parse(entry.pattern);
        level.hasAllow = level.hasAllow || entry.kind == AclEntry::Kind::Allow;
        if (!pattern)
            continue;
        if (entry.kind == AclEntry::Kind::Allow)
            level.allow.push_back(*pattern);
        else
            level.deny.push_back(*pattern);
    }
    return level;
}

AccessDecision::Result AccessChecker::checkLevel(const Level &level, const QHostAddress &client) {
    // As AccessList::evaluate: a matching deny refuses ("denied"); then, where the level has
    // allow patterns, one of them must match ("not-allowed" otherwise).
    for (const AclPattern &pattern : level.deny) {
        if (pattern.matches(client))
            return AccessDecision::Result::Denied;
    }
    if (!level.hasAllow)
        return AccessDecision::Result::Allowed;
    for (const AclPattern &pattern : level.allow) {
        if (pattern.matches(client))
            return AccessDecision::Result::Allowed;
    }
    return AccessDecision::Result::NotAllowed;
}

AccessDecision::Result AccessChecker::check(const QHostAddress &client) const {
    const AccessDecision::Result global = checkLevel(m_global, client);
    if (global != AccessDecision::Result::Allowed)
        return global;
    return checkLevel(m_rule, client);
}
