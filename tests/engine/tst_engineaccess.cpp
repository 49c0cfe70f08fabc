#include "EngineFixture.h"
#include "RawSocket.h"

#include <QTest>

using namespace RawSocket;

namespace {

// "allow 127.*;deny ::1" -> entries
AccessList parseList(const QString &text) {
    AccessList list;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(' '));
        AclEntry entry;
        entry.kind =
            parts.at(0) == QLatin1String("allow") ? AclEntry::Kind::Allow : AclEntry::Kind::Deny;
        entry.pattern = parts.at(1);
        list.entries << entry;
    }
    return list;
}

} // namespace

class TestEngineAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
};

void TestEngineAccess::matrix_data() {
    QTest::addColumn<QString>("listen");   // the rule's bind address
    QTest::addColumn<QString>("client");   // where the client connects to (its source is the same)
    QTest::addColumn<QString>("global");   // global allow/deny
    QTest::addColumn<QString>("rule");     // the rule's own allow/deny
    QTest::addColumn<QString>("expected"); // allowed / denied / not-allowed

    const QString v4 = QStringLiteral("127.0.0.1");
    const QString v6 = QStringLiteral("::1");
    // An IPv6 listener on the mapped loopback address: IPv4 clients arrive as ::ffff:127.0.0.1
    // (what a "::" rule sees), without listening beyond loopback.
    const QString dual = QStringLiteral("::ffff:127.0.0.1");
    const QString ok = QStringLiteral("allowed");
    const QString denied = QStringLiteral("denied");
    const QString notAllowed = QStringLiteral("not-allowed");

    QTest::newRow("v4 no lists") << v4 << v4 << ""
                                 << "" << ok;
    QTest::newRow("v4 global allow match") << v4 << v4 << "allow 127.0.0.1"
                                           << "" << ok;
    QTest::newRow("v4 global allow miss") << v4 << v4 << "allow 10.*"
                                          << "" << notAllowed;
    QTest::newRow("v4 global deny match") << v4 << v4 << "deny 127.*"
                                          << "" << denied;
    QTest::newRow("v4 global deny miss") << v4 << v4 << "deny 10.*"
                                         << "" << ok;
    QTest::newRow("v4 rule allow match") << v4 << v4 << ""
                                         << "allow 127.0.0.?" << ok;
    QTest::newRow("v4 rule allow miss cidr") << v4 << v4 << ""
                                             << "allow 10.0.0.0/8" << notAllowed;
    QTest::newRow("v4 rule deny cidr") << v4 << v4 << ""
                                       << "deny 127.0.0.0/8" << denied;
    QTest::newRow("v4 rule deny beats allow") << v4 << v4 << ""
                                              << "allow 127.*;deny 127.0.0.1" << denied;
    QTest::newRow("v4 global allow, rule deny") << v4 << v4 << "allow 127.*"
                                                << "deny 127.0.0.1" << denied;
    QTest::newRow("v4 global allow miss first") << v4 << v4 << "allow 10.*"
                                                << "allow 127.*" << notAllowed;
    QTest::newRow("v4 global deny first") << v4 << v4 << "deny 127.*"
                                          << "allow 127.*" << denied;
    QTest::newRow("v4 global deny miss, rule allow") << v4 << v4 << "deny 10.*"
                                                     << "allow 127.*" << ok;
    QTest::newRow("v6 no lists") << v6 << v6 << ""
                                 << "" << ok;
    QTest::newRow("v6 global deny") << v6 << v6 << "deny ::1"
                                    << "" << denied;
    QTest::newRow("v6 global allow v4 only") << v6 << v6 << "allow 127.*"
                                             << "" << notAllowed;
    QTest::newRow("v6 rule allow cidr") << v6 << v6 << ""
                                        << "allow ::1/128" << ok;
    QTest::newRow("v6 rule deny glob") << v6 << v6 << ""
                                       << "deny ::*" << denied;
    QTest::newRow("v6 rule allow miss") << v6 << v6 << ""
                                        << "allow 2001:db8::/32" << notAllowed;
    QTest::newRow("mapped no lists") << dual << v4 << ""
                                     << "" << ok;
    QTest::newRow("mapped rule allow as v4") << dual << v4 << ""
                                             << "allow 127.0.0.1" << ok;
    QTest::newRow("mapped rule deny v4 cidr") << dual << v4 << ""
                                              << "deny 127.0.0.0/8" << denied;
    QTest::newRow("mapped global deny v4 glob") << dual << v4 << "deny 127.*"
                                                << "" << denied;
    QTest::newRow("mapped rule allow v6 only") << dual << v4 << ""
                                               << "allow ::1" << notAllowed;
    // Other spellings of the same address, and the mapped form on an IPv4 listener.
    QTest::newRow("v4 rule deny mapped form") << v4 << v4 << ""
                                              << "deny ::ffff:127.0.0.1" << denied;
    QTest::newRow("v4 rule deny mapped hex") << v4 << v4 << ""
                                             << "deny ::ffff:7f00:1" << denied;
    QTest::newRow("mapped rule deny mapped form") << dual << v4 << ""
                                                  << "deny ::ffff:127.0.0.1" << denied;
    QTest::newRow("v6 global deny long form") << v6 << v6 << "deny 0:0:0:0:0:0:0:1"
                                              << "" << denied;
    QTest::newRow("v6 rule deny leading zeros") << v6 << v6 << ""
                                                << "deny ::0001" << denied;
    QTest::newRow("v4 rule deny leading zeros") << v4 << v4 << ""
                                                << "deny 127.000.000.001" << denied;
}

void TestEngineAccess::matrix() {
    QFETCH(QString, listen);
    QFETCH(QString, client);
    QFETCH(QString, global);
    QFETCH(QString, rule);
    QFETCH(QString, expected);

    const QHostAddress clientAddress(client);
    quint16 backendPort = 0;
    const int backend = listenOn(QHostAddress(QStringLiteral("127.0.0.1")), &backendPort);
    QVERIFY(backend >= 0);
    quint16 port = 0;
    closeFd(listenOn(listen == QLatin1String("::ffff:127.0.0.1")
                         ? QHostAddress(QStringLiteral("127.0.0.1"))
                         : QHostAddress(listen),
                     &port));
    Config config;
    config.globalAcl = parseList(global);
    Rule r = EngineFixture::tcpRule(1, listen, port, QStringLiteral("127.0.0.1"), backendPort);
    r.acl = parseList(rule);
    config.rules << r;
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());

    const int fd = connectTo(clientAddress, port);
    QVERIFY(fd >= 0);
    if (expected == QLatin1String("allowed")) {
        const int server = acceptOne(backend);
        QVERIFY(server >= 0);
        QVERIFY(sendAll(fd, "ping"));
        QCOMPARE(recvExact(server, 4), QByteArray("ping"));
        // The engine saw the client as the socket reported it (mapped on an IPv6 listener).
        QVERIFY(
            engine.waitForStats([](const StatsSnapshot &s) { return s.connections.size() == 1; }));
        const QHostAddress seen = engine.latest().connections.first().clientAddress;
        QCOMPARE(seen.protocol(), listen.contains(QLatin1Char(':'))
                                      ? QAbstractSocket::IPv6Protocol
                                      : QAbstractSocket::IPv4Protocol);
        QVERIFY(seen.isEqual(clientAddress, QHostAddress::ConvertV4MappedToIPv4));
        closeFd(server);
        QVERIFY(engine.waitForRule(
            1, [](const RuleStats &s) { return s.accepted == 1 && s.refused == 0; }));
    } else {
        QVERIFY(waitClosed(fd));
        QVERIFY(engine.waitForRule(1, [](const RuleStats &s) {
            return s.refused == 1 && s.accepted == 0 && s.active == 0;
        }));
        QVERIFY(isQuiet(backend, 50)); // the target was never contacted
    }
    closeFd(fd);
    closeFd(backend);
}

QTEST_GUILESS_MAIN(TestEngineAccess)
#include "tst_engineaccess.moc"
