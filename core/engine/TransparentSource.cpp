#include "TransparentSource.h"

#include "SocketAddress.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct TransparentText {
    Q_DECLARE_TR_FUNCTIONS(TransparentSource)
};

bool setTransparent(int fd, int family) {
    const int one = 1;
    if (family == AF_INET6)
        return ::setsockopt(fd, SOL_IPV6, IPV6_TRANSPARENT, &one, sizeof one) == 0;
    return ::setsockopt(fd, SOL_IP, IP_TRANSPARENT, &one, sizeof one) == 0;
}

QString capabilityMessage() {
    return TransparentText::tr("transparent=yes needs the CAP_NET_ADMIN or CAP_NET_RAW "
                               "capability (run as root, or give it with systemd's "
                               "AmbientCapabilities=CAP_NET_ADMIN)");
}

QString runIp(const QStringList &arguments) {
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (ip.isEmpty())
        return QString();
    QProcess process;
    process.start(ip, arguments);
    if (!process.waitForFinished(5000))
        return QString();
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

} // namespace

namespace TransparentSource {

bool isLocalAddress(const QHostAddress &address) {
    if (address.isLoopback())
        return true;
    const QList<QHostAddress> local = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : local) {
        if (a.isEqual(address, QHostAddress::ConvertV4MappedToIPv4))
            return true;
    }
    return false;
}

bool hasCapability(QString *why) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const bool ok = setTransparent(fd, AF_INET);
    const int error = errno;
    ::close(fd);
    if (!ok)
        *why = error == EPERM ? capabilityMessage() : QString::fromLocal8Bit(std::strerror(error));
    return ok;
}

Outcome bindToClient(int fd, int family, const QHostAddress &client, quint16 port, QString *error) {
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    const QHostAddress source = isV4 ? QHostAddress(v4) : client;
    const int clientFamily = isV4 ? AF_INET : AF_INET6;
    if (clientFamily != family || isLocalAddress(source))
        return Outcome::SkippedLocal;
    if (!setTransparent(fd, family)) {
        *error =
            errno == EPERM ? capabilityMessage() : QString::fromLocal8Bit(std::strerror(errno));
        return Outcome::Failed;
    }
    sockaddr_storage address;
    socklen_t length = SocketAddress::fill(source, port, &address);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0)
        return Outcome::Bound;
    if (errno != EADDRINUSE) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return Outcome::Failed;
    }
    length = SocketAddress::fill(source, 0, &address);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0)
        return Outcome::BoundOtherPort;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return Outcome::Failed;
}

QVector<Requirement> check() {
    QVector<Requirement> result;
    Requirement capability;
    capability.what = TransparentText::tr("capability to use IP_TRANSPARENT");
    QString why;
    capability.met = hasCapability(&why);
    capability.hint = why;
    result << capability;

    // "ip rule": a rule that sends marked packets to a table of its own.
    const QString rules =
        runIp({QStringLiteral("-4"), QStringLiteral("rule"), QStringLiteral("show")});
    static const QRegularExpression markRule(QStringLiteral("fwmark\\s+(\\S+).*lookup\\s+(\\S+)"));
    QString table;
    for (const QString &line : rules.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = markRule.match(line);
        if (m.hasMatch()) {
            table = m.captured(2);
            break;
        }
    }
    Requirement rule;
    rule.what = TransparentText::tr("policy rule for marked packets");
    rule.met = !table.isEmpty();
    rule.hint = TransparentText::tr("add: ip rule add fwmark 1 lookup 100");
    result << rule;

    Requirement route;
    route.what = TransparentText::tr("local route in the marked packets' table");
    const QString routes = table.isEmpty()
                               ? QString()
                               : runIp({QStringLiteral("-4"), QStringLiteral("route"),
                                        QStringLiteral("show"), QStringLiteral("table"), table});
    route.met = routes.contains(QLatin1String("local default")) ||
                routes.contains(QLatin1String("local 0.0.0.0/0"));
    route.hint = TransparentText::tr("add: ip route add local 0.0.0.0/0 dev lo table %1")
                     .arg(table.isEmpty() ? QStringLiteral("100") : table);
    result << route;

    Requirement mark;
    mark.what = TransparentText::tr("nftables rule marking the replies to transparent sockets");
    const QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"));
    if (nft.isEmpty()) {
        mark.hint = TransparentText::tr("nft is not installed (Debian package nftables)");
    } else {
        QProcess process;
        process.start(nft, {QStringLiteral("list"), QStringLiteral("ruleset")});
        const bool ran = process.waitForFinished(5000) && process.exitCode() == 0;
        const QString ruleset = QString::fromLocal8Bit(process.readAllStandardOutput());
        mark.met = ran && ruleset.contains(QLatin1String("socket transparent 1"));
        mark.hint = ran ? TransparentText::tr("add in prerouting: socket transparent 1 meta mark "
                                              "set 1 (docs/transparent.md)")
                        : TransparentText::tr("cannot read the nftables ruleset (needs root)");
    }
    result << mark;
    return result;
}

} // namespace TransparentSource
