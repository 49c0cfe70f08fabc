#include "ConfigValidator.h"
#include "PortRange.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"

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

    void overlappingBindsAreWarned() {
        RinetdConfigParser parser(QStringLiteral("r.conf"));
        const Config config = parser.parseText(QStringLiteral("0.0.0.0 8000-8010 10.0.0.5 80\n"
                                                              "0.0.0.0 8005 10.0.0.5 81\n"
                                                              "0.0.0.0 8011-8020 10.0.0.5 82\n"
                                                              "0.0.0.0 7990-8000/udp 10.0.0.5 "
                                                              "83/udp\n"));
        QCOMPARE(config.rules.size(), 4);
        // Binds that collide are the validator's verdict (an error), not the reader's.
        QCOMPARE(parser.diagnostics().size(), 0);
        const QVector<ConfigDiagnostic> found =
            ConfigValidator::validate(config, QStringLiteral("r.json"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().isError());
        QVERIFY2(found.first().message.contains(QLatin1String("rule 2 (id 2)")) &&
                     found.first().message.contains(QLatin1String("also bound by rule 1 (id 1)")),
                 qPrintable(found.first().message));
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

    // rinetd.conf has no ranges: one line per port, and an annotation that folds them back.
    void rinetdExportRoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("offsets") << "0.0.0.0 8000-8002 10.0.0.5 9000-9002\n";
        QTest::newRow("many to one, udp, name, acl, options")
            << "allow 10.*\n#portrelay: name=Game\n"
               "127.0.0.1 7000-7003/udp 10.0.0.5 7777/udp [timeout=5,proxy=v1] # game\n"
               "deny 10.1.0.0/16\nallow 10.2.3.4\n"
               "127.0.0.1 80 127.0.0.1 8080\n";
        QTest::newRow("disabled") << "#portrelay-disabled: 0.0.0.0 8000-8002 10.0.0.5 9000\n";
    }
    void rinetdExportRoundTrip() {
        QFETCH(QString, text);
        RinetdConfigParser parser(QStringLiteral("in.conf"));
        const Config config = parser.parseText(text);
        QVERIFY(!hasErrors(parser.diagnostics()));
        RinetdConfigWriter writer(QStringLiteral("out.conf"));
        const QString written = writer.write(config);
        RinetdConfigParser again(QStringLiteral("out.conf"));
        const Config back = again.parseText(written);
        QStringList found;
        for (const ConfigDiagnostic &d : again.diagnostics())
            found << d.toString();
        QVERIFY2(!hasErrors(again.diagnostics()), qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(back.rules.size(), config.rules.size());
        for (int i = 0; i < config.rules.size(); ++i) {
            Rule a = config.rules.at(i);
            Rule b = back.rules.at(i);
            a.id = b.id = 0;
            QVERIFY2(a == b, qPrintable(written));
        }
        QCOMPARE(RinetdConfigWriter(QStringLiteral("out2.conf")).write(back), written);
    }

    void exportedAsOneLinePerPort() {
        RinetdConfigParser parser(QStringLiteral("in.conf"));
        const Config config =
            parser.parseText(QStringLiteral("0.0.0.0 8000-8002 10.0.0.5 9000-9002\nallow 10.*\n"));
        const QString written = RinetdConfigWriter(QStringLiteral("out.conf")).write(config);
        QCOMPARE(written, QStringLiteral("#portrelay-range: 0.0.0.0 8000-8002 10.0.0.5 9000-9002\n"
                                         "0.0.0.0 8000 10.0.0.5 9000\nallow 10.*\n"
                                         "0.0.0.0 8001 10.0.0.5 9001\nallow 10.*\n"
                                         "0.0.0.0 8002 10.0.0.5 9002\nallow 10.*\n"));
    }

    // Lines edited by hand after the export are not the range any more: kept, with a warning.
    void editedExpansionIsKept() {
        RinetdConfigParser parser(QStringLiteral("in.conf"));
        const Config config = parser.parseText(
            QStringLiteral("#portrelay-range: 0.0.0.0 8000-8002 10.0.0.5 9000-9002\n"
                           "0.0.0.0 8000 10.0.0.5 9000\n"
                           "0.0.0.0 8001 10.0.0.5 9999\n"
                           "0.0.0.0 8002 10.0.0.5 9002\n"));
        QCOMPARE(config.rules.size(), 3);
        QCOMPARE(config.rules.at(1).connectPort, QStringLiteral("9999"));
        QCOMPARE(parser.diagnostics().size(), 1);
        QCOMPARE(parser.diagnostics().first().line, 1);
        QVERIFY(!parser.diagnostics().first().isError());
    }
};

QTEST_GUILESS_MAIN(tst_PortRange)
#include "tst_portrange.moc"
