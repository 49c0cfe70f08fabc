#include "BoundSockets.h"
#include "ConfigValidator.h"
#include "ExposureReport.h"
#include "StaticHostResolver.h"
#include "ValidPart.h"

#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

namespace {

Rule rule(int id, const QString &host, const QString &port, Protocol protocol = Protocol::Tcp) {
    Rule r;
    r.id = id;
    r.bindHost = host;
    r.bindPort = port;
    r.connectHost = QStringLiteral("127.0.0.1");
    r.connectPort = QStringLiteral("9");
    r.setProtocol(protocol);
    return r;
}

// Lines as the kernel writes them (x86: words in little-endian order).
const QByteArray kTcp =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout "
    "inode\n"
    "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 "
    "1001 1 0000000000000000 100 0 0 10 0\n"
    "   1: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 "
    "1002 1 0000000000000000 100 0 0 10 0\n"
    // An established connection: its local port is not a listener.
    "   2: 0100007F:1F91 0100007F:D3A2 01 00000000:00000000 00:00000000 00000000     0        0 "
    "1003 1 0000000000000000 100 0 0 10 0\n"
    "garbage line\n";
const QByteArray kTcp6 =
    "  sl  local_address                         remote_address                        st\n"
    "   0: 00000000000000000000000001000000:1F92 00000000000000000000000000000000:0000 0A "
    "00000000:00000000 00:00000000 00000000     0        0 2001 1\n"
    "   1: 0000000000000000FFFF00000100007F:1F93 00000000000000000000000000000000:0000 0A "
    "00000000:00000000 00:00000000 00000000     0        0 2002 1\n";
const QByteArray kUdp =
    "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
    "timeout inode ref pointer drops\n"
    "  100: 00000000:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000   101  0 "
    "3001 2 0000000000000000 0\n";

} // namespace

class TestExposureReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesProcNetTables();
    void namesWildcardPrivilegedAndInUse();
    void portRangesAndDisabledRules();
    void readsThisHostsListeners();
    void fingerprintFollowsTheListeners();
    void validPartLeavesOutRulesWithErrors();
};

void TestExposureReport::parsesProcNetTables() {
    const QVector<BoundSocket> tcp = BoundSockets::parseProcNet(kTcp, Protocol::Tcp);
    QCOMPARE(tcp.size(), 2);
    QCOMPARE(tcp.at(0).address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(tcp.at(0).port, quint16(8080));
    QCOMPARE(tcp.at(1).address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(tcp.at(1).port, quint16(22));

    const QVector<BoundSocket> tcp6 = BoundSockets::parseProcNet(kTcp6, Protocol::Tcp);
    QCOMPARE(tcp6.size(), 2);
    QCOMPARE(tcp6.at(0).address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(tcp6.at(0).port, quint16(8082));
    QCOMPARE(tcp6.at(1).address, QHostAddress(QStringLiteral("::ffff:127.0.0.1")));

    // UDP: every bound socket holds its port, whatever its state.
    const QVector<BoundSocket> udp = BoundSockets::parseProcNet(kUdp, Protocol::Udp);
    QCOMPARE(udp.size(), 1);
    QCOMPARE(udp.at(0).protocol, Protocol::Udp);
    QCOMPARE(udp.at(0).port, quint16(53));

    QVERIFY(BoundSockets::parseProcNet(QByteArray(), Protocol::Tcp).isEmpty());
    QVERIFY(BoundSockets::parseProcNet("x\n 0: zz:1 0 0A\n 1: 0100007F:0 0 0A\n", Protocol::Tcp)
                .isEmpty());
}

void TestExposureReport::namesWildcardPrivilegedAndInUse() {
    QVector<BoundSocket> bound = BoundSockets::parseProcNet(kTcp, Protocol::Tcp);
    bound += BoundSockets::parseProcNet(kTcp6, Protocol::Tcp);
    bound += BoundSockets::parseProcNet(kUdp, Protocol::Udp);
    StaticHostResolver resolver;
    resolver.add(QStringLiteral("box.lan"), QHostAddress(QStringLiteral("192.168.1.5")));

    Config config;
    config.rules = {
        rule(1, QStringLiteral("0.0.0.0"), QStringLiteral("18000")),  // wildcard only
        rule(2, QStringLiteral("127.0.0.1"), QStringLiteral("80")),   // privileged only
        rule(3, QStringLiteral("127.0.0.1"), QStringLiteral("8080")), // in use (same address)
        rule(4, QStringLiteral("192.168.1.5"), QStringLiteral("22")), // in use (0.0.0.0 holds)
        rule(5, QStringLiteral("::"), QStringLiteral("8080")),        // wildcard, in use
        rule(6, QStringLiteral("127.0.0.2"), QStringLiteral("8080")), // another address: free
        rule(7, QStringLiteral("[::1]"), QStringLiteral("8082")),     // in use over IPv6
        rule(8, QStringLiteral("127.0.0.1"), QStringLiteral("8083")), // held by a mapped ::
        rule(9, QStringLiteral("127.0.0.1"), QStringLiteral("53"), Protocol::Udp),    // udp in use
        rule(10, QStringLiteral("127.0.0.1"), QStringLiteral("8080"), Protocol::Udp), // udp free
        rule(11, QStringLiteral("box.lan"), QStringLiteral("22")), // name, in use
        rule(12, QStringLiteral("0"), QStringLiteral("18001")),    // rinetd's "0"
    };
    const ExposureReport report = ExposureReport::analyse(config, bound, &resolver);
    using Kind = ExposureReport::Kind;
    QCOMPARE(report.ruleIds().size(), 12);
    QVERIFY(report.has(1, Kind::Wildcard));
    QVERIFY(!report.has(1, Kind::Privileged) && !report.has(1, Kind::InUse));
    QVERIFY(report.has(2, Kind::Privileged));
    QVERIFY(!report.has(2, Kind::Wildcard) && !report.has(2, Kind::InUse));
    QVERIFY(report.has(3, Kind::InUse));
    QVERIFY(!report.has(3, Kind::Wildcard));
    QVERIFY2(report.itemsFor(3).first().message.contains(QLatin1String("127.0.0.1:8080")),
             qPrintable(report.itemsFor(3).first().message));
    QVERIFY(report.has(4, Kind::InUse) && report.has(4, Kind::Privileged));
    QVERIFY(report.has(5, Kind::Wildcard) && report.has(5, Kind::InUse));
    QVERIFY(report.itemsFor(6).isEmpty());
    QVERIFY(report.has(7, Kind::InUse));
    QVERIFY(report.has(8, Kind::InUse));
    QVERIFY(report.has(9, Kind::InUse) && report.has(9, Kind::Privileged));
    QVERIFY(!report.has(10, Kind::InUse));
    QVERIFY(report.has(11, Kind::InUse));
    QVERIFY(report.has(12, Kind::Wildcard));
    QCOMPARE(report.count(Kind::Wildcard), 3);
    QCOMPARE(report.count(Kind::Privileged), 4); // 80, 22, 53 and 22 by name
    QCOMPARE(report.count(Kind::InUse), 7);

    // Without a resolver a name is matched only against wildcard listeners (22 is 0.0.0.0).
    const ExposureReport unresolved = ExposureReport::analyse(config, bound);
    QVERIFY(unresolved.has(11, Kind::InUse));
    Config named;
    named.rules = {rule(1, QStringLiteral("box.lan"), QStringLiteral("8080"))};
    QVERIFY(!ExposureReport::analyse(named, bound).has(1, Kind::InUse));
}

void TestExposureReport::portRangesAndDisabledRules() {
    Config config;
    config.rules = {rule(1, QStringLiteral("127.0.0.1"), QStringLiteral("1000-1030")),
                    rule(2, QStringLiteral("0.0.0.0"), QStringLiteral("80"))};
    config.rules[0].connectPort = QStringLiteral("2000-2030");
    config.rules[1].enabled = false; // disabled: it binds nothing
    QVector<BoundSocket> bound = {
        BoundSocket{Protocol::Tcp, QHostAddress(QHostAddress::AnyIPv4), 1020}};
    const ExposureReport report = ExposureReport::analyse(config, bound);
    QCOMPARE(report.ruleIds(), QVector<int>{1});
    QVERIFY(report.has(1, ExposureReport::Kind::Privileged));
    QVERIFY(report.itemsFor(1).first().message.contains(QLatin1String("1000-1023")));
    QVERIFY(report.has(1, ExposureReport::Kind::InUse));
    QVERIFY(report.itemsFor(2).isEmpty());
}

void TestExposureReport::readsThisHostsListeners() {
    QString error;
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const QVector<BoundSocket> bound = BoundSockets::readSystem(&error);
    if (bound.isEmpty() && !error.isEmpty())
        QSKIP(qPrintable(QStringLiteral("/proc/net is not readable here: ") + error));
    Config config;
    config.rules = {
        rule(1, QStringLiteral("127.0.0.1"), QString::number(server.serverPort())),
        rule(2, QStringLiteral("127.0.0.1"), QString::number(udp.localPort()), Protocol::Udp)};
    const ExposureReport report = ExposureReport::analyse(config, bound);
    QVERIFY(report.has(1, ExposureReport::Kind::InUse));
    QVERIFY(report.has(2, ExposureReport::Kind::InUse));

    const quint16 port = server.serverPort();
    server.close();
    const ExposureReport after = ExposureReport::analyse(config, BoundSockets::readSystem());
    QVERIFY2(!after.has(1, ExposureReport::Kind::InUse), qPrintable(QString::number(port)));
}

void TestExposureReport::fingerprintFollowsTheListeners() {
    Config config;
    config.rules = {rule(1, QStringLiteral("0.0.0.0"), QStringLiteral("18000")),
                    rule(2, QStringLiteral("127.0.0.1"), QStringLiteral("18001"))};
    const QString first = ExposureReport::analyse(config, {}).fingerprint(config);
    Config target = config;
    target.rules[1].connectPort = QStringLiteral("7"); // a target is not a listener
    QCOMPARE(ExposureReport::analyse(target, {}).fingerprint(target), first);
    Config moved = config;
    moved.rules[1].bindHost = QStringLiteral("0.0.0.0");
    QVERIFY(ExposureReport::analyse(moved, {}).fingerprint(moved) != first);
}

void TestExposureReport::validPartLeavesOutRulesWithErrors() {
    // Four rules, one broken (a port typed into the address column): three are valid.
    Config config;
    config.rules = {rule(1, QStringLiteral("127.0.0.1"), QStringLiteral("18101")),
                    rule(2, QStringLiteral("127.0.0.1"), QStringLiteral("18102")),
                    rule(3, QStringLiteral("127.0.0.1"), QStringLiteral("18103")),
                    rule(4, QStringLiteral("127.0.0.1"), QStringLiteral("18104"))};
    config.rules[2].connectHost = QStringLiteral("18081");
    ConfigValidator::Options options;
    options.resolver = std::make_shared<StaticHostResolver>();
    const ValidPart part = ValidPart::of(config, ConfigValidator::check(config, options));
    QCOMPARE(part.config.rules.size(), 3);
    QCOMPARE(part.leftOutRuleIds, QVector<int>{3});
    for (const Rule &r : part.config.rules)
        QVERIFY(r.id != 3);

    // A bind conflict leaves out the later rule only, as the engine does.
    Config conflict;
    conflict.rules = {rule(1, QStringLiteral("127.0.0.1"), QStringLiteral("18105")),
                      rule(2, QStringLiteral("0.0.0.0"), QStringLiteral("18105"))};
    const ValidPart conflictPart =
        ValidPart::of(conflict, ConfigValidator::check(conflict, options));
    QCOMPARE(conflictPart.config.rules.size(), 1);
    QCOMPARE(conflictPart.leftOutRuleIds.size(), 1);
}

QTEST_MAIN(TestExposureReport)
#include "tst_exposurereport.moc"
