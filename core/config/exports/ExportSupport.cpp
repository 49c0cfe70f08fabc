#include "ExportSupport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ExportSupport {

namespace {

struct ExportSupportText {
    Q_DECLARE_TR_FUNCTIONS(ExportSupport)
};

bool isOctet(const QString &s) {
    if (s.isEmpty() || s.size() > 3)
        return false;
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return s.toInt() <= 255;
}

} // namespace

bool HostAddress::isLoopback() const {
    if (kind != Kind::Ipv4 && kind != Kind::Ipv6)
        return false;
    return QHostAddress(text).isLoopback();
}

HostAddress classifyHost(const QString &host) {
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    HostAddress result;
    if (bare == QLatin1String("0") || bare == QLatin1String("0.0.0.0")) {
        result.kind = HostAddress::Kind::AnyIpv4;
        result.text = QStringLiteral("0.0.0.0");
        return result;
    }
    if (bare == QLatin1String("::")) {
        result.kind = HostAddress::Kind::AnyDualStack;
        result.text = QStringLiteral("::");
        return result;
    }
    if (bare.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        result.kind = HostAddress::Kind::Ipv4;
        result.text = QStringLiteral("127.0.0.1");
        return result;
    }
    const QHostAddress address(bare);
    if (!address.isNull() && address.protocol() == QAbstractSocket::IPv4Protocol &&
        bare.count(QLatin1Char('.')) == 3) {
        result.kind = HostAddress::Kind::Ipv4;
        result.text = address.toString();
    } else if (!address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol &&
               address.scopeId().isEmpty()) {
        result.kind = HostAddress::Kind::Ipv6;
        result.text = address.toString().toLower();
    } else {
        result.kind = HostAddress::Kind::Name;
        result.text = bare;
    }
    return result;
}

bool patternToCidrs(const QString &pattern, QStringList *ipv4, QStringList *ipv6) {
    const std::optional<AclPattern> parsed = AclPattern::parse(pattern);
    if (!parsed)
        return false;
    if (parsed->isCidr()) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(pattern);
        const QString block =
            subnet.first.toString().toLower() + QLatin1Char('/') + QString::number(subnet.second);
        (subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? ipv4 : ipv6)->append(block);
        return true;
    }
    if (pattern == QLatin1String("*")) {
        // rinetd matches '*' against the text of any address, IPv6 too.
        ipv4->append(QStringLiteral("0.0.0.0/0"));
        ipv6->append(QStringLiteral("::/0"));
        return true;
    }
    const bool wildcard = pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'));
    if (!wildcard) {
        const QHostAddress address(pattern);
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            ipv4->append(address.toString());
        else
            ipv6->append(address.toString().toLower());
        return true;
    }
    if (pattern.contains(QLatin1Char(':')) || pattern.contains(QLatin1Char('?')))
        return false;
    // An IPv4 glob is exact when whole octets are followed only by '*' groups: "10.*",
    // "10.1.*", "10.*.*.*". A trailing "*" spans the remaining octets ("10.*" = 10.0.0.0/8).
    const QStringList groups = pattern.split(QLatin1Char('.'));
    int fixed = 0;
    while (fixed < groups.size() && isOctet(groups.at(fixed)))
        ++fixed;
    for (int i = fixed; i < groups.size(); ++i) {
        if (groups.at(i) != QLatin1String("*"))
            return false;
    }
    if (fixed == groups.size())
        return false;
    // With dots in every IPv4 address, the '*' groups together match the remaining octets
    // however many of them are written ("10.*" and "10.*.*.*" are both 10.0.0.0/8).
    QStringList octets = groups.mid(0, fixed);
    while (octets.size() < 4)
        octets << QStringLiteral("0");
    ipv4->append(octets.join(QLatin1Char('.')) + QLatin1Char('/') + QString::number(fixed * 8));
    return true;
}

CidrLists aclToCidrs(const AccessList &acl, QStringList *failed) {
    CidrLists lists;
    for (const AclEntry &entry : acl.entries) {
        const bool allow = entry.kind == AclEntry::Kind::Allow;
        if (!patternToCidrs(entry.pattern, allow ? &lists.allow4 : &lists.deny4,
                            allow ? &lists.allow6 : &lists.deny6))
            failed->append(entry.pattern);
    }
    return lists;
}

QString ruleLabel(const Rule &rule, int index) {
    if (rule.name.isEmpty())
        return ExportSupportText::tr("rule %1").arg(index + 1);
    return ExportSupportText::tr("rule %1 (%2)").arg(index + 1).arg(escaped(rule.name));
}

bool isOptionWithoutEffect(const QString &name) {
    return name == QLatin1String("keepalive") || name == QLatin1String("buffersize");
}

ConfigDiagnostic ruleDiagnostic(const QString &file, const Rule &rule,
                                ConfigDiagnostic::Severity severity, const QString &message) {
    return ConfigDiagnostic{file, rule.sourceLine, 0, severity, message};
}

QString escaped(const QString &text) {
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = ExportSupportText::tr("%1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace ExportSupport
