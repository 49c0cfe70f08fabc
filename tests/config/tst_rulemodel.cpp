#include "Config.h"
#include "ConfigDiagnostic.h"
#include "Rule.h"

#include <QTest>

#include <functional>

// The plain value types every other part builds on: port resolution like rinetd's, option
// accessors, rule identity for reloads, document look-ups and equality.
class TestRuleModel : public QObject {
    Q_OBJECT

private slots:
    void timeoutAndProtocolEdits();
    void resolvePort_data();
    void resolvePort();
    void options();
    void sameForwarding_data();
    void sameForwarding();
    void equalityCoversEveryField();
    void ruleLookup();
    void adoptRuleIdsKeepsRunningRules();
};

void TestRuleModel::resolvePort_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("expected"); // -1: not a port
    const int tcp = int(Protocol::Tcp);
    const int udp = int(Protocol::Udp);
    QTest::newRow("number") << "8080" << tcp << 8080;
    QTest::newRow("lowest") << "1" << tcp << 1;
    QTest::newRow("highest") << "65535" << tcp << 65535;
    QTest::newRow("leading zeros") << "0080" << tcp << 80;
    QTest::newRow("zero") << "0" << tcp << -1;
    QTest::newRow("above range") << "65536" << tcp << -1;
    QTest::newRow("far above range") << "99999999999999999999" << tcp << -1;
    QTest::newRow("negative") << "-1" << tcp << -1;
    QTest::newRow("empty") << "" << tcp << -1;
    QTest::newRow("blank inside") << "80 " << tcp << -1;
    QTest::newRow("service tcp") << "http" << tcp << 80;
    QTest::newRow("service alias") << "www" << tcp << 80;
    QTest::newRow("service udp") << "domain" << udp << 53;
    QTest::newRow("service only for udp") << "ntp" << udp << 123;
    QTest::newRow("service not for this protocol") << "ntp" << tcp << -1;
    QTest::newRow("unknown service") << "nosuchservice" << tcp << -1;
}

void TestRuleModel::resolvePort() {
    QFETCH(QString, text);
    QFETCH(int, protocol);
    QFETCH(int, expected);
    const std::optional<quint16> port = ::resolvePort(text, Protocol(protocol));
    QCOMPARE(port.has_value(), expected >= 0);
    if (port)
        QCOMPARE(int(*port), expected);
}

void TestRuleModel::options() {
    Rule rule;
    QVERIFY(!rule.timeoutSeconds());
    QVERIFY(rule.sourceAddress().isEmpty());
    rule.setOption(QStringLiteral("timeout"), QStringLiteral("30"));
    rule.setOption(QStringLiteral("keepalive"), QStringLiteral("on"));
    rule.setOption(QStringLiteral("src"), QStringLiteral("10.0.0.1"));
    QCOMPARE(rule.timeoutSeconds(), std::optional<int>(30));
    QCOMPARE(rule.sourceAddress(), QStringLiteral("10.0.0.1"));
    QCOMPARE(rule.options.size(), 3);
    // Replacing keeps the written order; an empty value removes.
    rule.setOption(QStringLiteral("timeout"), QStringLiteral("5"));
    QCOMPARE(rule.options.first(), (RuleOption{"timeout", "5"}));
    rule.setOption(QStringLiteral("keepalive"), QString());
    QCOMPARE(rule.options.size(), 2);
    QVERIFY(rule.option(QStringLiteral("keepalive")).isEmpty());
    // rinetd's option names are lower case; "Timeout" is another (unknown) option.
    rule.options << RuleOption{QStringLiteral("Timeout"), QStringLiteral("9")};
    QCOMPARE(rule.timeoutSeconds(), std::optional<int>(5));
    // The last of repeated options wins, as in rinetd.
    rule.options << RuleOption{QStringLiteral("timeout"), QStringLiteral("7")};
    QCOMPARE(rule.timeoutSeconds(), std::optional<int>(7));
    rule.setOption(QStringLiteral("timeout"), QStringLiteral("8"));
    QCOMPARE(rule.options.count(RuleOption{"timeout", "8"}), 1);
    QCOMPARE(rule.timeoutSeconds(), std::optional<int>(8));
    for (const char *bad : {"0", "-3", "abc", "1.5"}) {
        rule.setOption(QStringLiteral("timeout"), QString::fromLatin1(bad));
        QVERIFY2(!rule.timeoutSeconds(), bad);
    }
}

void TestRuleModel::sameForwarding_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("same");
    QTest::newRow("nothing") << "" << true;
    QTest::newRow("name") << "name" << true;
    QTest::newRow("acl") << "acl" << true;
    QTest::newRow("options") << "options" << true;
    QTest::newRow("comment") << "notes" << true;
    QTest::newRow("port spelled as service") << "service" << true;
    QTest::newRow("host case") << "hostcase" << true;
    QTest::newRow("bind port") << "bindPort" << false;
    QTest::newRow("bind host") << "bindHost" << false;
    QTest::newRow("bind protocol") << "bindProtocol" << false;
    QTest::newRow("connect port") << "connectPort" << false;
    QTest::newRow("connect host") << "connectHost" << false;
    QTest::newRow("connect protocol") << "connectProtocol" << false;
}

void TestRuleModel::sameForwarding() {
    QFETCH(QString, change);
    QFETCH(bool, same);
    Rule a;
    a.id = 1;
    a.bindHost = QStringLiteral("localhost");
    a.bindPort = QStringLiteral("80");
    a.connectHost = QStringLiteral("127.0.0.1");
    a.connectPort = QStringLiteral("8080");
    Rule b = a;
    if (change == QLatin1String("name"))
        b.name = QStringLiteral("x");
    else if (change == QLatin1String("acl"))
        b.acl.entries << AclEntry{AclEntry::Kind::Deny, QStringLiteral("10.*"), {}};
    else if (change == QLatin1String("options"))
        b.setOption(QStringLiteral("timeout"), QStringLiteral("5"));
    else if (change == QLatin1String("notes"))
        b.notes.trailingComment = QStringLiteral("# x");
    else if (change == QLatin1String("service"))
        b.bindPort = QStringLiteral("http");
    else if (change == QLatin1String("hostcase"))
        b.bindHost = QStringLiteral("LocalHost");
    else if (change == QLatin1String("bindPort"))
        b.bindPort = QStringLiteral("81");
    else if (change == QLatin1String("bindHost"))
        b.bindHost = QStringLiteral("0.0.0.0");
    else if (change == QLatin1String("bindProtocol"))
        b.bindProtocol = Protocol::Udp;
    else if (change == QLatin1String("connectPort"))
        b.connectPort = QStringLiteral("8081");
    else if (change == QLatin1String("connectHost"))
        b.connectHost = QStringLiteral("127.0.0.2");
    else if (change == QLatin1String("connectProtocol"))
        b.connectProtocol = Protocol::Udp;
    QCOMPARE(a.sameForwarding(b), same);
    QCOMPARE(b.sameForwarding(a), same);
    QCOMPARE(a == b, change.isEmpty());
}

void TestRuleModel::equalityCoversEveryField() {
    Rule base;
    base.id = 3;
    QList<std::function<void(Rule &)>> changes = {
        [](Rule &r) { r.id = 4; },
        [](Rule &r) { r.enabled = false; },
        [](Rule &r) { r.name = QStringLiteral("n"); },
        [](Rule &r) { r.bindProtocol = Protocol::Udp; },
        [](Rule &r) { r.connectProtocol = Protocol::Udp; },
        [](Rule &r) { r.bindProtocolExplicit = true; },
        [](Rule &r) { r.connectProtocolExplicit = true; },
        [](Rule &r) { r.bindHost = QStringLiteral("h"); },
        [](Rule &r) { r.bindPort = QStringLiteral("1"); },
        [](Rule &r) { r.connectHost = QStringLiteral("h"); },
        [](Rule &r) { r.connectPort = QStringLiteral("1"); },
        [](Rule &r) { r.acl.entries << AclEntry{}; },
        [](Rule &r) {
            r.options << RuleOption{QStringLiteral("a"), QStringLiteral("b")};
        },
        [](Rule &r) { r.notes.leadingLines << QStringLiteral("# c"); },
        [](Rule &r) { r.notes.trailingComment = QStringLiteral("# c"); },
    };
    for (int i = 0; i < changes.size(); ++i) {
        Rule changed = base;
        changes.at(i)(changed);
        QVERIFY2(changed != base, qPrintable(QString::number(i)));
    }
    QList<std::function<void(Config &)>> configChanges = {
        [](Config &c) { c.logFile = QStringLiteral("/l"); },
        [](Config &c) { c.logFormat = LogFormat::Common; },
        [](Config &c) { c.pidFile = QStringLiteral("/p"); },
        [](Config &c) { c.logFileNotes.trailingComment = QStringLiteral("#"); },
        [](Config &c) { c.logFormatNotes.trailingComment = QStringLiteral("#"); },
        [](Config &c) { c.pidFileNotes.trailingComment = QStringLiteral("#"); },
        [](Config &c) { c.globalAcl.entries << AclEntry{}; },
        [](Config &c) { c.rules << Rule{}; },
        [](Config &c) {
            c.unsupportedLines << VerbatimLine{QStringLiteral("x"), {}};
        },
        [](Config &c) { c.trailingLines << QString(); },
    };
    for (int i = 0; i < configChanges.size(); ++i) {
        Config changed;
        configChanges.at(i)(changed);
        QVERIFY2(changed != Config(), qPrintable(QString::number(i)));
    }
}

void TestRuleModel::ruleLookup() {
    Config config;
    QCOMPARE(config.nextRuleId(), 1);
    QVERIFY(!config.ruleById(1));
    Rule r;
    r.id = 7;
    config.rules << r;
    r.id = 3;
    config.rules << r;
    QCOMPARE(config.nextRuleId(), 8);
    QVERIFY(config.ruleById(3));
    QCOMPARE(config.ruleById(3), &config.rules[1]);
    const Config &constConfig = config;
    QCOMPARE(constConfig.ruleById(7)->id, 7);
    QVERIFY(!constConfig.ruleById(5));
    config.ruleById(7)->name = QStringLiteral("changed");
    QCOMPARE(config.rules.first().name, QStringLiteral("changed"));
}

static Rule forwarding(int id, const QString &bindPort, const QString &connectPort) {
    Rule r;
    r.id = id;
    r.bindHost = QStringLiteral("127.0.0.1");
    r.bindPort = bindPort;
    r.connectHost = QStringLiteral("127.0.0.1");
    r.connectPort = connectPort;
    return r;
}

void TestRuleModel::adoptRuleIdsKeepsRunningRules() {
    Config running;
    running.rules << forwarding(1, QStringLiteral("81"), QStringLiteral("91"))
                  << forwarding(2, QStringLiteral("82"), QStringLiteral("92"))
                  << forwarding(3, QStringLiteral("83"), QStringLiteral("93"));

    // The file read again: a rule inserted at the top, two swapped, one changed target.
    Config reread;
    reread.rules << forwarding(1, QStringLiteral("80"), QStringLiteral("90"))
                 << forwarding(2, QStringLiteral("82"), QStringLiteral("92"))
                 << forwarding(3, QStringLiteral("81"), QStringLiteral("91"))
                 << forwarding(4, QStringLiteral("83"), QStringLiteral("99"));
    reread.adoptRuleIdsFrom(running);

    QCOMPARE(reread.rules[1].id, 2); // same forwarding as running rule 2
    QCOMPARE(reread.rules[2].id, 1); // moved, still running rule 1
    // New or changed rules get ids neither config uses, so the engine sees them as new.
    QVERIFY(reread.rules[0].id > 3);
    QVERIFY(reread.rules[3].id > 3);
    QVERIFY(reread.rules[0].id != reread.rules[3].id);

    // Two identical forwardings (a duplicate bind) each keep one id, nearest in order first.
    Config twins;
    twins.rules << forwarding(1, QStringLiteral("81"), QStringLiteral("91"))
                << forwarding(2, QStringLiteral("81"), QStringLiteral("91"));
    Config twinsAgain = twins;
    twinsAgain.rules[0].id = 5;
    twinsAgain.rules[1].id = 6;
    twinsAgain.adoptRuleIdsFrom(twins);
    QCOMPARE(twinsAgain.rules[0].id, 1);
    QCOMPARE(twinsAgain.rules[1].id, 2);
}

void TestRuleModel::timeoutAndProtocolEdits() {
    Rule rule;
    QVERIFY(rule.timeoutIsDefault());
    rule.setTimeoutSeconds(30);
    QCOMPARE(rule.option(QStringLiteral("timeout")), QStringLiteral("30"));
    QVERIFY(!rule.timeoutIsDefault());
    rule.setTimeoutSeconds(0); // the default: no option written
    QVERIFY(rule.options.isEmpty());
    // rinetd's own spelling of the default stays as written when nothing changes.
    rule.setOption(QStringLiteral("timeout"), QStringLiteral("0"));
    QVERIFY(rule.timeoutIsDefault());
    rule.setTimeoutSeconds(0);
    QCOMPARE(rule.option(QStringLiteral("timeout")), QStringLiteral("0"));
    rule.setOption(QStringLiteral("timeout"), QStringLiteral("5m"));
    QVERIFY(!rule.timeoutIsDefault());

    QVERIFY(!rule.bindProtocolExplicit);
    rule.setProtocol(Protocol::Udp);
    QCOMPARE(rule.bindProtocol, Protocol::Udp);
    QCOMPARE(rule.connectProtocol, Protocol::Udp);
    QVERIFY(rule.bindProtocolExplicit && rule.connectProtocolExplicit); // "/udp" is written
    rule.setProtocol(Protocol::Tcp);
    QCOMPARE(rule.connectProtocol, Protocol::Tcp);
    QVERIFY(rule.bindProtocolExplicit); // "/tcp" then, as before: the file's spelling stays
}

QTEST_APPLESS_MAIN(TestRuleModel)
#include "tst_rulemodel.moc"
