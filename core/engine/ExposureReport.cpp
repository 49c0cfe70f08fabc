#include "ExposureReport.h"

#include "PortRange.h"

#include <QCryptographicHash>
#include <QSet>

#include <optional>

namespace {

QString bare(const QString &host) {
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        return h.mid(1, h.size() - 2);
    return h;
}

// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d, as /proc/net/tcp6 lists IPv4 clients of a
// dual-stack socket) compare as IPv4.
QHostAddress normalized(const QHostAddress &address) {
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && mapped &&
        address != QHostAddress(QHostAddress::AnyIPv6))
        return QHostAddress(v4);
    return address;
}

// The address a rule binds; a null address for a name nobody could answer for.
QHostAddress bindAddress(const QString &host, const HostResolver *resolver) {
    const QString h = bare(host);
    if (h == QLatin1String("0"))
        return QHostAddress(QHostAddress::AnyIPv4);
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress literal;
    if (literal.setAddress(h))
        return normalized(literal);
    if (!resolver)
        return QHostAddress();
    const std::optional<QVector<QHostAddress>> answers = resolver->addresses(h);
    if (!answers || answers->isEmpty())
        return QHostAddress();
    for (const QHostAddress &a : *answers) {
        if (normalized(a).protocol() == QAbstractSocket::IPv4Protocol)
            return normalized(a);
    }
    return normalized(answers->first());
}

bool isAnyV4(const QHostAddress &a) {
    return a == QHostAddress(QHostAddress::AnyIPv4);
}

bool isAnyV6(const QHostAddress &a) {
    return a == QHostAddress(QHostAddress::AnyIPv6);
}

// Whether a listener on HELD keeps a bind on WANTED from working. "::" may be dual-stack (the
// default): it is taken to hold the port on IPv4 addresses too.
bool overlaps(const QHostAddress &wanted, const QHostAddress &held) {
    if (wanted.isNull())
        return isAnyV4(held) || isAnyV6(held);
    if (isAnyV6(wanted) || isAnyV6(held))
        return true;
    const bool v4Wanted = wanted.protocol() == QAbstractSocket::IPv4Protocol;
    const bool v4Held = held.protocol() == QAbstractSocket::IPv4Protocol;
    if (v4Wanted != v4Held)
        return false;
    return isAnyV4(wanted) || isAnyV4(held) || wanted == held;
}

QString endpoint(const QHostAddress &address, quint16 port) {
    const QString text = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(text).arg(port);
}

} // namespace

ExposureReport ExposureReport::analyse(const Config &config, const QVector<BoundSocket> &bound,
                                       const HostResolver *resolver) {
    ExposureReport report;
    for (const Rule &rule : config.rules) {
        if (!rule.enabled)
            continue;
        report.m_ruleIds.append(rule.id);
        const QHostAddress address = bindAddress(rule.bindHost, resolver);
        auto add = [&](Kind kind, const QString &message) {
            report.m_items.append(Item{rule.id, kind, message});
        };
        if (isAnyV4(address))
            add(Kind::Wildcard, tr("Listens on every IPv4 address of this computer: other "
                                   "machines can connect."));
        else if (isAnyV6(address))
            add(Kind::Wildcard, tr("Listens on every IPv4 and IPv6 address of this computer: "
                                   "other machines can connect."));

        QVector<quint16> ports;
        for (const auto &pair : forwardedPorts(rule))
            ports.append(pair.first);
        if (ports.isEmpty())
            continue;
        QVector<quint16> privileged;
        for (quint16 port : std::as_const(ports)) {
            if (port < 1024)
                privileged.append(port);
        }
        if (privileged.size() == 1)
            add(Kind::Privileged, tr("Port %1 is below 1024: binding it needs root or the "
                                     "CAP_NET_BIND_SERVICE capability.")
                                      .arg(privileged.first()));
        else if (!privileged.isEmpty())
            add(Kind::Privileged, tr("Ports %1-%2 are below 1024: binding them needs root or the "
                                     "CAP_NET_BIND_SERVICE capability.")
                                      .arg(privileged.first())
                                      .arg(privileged.last()));

        const QSet<quint16> wanted(ports.cbegin(), ports.cend());
        QSet<quint16> reported;
        for (const BoundSocket &socket : bound) {
            if (socket.protocol != rule.bindProtocol || !wanted.contains(socket.port) ||
                reported.contains(socket.port))
                continue;
            const QHostAddress held = normalized(socket.address);
            if (!overlaps(address, held))
                continue;
            reported.insert(socket.port);
            add(Kind::InUse, tr("%1 port %2 is already in use on this computer (%3 is bound): "
                                "this rule would fail to start or compete with that program.")
                                 .arg(protocolName(rule.bindProtocol))
                                 .arg(socket.port)
                                 .arg(endpoint(held, socket.port)));
        }
    }
    return report;
}

QVector<ExposureReport::Item> ExposureReport::itemsFor(int ruleId) const {
    QVector<Item> items;
    for (const Item &item : m_items) {
        if (item.ruleId == ruleId)
            items.append(item);
    }
    return items;
}

bool ExposureReport::has(int ruleId, Kind kind) const {
    for (const Item &item : m_items) {
        if (item.ruleId == ruleId && item.kind == kind)
            return true;
    }
    return false;
}

int ExposureReport::count(Kind kind) const {
    int n = 0;
    for (const Item &item : m_items)
        n += item.kind == kind ? 1 : 0;
    return n;
}

QString ExposureReport::fingerprint(const Config &config) const {
    // What binds, not what happens to be in use right now: a port another program holds today
    // does not make the same list new tomorrow.
    QByteArray text;
    for (int id : m_ruleIds) {
        const Rule *rule = config.ruleById(id);
        if (!rule)
            continue;
        text += protocolName(rule->bindProtocol).toUtf8() + ' ' + bare(rule->bindHost).toUtf8() +
                ' ' + rule->bindPort.toUtf8() + '\n';
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32));
}
