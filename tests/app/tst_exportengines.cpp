// The exports run by the engines they are for: the nftables ruleset loaded into a router
// namespace between a client and a server namespace, and the HAProxy configuration run by
// haproxy on loopback.
#include "NftablesExporter.h"
#include "ProgramRun.h"
#include "RinetdConfigParser.h"

#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

QString findTool(const QString &name) {
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                           QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

// Namespaces, veth pairs and the server process of one test, removed whatever the outcome.
class Topology {
public:
    Topology() {
        const QString pid = QString::number(::getpid());
        client = QStringLiteral("prx-c-") + pid;
        router = QStringLiteral("prx-r-") + pid;
        server = QStringLiteral("prx-s-") + pid;
    }
    ~Topology() {
        if (m_serverProcess) {
            m_serverProcess->kill();
            m_serverProcess->waitForFinished(5000);
        }
        for (const QString &ns : {client, router, server})
            runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), ns});
    }
    // Runs `ip ARGS`; false (and the output in *why) when it fails.
    bool ip(const QStringList &args, QString *why) {
        const ProgramRun run = runProgram(QStringLiteral("ip"), args, 20000);
        if (run.finished && run.exitCode == 0)
            return true;
        *why = QStringLiteral("ip %1: %2").arg(args.join(QLatin1Char(' ')), run.all());
        return false;
    }
    ProgramRun in(const QString &ns, const QStringList &command) {
        return runProgram(
            QStringLiteral("ip"),
            QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns} + command, 20000);
    }
    bool startServer(const QStringList &command, QString *why) {
        m_serverProcess = std::make_unique<QProcess>();
        m_serverProcess->start(
            QStringLiteral("ip"),
            QStringList{QStringLiteral("netns"), QStringLiteral("exec"), server} + command);
        if (!m_serverProcess->waitForStarted(10000)) {
            *why = m_serverProcess->errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_serverProcess->canReadLine() && timer.elapsed() < 20000)
            m_serverProcess->waitForReadyRead(1000);
        const QByteArray line = m_serverProcess->readLine().trimmed();
        if (line != "ready") {
            *why = QString::fromUtf8(line + m_serverProcess->readAllStandardError());
            return false;
        }
        return true;
    }

    QString client, router, server;

private:
    std::unique_ptr<QProcess> m_serverProcess;
};

} // namespace

class tst_ExportEngines : public QObject {
    Q_OBJECT

private slots:
    void nftablesForwardsInNamespaces() {
        if (::geteuid() != 0)
            QSKIP("network namespaces need root");
        for (const char *tool : {"ip", "nft", "python3"}) {
            if (findTool(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/setup installs "
                                                "iproute2, nftables, python3)")
                                     .arg(QString::fromLatin1(tool))));
        }
        Topology net;
        QString why;
        const QString pid = QString::number(::getpid());
        const QString vc = QStringLiteral("pvc") + pid, vr = QStringLiteral("pvr") + pid;
        const QString vs = QStringLiteral("pvs") + pid, vt = QStringLiteral("pvt") + pid;
        if (!net.ip({QStringLiteral("netns"), QStringLiteral("add"), net.client}, &why))
            QSKIP(qPrintable(QStringLiteral("cannot create a network namespace: ") + why));
        const QList<QStringList> setup = {
            {"netns", "add", net.router},
            {"netns", "add", net.server},
            {"link", "add", vc, "netns", net.client, "type", "veth", "peer", "name", vr, "netns",
             net.router},
            {"link", "add", vs, "netns", net.server, "type", "veth", "peer", "name", vt, "netns",
             net.router},
            {"-n", net.client, "addr", "add", "10.201.1.2/24", "dev", vc},
            {"-n", net.client, "addr", "add", "10.201.1.3/24", "dev", vc},
            {"-n", net.router, "addr", "add", "10.201.1.1/24", "dev", vr},
            {"-n", net.router, "addr", "add", "10.201.2.1/24", "dev", vt},
            {"-n", net.server, "addr", "add", "10.201.2.2/24", "dev", vs},
            {"-n", net.client, "link", "set", vc, "up"},
            {"-n", net.router, "link", "set", vr, "up"},
            {"-n", net.router, "link", "set", vt, "up"},
            {"-n", net.server, "link", "set", vs, "up"},
            {"-n", net.client, "link", "set", "lo", "up"},
            {"-n", net.router, "link", "set", "lo", "up"},
            {"-n", net.server, "link", "set", "lo", "up"},
            // The server has no route to the client: only the masquerade brings replies back.
            {"-n", net.client, "route", "add", "default", "via", "10.201.1.1"},
        };
        for (const QStringList &args : setup)
            QVERIFY2(net.ip(args, &why), qPrintable(why));
        ProgramRun run = net.in(net.router, {QStringLiteral("sysctl"), QStringLiteral("-qw"),
                                             QStringLiteral("net.ipv4.ip_forward=1")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.all()));

        RinetdConfigParser parser(QStringLiteral("router.conf"));
        Config config = parser.parseText(QStringLiteral("10.201.1.1 8080 10.201.2.2 80\n"
                                                        "deny 10.201.1.3\n"
                                                        "10.201.1.1 5353/udp 10.201.2.2 53/udp\n"
                                                        "10.201.1.1 8000 10.201.2.2 9000\n"));
        QVERIFY(!hasErrors(parser.diagnostics()));
        config.rules[2].bindPort = QStringLiteral("8000-8009");
        config.rules[2].connectPort = QStringLiteral("9000-9009");
        NftablesExporter exporter(QStringLiteral("router.conf"));
        const QByteArray ruleset = exporter.write(config);
        QVERIFY(exporter.diagnostics().isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("router.nft"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(ruleset), ruleset.size());
        }
        // Loaded twice: the second load replaces the table instead of adding a second one.
        for (int i = 0; i < 2; ++i) {
            run = net.in(net.router, {QStringLiteral("nft"), QStringLiteral("-f"), path});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.all()));
        }
        run = net.in(net.router,
                     {QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("tables")});
        QCOMPARE(run.out.count(QLatin1String("table inet portrelay")), 1);
        run = net.in(net.router, {QStringLiteral("nft"), QStringLiteral("list"),
                                  QStringLiteral("chain"), QStringLiteral("inet"),
                                  QStringLiteral("portrelay"), QStringLiteral("nat_prerouting")});
        QCOMPARE(run.out.count(QLatin1String("dnat ip to 10.201.2.2:80")), 1);

        const QString helper = QStringLiteral(PORTRELAY_SOURCE_DIR "/tests/app/netns_ports.py");
        QVERIFY2(net.startServer({QStringLiteral("python3"), helper, QStringLiteral("serve"),
                                  QStringLiteral("80,9000-9009"), QStringLiteral("53")},
                                 &why),
                 qPrintable(why));
        auto ask = [&](const QString &proto, int port, const QString &source = QString()) {
            QStringList args = {QStringLiteral("python3"),    helper,
                                QStringLiteral("connect"),    proto,
                                QStringLiteral("10.201.1.1"), QString::number(port)};
            if (!source.isEmpty())
                args << source;
            const ProgramRun r = net.in(net.client, args);
            return r.out.trimmed() + r.err.trimmed();
        };
        QCOMPARE(ask(QStringLiteral("tcp"), 8080), QStringLiteral("tcp 80"));
        QCOMPARE(ask(QStringLiteral("udp"), 5353), QStringLiteral("udp 53"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(ask(QStringLiteral("tcp"), 8000 + i), QStringLiteral("tcp %1").arg(9000 + i));
        // The denied client's packets are dropped: no answer, not even a refusal.
        QCOMPARE(ask(QStringLiteral("tcp"), 8080, QStringLiteral("10.201.1.3")),
                 QStringLiteral("timeout"));
        // The same client is let through on a rule without that deny.
        QCOMPARE(ask(QStringLiteral("tcp"), 8001, QStringLiteral("10.201.1.3")),
                 QStringLiteral("tcp 9001"));
    }

    void haproxyRelaysAndDenies() {
        const QString haproxy = findTool(QStringLiteral("haproxy"));
        if (haproxy.isEmpty())
            QSKIP("haproxy is not installed (scripts/setup installs it)");
        QTcpServer backend;
        QVERIFY(backend.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        connect(&backend, &QTcpServer::newConnection, &backend, [&backend] {
            while (QTcpSocket *s = backend.nextPendingConnection()) {
                s->write("hello from the backend\n");
                s->disconnectFromHost();
            }
        });
        // A port for the frontend: free now, bound by haproxy a moment later.
        quint16 frontPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
            frontPort = probe.serverPort();
        }
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("relay.conf"));
        const QString out = dir.filePath(QStringLiteral("relay.cfg"));
        {
            QFile file(conf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("127.0.0.1 %1 127.0.0.1 %2\ndeny 127.0.0.2\n")
                           .arg(frontPort)
                           .arg(backend.serverPort())
                           .toUtf8());
        }
        const ProgramRun exported =
            runProgram(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--export"), out, conf});
        QVERIFY2(exported.finished && exported.exitCode == 0, qPrintable(exported.all()));

        QProcess proxy;
        proxy.setProcessChannelMode(QProcess::MergedChannels);
        proxy.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), out});
        QVERIFY(proxy.waitForStarted(10000));
        auto fetch = [&](const QString &source) {
            QTcpSocket socket;
            if (!source.isEmpty())
                socket.bind(QHostAddress(source));
            socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), frontPort);
            QByteArray data;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 5000 && socket.state() != QAbstractSocket::UnconnectedState) {
                QTest::qWait(20);
                data += socket.readAll();
            }
            data += socket.readAll();
            return data;
        };
        QByteArray answer;
        QElapsedTimer started;
        started.start();
        // haproxy binds a moment after it starts: ask until it answers (bounded).
        while (answer.isEmpty() && started.elapsed() < 20000 && proxy.state() == QProcess::Running)
            answer = fetch(QString());
        QCOMPARE(answer, QByteArray("hello from the backend\n"));
        QCOMPARE(fetch(QStringLiteral("127.0.0.2")), QByteArray());
        // The refused client reached haproxy (the port is bound) but never the backend.
        QCOMPARE(fetch(QStringLiteral("127.0.0.1")), QByteArray("hello from the backend\n"));
        proxy.terminate();
        if (!proxy.waitForFinished(5000)) {
            proxy.kill();
            proxy.waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExportEngines)
#include "tst_exportengines.moc"
