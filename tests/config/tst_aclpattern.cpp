#include "AccessChecker.h"
#include "AccessList.h"
#include "ConfigValidator.h"
#include "JsonConfigReader.h"
#include "RinetdConfigParser.h"

#include <QHostAddress>
#include <QTest>

// rinetd's glob patterns and PortRelay's CIDR patterns, for IPv4, IPv6 and IPv4-mapped IPv6
// clients, and rinetd's allow/deny evaluation order.
class TestAclPattern : public QObject {
    Q_OBJECT

private slots:
    void deadAllowStillMakesAnAllowList();
    void matches_data();
    void matches();
    void invalid_data();
    void invalid();
    void evaluate_data();
    void evaluate();
    void ambiguity_data();
    void ambiguity();
    void ambiguityIsAConfigWarning();
};

void TestAclPattern::matches_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    // IPv4 globs
    QTest::newRow("v4 star suffix") << "10.1.*"
                                    << "10.1.2.3" << true;
    QTest::newRow("v4 star no partial octet") << "10.1.*"
                                              << "10.10.2.3" << false;
    QTest::newRow("v4 star everything") << "*"
                                        << "192.0.2.1" << true;
    QTest::newRow("v4 star everything v6") << "*"
                                           << "2001:db8::1" << true;
    QTest::newRow("v4 question one char") << "192.168.2.1?"
                                          << "192.168.2.15" << true;
    QTest::newRow("v4 question not two chars") << "192.168.2.1?"
                                               << "192.168.2.150" << false;
    QTest::newRow("v4 question not zero chars") << "192.168.2.1?"
                                                << "192.168.2.1" << false;
    QTest::newRow("v4 literal equal") << "127.0.0.1"
                                      << "127.0.0.1" << true;
    QTest::newRow("v4 literal other") << "127.0.0.1"
                                      << "127.0.0.2" << false;
    QTest::newRow("v4 star middle") << "10.*.3"
                                    << "10.1.2.3" << true;
    QTest::newRow("v4 glob vs v6 client") << "10.*"
                                          << "2001:db8::10" << false;
    // IPv6 globs over the compressed lower-case text
    QTest::newRow("v6 prefix glob") << "2001:db8:*"
                                    << "2001:db8::1" << true;
    QTest::newRow("v6 prefix glob other") << "2001:db8:*"
                                          << "2001:db9::1" << false;
    QTest::newRow("v6 glob upper case") << "FE80:*"
                                        << "fe80::1" << true;
    QTest::newRow("v6 middle star") << "2001:618:*:e43f"
                                    << "2001:618:1:2::e43f" << true;
    QTest::newRow("v6 loopback literal") << "::1"
                                         << "::1" << true;
    // A literal matches its address however it is spelt (these never matched before).
    QTest::newRow("v6 literal other spelling") << "0:0:0:0:0:0:0:1"
                                               << "::1" << true;
    QTest::newRow("v6 literal leading zeros") << "::0001"
                                              << "::1" << true;
    QTest::newRow("v6 literal upper case") << "2001:DB8::1"
                                           << "2001:db8::1" << true;
    QTest::newRow("v6 literal all zero") << "0:0:0:0:0:0:0:0"
                                         << "::" << true;
    QTest::newRow("v6 literal all zero not v4 any") << "0:0:0:0:0:0:0:0"
                                                    << "0.0.0.0" << false;
    QTest::newRow("mapped literal hex spelling") << "::ffff:7f00:1"
                                                 << "::ffff:127.0.0.1" << true;
    QTest::newRow("mapped literal hex vs v4 client") << "::ffff:7f00:1"
                                                     << "127.0.0.1" << true;
    QTest::newRow("mapped literal vs v4 client") << "::ffff:127.0.0.1"
                                                 << "127.0.0.1" << true;
    QTest::newRow("mapped literal vs other v4") << "::ffff:127.0.0.1"
                                                << "127.0.0.2" << false;
    QTest::newRow("v4 literal leading zeros") << "127.000.000.001"
                                              << "127.0.0.1" << true;
    QTest::newRow("v4 literal leading zero last") << "127.0.0.01"
                                                  << "::ffff:127.0.0.1" << true;
    QTest::newRow("mapped glob vs v4 client") << "::ffff:127.0.0.*"
                                              << "127.0.0.9" << true;
    QTest::newRow("mapped cidr vs v4 client") << "::ffff:127.0.0.0/104"
                                              << "127.1.2.3" << true;
    QTest::newRow("mapped cidr vs other v4") << "::ffff:127.0.0.0/104"
                                             << "10.1.2.3" << false;
    QTest::newRow("v6 question") << "::?"
                                 << "::1" << true;
    // IPv4-mapped IPv6 clients are matched as IPv4
    QTest::newRow("mapped glob") << "10.1.*"
                                 << "::ffff:10.1.2.3" << true;
    QTest::newRow("mapped glob no") << "10.2.*"
                                    << "::ffff:10.1.2.3" << false;
    QTest::newRow("mapped cidr") << "10.0.0.0/8"
                                 << "::ffff:10.1.2.3" << true;
    QTest::newRow("mapped cidr no") << "11.0.0.0/8"
                                    << "::ffff:10.1.2.3" << false;
    QTest::newRow("mapped literal") << "10.1.2.3"
                                    << "::ffff:10.1.2.3" << true;
    // CIDR v4
    QTest::newRow("cidr /8") << "10.0.0.0/8"
                             << "10.255.0.1" << true;
    QTest::newRow("cidr /8 outside") << "10.0.0.0/8"
                                     << "11.0.0.1" << false;
    QTest::newRow("cidr /9 inside") << "10.0.0.0/9"
                                    << "10.127.1.1" << true;
    QTest::newRow("cidr /9 outside") << "10.0.0.0/9"
                                     << "10.128.1.1" << false;
    QTest::newRow("cidr /32") << "192.0.2.7/32"
                              << "192.0.2.7" << true;
    QTest::newRow("cidr /32 other") << "192.0.2.7/32"
                                    << "192.0.2.8" << false;
    QTest::newRow("cidr /0") << "0.0.0.0/0"
                             << "203.0.113.9" << true;
    QTest::newRow("cidr v4 vs v6 client") << "0.0.0.0/0"
                                          << "2001:db8::1" << false;
    QTest::newRow("cidr host bits set") << "10.1.2.3/16"
                                        << "10.1.200.200" << true;
    // CIDR v6
    QTest::newRow("cidr v6 /32") << "2001:db8::/32"
                                 << "2001:db8:ffff::1" << true;
    QTest::newRow("cidr v6 /32 outside") << "2001:db8::/32"
                                         << "2001:db9::1" << false;
    QTest::newRow("cidr v6 /128") << "::1/128"
                                  << "::1" << true;
    QTest::newRow("cidr v6 vs v4 client") << "::/0"
                                          << "10.0.0.1" << false;
    QTest::newRow("cidr v6 mapped range") << "::ffff:0:0/96"
                                          << "::ffff:10.1.2.3" << true;
}

void TestAclPattern::matches() {
    QFETCH(QString, pattern);
    QFETCH(QString, address);
    QFETCH(bool, expected);
    QString error;
    const std::optional<AclPattern> parsed = AclPattern::parse(pattern, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->text(), pattern);
    QCOMPARE(parsed->isCidr(), pattern.contains(QLatin1Char('/')));
    const QHostAddress client(address);
    QVERIFY(!client.isNull());
    QCOMPARE(parsed->matches(client), expected);
}

void TestAclPattern::invalid_data() {
    QTest::addColumn<QString>("pattern");
    QTest::newRow("empty") << "";
    QTest::newRow("host name") << "example.com";
    QTest::newRow("letters no colon") << "abc";
    QTest::newRow("percent") << "10.%";
    QTest::newRow("comma") << "1,2";
    QTest::newRow("bracket class") << "10.[12].*";
    QTest::newRow("empty v4 group") << "1..2.*";
    QTest::newRow("five v4 groups") << "10.*.*.*.*";
    QTest::newRow("octet too long") << "1000.*";
    QTest::newRow("literal out of range") << "10.1.2.300";
    QTest::newRow("cidr prefix too long v4") << "10.0.0.0/33";
    QTest::newRow("cidr prefix too long v6") << "2001:db8::/129";
    QTest::newRow("cidr no prefix") << "10.0.0.0/";
    QTest::newRow("cidr bad address") << "10.0.0/8";
    QTest::newRow("cidr glob address") << "10.*/8";
    QTest::newRow("cidr netmask form") << "10.0.0.0/255.0.0.0";
    QTest::newRow("cidr negative") << "10.0.0.0/-1";
}

void TestAclPattern::invalid() {
    QFETCH(QString, pattern);
    QString error;
    QVERIFY(!AclPattern::parse(pattern, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestAclPattern::evaluate_data() {
    QTest::addColumn<QStringList>("entries"); // "allow PATTERN" / "deny PATTERN"
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("result");
    QTest::addColumn<int>("decidingEntry");
    const int allowed = int(AccessDecision::Result::Allowed);
    const int denied = int(AccessDecision::Result::Denied);
    const int notAllowed = int(AccessDecision::Result::NotAllowed);

    QTest::newRow("empty list allows") << QStringList() << "10.0.0.1" << allowed << -1;
    QTest::newRow("allow matches") << QStringList{"allow 10.*"} << "10.0.0.1" << allowed << 0;
    QTest::newRow("allow misses") << QStringList{"allow 10.*"} << "11.0.0.1" << notAllowed << -1;
    QTest::newRow("deny only, no match") << QStringList{"deny 10.*"} << "11.0.0.1" << allowed << -1;
    QTest::newRow("deny beats earlier allow")
        << QStringList{"allow 10.*", "deny 10.0.0.1"} << "10.0.0.1" << denied << 1;
    QTest::newRow("deny beats later allow")
        << QStringList{"deny 10.0.0.1", "allow 10.*"} << "10.0.0.1" << denied << 0;
    QTest::newRow("second allow matches")
        << QStringList{"allow 192.168.*", "allow 10.0.0.0/8"} << "10.9.9.9" << allowed << 1;
    QTest::newRow("mapped client allowed")
        << QStringList{"allow 10.0.0.0/8"} << "::ffff:10.1.2.3" << allowed << 0;
    QTest::newRow("v6 client not allowed by v4 list")
        << QStringList{"allow 10.*"} << "2001:db8::1" << notAllowed << -1;
}

void TestAclPattern::evaluate() {
    QFETCH(QStringList, entries);
    QFETCH(QString, client);
    QFETCH(int, result);
    QFETCH(int, decidingEntry);
    AccessList list;
    for (const QString &e : entries) {
        AclEntry entry;
        entry.kind =
            e.startsWith(QLatin1String("allow")) ? AclEntry::Kind::Allow : AclEntry::Kind::Deny;
        entry.pattern = e.section(QLatin1Char(' '), 1);
        list.entries.append(entry);
    }
    const AccessDecision decision = list.evaluate(QHostAddress(client));
    QCOMPARE(int(decision.result), result);
    QCOMPARE(decision.decidingEntry, decidingEntry);
    QCOMPARE(decision.allowed(), result == int(AccessDecision::Result::Allowed));
}

void TestAclPattern::ambiguity_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("plain") << "127.0.0.1" << false;
    QTest::newRow("zero octet") << "10.0.0.0/8" << false;
    QTest::newRow("leading zeros") << "127.000.000.001" << true;
    QTest::newRow("leading zero") << "127.0.0.01" << true;
    QTest::newRow("octal-looking") << "010.0.0.1" << true;
    QTest::newRow("cidr leading zero") << "010.0.0.0/8" << true;
    QTest::newRow("glob leading zero") << "10.01.*" << true;
    QTest::newRow("v6 leading zeros") << "::0001" << false;
    QTest::newRow("invalid") << "example.com" << false;
}

void TestAclPattern::ambiguity() {
    QFETCH(QString, pattern);
    QFETCH(bool, ambiguous);
    const QString warning = AclPattern::ambiguityWarning(pattern);
    QCOMPARE(!warning.isEmpty(), ambiguous);
    if (ambiguous)
        QVERIFY2(warning.contains(QLatin1Char('\'') + pattern + QLatin1Char('\'')),
                 qPrintable(warning));
}

// Both config formats report an ambiguous pattern as a warning naming it, and still load.
void TestAclPattern::ambiguityIsAConfigWarning() {
    RinetdConfigParser parser(QStringLiteral("test.conf"));
    parser.parse("deny 127.0.0.01\n127.0.0.1 8000 127.0.0.1 9000\n");
    bool found = false;
    for (const ConfigDiagnostic &d : parser.diagnostics()) {
        QVERIFY2(!d.isError(), qPrintable(d.toString()));
        found = found || (d.line == 1 && d.message.contains(QLatin1String("'127.0.0.01'")));
    }
    QVERIFY(found);

    JsonConfigReader reader(QStringLiteral("test.json"));
    const Config json = reader.read(
        R"({"version": 1, "globalAcl": [{"kind": "deny", "pattern": "127.000.000.001"}],
                    "rules": []})");
    found = false;
    // The reader reads the structure; the validator (run by the loader) judges the patterns.
    for (const ConfigDiagnostic &d :
         reader.diagnostics() + ConfigValidator::validate(json, QStringLiteral("test.json"))) {
        QVERIFY2(!d.isError(), qPrintable(d.toString()));
        found = found || (d.severity == ConfigDiagnostic::Severity::Warning &&
                          d.message.contains(QLatin1String("'127.000.000.001'")));
    }
    QVERIFY(found);
}

void TestAclPattern::deadAllowStillMakesAnAllowList() {
    // rinetd 0.73 starts with "allow beef", a pattern that never matches: the list is then an
    // allow list that lets nobody in. The engine's compiled checker and AccessList agree (the
    // checker dropped the pattern and let everybody in).
    AccessList list;
    list.entries.append(AclEntry{AclEntry::Kind::Allow, QStringLiteral("beef"), {}});
    const QHostAddress client(QStringLiteral("127.0.0.1"));
    QCOMPARE(list.evaluate(client).result, AccessDecision::Result::NotAllowed);
    AccessChecker checker;
    checker.compile(list, AccessList());
    QCOMPARE(checker.check(client), AccessDecision::Result::NotAllowed);
    checker.compile(AccessList(), list);
    QCOMPARE(checker.check(client), AccessDecision::Result::NotAllowed);
    // With a pattern that matches beside it, the client is let in; a dead deny denies nobody.
    list.entries.append(AclEntry{AclEntry::Kind::Allow, QStringLiteral("127.*"), {}});
    list.entries.append(AclEntry{AclEntry::Kind::Deny, QStringLiteral("[::1]"), {}});
    checker.compile(list, AccessList());
    QCOMPARE(checker.check(client), AccessDecision::Result::Allowed);
}

QTEST_APPLESS_MAIN(TestAclPattern)
#include "tst_aclpattern.moc"
