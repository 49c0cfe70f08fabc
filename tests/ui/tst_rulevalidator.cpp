#include "RuleValidator.h"

#include <QTest>

namespace {
Rule makeRule(int id, const QString &host, const QString &port, Protocol protocol = Protocol::Tcp,
              bool enabled = true) {
    Rule rule;
    rule.id = id;
    rule.enabled = enabled;
    rule.bindProtocol = protocol;
    rule.connectProtocol = protocol;
    rule.bindHost = host;
    rule.bindPort = port;
    rule.connectHost = QStringLiteral("127.0.0.1");
    rule.connectPort = QStringLiteral("9000");
    return rule;
}

bool hasProblem(const QVector<RuleValidator::Problem> &problems, int ruleId,
                RuleValidator::Field field) {
    for (const auto &p : problems)
        if (p.ruleId == ruleId && p.field == field)
            return true;
    return false;
}
} // namespace

class TestRuleValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bindConflict_data();
    void bindConflict();
    void disabledDuplicateIsAllowed();
    void invalidFields_data();
    void invalidFields();
    void invalidAclPattern();
    void largeTableFindsTheOneConflict();
    void sourceOption_data();
    void sourceOption();
    void timeoutOption();
    void relayOptions();
    void portRanges();
};

void TestRuleValidator::bindConflict_data() {
    QTest::addColumn<QString>("hostA");
    QTest::addColumn<QString>("portA");
    QTest::addColumn<int>("protoA");
    QTest::addColumn<QString>("hostB");
    QTest::addColumn<QString>("portB");
    QTest::addColumn<int>("protoB");
    QTest::addColumn<bool>("conflict");
    const int tcp = int(Protocol::Tcp);
    const int udp = int(Protocol::Udp);
    QTest::newRow("same address and port") << "127.0.0.1"
                                           << "8080" << tcp << "127.0.0.1"
                                           << "8080" << tcp << true;
    QTest::newRow("wildcard v4 vs specific") << "0.0.0.0"
                                             << "8080" << tcp << "127.0.0.1"
                                             << "8080" << tcp << true;
    QTest::newRow("specific vs wildcard v4") << "192.168.1.5"
                                             << "8080" << tcp << "0.0.0.0"
                                             << "8080" << tcp << true;
    QTest::newRow("wildcard v6 vs specific v6") << "::"
                                                << "8080" << tcp << "::1"
                                                << "8080" << tcp << true;
    QTest::newRow("service name vs number") << "127.0.0.1"
                                            << "http" << tcp << "127.0.0.1"
                                            << "80" << tcp << true;
    QTest::newRow("different port") << "127.0.0.1"
                                    << "8080" << tcp << "127.0.0.1"
                                    << "8081" << tcp << false;
    QTest::newRow("tcp vs udp") << "0.0.0.0"
                                << "53" << tcp << "0.0.0.0"
                                << "53" << udp << false;
    QTest::newRow("different specific addresses") << "127.0.0.1"
                                                  << "8080" << tcp << "127.0.0.2"
                                                  << "8080" << tcp << false;
    QTest::newRow("v4 wildcard vs v6 address") << "0.0.0.0"
                                               << "8080" << tcp << "::1"
                                               << "8080" << tcp << false;
    // "::" is bound dual-stack, so the kernel refuses any IPv4 bind of the same port as well.
    QTest::newRow("dual-stack wildcard vs v4 address") << "::"
                                                       << "8080" << tcp << "127.0.0.1"
                                                       << "8080" << tcp << true;
    QTest::newRow("v4 wildcard vs dual-stack wildcard") << "0.0.0.0"
                                                        << "5353" << udp << "::"
                                                        << "5353" << udp << true;
    QTest::newRow("localhost vs 127.0.0.1") << "localhost"
                                            << "8080" << tcp << "127.0.0.1"
                                            << "8080" << tcp << true;
    QTest::newRow("localhost vs another address") << "LOCALHOST"
                                                  << "8080" << tcp << "127.0.0.2"
                                                  << "8080" << tcp << false;
}

void TestRuleValidator::bindConflict() {
    QFETCH(QString, hostA);
    QFETCH(QString, portA);
    QFETCH(int, protoA);
    QFETCH(QString, hostB);
    QFETCH(QString, portB);
    QFETCH(int, protoB);
    QFETCH(bool, conflict);
    Config config;
    config.rules = {makeRule(1, hostA, portA, Protocol(protoA)),
                    makeRule(2, hostB, portB, Protocol(protoB))};
    const auto problems = RuleValidator::validate(config);
    QCOMPARE(hasProblem(problems, 1, RuleValidator::Field::BindPort), conflict);
    QCOMPARE(hasProblem(problems, 2, RuleValidator::Field::BindPort), conflict);
    QCOMPARE(RuleValidator::bindsConflict(config.rules[0], config.rules[1]), conflict);
}

void TestRuleValidator::disabledDuplicateIsAllowed() {
    Config config;
    config.rules = {
        makeRule(1, QStringLiteral("0.0.0.0"), QStringLiteral("8080")),
        makeRule(2, QStringLiteral("127.0.0.1"), QStringLiteral("8080"), Protocol::Tcp, false)};
    QVERIFY(RuleValidator::validate(config).isEmpty());
    config.rules[1].enabled = true;
    QCOMPARE(RuleValidator::validate(config).size(), 2);
}

void TestRuleValidator::invalidFields_data() {
    QTest::addColumn<QString>("bindHost");
    QTest::addColumn<QString>("bindPort");
    QTest::addColumn<QString>("connectHost");
    QTest::addColumn<QString>("connectPort");
    QTest::addColumn<int>("field");
    QTest::newRow("empty bind host") << ""
                                     << "80"
                                     << "127.0.0.1"
                                     << "80" << int(RuleValidator::Field::BindHost);
    QTest::newRow("bad bind host") << "300.1.2.3.4 x"
                                   << "80"
                                   << "127.0.0.1"
                                   << "80" << int(RuleValidator::Field::BindHost);
    QTest::newRow("empty bind port") << "127.0.0.1"
                                     << ""
                                     << "127.0.0.1"
                                     << "80" << int(RuleValidator::Field::BindPort);
    QTest::newRow("port out of range") << "127.0.0.1"
                                       << "70000"
                                       << "127.0.0.1"
                                       << "80" << int(RuleValidator::Field::BindPort);
    QTest::newRow("port zero") << "127.0.0.1"
                               << "0"
                               << "127.0.0.1"
                               << "80" << int(RuleValidator::Field::BindPort);
    QTest::newRow("unknown service")
        << "127.0.0.1"
        << "80"
        << "127.0.0.1"
        << "nosuchservicexyz" << int(RuleValidator::Field::ConnectPort);
    QTest::newRow("empty target") << "127.0.0.1"
                                  << "80"
                                  << ""
                                  << "80" << int(RuleValidator::Field::ConnectHost);
    QTest::newRow("target with space") << "127.0.0.1"
                                       << "80"
                                       << "a b"
                                       << "80" << int(RuleValidator::Field::ConnectHost);
}

void TestRuleValidator::invalidFields() {
    QFETCH(QString, bindHost);
    QFETCH(QString, bindPort);
    QFETCH(QString, connectHost);
    QFETCH(QString, connectPort);
    QFETCH(int, field);
    Config config;
    Rule rule = makeRule(7, bindHost, bindPort);
    rule.connectHost = connectHost;
    rule.connectPort = connectPort;
    config.rules = {rule};
    const auto problems = RuleValidator::validate(config);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), field);
    QCOMPARE(problems.first().ruleId, 7);
    QVERIFY(!problems.first().message.isEmpty());

    // The valid form of the same rule has no problem at all.
    config.rules = {makeRule(7, QStringLiteral("localhost"), QStringLiteral("https"))};
    QVERIFY(RuleValidator::validate(config).isEmpty());
}

void TestRuleValidator::invalidAclPattern() {
    Config config;
    config.rules = {makeRule(3, QStringLiteral("127.0.0.1"), QStringLiteral("8080"))};
    AclEntry bad;
    bad.pattern = QStringLiteral("10.0.0.0/99");
    config.rules[0].acl.entries.append(bad);
    config.globalAcl.entries.append(bad);
    const auto problems = RuleValidator::validate(config);
    QVERIFY(hasProblem(problems, 3, RuleValidator::Field::Acl));
    QVERIFY(hasProblem(problems, 0, RuleValidator::Field::Acl));
}

void TestRuleValidator::largeTableFindsTheOneConflict() {
    Config config;
    for (int i = 1; i <= 3000; ++i)
        config.rules.append(makeRule(i, QStringLiteral("127.0.0.1"), QString::number(20000 + i)));
    // The same port over UDP and on another address: no conflict.
    config.rules.append(
        makeRule(5001, QStringLiteral("127.0.0.1"), QStringLiteral("20500"), Protocol::Udp));
    config.rules.append(makeRule(5002, QStringLiteral("127.0.0.2"), QStringLiteral("20500")));
    QVERIFY(RuleValidator::validate(config).isEmpty());
    // A wildcard on the same port covers rule 500's address.
    config.rules.append(makeRule(5003, QStringLiteral("0.0.0.0"), QStringLiteral("20500")));
    const auto problems = RuleValidator::validate(config);
    QCOMPARE(problems.size(), 3);         // rule 500, 127.0.0.2 and the wildcard
    QCOMPARE(problems.at(0).ruleId, 500); // in file order
    QCOMPARE(problems.at(1).ruleId, 5002);
    QCOMPARE(problems.at(2).ruleId, 5003);
}

void TestRuleValidator::sourceOption_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("problem");
    QTest::addColumn<QString>("mentions"); // a word the message must contain
    QTest::newRow("not set") << ""
                             << "::1" << false << "";
    QTest::newRow("v4 to v4") << "127.0.0.2"
                              << "127.0.0.1" << false << "";
    QTest::newRow("v6 to v6") << "::1"
                              << "::1" << false << "";
    QTest::newRow("v4 to v6") << "127.0.0.2"
                              << "::1" << true << "IPv6";
    QTest::newRow("v6 to v4") << "::1"
                              << "127.0.0.1" << true << "IPv4";
    QTest::newRow("v4 to a name") << "127.0.0.2"
                                  << "backend.example" << false << "";
    QTest::newRow("name to v6") << "egress.example"
                                << "::1" << false << "";
    QTest::newRow("invalid") << "10.0.0.1 x"
                             << "127.0.0.1" << true << "10.0.0.1 x";
    QTest::newRow("invalid name") << "-bad-"
                                  << "127.0.0.1" << true << "-bad-";
}

void TestRuleValidator::sourceOption() {
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(bool, problem);
    QFETCH(QString, mentions);
    Config config;
    Rule rule = makeRule(1, QStringLiteral("127.0.0.1"), QStringLiteral("8080"));
    rule.connectHost = target;
    rule.setOption(QStringLiteral("src"), source);
    config.rules << rule;
    const auto problems = RuleValidator::validate(config);
    QCOMPARE(hasProblem(problems, 1, RuleValidator::Field::Source), problem);
    const QString message = RuleValidator::sourceProblem(source, target);
    QCOMPARE(message.isEmpty(), !problem);
    if (problem) {
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(problems.size(), 1); // only on the Source cell, not on the target's
    }
}

void TestRuleValidator::timeoutOption() {
    QVERIFY(RuleValidator::timeoutProblem(QString()).isEmpty());
    QVERIFY(RuleValidator::timeoutProblem(QStringLiteral("0")).isEmpty()); // rinetd's default
    QVERIFY(RuleValidator::timeoutProblem(QStringLiteral("300")).isEmpty());
    QVERIFY(!RuleValidator::timeoutProblem(QStringLiteral("5m")).isEmpty());
    QVERIFY(!RuleValidator::timeoutProblem(QStringLiteral("-1")).isEmpty());
    Config config;
    Rule rule = makeRule(1, QStringLiteral("127.0.0.1"), QStringLiteral("8080"));
    rule.setOption(QStringLiteral("timeout"), QStringLiteral("5m"));
    config.rules << rule;
    QVERIFY(hasProblem(RuleValidator::validate(config), 1, RuleValidator::Field::Timeout));
}

void TestRuleValidator::relayOptions() {
    // The core's verdicts on ftp=, rate=, rate-rule= and transparent= reach the editor.
    Config config;
    Rule good = makeRule(1, QStringLiteral("127.0.0.1"), QStringLiteral("2121"));
    good.setOption(QStringLiteral("ftp"), QStringLiteral("both"));
    good.setOption(QStringLiteral("rate"), QStringLiteral("512k"));
    Rule badRate = makeRule(2, QStringLiteral("127.0.0.1"), QStringLiteral("2122"));
    badRate.setOption(QStringLiteral("rate"), QStringLiteral("fast"));
    Rule udpFtp = makeRule(3, QStringLiteral("127.0.0.1"), QStringLiteral("2123"), Protocol::Udp);
    udpFtp.setOption(QStringLiteral("ftp"), QStringLiteral("passive"));
    config.rules << good << badRate << udpFtp;
    const auto problems = RuleValidator::validate(config);
    QVERIFY(!hasProblem(problems, 1, RuleValidator::Field::Options));
    QVERIFY(hasProblem(problems, 2, RuleValidator::Field::Options));
    QVERIFY(hasProblem(problems, 3, RuleValidator::Field::Options));
    QCOMPARE(problems.size(), 2);
}

void TestRuleValidator::portRanges() {
    QVERIFY(RuleValidator::portProblem(QStringLiteral("8000-8010"), Protocol::Tcp).isEmpty());
    QVERIFY(RuleValidator::portProblem(QStringLiteral("8010-8000"), Protocol::Tcp)
                .contains(QLatin1String("reversed")));
    QVERIFY(!RuleValidator::portProblem(QStringLiteral("8000-70000"), Protocol::Udp).isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleValidator)
#include "tst_rulevalidator.moc"
