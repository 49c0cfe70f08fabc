#include "RuleValidator.h"

#include "PortRange.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool isHostName(const QString &host) {
    // RFC 1123 labels; also what getaddrinfo() accepts for names in practice.
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,"
        "61}[A-Za-z0-9])?)*\\.?$"));
    return re.match(host).hasMatch();
}

enum class AddressKind { Ipv4Any, Ipv6Any, Ipv4, Ipv6, Name };

AddressKind addressKind(const QString &host, QHostAddress *address) {
    QHostAddress parsed;
    if (!parsed.setAddress(host))
        return AddressKind::Name;
    if (address)
        *address = parsed;
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol)
        return parsed == QHostAddress(QHostAddress::AnyIPv4) ? AddressKind::Ipv4Any
                                                             : AddressKind::Ipv4;
    return parsed == QHostAddress(QHostAddress::AnyIPv6) ? AddressKind::Ipv6Any : AddressKind::Ipv6;
}

// "localhost" needs no lookup: the engine binds the IPv4 answer it gets for it (it prefers IPv4,
// see TargetResolver::pickAddress), so it is 127.0.0.1 for the conflict check.
QString comparableHost(const QString &host) {
    const QString h = host.trimmed();
    return h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
               ? QStringLiteral("127.0.0.1")
               : h;
}

bool addressesOverlap(const QString &a, const QString &b) {
    QHostAddress addrA;
    QHostAddress addrB;
    const AddressKind kindA = addressKind(comparableHost(a), &addrA);
    const AddressKind kindB = addressKind(comparableHost(b), &addrB);
    if (kindA == AddressKind::Name || kindB == AddressKind::Name) {
        if (kindA == AddressKind::Name && kindB == AddressKind::Name)
            return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
        // A name may resolve to any address; against a wildcard it is a conflict, against a
        // specific address we cannot tell without a blocking lookup.
        const AddressKind other = kindA == AddressKind::Name ? kindB : kindA;
        return other == AddressKind::Ipv4Any || other == AddressKind::Ipv6Any;
    }
    // "::" is bound dual-stack (IPV6_V6ONLY off): it holds the port on every IPv4 address too.
    if (kindA == AddressKind::Ipv6Any || kindB == AddressKind::Ipv6Any)
        return true;
    const bool v4A = kindA == AddressKind::Ipv4Any || kindA == AddressKind::Ipv4;
    const bool v4B = kindB == AddressKind::Ipv4Any || kindB == AddressKind::Ipv4;
    if (v4A != v4B)
        return false;
    if (kindA == AddressKind::Ipv4Any || kindA == AddressKind::Ipv6Any ||
        kindB == AddressKind::Ipv4Any || kindB == AddressKind::Ipv6Any)
        return true;
    return addrA.isEqual(addrB, QHostAddress::StrictConversion);
}

QString describe(const Rule &rule) {
    if (!rule.name.isEmpty())
        return QStringLiteral("\"%1\"").arg(rule.name);
    return QStringLiteral("%1 %2").arg(rule.bindHost, rule.bindPort);
}

} // namespace

QString RuleValidator::hostProblem(const QString &host, bool forBinding) {
    const QString h = host.trimmed();
    if (h.isEmpty())
        return forBinding ? tr("The bind address is empty.") : tr("The target address is empty.");
    QHostAddress address;
    if (address.setAddress(h))
        return {};
    if (!isHostName(h))
        return tr("\"%1\" is neither an IP address nor a host name.").arg(h);
    return {};
}

QString RuleValidator::portProblem(const QString &port, Protocol protocol) {
    const QString p = port.trimmed();
    if (p.isEmpty())
        return tr("The port is empty.");
    bool isNumber = false;
    const int number = p.toInt(&isNumber);
    if (isNumber && (number < 1 || number > 65535))
        return tr("Port %1 is outside 1-65535.").arg(p);
    QString rangeProblem;
    if (PortRange::looksLikeRange(p))
        return PortRange::parse(p, protocol, &rangeProblem) ? QString() : rangeProblem;
    if (!resolvePort(p, protocol))
        return tr("\"%1\" is not a port number or a known %2 service name.")
            .arg(p, protocolName(protocol));
    return {};
}

QString RuleValidator::timeoutProblem(const QString &timeout) {
    const QString t = timeout.trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    t.toUInt(&ok);
    if (!ok)
        return tr("The timeout \"%1\" is not a whole number of seconds.").arg(t);
    return {};
}

QString RuleValidator::sourceProblem(const QString &source, const QString &connectHost) {
    const QString s = source.trimmed();
    if (s.isEmpty())
        return {};
    QHostAddress sourceAddress;
    if (!sourceAddress.setAddress(s)) {
        if (!isHostName(s))
            return tr("The source \"%1\" is neither an IP address nor a host name.").arg(s);
        return {}; // a name: its addresses are known only when the engine looks it up
    }
    // The outgoing socket has the target's family; a source of the other family cannot be
    // bound to it. A target host name may have addresses of both families: no verdict.
    QHostAddress target;
    if (!target.setAddress(connectHost.trimmed()))
        return {};
    const bool sourceV4 = sourceAddress.protocol() == QAbstractSocket::IPv4Protocol;
    const bool targetV4 = target.protocol() == QAbstractSocket::IPv4Protocol;
    if (sourceV4 && !targetV4)
        return tr("The source %1 is an IPv4 address but the target %2 is IPv6: connections to "
                  "it cannot leave from an IPv4 address.")
            .arg(s, connectHost.trimmed());
    if (!sourceV4 && targetV4)
        return tr("The source %1 is an IPv6 address but the target %2 is IPv4: connections to "
                  "it cannot leave from an IPv6 address.")
            .arg(s, connectHost.trimmed());
    return {};
}

bool RuleValidator::bindsConflict(const Rule &a, const Rule &b) {
    if (a.bindProtocol != b.bindProtocol)
        return false;
    const auto portA = a.resolvedBindPort();
    const auto portB = b.resolvedBindPort();
    if (!portA || !portB || *portA != *portB)
        return false;
    return addressesOverlap(a.bindHost, b.bindHost);
}

QVector<RuleValidator::Problem> RuleValidator::validate(const Config &config) {
    QVector<Problem> problems;
    auto add = [&problems](int id, Field field, const QString &message) {
        problems.append(Problem{id, field, message});
    };

    for (const AclEntry &entry : config.globalAcl.entries) {
        QString error;
        if (!AclPattern::parse(entry.pattern, &error))
            add(0, Field::Acl, tr("Global access list: \"%1\": %2").arg(entry.pattern, error));
    }

    for (const Rule &rule : config.rules) {
        QString problem = hostProblem(rule.bindHost, true);
        if (!problem.isEmpty())
            add(rule.id, Field::BindHost, problem);
        problem = portProblem(rule.bindPort, rule.bindProtocol);
        if (!problem.isEmpty())
            add(rule.id, Field::BindPort, problem);
        problem = hostProblem(rule.connectHost, false);
        if (!problem.isEmpty())
            add(rule.id, Field::ConnectHost, problem);
        problem = portProblem(rule.connectPort, rule.connectProtocol);
        if (!problem.isEmpty())
            add(rule.id, Field::ConnectPort, problem);
        problem = timeoutProblem(rule.option(QStringLiteral("timeout")));
        if (!problem.isEmpty())
            add(rule.id, Field::Timeout, problem);
        problem = sourceProblem(rule.sourceAddress(), rule.connectHost);
        if (!problem.isEmpty())
            add(rule.id, Field::Source, problem);
        for (const AclEntry &entry : rule.acl.entries) {
            QString error;
            if (!AclPattern::parse(entry.pattern, &error))
                add(rule.id, Field::Acl,
                    tr("Access list of %1: \"%2\": %3").arg(describe(rule), entry.pattern, error));
        }
    }

    // Only enabled rules bind; a disabled duplicate is a legitimate alternative kept for later.
    // Rules are grouped by protocol and port first, so a table of thousands of rules costs a
    // look-up per rule instead of a comparison per pair.
    QHash<QPair<int, int>, QVector<int>> byPort;
    for (int i = 0; i < config.rules.size(); ++i) {
        const Rule &rule = config.rules.at(i);
        const auto port = rule.resolvedBindPort();
        if (rule.enabled && port)
            byPort[{int(rule.bindProtocol), int(*port)}].append(i);
    }
    for (const QVector<int> &group : std::as_const(byPort)) {
        for (int i : group) {
            const Rule &a = config.rules.at(i);
            for (int j : group) {
                const Rule &b = config.rules.at(j);
                if (i == j || !addressesOverlap(a.bindHost, b.bindHost))
                    continue;
                add(a.id, Field::BindPort,
                    tr("%1 %2 port %3 is also bound by rule %4.")
                        .arg(protocolName(a.bindProtocol).toUpper(), a.bindHost, a.bindPort,
                             describe(b)));
                break;
            }
        }
    }
    // Problems in file order, whatever order the groups came in.
    QHash<int, int> rowById;
    for (int row = 0; row < config.rules.size(); ++row)
        rowById.insert(config.rules.at(row).id, row);
    std::stable_sort(problems.begin(), problems.end(),
                     [&rowById](const Problem &x, const Problem &y) {
                         return rowById.value(x.ruleId, -1) < rowById.value(y.ruleId, -1);
                     });
    return problems;
}
