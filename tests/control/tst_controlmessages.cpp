#include "ControlMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Every message of docs/control-protocol.md through ControlMessages: what one side builds, the
// other reads back the same; malformed requests give the documented error codes.

namespace {
Config sampleConfig() {
    Config config;
    config.logFile = QStringLiteral("/var/log/relay.log");
    config.logFormat = LogFormat::PortRelay;
    Rule web;
    web.id = 4;
    web.name = QStringLiteral("web");
    web.bindHost = QStringLiteral("0.0.0.0");
    web.bindPort = QStringLiteral("8080");
    web.connectHost = QStringLiteral("127.0.0.1");
    web.connectPort = QStringLiteral("80");
    web.acl.entries.append(AclEntry{AclEntry::Kind::Allow, QStringLiteral("10.*"), {}});
    Rule dns = web;
    dns.id = 9;
    dns.enabled = false;
    dns.name.clear();
    dns.bindProtocol = Protocol::Udp;
    dns.connectProtocol = Protocol::Udp;
    dns.bindPort = QStringLiteral("5353");
    dns.connectPort = QStringLiteral("53");
    dns.setOption(QStringLiteral("timeout"), QStringLiteral("30"));
    config.rules = {web, dns};
    return config;
}

QByteArray line(const QJsonObject &o) {
    const QByteArray encoded = ControlMessages::encode(o);
    return encoded.chopped(1);
}
} // namespace

class TestControlMessages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodeIsOneLine();
    void requestsRoundTrip_data();
    void requestsRoundTrip();
    void badRequests_data();
    void badRequests();
    void tooLarge();
    void repliesAndEvents();
    void statusAndStatsRoundTrip();
    void logEntriesRoundTrip();
    void errorReplyRoundTrip();
};

void TestControlMessages::encodeIsOneLine() {
    QJsonObject o;
    o.insert(QStringLiteral("text"), QStringLiteral("two\nlines"));
    const QByteArray encoded = ControlMessages::encode(o);
    QVERIFY(encoded.endsWith('\n'));
    QCOMPARE(encoded.count('\n'), 1);
}

void TestControlMessages::requestsRoundTrip_data() {
    QTest::addColumn<int>("type");
    for (int t = int(ControlRequest::Type::Status); t <= int(ControlRequest::Type::Subscribe); ++t)
        QTest::newRow(qPrintable(ControlRequest::typeName(ControlRequest::Type(t)))) << t;
}

void TestControlMessages::requestsRoundTrip() {
    QFETCH(int, type);
    ControlRequest r;
    r.id = 42;
    r.type = ControlRequest::Type(type);
    r.baseRevision = 7;
    r.config = sampleConfig();
    r.ruleId = 9;
    r.enabled = false;
    r.connectionId = 123456789;
    r.subscribeStats = true;
    r.subscribeLog = true;
    r.statsIntervalMs = 1000;
    ControlRequestError error;
    const std::optional<ControlRequest> back =
        ControlMessages::parseRequest(line(ControlMessages::requestToJson(r)), &error);
    QVERIFY2(back, qPrintable(error.error.message));
    QCOMPARE(back->id, r.id);
    QCOMPARE(int(back->type), type);
    switch (r.type) {
    case ControlRequest::Type::Apply:
        QCOMPARE(back->baseRevision, r.baseRevision);
        QVERIFY(back->config == r.config);
        QCOMPARE(back->config.rules.at(1).id, 9);
        break;
    case ControlRequest::Type::SetRuleEnabled:
        QCOMPARE(back->baseRevision, r.baseRevision);
        QCOMPARE(back->ruleId, 9);
        QCOMPARE(back->enabled, false);
        break;
    case ControlRequest::Type::CloseConnection:
        QCOMPARE(back->connectionId, r.connectionId);
        break;
    case ControlRequest::Type::ResetCounters:
        QCOMPARE(back->ruleId, 9);
        break;
    case ControlRequest::Type::Subscribe:
        QVERIFY(back->subscribeStats && back->subscribeLog);
        QCOMPARE(back->statsIntervalMs, 1000);
        break;
    default:
        break;
    }
    QCOMPARE(ControlRequest::changes(r.type), r.type != ControlRequest::Type::Status &&
                                                  r.type != ControlRequest::Type::GetConfig &&
                                                  r.type != ControlRequest::Type::Subscribe);
}

void TestControlMessages::badRequests_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<quint64>("id");
    QTest::newRow("not json") << QByteArray("hello") << ControlProtocol::kMalformed << quint64(0);
    QTest::newRow("array") << QByteArray("[1]") << ControlProtocol::kMalformed << quint64(0);
    QTest::newRow("no id") << QByteArray(R"({"request":"status"})") << ControlProtocol::kMalformed
                           << quint64(0);
    QTest::newRow("zero id") << QByteArray(R"({"id":0,"request":"status"})")
                             << ControlProtocol::kMalformed << quint64(0);
    QTest::newRow("fractional id") << QByteArray(R"({"id":1.5,"request":"status"})")
                                   << ControlProtocol::kMalformed << quint64(0);
    QTest::newRow("no request") << QByteArray(R"({"id":3})") << ControlProtocol::kMalformed
                                << quint64(3);
    QTest::newRow("unknown") << QByteArray(R"({"id":4,"request":"reboot"})")
                             << ControlProtocol::kUnknownRequest << quint64(4);
    QTest::newRow("apply without revision")
        << QByteArray(R"({"id":5,"request":"apply","config":{}})") << ControlProtocol::kMissingField
        << quint64(5);
    QTest::newRow("apply with a bad config")
        << QByteArray(R"({"id":6,"request":"apply","baseRevision":1,"config":{"rules":7}})")
        << ControlProtocol::kInvalid << quint64(6);
    QTest::newRow("enabled as text")
        << QByteArray(
               R"({"id":7,"request":"setRuleEnabled","baseRevision":1,"ruleId":1,"enabled":"yes"})")
        << ControlProtocol::kMalformed << quint64(7);
    QTest::newRow("negative connection")
        << QByteArray(R"({"id":8,"request":"closeConnection","connectionId":-1})")
        << ControlProtocol::kMalformed << quint64(8);
}

void TestControlMessages::badRequests() {
    QFETCH(QByteArray, line);
    QFETCH(QString, code);
    QFETCH(quint64, id);
    ControlRequestError error;
    QVERIFY(!ControlMessages::parseRequest(line, &error));
    QCOMPARE(error.error.code, code);
    QCOMPARE(error.id, id);
    QVERIFY(!error.error.message.isEmpty());
}

void TestControlMessages::tooLarge() {
    const QByteArray big = R"({"id":1,"request":"status","pad":")" +
                           QByteArray(ControlProtocol::kMaxMessageBytes, 'x') + "\"}";
    ControlRequestError error;
    QVERIFY(!ControlMessages::parseRequest(big, &error));
    QCOMPARE(error.error.code, ControlProtocol::kTooLarge);
}

void TestControlMessages::repliesAndEvents() {
    ControlHello hello;
    hello.protocol = ControlProtocol::kVersion;
    hello.program = QStringLiteral("PortRelay");
    hello.version = QStringLiteral("1.2.3");
    hello.permissions = {false, QStringLiteral("you are not in group portrelay")};
    hello.user = QStringLiteral("alice");
    hello.uid = 1000;
    hello.configPath = QStringLiteral("/etc/rinetd.conf");
    hello.configFormat = QStringLiteral("rinetd");
    hello.revision = 12;
    hello.clients = 3;
    std::optional<ControlServerMessage> m =
        ControlMessages::parseServerMessage(line(ControlMessages::helloEvent(hello)));
    QVERIFY(m);
    QCOMPARE(m->kind, ControlServerMessage::Kind::Event);
    QCOMPARE(m->event, QStringLiteral("hello"));
    const std::optional<ControlHello> back = ControlMessages::helloFromJson(m->object);
    QVERIFY(back);
    QCOMPARE(back->permissions.canChange, false);
    QCOMPARE(back->permissions.reason, hello.permissions.reason);
    QCOMPARE(back->uid, qint64(1000));
    QCOMPARE(back->revision, quint64(12));
    QCOMPARE(back->configPath, hello.configPath);
    QCOMPARE(back->clients, 3);

    ControlResult result;
    result.revision = 5;
    result.ruleErrors = {RuleStartError{2, QStringLiteral("Address already in use")}};
    ConfigDiagnostic warning;
    warning.file = QStringLiteral("/etc/rinetd.conf");
    warning.severity = ConfigDiagnostic::Severity::Warning;
    warning.message = QStringLiteral("names are comments to rinetd");
    result.diagnostics = {warning};
    m = ControlMessages::parseServerMessage(
        line(ControlMessages::okReply(17, ControlMessages::resultToJson(result))));
    QVERIFY(m);
    QCOMPARE(m->kind, ControlServerMessage::Kind::Reply);
    QCOMPARE(m->replyTo, quint64(17));
    QVERIFY(m->ok);
    const ControlResult r = ControlMessages::resultFromJson(m->object);
    QCOMPARE(r.revision, quint64(5));
    QCOMPARE(r.ruleErrors, result.ruleErrors);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().toString(), warning.toString());

    const Config config = sampleConfig();
    m = ControlMessages::parseServerMessage(line(ControlMessages::configChangedEvent(6, config)));
    QVERIFY(m);
    QCOMPARE(m->event, QStringLiteral("configChanged"));
    QVERIFY(ControlMessages::configFromJson(m->object.value(QStringLiteral("config")).toObject()) ==
            config);

    m = ControlMessages::parseServerMessage(
        line(ControlMessages::goodbyeEvent(QStringLiteral("bye"))));
    QVERIFY(m);
    QCOMPARE(ControlMessages::goodbyeReason(m->object), QStringLiteral("bye"));

    // Neither a reply nor an event.
    QVERIFY(!ControlMessages::parseServerMessage(R"({"id":1,"request":"status"})"));
    QVERIFY(!ControlMessages::parseServerMessage(R"({"reply":1})"));
    QVERIFY(!ControlMessages::parseServerMessage("garbage"));
}

void TestControlMessages::statusAndStatsRoundTrip() {
    StatsSnapshot s;
    s.takenAt = QDateTime::fromMSecsSinceEpoch(1765000000123, Qt::UTC);
    s.bufferedBytes = 4096;
    RuleStats rs;
    rs.ruleId = 4;
    rs.state = RuleState::Error;
    rs.error = QStringLiteral("permission denied");
    rs.active = 1;
    rs.accepted = 10;
    rs.refused = 2;
    rs.failed = 3;
    rs.bytesFromClient = 5000000000ULL;
    rs.bytesToClient = 6;
    rs.datagramsFromClient = 7;
    rs.datagramsToClient = 8;
    rs.dropped = 9;
    s.rules = {rs};
    ConnectionStats c;
    c.id = 77;
    c.ruleId = 4;
    c.clientAddress = QHostAddress(QStringLiteral("::1"));
    c.clientPort = 40000;
    c.started = QDateTime::fromMSecsSinceEpoch(1765000000000, Qt::UTC);
    c.bytesFromClient = 11;
    c.bytesToClient = 12;
    c.udp = true;
    ConnectionStats intercepted;
    intercepted.id = 78;
    intercepted.ruleId = 4;
    intercepted.clientAddress = QHostAddress(QStringLiteral("10.0.0.2"));
    intercepted.clientPort = 40001;
    intercepted.originalAddress = QHostAddress(QStringLiteral("198.51.100.7"));
    intercepted.originalPort = 8080;
    s.connections = {c, intercepted};

    ControlStatus status;
    status.revision = 3;
    status.version = QStringLiteral("0.1.0");
    status.configPath = QStringLiteral("/etc/rinetd.conf");
    status.configFormat = QStringLiteral("rinetd");
    status.clients = 2;
    status.config = sampleConfig();
    status.stats = s;
    const std::optional<ControlStatus> back = ControlMessages::statusFromJson(
        QJsonDocument::fromJson(line(ControlMessages::statusToJson(status))).object());
    QVERIFY(back);
    QCOMPARE(back->revision, quint64(3));
    QCOMPARE(back->clients, 2);
    QVERIFY(back->config == status.config);
    const StatsSnapshot &b = back->stats;
    QCOMPARE(b.takenAt, s.takenAt);
    QCOMPARE(b.bufferedBytes, s.bufferedBytes);
    QCOMPARE(b.rules.size(), 1);
    QCOMPARE(b.rules.first().state, RuleState::Error);
    QCOMPARE(b.rules.first().error, rs.error);
    QCOMPARE(b.rules.first().bytesFromClient, rs.bytesFromClient);
    QCOMPARE(b.rules.first().dropped, rs.dropped);
    QCOMPARE(b.connections.size(), 2);
    // Only an intercepted connection has an original destination.
    QVERIFY(b.connections.first().originalAddress.isNull());
    QCOMPARE(b.connections.at(1).originalAddress, intercepted.originalAddress);
    QCOMPARE(b.connections.at(1).originalPort, intercepted.originalPort);
    QCOMPARE(b.connections.first().id, quint64(77));
    QCOMPARE(b.connections.first().clientAddress, c.clientAddress);
    QCOMPARE(b.connections.first().clientPort, c.clientPort);
    QCOMPARE(b.connections.first().started, c.started);
    QCOMPARE(b.connections.first().udp, true);
}

void TestControlMessages::logEntriesRoundTrip() {
    LogEvent e;
    e.result = LogEvent::Result::LocalConnectFailed;
    e.client = QHostAddress(QStringLiteral("192.0.2.1"));
    e.bindHost = QStringLiteral("0.0.0.0");
    e.bindPort = 8080;
    e.connectHost = QStringLiteral("backend");
    e.connectPort = 80;
    e.bytesFromClient = 1;
    e.bytesToClient = 2;
    e.durationMs = 3;
    e.ruleId = 4;
    e.msSinceEpoch = 1765000000456;
    quint64 dropped = 0;
    const QVector<LogEvent> back = ControlMessages::logEntriesFromJson(
        QJsonDocument::fromJson(line(ControlMessages::logEvent({e}, 5))).object(), &dropped);
    QCOMPARE(dropped, quint64(5));
    QCOMPARE(back.size(), 1);
    const LogEvent &b = back.first();
    QCOMPARE(b.result, e.result);
    QCOMPARE(b.client, e.client);
    QCOMPARE(b.bindHost, e.bindHost);
    QCOMPARE(b.bindPort, e.bindPort);
    QCOMPARE(b.connectHost, e.connectHost);
    QCOMPARE(b.connectPort, e.connectPort);
    QCOMPARE(b.bytesFromClient, e.bytesFromClient);
    QCOMPARE(b.bytesToClient, e.bytesToClient);
    QCOMPARE(b.durationMs, e.durationMs);
    QCOMPARE(b.ruleId, e.ruleId);
    QCOMPARE(b.msSinceEpoch, e.msSinceEpoch);
}

void TestControlMessages::errorReplyRoundTrip() {
    ControlError error;
    error.code = ControlProtocol::kInvalid;
    error.message = QStringLiteral("the configuration has errors");
    error.currentRevision = 8;
    ConfigDiagnostic d;
    d.file = QStringLiteral("x.conf");
    d.line = 3;
    d.column = 5;
    d.message = QStringLiteral("bad port");
    error.diagnostics = {d};
    std::optional<ControlServerMessage> m =
        ControlMessages::parseServerMessage(line(ControlMessages::errorReply(9, error)));
    QVERIFY(m);
    QVERIFY(!m->ok);
    QCOMPARE(m->replyTo, quint64(9));
    const ControlError back = ControlMessages::errorFromReply(m->object);
    QCOMPARE(back.code, error.code);
    QCOMPARE(back.message, error.message);
    QCOMPARE(back.currentRevision, quint64(8));
    QCOMPARE(back.diagnostics.size(), 1);
    QCOMPARE(back.diagnostics.first().toString(), d.toString());
    // An error about an unreadable request has no id: "reply": null.
    m = ControlMessages::parseServerMessage(line(ControlMessages::errorReply(0, error)));
    QVERIFY(m);
    QCOMPARE(m->replyTo, quint64(0));
    QVERIFY(m->object.value(QStringLiteral("reply")).isNull());
}

QTEST_GUILESS_MAIN(TestControlMessages)
#include "tst_controlmessages.moc"
