#include "ExporterTestSupport.h"
#include "HaproxyExporter.h"

#include <QStandardPaths>
#include <QtTest>

using namespace ExporterTestSupport;

class tst_HaproxyExporter : public QObject {
    Q_OBJECT

private:
    static QString haproxyCheck(const QByteArray &cfg) {
        const QString haproxy =
            QStandardPaths::findExecutable(QStringLiteral("haproxy"), {"/usr/sbin", "/sbin"});
        if (haproxy.isEmpty())
            return QStringLiteral("skip: haproxy is not installed (scripts/setup installs it)");
        const ProgramRun run =
            runChecker(haproxy, {QStringLiteral("-c"), QStringLiteral("-f")}, "out.cfg", cfg);
        if (!run.finished)
            return run.err;
        if (run.exitCode != 0)
            return run.all() + QString::fromUtf8(cfg);
        return QString();
    }
    static void verifyAccepted(const QByteArray &cfg) {
        const QString check = haproxyCheck(cfg);
        if (check.startsWith(QLatin1String("skip:")))
            QSKIP(qPrintable(check));
        QVERIFY2(check.isEmpty(), qPrintable(check));
    }

private slots:
    void frontendAndBackendPerTcpRule() {
        const Config config =
            configOf(QStringLiteral("deny 10.9.*\n"
                                    "127.0.0.1 18080 127.0.0.1 8080 [timeout=30,src=127.0.0.1]\n"
                                    "allow 127.0.0.0/8\n"
                                    "127.0.0.1 15353/udp 127.0.0.1 53/udp\n"));
        HaproxyExporter exporter(QStringLiteral("a.conf"));
        const QByteArray data = exporter.write(config);
        const QString text = QString::fromUtf8(data);
        QVERIFY(text.contains(QLatin1String("defaults\n    mode tcp\n")));
        QVERIFY(text.contains(QLatin1String("frontend rule1\n    bind 127.0.0.1:18080\n")));
        QVERIFY(text.contains(QLatin1String("    tcp-request connection reject if { src "
                                            "10.9.0.0/16 }\n")));
        QVERIFY(text.contains(QLatin1String("    tcp-request connection reject unless { src "
                                            "127.0.0.0/8 }\n")));
        QVERIFY(text.contains(QLatin1String("    timeout client 30s\n")));
        QVERIFY(text.contains(QLatin1String("    timeout server 30s\n")));
        QVERIFY(
            text.contains(QLatin1String("    server target 127.0.0.1:8080 source 127.0.0.1\n")));
        QVERIFY(!text.contains(QLatin1String("frontend rule2")));
        QCOMPARE(exporter.diagnostics().size(), 1);
        QVERIFY(exporter.diagnostics().first().message.contains(QLatin1String("rule 2")));
        QCOMPARE(exporter.diagnostics().first().line, 4);
        verifyAccepted(data);
    }

    void proxyProtocolAndLogging() {
        const Config config =
            configOf(QStringLiteral("logfile /var/log/p.log\n"
                                    "127.0.0.1 18080 127.0.0.1 8080 [proxy=v1]\n"
                                    "127.0.0.1 18081 ::1 8081 [proxy=v2,rate=10]\n"
                                    "127.0.0.1 18082 127.0.0.1 8082 "
                                    "[accept-proxy=any,accept-proxy-from=10.0.0.0/8;192.168.*]\n"
                                    "allow 10.1.*\n"));
        HaproxyExporter exporter(QStringLiteral("a.conf"));
        const QByteArray data = exporter.write(config);
        const QString text = QString::fromUtf8(data);
        QVERIFY(!hasErrors(exporter.diagnostics()));
        QVERIFY(text.contains(QLatin1String("    log /dev/log local0\n")));
        QVERIFY(text.contains(QLatin1String("    log global\n    option tcplog\n")));
        QVERIFY(text.contains(QLatin1String("server target 127.0.0.1:8080 send-proxy\n")));
        QVERIFY(text.contains(QLatin1String("server target [::1]:8081 send-proxy-v2\n")));
        QVERIFY(text.contains(QLatin1String("bind 127.0.0.1:18082 accept-proxy\n")));
        QVERIFY(text.contains(QLatin1String(
            "tcp-request connection reject unless { src 10.0.0.0/8 192.168.0.0/16 }\n")));
        QVERIFY(text.contains(QLatin1String("tcp-request session reject unless { src "
                                            "10.1.0.0/16 }\n")));
        bool rateNamed = false;
        for (const ConfigDiagnostic &d : exporter.diagnostics())
            rateNamed = rateNamed || (d.line == 3 && d.message.contains(QLatin1String("rate=10")));
        QVERIFY(rateNamed);
        verifyAccepted(data);
    }

    void rangesUsePortOffsets() {
        const Config config = configOf(QStringLiteral("127.0.0.1 18000 127.0.0.1 19000\n"));
        Config ranged = config;
        ranged.rules[0].bindPort = QStringLiteral("18000-18009");
        ranged.rules[0].connectPort = QStringLiteral("19000-19009");
        Rule manyToOne = ranged.rules[0];
        manyToOne.id = 2;
        manyToOne.bindPort = QStringLiteral("17000-17009");
        manyToOne.connectPort = QStringLiteral("19000");
        ranged.rules << manyToOne;
        HaproxyExporter exporter(QStringLiteral("a.conf"));
        const QByteArray data = exporter.write(ranged);
        const QString text = QString::fromUtf8(data);
        QVERIFY(text.contains(QLatin1String("bind 127.0.0.1:18000-18009\n")));
        QVERIFY(text.contains(QLatin1String("server target 127.0.0.1:+1000\n")));
        QVERIFY(text.contains(QLatin1String("bind 127.0.0.1:17000-17009\n")));
        QVERIFY(text.contains(QLatin1String("server target 127.0.0.1:19000\n")));
        verifyAccepted(data);
    }

    void globWithoutCidrIsAnError() {
        const Config config = configOf(QStringLiteral("127.0.0.1 18080 127.0.0.1 8080\n"
                                                      "deny 10.1*\n"));
        HaproxyExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QVERIFY(hasErrors(exporter.diagnostics()));
        QVERIFY(exporter.diagnostics().first().message.contains(QLatin1String("rule 1")));
        QVERIFY(!text.contains(QLatin1String("frontend rule1")));
    }

    void deterministic() {
        const Config config = configOf(QStringLiteral("127.0.0.1 18080 127.0.0.1 8080\n"));
        QCOMPARE(HaproxyExporter(QStringLiteral("a.conf")).write(config),
                 HaproxyExporter(QStringLiteral("a.conf")).write(config));
    }

    // Every export of the shipped examples and of varied test configs is accepted by haproxy.
    void haproxyAcceptsExports_data() { addExportCases(); }
    void haproxyAcceptsExports() {
        QFETCH(QString, file);
        QFETCH(QString, text);
        const ConfigLoadResult loaded = loadExportCase(&file, text);
        QVERIFY(loaded.readable && !loaded.hasErrors());
        HaproxyExporter exporter(file);
        const QByteArray data = exporter.write(loaded.config);
        QVERIFY(!hasErrors(exporter.diagnostics()));
        if (loaded.config.rules.isEmpty()) {
            // Nothing to run: said, since haproxy refuses a configuration without listeners.
            QCOMPARE(exporter.diagnostics().size(), 1);
            QVERIFY(exporter.diagnostics().first().message.contains(QLatin1String("frontend")));
            return;
        }
        verifyAccepted(data);
    }
};

QTEST_GUILESS_MAIN(tst_HaproxyExporter)
#include "tst_haproxyexporter.moc"
