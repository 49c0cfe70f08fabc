#include "RinetdSyntax.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace RinetdSyntax {

bool isIpLiteral(const QString &host) {
    static const QRegularExpression ipv4(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch m = ipv4.match(host);
    if (m.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            if (m.captured(i).toInt() > 255)
                return false;
        }
        return true;
    }
    if (host.contains(QLatin1Char(':')) && !host.contains(QLatin1Char('%'))) {
        const QHostAddress address(host);
        return !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    return false;
}

bool isValidHost(const QString &host) {
    if (host == QLatin1String("0"))
        return true;
    if (isIpLiteral(host))
        return true;
    // Anything shaped like an IPv4 address but not one (1.2.3, 300.1.1.1) is not a host name.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    if (numeric.match(host).hasMatch())
        return false;
    static const QRegularExpression hostname(
        QStringLiteral("^([-0-9a-zA-Z_]+\\.)*[a-zA-Z][-0-9a-zA-Z_]*$"));
    return hostname.match(host).hasMatch() && host.size() <= 253;
}

bool isServiceName(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z][-a-zA-Z0-9_]*$"));
    return re.match(text).hasMatch();
}

bool isOptionName(const QString &text) {
    return isServiceName(text);
}

bool isRinetdUvDirective(const QString &word) {
    static const QStringList words = {
        QStringLiteral("pidfile"),
        QStringLiteral("include"),
        QStringLiteral("buffersize"),
        QStringLiteral("pool-min-free"),
        QStringLiteral("pool-max-free"),
        QStringLiteral("pool-trim-delay"),
        QStringLiteral("dns-refresh"),
        QStringLiteral("dns-multi-ip-expand"),
        QStringLiteral("dns-multi-ip-proto"),
        QStringLiteral("listen-backlog"),
        QStringLiteral("max-udp-connections"),
        QStringLiteral("statusfile"),
        QStringLiteral("statusinterval"),
        QStringLiteral("statusformat"),
        QStringLiteral("statsloginterval"),
        QStringLiteral("keepalive"),
    };
    return words.contains(word);
}

bool isRinetdEpollDirective(const QString &word) {
    return word == QLatin1String("events") || word == QLatin1String("user");
}

bool isKnownOption(const QString &name) {
    return name == QLatin1String("timeout") || name == QLatin1String("src");
}

bool isRinetdUvOption(const QString &name) {
    static const QStringList names = {
        QStringLiteral("keepalive"), QStringLiteral("dns-refresh"), QStringLiteral("mode"),
        QStringLiteral("proxy"),     QStringLiteral("buffersize"),
    };
    return names.contains(name);
}

bool isRinetdUvAddress(const QString &field) {
    return field.startsWith(QLatin1String("unix:"));
}

std::optional<QString> cidrToGlob(const QString &cidr) {
    const std::optional<AclPattern> pattern = AclPattern::parse(cidr);
    if (!pattern || !pattern->isCidr())
        return std::nullopt;
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(cidr);
    if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    const int prefix = subnet.second;
    if (prefix % 8 != 0)
        return std::nullopt;
    // parseSubnet already clears the host bits; a pattern with host bits set still names the
    // masked network, which is what matching does too.
    const QStringList octets = subnet.first.toString().split(QLatin1Char('.'));
    if (prefix == 0)
        return QStringLiteral("*");
    if (prefix == 32)
        return octets.join(QLatin1Char('.'));
    return QStringList(octets.mid(0, prefix / 8)).join(QLatin1Char('.')) + QStringLiteral(".*");
}

} // namespace RinetdSyntax
