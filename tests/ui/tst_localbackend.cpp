#include "LocalBackend.h"
#include "RelayStatus.h"
#include "UiTestSupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The in-process engine behind the RelayBackend interface, and the one status object the views
// read: typed start errors, revisions, and the figures every view shows.
class TestLocalBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appliedNamesFailedRulesTyped();
    void statusCountsWhatTheEngineReports();
    void describesItselfAsLocal();
    void logEventsWhenWanted();
};

void TestLocalBackend::appliedNamesFailedRulesTyped() {
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 free = freePort();
    QVERIFY(free);
    LocalBackend backend;
    QSignalSpy applied(&backend, &RelayBackend::applied);
    Config config;
    config.rules = {makeRule(1, free, 9), makeRule(2, occupier.serverPort(), 9)};
    backend.apply(config, backend.revision());
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    QCOMPARE(applied.first().at(0).value<quint64>(), quint64(1));
    const auto errors = applied.first().at(1).value<RuleStartErrors>();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().ruleId, 2);
    QCOMPARE(errors.first().reason, QStringLiteral("address already in use"));
    QVERIFY(acceptsConnections(free));

    // A second apply gets the next revision; nothing fails any more.
    config.rules.removeLast();
    backend.apply(config, backend.revision());
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 10000);
    QCOMPARE(applied.at(1).at(0).value<quint64>(), quint64(2));
    QVERIFY(applied.at(1).at(1).value<RuleStartErrors>().isEmpty());
    QCOMPARE(backend.revision(), quint64(2));
    backend.shutdown();
    QVERIFY(!acceptsConnections(free));
    backend.shutdown(); // twice is harmless
}

void TestLocalBackend::statusCountsWhatTheEngineReports() {
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress(QHostAddress::LocalHost), 0));
    EchoServer echo;
    QVERIFY(echo.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 free = freePort();
    LocalBackend backend;
    RelayStatus status(&backend);
    QSignalSpy states(&status, &RelayStatus::ruleStateChanged);
    Config config;
    config.rules = {makeRule(1, free, echo.serverPort()), makeRule(2, occupier.serverPort(), 9),
                    makeRule(3, freePort(), 9)};
    config.rules[2].enabled = false;
    backend.apply(config, backend.revision());
    QTRY_VERIFY_WITH_TIMEOUT(status.listeningRules() == 1 && status.failedRules() == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, 10000);
    QCOMPARE(status.activeConnections(), quint64(0));

    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), free);
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(status.activeConnections(), quint64(1), 10000);
    QCOMPARE(status.snapshot().rule(1)->active, quint64(1));

    // Nothing changes: the picture still comes again, with the time moving on.
    const QDateTime before = status.snapshot().takenAt;
    QSignalSpy snapshots(&status, &RelayStatus::snapshotChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty() && status.snapshot().takenAt > before, 5000);
    client.abort();
    QTRY_COMPARE_WITH_TIMEOUT(status.activeConnections(), quint64(0), 10000);
}

void TestLocalBackend::describesItselfAsLocal() {
    LocalBackend backend;
    QVERIFY(!backend.isRemote());
    QVERIFY(backend.canChange());
    QVERIFY(backend.readOnlyReason().isEmpty());
    QCOMPARE(backend.connectionState(), RelayBackend::ConnectionState::Connected);
    QCOMPARE(backend.description(), QStringLiteral("local session"));
    QVERIFY(backend.runningConfigPath().isEmpty());
}

void TestLocalBackend::logEventsWhenWanted() {
    EchoServer echo;
    QVERIFY(echo.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = freePort();
    LocalBackend backend;
    QSignalSpy events(&backend, &RelayBackend::logEvent);
    Config config;
    config.rules = {makeRule(1, port, echo.serverPort())};
    backend.apply(config, backend.revision());
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(port), 10000);
    QTest::qWait(600); // longer than a batch: nothing comes unasked
    QVERIFY(events.isEmpty());

    backend.setLogEventsWanted(true);
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(client.waitForConnected(5000));
    client.write("ping");
    QTRY_VERIFY_WITH_TIMEOUT(client.bytesAvailable() >= 4 || client.waitForReadyRead(100), 10000);
    client.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10000);
    const auto event = events.last().at(0).value<LogEvent>();
    QCOMPARE(event.bindPort, port);
    QCOMPARE(event.connectPort, echo.serverPort());
}

QTEST_MAIN(TestLocalBackend)
#include "tst_localbackend.moc"
