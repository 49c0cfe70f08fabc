#include "ConfigValidator.h"
#include "PortRange.h"
#include "RinetdConfigParser.h"

#include <QtTest>

class tst_PortRange : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("errorOffset"); // -1: valid
        QTest::newRow("single") << "80" << 80 << 80 << -1;
        QTest::newRow("service") << "http" << 80 << 80 << -1;
        QTest::newRow("range") << "8000-8010" << 8000 << 8010 << -1;
        QTest::newRow("one-port range") << "8000-8000" << 8000 << 8000 << -1;
        QTest::newRow("full") << "1-65535" << 1 << 65535 << -1;
        QTest::newRow("reversed") << "8010-8000" << 0 << 0 << 5;
        QTest::newRow("end over 65535") << "65000-65536" << 0 << 0 << 6;
        QTest::newRow("start zero") << "0-10" << 0 << 0 << 0;
        QTest::newRow("start huge") << "999999-1" << 0 << 0 << 0;
        QTest::newRow("not a port") << "80x" << 0 << 0 << 0;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, errorOffset);
        QString error;
        int offset = -1;
        const std::optional<PortRange> range =
            PortRange::parse(text, Protocol::Tcp, &error, &offset);
        if (errorOffset < 0) {
            QVERIFY2(range, qPrintable(error));
            QCOMPARE(int(range->first), first);
            QCOMPARE(int(range->last), last);
        } else {
            QVERIFY(!range);
            QVERIFY(!error.isEmpty());
            QCOMPARE(offset, errorOffset);
        }
    }

    void forwardedPortsKeepOffsets() {
        Rule rule;
        rule.bindPort = QStringLiteral("8000-8002");
        rule.connectPort = QStringLiteral("9000-9002");
        const QVector<QPair<quint16, quint16>> expected = {
            {8000, 9000}, {8001, 9001}, {8002, 9002}};
        QCOMPARE(forwardedPorts(rule), expected);
        rule.connectPort = QStringLiteral("9000");
        const QVector<QPair<quint16, quint16>> manyToOne = {
            {8000, 9000}, {8001, 9000}, {8002, 9000}};
        QCOMPARE(forwardedPorts(rule), manyToOne);
        rule.connectPort = QStringLiteral("9000-9001");
        QString error;
        QVERIFY(forwardedPorts(rule, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("9000-9001")));
        rule.bindPort = QStringLiteral("8000");
        QVERIFY(forwardedPorts(rule, &error).isEmpty()); // one bind port, several targets
    }

    void rinetdConf_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("errorColumn"); // 0: valid
        QTest::addColumn<QString>("message");
        QTest::newRow("offsets") << "0.0.0.0 8000-8010 10.0.0.5 9000-9010" << 0 << "";
        QTest::newRow("many to one") << "0.0.0.0 8000-8010 10.0.0.5 9000" << 0 << "";
        QTest::newRow("udp") << "0.0.0.0 8000-8010/udp 10.0.0.5 9000-9010/udp" << 0 << "";
        QTest::newRow("lengths differ")
            << "0.0.0.0 8000-8010 10.0.0.5 9000-9001" << 28 << "same length";
        QTest::newRow("one to many") << "0.0.0.0 8000 10.0.0.5 9000-9001" << 23 << "same length";
        QTest::newRow("reversed") << "0.0.0.0 8010-8000 10.0.0.5 9000" << 14 << "reversed";
        QTest::newRow("over 65535") << "0.0.0.0 65530-65536 10.0.0.5 9000" << 15 << "65536";
        QTest::newRow("connect reversed")
            << "0.0.0.0 8000-8001 10.0.0.5 9001-9000" << 33 << "reversed";
    }
    void rinetdConf() {
        QFETCH(QString, line);
        QFETCH(int, errorColumn);
        QFETCH(QString, message);
        RinetdConfigParser parser(QStringLiteral("r.conf"));
        const Config config = parser.parseText(line + QLatin1Char('\n'));
        if (errorColumn == 0) {
            QStringList found;
            for (const ConfigDiagnostic &d : parser.diagnostics())
                found << d.toString();
            QVERIFY2(!hasErrors(parser.diagnostics()), qPrintable(found.join(QLatin1Char('\n'))));
            QCOMPARE(config.rules.size(), 1);
            QCOMPARE(forwardedPorts(config.rules.first()).size(), 11);
            QVERIFY(!hasErrors(ConfigValidator::validate(config, QStringLiteral("r.json"))));
            return;
        }
        QVERIFY(config.rules.isEmpty());
        QVERIFY(!parser.diagnostics().isEmpty());
        const ConfigDiagnostic d = parser.diagnostics().first();
        QVERIFY(d.isError());
        QCOMPARE(d.column, errorColumn);
        QVERIFY2(d.message.contains(message), qPrintable(d.message));
    }

    void largeRangesAreWarned() {
        RinetdConfigParser parser(QStringLiteral("r.conf"));
        const Config config = parser.parseText(QStringLiteral("0.0.0.0 10000-11000 10.0.0.5 80\n"
                                                              "0.0.0.0 20000-20999 10.0.0.5 80\n"));
        QCOMPARE(config.rules.size(), 2);
        QCOMPARE(parser.diagnostics().size(), 1); // 1001 ports warned, 1000 not
        QCOMPARE(parser.diagnostics().first().line, 1);
        QVERIFY(parser.diagnostics().first().message.contains(QLatin1String("1001 ports")));
        QVERIFY(!parser.diagnostics().first().isError());
    }

    // JSON documents are checked by the validator: the same rules apply.
    void validatorChecksRanges() {
        Config config;
        Rule rule;
        rule.id = 1;
        rule.bindHost = rule.connectHost = QStringLiteral("127.0.0.1");
        rule.bindPort = QStringLiteral("8000-8010");
        rule.connectPort = QStringLiteral("9000-9002");
        config.rules << rule;
        QVERIFY(hasErrors(ConfigValidator::validate(config, QStringLiteral("r.json"))));
        config.rules[0].connectPort = QStringLiteral("9000");
        QVERIFY(!hasErrors(ConfigValidator::validate(config, QStringLiteral("r.json"))));
        config.rules[0].bindPort = QStringLiteral("8010-8000");
        QVERIFY(hasErrors(ConfigValidator::validate(config, QStringLiteral("r.json"))));
    }
};

QTEST_GUILESS_MAIN(tst_PortRange)
#include "tst_portrange.moc"
