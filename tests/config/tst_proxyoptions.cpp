#include "ConfigValidator.h"
#include "ProxyOptions.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"

#include <QtTest>

class tst_ProxyOptions : public QObject {
    Q_OBJECT

private slots:
    void readFromRule() {
        RinetdConfigParser parser(QStringLiteral("t.conf"));
        const Config config = parser.parseText(
            QStringLiteral("127.0.0.1 80 127.0.0.1 8080 "
                           "[proxy=v2,accept-proxy,accept-proxy-from=10.0.0.0/8;192.168.*,"
                           "accept-proxy-timeout=5]\n"));
        QVERIFY(!hasErrors(parser.diagnostics()));
        QCOMPARE(config.rules.size(), 1);
        const ProxyOptions options = ProxyOptions::of(config.rules.first());
        QCOMPARE(options.sendVersion, 2);
        QVERIFY(options.accept);
        QCOMPARE(options.acceptedVersions, ProxyOptions::Accepted::Any);
        QCOMPARE(options.acceptFrom,
                 QStringList({QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.*")}));
        QCOMPARE(options.headerTimeoutSeconds, 5);
        QVERIFY(options.acceptFromList().evaluate(QHostAddress("192.168.3.4")).allowed());
        QVERIFY(!options.acceptFromList().evaluate(QHostAddress("172.16.0.1")).allowed());
        QVERIFY(!ProxyOptions::of(Rule()).accept);
        QCOMPARE(ProxyOptions::of(Rule()).sendVersion, 0);
        QCOMPARE(ProxyOptions::of(Rule()).headerTimeoutSeconds, 3);
    }

    void errorsWithColumns_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("proxy v3") << "127.0.0.1 80 127.0.0.1 8080 [proxy=v3]" << 30
                                  << "proxy must be v1 or v2";
        QTest::newRow("accept v4") << "127.0.0.1 80 127.0.0.1 8080 [timeout=3,accept-proxy=v4]"
                                   << 40 << "accept-proxy must be";
        QTest::newRow("bad peer") << "127.0.0.1 80 127.0.0.1 8080 [accept-proxy-from=10.0.0.0/33]"
                                  << 30 << "accept-proxy-from";
        QTest::newRow("timeout") << "127.0.0.1 80 127.0.0.1 8080 [accept-proxy-timeout=0]" << 30
                                 << "1..3600";
    }
    void errorsWithColumns() {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        RinetdConfigParser parser(QStringLiteral("t.conf"));
        const Config config = parser.parseText(line + QLatin1Char('\n'));
        QVERIFY(config.rules.isEmpty());
        bool found = false;
        for (const ConfigDiagnostic &d : parser.diagnostics())
            found = found || (d.isError() && d.column == column && d.message.contains(message));
        QVERIFY2(found, qPrintable(parser.diagnostics().isEmpty()
                                       ? QString()
                                       : parser.diagnostics().first().toString()));
    }

    void udpRulesAndLoneOptionsAreWarned() {
        RinetdConfigParser parser(QStringLiteral("t.conf"));
        parser.parseText(QStringLiteral("127.0.0.1 53/udp 127.0.0.1 53/udp [proxy=v1]\n"
                                        "127.0.0.1 80 127.0.0.1 8080 [accept-proxy-from=10.*]\n"));
        QStringList texts;
        for (const ConfigDiagnostic &d : parser.diagnostics())
            texts << d.toString();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("t.conf:1:")) &&
                     all.contains(QLatin1String("TCP rules only")),
                 qPrintable(all));
        QVERIFY(all.contains(QLatin1String("t.conf:2:")) &&
                all.contains(QLatin1String("no effect without accept-proxy")));
    }

    void validatorChecksJsonRules() {
        Config config;
        Rule rule;
        rule.id = 1;
        rule.bindHost = rule.connectHost = QStringLiteral("127.0.0.1");
        rule.bindPort = QStringLiteral("80");
        rule.connectPort = QStringLiteral("8080"); // not its own listener (a self-loop error)
        rule.setOption(QStringLiteral("proxy"), QStringLiteral("v9"));
        config.rules << rule;
        const QVector<ConfigDiagnostic> found =
            ConfigValidator::validate(config, QStringLiteral("x"));
        QVERIFY(hasErrors(found));
        config.rules[0].setOption(QStringLiteral("proxy"), QStringLiteral("v1"));
        QVERIFY(!hasErrors(ConfigValidator::validate(config, QStringLiteral("x"))));
    }

    // rinetd 0.73 refuses unknown options on a rule line: they are written as an annotation,
    // and read back from it unchanged.
    void rinetdExportRoundTrip() {
        RinetdConfigParser parser(QStringLiteral("t.conf"));
        const Config config = parser.parseText(
            QStringLiteral("127.0.0.1 80 127.0.0.1 8080 [timeout=9,proxy=v1,accept-proxy=v2,"
                           "accept-proxy-from=127.0.0.1]\n"));
        RinetdConfigWriter writer(QStringLiteral("out.conf"));
        const QString text = writer.write(config);
        QVERIFY2(text.contains(QLatin1String("\n127.0.0.1 80 127.0.0.1 8080 [timeout=9]\n")),
                 qPrintable(text));
        QVERIFY(text.startsWith(QLatin1String("#portrelay-options: [timeout=9,proxy=v1,")));
        RinetdConfigParser again(QStringLiteral("out.conf"));
        QCOMPARE(again.parseText(text).rules.first().options, config.rules.first().options);
    }
};

QTEST_GUILESS_MAIN(tst_ProxyOptions)
#include "tst_proxyoptions.moc"
