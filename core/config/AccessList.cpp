#include "AccessList.h"

#include <QCoreApplication>

namespace {

// A context lupdate can see: a bare tr() in a free function has none, and its strings would
// never reach the translations.
struct AclPatternText {
    Q_DECLARE_TR_FUNCTIONS(AclPattern)
};

bool isGlobChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F') || u == '.' ||
           u == ':' || u == '*' || u == '?';
}

// Classic glob: '*' any run (also empty), '?' exactly one character. Iterative with one
// back-tracking point, so it is linear in practice and cannot recurse deeply.
bool globMatch(const QString &pattern, const QString &text) {
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?') ||
                                   pattern.at(p).toLower() == text.at(t).toLower())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

// An IPv4-mapped IPv6 address (::ffff:a.b.c.d, however spelt) as the IPv4 address it is; any
// other address as it is, without a scope. QHostAddress::toIPv4Address() alone is not enough:
// it also turns "::" into 0.0.0.0.
QHostAddress canonicalAddress(const QHostAddress &address) {
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    bool mapped = v6[10] == 0xff && v6[11] == 0xff;
    for (int i = 0; i < 10; ++i)
        mapped = mapped && v6[i] == 0;
    if (mapped)
        return QHostAddress(quint32(v6[12]) << 24 | quint32(v6[13]) << 16 | quint32(v6[14]) << 8 |
                            quint32(v6[15]));
    QHostAddress withoutScope(address);
    withoutScope.setScopeId(QString());
    return withoutScope;
}

// The textual forms a client address is matched against: IPv4 dotted quad, or IPv6 in
// compressed lower-case form without scope; an IPv4-mapped IPv6 address also as IPv4.
QStringList textualForms(const QHostAddress &address) {
    QStringList forms;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        // Also as the mapped form an IPv6 listener sees, so that "::ffff:10.1.*" means the same
        // on an IPv4 listener as on "::".
        forms << address.toString() << QStringLiteral("::ffff:") + address.toString();
        return forms;
    }
    bool isMapped = false;
    const quint32 v4 = address.toIPv4Address(&isMapped);
    if (isMapped)
        forms << QHostAddress(v4).toString();
    QHostAddress withoutScope(address);
    withoutScope.setScopeId(QString());
    forms << withoutScope.toString().toLower();
    return forms;
}

// Qt also takes "10.1" or "10.0.0" as IPv4; patterns must be written in full.
QHostAddress strictAddress(const QString &text) {
    if (text.contains(QLatin1Char(':'))) {
        if (text.contains(QLatin1Char('%')))
            return QHostAddress();
        const QHostAddress address(text);
        return address.protocol() == QAbstractSocket::IPv6Protocol ? address : QHostAddress();
    }
    const QStringList octets = text.split(QLatin1Char('.'));
    if (octets.size() != 4)
        return QHostAddress();
    for (const QString &octet : octets) {
        bool ok = false;
        if (octet.isEmpty() || octet.size() > 3 || octet.toInt(&ok) > 255 || !ok)
            return QHostAddress();
        for (const QChar c : octet) {
            if (!c.isDigit() || c.unicode() > 127)
                return QHostAddress();
        }
    }
    return QHostAddress(text);
}

bool validateGlob(const QString &text, QString *error) {
    for (const QChar c : text) {
        if (!isGlobChar(c)) {
            if (error)
                *error = AclPatternText::tr(
                             "invalid character '%1' in pattern '%2' (allowed: digits, hex "
                             "letters, '.', ':', '*', '?' or a CIDR prefix like 10.0.0.0/8; host "
                             "names are not permitted)")
                             .arg(c, text);
            return false;
        }
    }
    const bool hasWildcard = text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
    const bool looksIpv6 = text.contains(QLatin1Char(':'));
    if (!hasWildcard) {
        const QHostAddress literal = strictAddress(text);
        if (literal.isNull()) {
            if (error)
                *error = AclPatternText::tr(
                             "pattern '%1' is neither an IP address nor a glob and can never match")
                             .arg(text);
            return false;
        }
        return true;
    }
    if (looksIpv6)
        return true;
    // An IPv4 glob: at most four non-empty dot-separated groups of digits and wildcards.
    const QStringList groups = text.split(QLatin1Char('.'));
    bool ok = groups.size() <= 4;
    for (const QString &group : groups) {
        if (group.isEmpty())
            ok = false;
        for (const QChar c : group) {
            if (!(c.isDigit() || c == QLatin1Char('*') || c == QLatin1Char('?')))
                ok = false;
        }
        if (!group.contains(QLatin1Char('*')) && group.size() > 3)
            ok = false;
    }
    if (!ok && error)
        *error = AclPatternText::tr("pattern '%1' is not a valid IPv4 glob").arg(text);
    return ok;
}

} // namespace

std::optional<AclPattern> AclPattern::parse(const QString &text, QString *error) {
    if (text.isEmpty()) {
        if (error)
            *error = AclPatternText::tr("empty pattern");
        return std::nullopt;
    }
    AclPattern pattern;
    pattern.m_text = text;
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString addressText = text.left(slash);
        const QString prefixText = text.mid(slash + 1);
        bool prefixOk = !prefixText.isEmpty() && prefixText.size() <= 3;
        for (const QChar c : prefixText)
            prefixOk = prefixOk && c.isDigit() && c.unicode() < 128;
        const QHostAddress address = strictAddress(addressText);
        if (address.isNull()) {
            if (error)
                *error = AclPatternText::tr("'%1' in CIDR pattern '%2' is not an IP address")
                             .arg(addressText, text);
            return std::nullopt;
        }
        const int maxPrefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        const int prefix = prefixOk ? prefixText.toInt() : -1;
        if (prefix < 0 || prefix > maxPrefix) {
            if (error)
                *error =
                    AclPatternText::tr("prefix length '%1' in CIDR pattern '%2' is not in 0..%3")
                        .arg(prefixText, text)
                        .arg(maxPrefix);
            return std::nullopt;
        }
        pattern.m_isCidr = true;
        const QHostAddress canonical = canonicalAddress(address);
        // A range of IPv4-mapped addresses is that range of IPv4 addresses.
        if (canonical.protocol() == QAbstractSocket::IPv4Protocol &&
            address.protocol() == QAbstractSocket::IPv6Protocol && prefix >= 96)
            pattern.m_subnet = qMakePair(canonical, prefix - 96);
        else
            pattern.m_subnet = qMakePair(address, prefix);
        return pattern;
    }
    if (!validateGlob(text, error))
        return std::nullopt;
    if (!text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('?')))
        pattern.m_literal = canonicalAddress(strictAddress(text));
    return pattern;
}

bool AclPattern::matches(const QHostAddress &address) const {
    if (address.isNull())
        return false;
    if (m_isCidr) {
        return address.isInSubnet(m_subnet) || canonicalAddress(address).isInSubnet(m_subnet);
    }
    if (!m_literal.isNull())
        return canonicalAddress(address) == m_literal;
    const QStringList forms = textualForms(address);
    for (const QString &form : forms) {
        if (globMatch(m_text, form))
            return true;
    }
    return false;
}

QString AclPattern::ambiguityWarning(const QString &text) {
    if (!parse(text))
        return QString();
    const QString addressPart = text.section(QLatin1Char('/'), 0, 0);
    if (addressPart.contains(QLatin1Char(':')))
        return QString();
    const QStringList groups = addressPart.split(QLatin1Char('.'));
    for (const QString &group : groups) {
        if (group.size() < 2 || group.at(0) != QLatin1Char('0'))
            continue;
        if (addressPart.contains(QLatin1Char('*')) || addressPart.contains(QLatin1Char('?')))
            return AclPatternText::tr("pattern '%1' has a number with a leading zero, which no "
                                      "client address is written with: it matches less than it "
                                      "seems to; write the numbers without leading zeros")
                .arg(text);
        return AclPatternText::tr("pattern '%1' has a number with a leading zero, which some "
                                  "programs read as octal: it is taken as %2; write it as the "
                                  "address meant, without leading zeros")
            .arg(text, strictAddress(addressPart).toString());
    }
    return QString();
}

AccessDecision AccessList::evaluate(const QHostAddress &client) const {
    AccessDecision decision;
    int firstAllowMatch = -1;
    bool anyAllow = false;
    for (int i = 0; i < entries.size(); ++i) {
        const AclEntry &entry = entries.at(i);
        const std::optional<AclPattern> pattern = AclPattern::parse(entry.pattern);
        // An invalid pattern matches nothing; the reader already reported it as an error.
        const bool matched = pattern && pattern->matches(client);
        if (entry.kind == AclEntry::Kind::Deny) {
            if (matched) {
                decision.result = AccessDecision::Result::Denied;
                decision.decidingEntry = i;
                return decision;
            }
        } else {
            anyAllow = true;
            if (matched && firstAllowMatch < 0)
                firstAllowMatch = i;
        }
    }
    if (anyAllow && firstAllowMatch < 0) {
        decision.result = AccessDecision::Result::NotAllowed;
        return decision;
    }
    decision.result = AccessDecision::Result::Allowed;
    decision.decidingEntry = firstAllowMatch;
    return decision;
}
