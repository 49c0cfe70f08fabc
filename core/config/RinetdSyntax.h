#pragma once
// Shared vocabulary of the rinetd.conf reader and writer: what rinetd 0.73 accepts in each field,
// what rinetd-uv adds, and the comment annotations PortRelay uses for data rinetd cannot hold.

#include "AccessList.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace RinetdSyntax {

// Annotation comments (documented in docs/config-format.md). rinetd ignores them as comments.
inline constexpr char AnnotationPrefix[] = "#portrelay:";        // key=value for next element
inline constexpr char DisabledPrefix[] = "#portrelay-disabled:"; // a line PortRelay keeps off
inline constexpr char AclPrefix[] = "#portrelay-acl:";           // allow/deny rinetd can't read
inline constexpr char CidrPrefix[] = "#portrelay-cidr:";         // original of the next glob
inline constexpr char OptionsPrefix[] = "#portrelay-options:";   // full option list
inline constexpr char UnsupportedPrefix[] = "#portrelay-unsupported:"; // another dialect's line
inline constexpr char InvalidPrefix[] = "#portrelay-invalid:";         // a line that had errors
inline constexpr char OriginalPrefix[] = "#portrelay-original:"; // rule to original destination
inline constexpr char RangePrefix[] = "#portrelay-range:";       // a range rule, its ports follow

// rinetd 0.73's address grammar: dotted-quad IPv4, "0", IPv6 literal, or a host name made of
// [-0-9a-zA-Z_] labels whose last label starts with a letter.
bool isValidHost(const QString &host);
bool isIpLiteral(const QString &host);
// A service name as rinetd reads it: [a-zA-Z][-a-zA-Z0-9_]*.
bool isServiceName(const QString &text);
bool isOptionName(const QString &text);

// Directives of rinetd-uv (and its rinetd-epoll cousins) that rinetd 0.73 refuses.
bool isRinetdUvDirective(const QString &word);
// Directives of rinetd-epoll ("events auto", "user www-data"), which rinetd 0.73 refuses too.
bool isRinetdEpollDirective(const QString &word);
bool isKnownOption(const QString &name);      // understood by rinetd 0.73 (timeout, src)
bool isRinetdUvOption(const QString &name);   // rinetd-uv only
bool isRinetdUvAddress(const QString &field); // unix:/path sockets

// The exact rinetd glob for a CIDR pattern, when there is one (10.0.0.0/8 -> "10.*").
std::optional<QString> cidrToGlob(const QString &cidr);

} // namespace RinetdSyntax
