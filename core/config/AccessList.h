#pragma once

#include "Annotations.h"

#include <QHostAddress>
#include <QString>
#include <QVector>

#include <optional>

// One allow/deny pattern: rinetd's glob ('*' and '?' over the textual address) or CIDR
// ("10.0.0.0/8", "2001:db8::/32").
class AclPattern {
public:
    // Validates; on failure returns nothing and puts the reason in *error.
    static std::optional<AclPattern> parse(const QString &text, QString *error = nullptr);

    const QString &text() const { return m_text; }
    bool isCidr() const { return m_isCidr; }
    // IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are matched as IPv4, in clients and in
    // patterns alike; a pattern without wildcards matches its address however it is spelt
    // ("0:0:0:0:0:0:0:1", "::0001" and "::1" are one address).
    bool matches(const QHostAddress &address) const;
    // A warning for a valid pattern whose meaning is ambiguous ("127.0.0.01": an octet with a
    // leading zero, which inet_aton reads as octal); empty when there is none.
    static QString ambiguityWarning(const QString &text);

    bool operator==(const AclPattern &o) const { return m_text == o.m_text; }

private:
    QString m_text;
    bool m_isCidr = false;
    QPair<QHostAddress, int> m_subnet;
    QHostAddress m_literal; // the address of a pattern without wildcards, IPv4 when mapped
};

struct AclEntry {
    enum class Kind { Allow, Deny };
    Kind kind = Kind::Allow;
    QString pattern; // as written; validated by AclPattern::parse
    Annotations notes;
    bool operator==(const AclEntry &o) const {
        return kind == o.kind && pattern == o.pattern && notes == o.notes;
    }
    bool operator!=(const AclEntry &o) const { return !(*this == o); }
};

struct AccessDecision {
    enum class Result { Allowed, Denied, NotAllowed };
    Result result = Result::Allowed;
    int decidingEntry = -1; // index into the list whose pattern decided; -1 when none did
    bool allowed() const { return result == Result::Allowed; }
};

// rinetd's semantics: any matching deny refuses; where allow patterns exist one must match.
class AccessList {
public:
    QVector<AclEntry> entries;

    bool isEmpty() const { return entries.isEmpty(); }
    AccessDecision evaluate(const QHostAddress &client) const;

    bool operator==(const AccessList &o) const { return entries == o.entries; }
    bool operator!=(const AccessList &o) const { return !(*this == o); }
};
