#include "RuleExplanation.h"

#include <QTest>

namespace {
using RunState = RuleExplanation::RunState;

Rule rule(const QString &bindHost, const QString &bindPort, const QString &connectHost = "10.0.0.5",
          const QString &connectPort = "80") {
    Rule r;
    r.id = 1;
    r.bindHost = bindHost;
    r.bindPort = bindPort;
    r.connectHost = connectHost;
    r.connectPort = connectPort;
    return r;
}

QString all(const QVector<RuleExplanation::Section> &sections) {
    QStringList lines;
    for (const auto &section : sections)
        lines << section.heading << section.lines;
    return lines.join(QLatin1Char('\n'));
}

AclEntry entry(AclEntry::Kind kind, const QString &pattern) {
    AclEntry e;
    e.kind = kind;
    e.pattern = pattern;
    return e;
}
} // namespace

class TestRuleExplanation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void explains_data();
    void explains();
    void accessLists();
    void state_data();
    void state();
    void htmlEscapesAndLinksTheTester();
};

void TestRuleExplanation::explains_data() {
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("wildcard, no lists")
        << rule("0.0.0.0", "8080")
        << QStringList{"Listens for TCP connections on 0.0.0.0 port 8080.",
                       "Opens a connection to 10.0.0.5 port 80 for each client",
                       "every IPv4 address of this computer",
                       "Exposed: anyone",
                       "No allow or deny patterns",
                       "Idle connections stay open",
                       "not logged to a file"}
        << QStringList{"below 1024", "loopback"};
    QTest::newRow("IPv6 wildcard")
        << rule("::", "8080") << QStringList{"IPv6 and (on most systems) IPv4", "Exposed:"}
        << QStringList{};
    QTest::newRow("loopback") << rule("127.0.0.1", "8080")
                              << QStringList{"only programs on this computer"}
                              << QStringList{"Exposed:"};
    QTest::newRow("localhost") << rule("localhost", "8080")
                               << QStringList{"only programs on this computer"}
                               << QStringList{"Exposed:"};
    QTest::newRow("one address") << rule("192.168.1.10", "8080")
                                 << QStringList{"the address 192.168.1.10 only"}
                                 << QStringList{"Exposed:", "only programs"};
    QTest::newRow("privileged port")
        << rule("0.0.0.0", "80") << QStringList{"Port 80 is below 1024", "CAP_NET_BIND_SERVICE"}
        << QStringList{};
    QTest::newRow("service name port")
        << rule("0.0.0.0", "http") << QStringList{"Port 80 is below 1024", "port http."}
        << QStringList{};

    Rule udp = rule("0.0.0.0", "5353");
    udp.setProtocol(Protocol::Udp);
    QTest::newRow("udp") << udp
                         << QStringList{"Listens for UDP datagrams", "form one session",
                                        "Idle sessions end after 72 second(s) (the default)."}
                         << QStringList{"TCP connections"};

    Rule options = rule("127.0.0.1", "8080");
    options.options = {{"timeout", "30"},   {"src", "10.0.0.1"}, {"rate", "1M"},
                       {"rate-rule", "4M"}, {"proxy", "v2"},     {"keepalive", "on"}};
    QTest::newRow("options") << options
                             << QStringList{"Connections idle for 30 second(s) are closed.",
                                            "leave from 10.0.0.1",
                                            "limited to 1M/s in each direction",
                                            "together are limited to 4M/s",
                                            "PROXY protocol v2 header",
                                            "Kept as written: keepalive=on."}
                             << QStringList{"Idle connections stay open", "timeout=30"};

    Rule intercept = rule("0.0.0.0", "3128", "original", "original");
    QTest::newRow("original destination")
        << intercept << QStringList{"where its client was going", "redirected"}
        << QStringList{"10.0.0.5"};
    Rule ftp = rule("0.0.0.0", "2121");
    ftp.options = {{"ftp", "passive"}};
    QTest::newRow("ftp") << ftp << QStringList{"FTP helper (passive)"} << QStringList{};
    Rule acceptProxy = rule("0.0.0.0", "8443");
    acceptProxy.options = {{"accept-proxy", "v2"}, {"accept-proxy-from", "10.0.0.0/8"}};
    QTest::newRow("accept-proxy") << acceptProxy
                                  << QStringList{"must start with a PROXY protocol header"}
                                  << QStringList{"Kept as written"};
}

void TestRuleExplanation::explains() {
    QFETCH(Rule, rule);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString text = all(RuleExplanation::explain(rule, Config(), RunState::Listening));
    for (const QString &p : present)
        QVERIFY2(text.contains(p),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(p, text)));
    for (const QString &a : absent)
        QVERIFY2(!text.contains(a),
                 qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(a, text)));
}

void TestRuleExplanation::accessLists() {
    Config config;
    config.logFile = QStringLiteral("/var/log/portrelay.log");
    config.globalAcl.entries = {entry(AclEntry::Kind::Deny, "192.168.1.66")};
    Rule r = rule("0.0.0.0", "8080");
    r.acl.entries = {entry(AclEntry::Kind::Allow, "192.168.1.*"),
                     entry(AclEntry::Kind::Allow, "10.0.0.0/8")};
    const QString text = all(RuleExplanation::explain(r, config, RunState::Listening));
    QVERIFY2(text.contains("The global list is checked first (allow: anyone; deny: 192.168.1.66)."),
             qPrintable(text));
    QVERIFY2(text.contains("Then this rule's own list (allow: 192.168.1.*, 10.0.0.0/8; deny: "
                           "nobody)."),
             qPrintable(text));
    QVERIFY(text.contains("must match one of them"));
    // With lists, the exposure is what they let through, not "anyone".
    QVERIFY(!text.contains("Exposed:"));
    QVERIFY(text.contains("logged to /var/log/portrelay.log"));
    // Without a global list the rule's own list is not "then".
    const QString own = all(RuleExplanation::explain(r, Config(), RunState::Listening));
    QVERIFY2(own.contains("This rule's own list decides (allow: 192.168.1.*, 10.0.0.0/8; deny: "
                          "nobody)."),
             qPrintable(own));
    QVERIFY(!own.contains("Then this rule's"));
    QVERIFY(!own.contains("global list"));
}

void TestRuleExplanation::state_data() {
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("edited");
    QTest::addColumn<QString>("expected");
    QTest::newRow("listening") << true << int(RunState::Listening) << false << "Listening.";
    QTest::newRow("not applied") << true << int(RunState::NotApplied) << false
                                 << "Not applied yet: Apply starts it.";
    QTest::newRow("error") << true << int(RunState::Error) << false
                           << "It could not start: Permission denied";
    QTest::newRow("disabled") << false << int(RunState::Listening) << false
                              << "Disabled: it does not listen.";
    QTest::newRow("edited") << true << int(RunState::Listening) << true
                            << "what runs is the previous version until Apply";
}

void TestRuleExplanation::state() {
    QFETCH(bool, enabled);
    QFETCH(int, state);
    QFETCH(bool, edited);
    QFETCH(QString, expected);
    Rule r = rule("127.0.0.1", "8080");
    r.enabled = enabled;
    const auto sections = RuleExplanation::explain(r, Config(), RunState(state), edited,
                                                   QStringLiteral("Permission denied"));
    QCOMPARE(sections.constLast().heading, QStringLiteral("Now"));
    const QString now = sections.constLast().lines.join(QLatin1Char('\n'));
    QVERIFY2(now.contains(expected), qPrintable(now));
}

void TestRuleExplanation::htmlEscapesAndLinksTheTester() {
    Rule r = rule("0.0.0.0", "8080", "<b>evil</b>", "80");
    const auto sections = RuleExplanation::explain(r, Config(), RunState::Listening);
    const QString html = RuleExplanation::toHtml(sections, QStringLiteral("portrelay:acl-tester"));
    QVERIFY(!html.contains("<b>evil</b>"));
    QVERIFY(html.contains("&lt;b&gt;evil&lt;/b&gt;"));
    QCOMPARE(html.count("href=\"portrelay:acl-tester\""), 1);
    // The link sits in the access section, before the options.
    QVERIFY(html.indexOf("portrelay:acl-tester") > html.indexOf("Who can connect"));
    QVERIFY(html.indexOf("portrelay:acl-tester") < html.indexOf("Options"));
    QVERIFY(!RuleExplanation::toHtml(sections).contains("href="));
}

QTEST_MAIN(TestRuleExplanation)
#include "tst_ruleexplanation.moc"
