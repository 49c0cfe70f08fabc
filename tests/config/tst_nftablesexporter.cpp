#include "ExporterTestSupport.h"
#include "NftablesExporter.h"

#include <QStandardPaths>
#include <QtTest>

using namespace ExporterTestSupport;

class tst_NftablesExporter : public QObject {
    Q_OBJECT

private:
    static Rule rule(const QString &bindHost, const QString &bindPort, const QString &connectHost,
                     const QString &connectPort, Protocol protocol = Protocol::Tcp) {
        Rule r;
        r.id = 1;
        r.bindHost = bindHost;
        r.bindPort = bindPort;
        r.connectHost = connectHost;
        r.connectPort = connectPort;
        r.bindProtocol = r.connectProtocol = protocol;
        return r;
    }
    // nft -c checks the ruleset against the kernel without applying it (needs CAP_NET_ADMIN).
    static QString nftCheck(const QByteArray &ruleset) {
        const QString nft =
            QStandardPaths::findExecutable(QStringLiteral("nft"), {"/usr/sbin", "/sbin"});
        if (nft.isEmpty())
            return QStringLiteral("skip: nft is not installed (scripts/setup installs nftables)");
        const ProgramRun run =
            runChecker(nft, {QStringLiteral("-c"), QStringLiteral("-f")}, "out.nft", ruleset);
        if (!run.finished)
            return run.err;
        if (run.exitCode != 0 && run.err.contains(QLatin1String("Operation not permitted")))
            return QStringLiteral("skip: nft -c needs CAP_NET_ADMIN");
        if (run.exitCode != 0)
            return run.err + QString::fromUtf8(ruleset);
        return QString();
    }
    // Where nft cannot check here, the test still stands on what it checked before.
    static void verifyAcceptedWhereNftRuns(const QByteArray &ruleset) {
        const QString check = nftCheck(ruleset);
        if (!check.startsWith(QLatin1String("skip:")))
            QVERIFY2(check.isEmpty(), qPrintable(check));
    }

private slots:
    void singleRule() {
        Config config;
        config.rules << rule(QStringLiteral("10.0.0.1"), QStringLiteral("8080"),
                             QStringLiteral("10.0.0.5"), QStringLiteral("80"));
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QVERIFY(exporter.diagnostics().isEmpty());
        QVERIFY(
            text.contains(QLatin1String("table inet portrelay {}\ndelete table inet portrelay\n")));
        QVERIFY(text.contains(
            QLatin1String("\t\tip daddr 10.0.0.1 tcp dport 8080 dnat ip to 10.0.0.5:80\n")));
        QVERIFY(text.contains(QLatin1String("ct status dnat ip daddr 10.0.0.5 tcp dport 80 fib "
                                            "saddr type != local masquerade")));
        QCOMPARE(text.count(QLatin1String("dnat ip to 10.0.0.5:80")), 2); // prerouting + output
    }

    void rangeKeepsOffsetsOneElementPerPort() {
        Config config;
        config.rules << rule(QStringLiteral("0.0.0.0"), QStringLiteral("8000-8003"),
                             QStringLiteral("10.0.0.5"), QStringLiteral("9000-9003"));
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QVERIFY2(text.contains(QLatin1String(
                     "fib daddr type local meta nfproto ipv4 tcp dport 8000-8003 dnat ip to "
                     "10.0.0.5 : tcp dport map { 8000 : 9000, 8001 : 9001, 8002 : 9002, 8003 : "
                     "9003 }")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("ip daddr 10.0.0.5 tcp dport 9000-9003")));
        verifyAcceptedWhereNftRuns(exporter.write(config));
    }

    void rangeManyToOne() {
        Config config;
        config.rules << rule(QStringLiteral("10.0.0.1"), QStringLiteral("8000-8010"),
                             QStringLiteral("10.0.0.5"), QStringLiteral("9000"), Protocol::Udp);
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QVERIFY(text.contains(
            QLatin1String("ip daddr 10.0.0.1 udp dport 8000-8010 dnat ip to 10.0.0.5:9000")));
    }

    void rangesOfDifferentLengthAreAnError() {
        Config config;
        config.rules << rule(QStringLiteral("10.0.0.1"), QStringLiteral("8000-8010"),
                             QStringLiteral("10.0.0.5"), QStringLiteral("9000-9001"));
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QVERIFY(hasErrors(exporter.diagnostics()));
        QVERIFY(!text.contains(QLatin1String("dnat")));
    }

    void aclAsSets() {
        const Config config = configOf(QStringLiteral("deny 10.9.*\n"
                                                      "10.0.0.1 8080 10.0.0.5 80\n"
                                                      "allow 192.168.1.0/24\nallow 10.*\n"
                                                      "deny 10.1.2.3\n"));
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QVERIFY(!hasErrors(exporter.diagnostics()));
        QVERIFY(text.contains(QLatin1String("set global_deny4 {")));
        QVERIFY(text.contains(QLatin1String("elements = { 10.9.0.0/16 }")));
        QVERIFY(text.contains(QLatin1String("elements = { 192.168.1.0/24, 10.0.0.0/8 }")));
        QVERIFY(text.contains(QLatin1String("ip daddr 10.0.0.1 tcp dport 8080 ip saddr "
                                            "@global_deny4 drop")));
        QVERIFY(text.contains(QLatin1String("ip daddr 10.0.0.1 tcp dport 8080 ip saddr != "
                                            "@r1_allow4 drop")));
        QVERIFY(text.contains(QLatin1String("ip daddr 10.0.0.1 tcp dport 8080 ip saddr "
                                            "@r1_deny4 drop")));
        verifyAcceptedWhereNftRuns(exporter.write(config));
    }

    void globWithoutCidrIsAnErrorNamingTheRule() {
        const Config config = configOf(QStringLiteral("#portrelay: name=Web\n"
                                                      "10.0.0.1 8080 10.0.0.5 80\n"
                                                      "allow 192.168.1.?\n"));
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QCOMPARE(exporter.diagnostics().size(), 1);
        const ConfigDiagnostic d = exporter.diagnostics().first();
        QVERIFY(d.isError());
        QCOMPARE(d.line, 2);
        QVERIFY2(d.message.contains(QLatin1String("rule 1 (Web)")) &&
                     d.message.contains(QLatin1String("192.168.1.?")),
                 qPrintable(d.message));
        QVERIFY(!text.contains(QLatin1String("dnat")));
    }

    void whatTheKernelCannotDoIsADiagnosticPerRule() {
        const Config config =
            configOf(QStringLiteral("logfile /var/log/x.log\n"
                                    "10.0.0.1 8080 10.0.0.5 80 [timeout=30,proxy=v2,ftp=passive]\n"
                                    "10.0.0.1 8081 10.0.0.5 81 [src=10.0.0.9]\n"
                                    ":: 8082 10.0.0.5 82\n"
                                    "10.0.0.1 53/udp 10.0.0.5 53/tcp\n"));
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QStringList messages;
        for (const ConfigDiagnostic &d : exporter.diagnostics()) {
            QVERIFY2(!d.isError(), qPrintable(d.toString()));
            messages << QStringLiteral("%1: %2").arg(d.line).arg(d.message);
        }
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("0: the connection log")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("2: rule 1: timeout=30 is not exported")));
        QVERIFY(all.contains(QLatin1String("2: rule 1: option 'proxy=v2' cannot be expressed")));
        QVERIFY(all.contains(QLatin1String("2: rule 1: option 'ftp=passive' cannot be expressed")));
        QVERIFY(all.contains(QLatin1String("4: rule 3: only IPv4 clients are forwarded")));
        QVERIFY(all.contains(QLatin1String("5: rule 4: not exported: the kernel cannot forward "
                                           "between udp and tcp")));
        QCOMPARE(messages.size(), 6);
        QVERIFY(text.contains(QLatin1String("snat ip to 10.0.0.9")));
        QVERIFY(!text.contains(QLatin1String("dport 53")));
    }

    void messagesEscapeControlCharacters() {
        Config config;
        config.rules << rule(QStringLiteral("10.0.0.1"), QStringLiteral("8080"),
                             QStringLiteral("10.0.0.5"), QStringLiteral("80"));
        config.rules.last().name = QStringLiteral("evil\x1b[2Jname");
        config.rules.last().setOption(QStringLiteral("ftp"), QStringLiteral("o\nn"));
        NftablesExporter exporter(QStringLiteral("a.json"));
        const QString text = QString::fromUtf8(exporter.write(config));
        QCOMPARE(exporter.diagnostics().size(), 1);
        const QString message = exporter.diagnostics().first().message;
        QVERIFY2(message.contains(QLatin1String("evil\\x1b[2Jname")) &&
                     message.contains(QLatin1String("o\\x0an")),
                 qPrintable(message));
        QVERIFY(!text.contains(QChar(0x1b)));
    }

    void hostNamesAreErrors() {
        Config config;
        config.rules << rule(QStringLiteral("10.0.0.1"), QStringLiteral("8080"),
                             QStringLiteral("backend.example"), QStringLiteral("80"));
        NftablesExporter exporter(QStringLiteral("a.conf"));
        exporter.write(config);
        QVERIFY(hasErrors(exporter.diagnostics()));
        QVERIFY(exporter.diagnostics().first().message.contains(QLatin1String("backend.example")));
    }

    void ipv6() {
        Config config;
        config.rules << rule(QStringLiteral("2001:db8::1"), QStringLiteral("8000-8001"),
                             QStringLiteral("2001:db8::5"), QStringLiteral("9000-9001"));
        config.rules.last().acl.entries
            << AclEntry{AclEntry::Kind::Deny, QStringLiteral("2001:db8:1::/48"), {}};
        NftablesExporter exporter(QStringLiteral("a.conf"));
        const QByteArray data = exporter.write(config);
        const QString text = QString::fromUtf8(data);
        QVERIFY(exporter.diagnostics().isEmpty());
        QVERIFY(text.contains(QLatin1String("dnat ip6 to [2001:db8::5] : tcp dport map")));
        QVERIFY(text.contains(QLatin1String("ip6 saddr @r1_deny6 drop")));
        verifyAcceptedWhereNftRuns(data);
    }

    void deterministic() {
        const Config config = configOf(QStringLiteral("allow 10.*\n"
                                                      "10.0.0.1 8080 10.0.0.5 80\n"
                                                      "10.0.0.1 53/udp 10.0.0.5 53/udp\n"));
        QCOMPARE(NftablesExporter(QStringLiteral("a.conf")).write(config),
                 NftablesExporter(QStringLiteral("a.conf")).write(config));
    }

    // Every export of the shipped examples and of varied test configs is accepted by nft.
    void nftAcceptsExports_data() { addExportCases(); }
    void nftAcceptsExports() {
        QFETCH(QString, file);
        QFETCH(QString, text);
        const ConfigLoadResult loaded = loadExportCase(&file, text);
        QVERIFY(loaded.readable && !loaded.hasErrors());
        NftablesExporter exporter(file);
        const QByteArray data = exporter.write(loaded.config);
        QVERIFY(!hasErrors(exporter.diagnostics()));
        const QString check = nftCheck(data);
        if (check.startsWith(QLatin1String("skip:")))
            QSKIP(qPrintable(check));
        QVERIFY2(check.isEmpty(), qPrintable(check));
    }
};

QTEST_GUILESS_MAIN(tst_NftablesExporter)
#include "tst_nftablesexporter.moc"
