#include "Document.h"
#include "FreePortFinder.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

namespace {

Rule ruleOn(int id, const QString &host, const QString &port) {
    Rule rule;
    rule.id = id;
    rule.bindHost = host;
    rule.bindPort = port;
    rule.connectHost = QStringLiteral("10.0.0.9");
    rule.connectPort = port;
    return rule;
}

// A port P of 127.0.0.1 with P, P+1 and P+2 free for TCP right now (0: none found).
quint16 freeRun() {
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 base = freePortRun(3);
        if (base == 0)
            continue;
        PortProbe probe(Protocol::Tcp);
        bool free = true;
        for (int i = 0; i < 3 && free; ++i)
            free = probe.check(QStringLiteral("127.0.0.1"), quint16(base + i)) ==
                   PortProbe::Answer::Free;
        if (free)
            return base;
    }
    return 0;
}

} // namespace

class TestFreePortFinder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void skipsPortsOfTheDocument();
    void rangeMovesAsABlock();
    void probeSeesListenerOnAddressAndOnWildcardTables();
    void probeKeepsNothingBound();
    void duplicateSkipsPortInUseOnHost_data();
    void duplicateSkipsPortInUseOnHost();
};

void TestFreePortFinder::skipsPortsOfTheDocument() {
    Config config;
    config.rules = {ruleOn(1, QStringLiteral("127.0.0.1"), QStringLiteral("20000")),
                    ruleOn(2, QStringLiteral("10.1.1.1"), QStringLiteral("20001")),
                    ruleOn(3, QStringLiteral("127.0.0.1"), QStringLiteral("20003-20004"))};
    // Without a host probe only the document counts; any address's rule blocks the port.
    QCOMPARE(FreePortFinder::nextBindPort(config, config.rules.at(0), {}), QStringLiteral("20002"));
    QCOMPARE(FreePortFinder::nextBindPort(config, config.rules.at(1), {}), QStringLiteral("20002"));
    // A port the host says is in use is skipped, and counted.
    int skipped = 0;
    auto busy20002 = [](const QString &, quint16 port) {
        return port == 20002 ? PortProbe::Answer::InUse : PortProbe::Answer::Free;
    };
    QCOMPARE(FreePortFinder::nextBindPort(config, config.rules.at(0), busy20002, nullptr, &skipped),
             QStringLiteral("20005"));
    QCOMPARE(skipped, 1);
    // Nothing above 65535.
    Config top;
    top.rules = {ruleOn(1, QStringLiteral("127.0.0.1"), QStringLiteral("65535"))};
    QString why;
    QVERIFY(!FreePortFinder::nextBindPort(top, top.rules.at(0), {}, &why));
    QVERIFY(!why.isEmpty());
}

void TestFreePortFinder::rangeMovesAsABlock() {
    Config config;
    config.rules = {ruleOn(1, QStringLiteral("0.0.0.0"), QStringLiteral("8000-8010")),
                    ruleOn(2, QStringLiteral("0.0.0.0"), QStringLiteral("8015"))};
    // 8011-8021 would hold 8015: the block starts after it.
    QCOMPARE(FreePortFinder::nextBindPort(config, config.rules.at(0), {}),
             QStringLiteral("8016-8026"));
}

void TestFreePortFinder::probeSeesListenerOnAddressAndOnWildcardTables() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    PortProbe probe(Protocol::Tcp);
    QCOMPARE(probe.check(QStringLiteral("127.0.0.1"), server.serverPort()),
             PortProbe::Answer::InUse);
    // A wildcard bind would collide with it too.
    QCOMPARE(probe.check(QStringLiteral("0.0.0.0"), server.serverPort()), PortProbe::Answer::InUse);
    QCOMPARE(probe.check(QStringLiteral("::"), server.serverPort()), PortProbe::Answer::InUse);

    // IPv6 loopback (a probe reads the tables once: a new one sees the new socket).
    QTcpServer server6;
    if (server6.listen(QHostAddress::LocalHostIPv6, 0)) {
        PortProbe probe6(Protocol::Tcp);
        QCOMPARE(probe6.check(QStringLiteral("[::1]"), server6.serverPort()),
                 PortProbe::Answer::InUse);
        QCOMPARE(probe6.check(QStringLiteral("::"), server6.serverPort()),
                 PortProbe::Answer::InUse);
        // Another address's listener leaves the port free for this one.
        QCOMPARE(probe6.check(QStringLiteral("127.0.0.1"), server6.serverPort()),
                 PortProbe::Answer::Free);
    }

    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
    PortProbe udpProbe(Protocol::Udp);
    QCOMPARE(udpProbe.check(QStringLiteral("127.0.0.1"), udp.localPort()),
             PortProbe::Answer::InUse);
    QCOMPARE(udpProbe.check(QStringLiteral("0.0.0.0"), udp.localPort()), PortProbe::Answer::InUse);
}

void TestFreePortFinder::probeKeepsNothingBound() {
    const quint16 port = freeRun();
    QVERIFY(port != 0);
    PortProbe probe(Protocol::Tcp);
    QCOMPARE(probe.check(QStringLiteral("127.0.0.1"), port), PortProbe::Answer::Free);
    // Nothing of the probe holds the port: it can be listened on, and nothing listened meanwhile.
    QVERIFY(!acceptsConnections(port));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
}

void TestFreePortFinder::duplicateSkipsPortInUseOnHost_data() {
    QTest::addColumn<QString>("bindHost");
    QTest::newRow("address") << QStringLiteral("127.0.0.1");
    QTest::newRow("wildcard") << QStringLiteral("0.0.0.0");
}

void TestFreePortFinder::duplicateSkipsPortInUseOnHost() {
    QFETCH(QString, bindHost);
    const quint16 port = freeRun();
    QVERIFY(port != 0);
    // The obvious next port is taken on this host by a program outside the document.
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, quint16(port + 1)));

    MainWindow window;
    Config config;
    Rule rule = ruleOn(1, bindHost, QString::number(port));
    rule.name = QStringLiteral("web");
    config.rules = {rule};
    window.document()->reset(config, QString(), true);
    window.selectRule(1);
    auto *duplicate = window.findChild<QAction *>(QStringLiteral("actionClone"));
    QVERIFY(duplicate && duplicate->isEnabled());
    QCOMPARE(duplicate->shortcut(), QKeySequence(QStringLiteral("Ctrl+D")));
    duplicate->trigger();

    const QVector<Rule> &rules = window.document()->config().rules;
    QCOMPARE(rules.size(), 2);
    const Rule &copy = rules.at(1);
    QCOMPARE(copy.bindPort, QString::number(port + 2));
    QCOMPARE(copy.bindHost, bindHost);
    QCOMPARE(copy.connectPort, rule.connectPort);
    QVERIFY(!copy.enabled);
    QCOMPARE(copy.name, QStringLiteral("web (copy)"));
    QCOMPARE(window.selectedRuleId(), copy.id);
    // Still listening: nothing was taken from the occupant.
    QVERIFY(acceptsConnections(quint16(port + 1)));
}

QTEST_MAIN(TestFreePortFinder)
#include "tst_freeportfinder.moc"
