#pragma once
// What the nftables and HAProxy exporters share: addresses as numbers, access patterns as
// CIDR blocks, and the way a rule is named in their diagnostics.

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ExportSupport {

// A host of a rule as an engine outside PortRelay can take it: no name lookups, so that the
// export is the same bytes wherever and whenever it is made.
struct HostAddress {
    enum class Kind { AnyIpv4, AnyDualStack, Ipv4, Ipv6, Name };
    Kind kind = Kind::Name;
    QString text; // the literal address ("localhost" becomes 127.0.0.1, as the engine binds it)
    bool isIpv4() const { return kind == Kind::AnyIpv4 || kind == Kind::Ipv4; }
    bool isIpv6() const { return kind == Kind::Ipv6; }
    bool isAny() const { return kind == Kind::AnyIpv4 || kind == Kind::AnyDualStack; }
    bool isLoopback() const;
};
HostAddress classifyHost(const QString &host);

// The CIDR blocks an allow/deny pattern matches exactly, split by family. False when the
// pattern (a glob such as "10.1*" or "192.168.1.?") matches a set of addresses that no list of
// CIDR blocks equals.
bool patternToCidrs(const QString &pattern, QStringList *ipv4, QStringList *ipv6);

struct CidrLists {
    QStringList allow4, allow6, deny4, deny6;
    bool hasAllow() const { return !allow4.isEmpty() || !allow6.isEmpty(); }
};
// The whole list as CIDR blocks; every pattern without exact blocks is named in *failed.
CidrLists aclToCidrs(const AccessList &acl, QStringList *failed);

// "rule 3 (SSH)" / "rule 3": how diagnostics name the rule at index (0-based) in the config.
QString ruleLabel(const Rule &rule, int index);

// Names of the options an exporter does not need to look at: they only annotate.
bool isOptionWithoutEffect(const QString &name);

ConfigDiagnostic ruleDiagnostic(const QString &file, const Rule &rule,
                                ConfigDiagnostic::Severity severity, const QString &message);

// Text from the config quoted in a message or a comment: control characters as \xNN.
QString escaped(const QString &text);

// Writes data to path atomically (QSaveFile); on failure the reason goes to *error.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace ExportSupport
