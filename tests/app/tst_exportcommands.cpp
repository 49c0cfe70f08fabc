// --export to nftables and HAProxy (by extension or --format), run as a user runs it.
#include "ProgramRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class tst_ExportCommands : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        return path;
    }
    static QByteArray read(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static ProgramRun portrelay(const QStringList &args) {
        return runProgram(QStringLiteral(PORTRELAY_BINARY), args);
    }

private slots:
    void formatByExtensionOrOption() {
        const QString conf = write(QStringLiteral("a.conf"), "127.0.0.1 18080 127.0.0.1 8080\n");
        const QString nft = m_dir.filePath(QStringLiteral("out.nft"));
        ProgramRun run = portrelay({QStringLiteral("--export"), nft, conf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(nft).contains("table inet portrelay {\n"));
        const QByteArray first = read(nft);
        run = portrelay({QStringLiteral("--export"), nft, conf});
        QCOMPARE(read(nft), first); // deterministic

        const QString cfg = m_dir.filePath(QStringLiteral("out.cfg"));
        run = portrelay({QStringLiteral("--export"), cfg, conf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(cfg).contains("frontend rule1\n"));

        const QString other = m_dir.filePath(QStringLiteral("rules.txt"));
        run = portrelay({QStringLiteral("--export"), other, QStringLiteral("--format"),
                         QStringLiteral("haproxy"), conf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(other).contains("mode tcp"));
        run = portrelay({QStringLiteral("--export"), other, QStringLiteral("--format"),
                         QStringLiteral("nftables"), conf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(other).contains("dnat ip to 127.0.0.1:8080"));
        run = portrelay({QStringLiteral("--export"), other, QStringLiteral("--format"),
                         QStringLiteral("json"), conf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(other).startsWith("{"));
        run = portrelay({QStringLiteral("--export"), other, QStringLiteral("--format"),
                         QStringLiteral("rinetd"), conf});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(read(other), QByteArray("127.0.0.1 18080 127.0.0.1 8080\n"));
    }

    void usageErrors() {
        const QString conf = write(QStringLiteral("b.conf"), "127.0.0.1 18080 127.0.0.1 8080\n");
        ProgramRun run = portrelay({QStringLiteral("--export"), m_dir.filePath("x"),
                                    QStringLiteral("--format"), QStringLiteral("iptables"), conf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("iptables")));
        run = portrelay(
            {QStringLiteral("--check"), QStringLiteral("--format"), QStringLiteral("json"), conf});
        QCOMPARE(run.exitCode, 2);
    }

    // A rule that cannot be exported is an error: nothing is written unless --force.
    void errorsKeepTheFileUnlessForced() {
        const QString conf =
            write(QStringLiteral("c.conf"), "127.0.0.1 18080 127.0.0.1 8080\nallow 192.168.1.?\n"
                                            "127.0.0.1 18081 127.0.0.1 8081\n");
        const QString nft = write(QStringLiteral("keep.nft"), "previous\n");
        ProgramRun run = portrelay({QStringLiteral("--export"), nft, conf});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("c.conf:1: error: rule 1: not exported")) &&
                     run.err.contains(QLatin1String("192.168.1.?")),
                 qPrintable(run.err));
        QCOMPARE(read(nft), QByteArray("previous\n"));
        run = portrelay({QStringLiteral("--export"), nft, QStringLiteral("--force"), conf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!read(nft).contains("dport 18080 dnat"));
        QVERIFY(read(nft).contains("dport 18081 dnat"));
    }
};

QTEST_GUILESS_MAIN(tst_ExportCommands)
#include "tst_exportcommands.moc"
