#include "ProgramRun.h"
#include "RawSocket.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <unistd.h>

// `portrelay inetd HOST:PORT` run as inetd runs it: tests/app/inetd_harness.py accepts one
// connection and starts the built binary with the socket as standard input and output (and
// systemd-socket-activate --inetd when installed). The test is the client and the target, on
// plain blocking sockets (every wait bounded).

namespace {
constexpr int kWait = 30000;

using namespace RawSocket;

// One harness run: the port it listens on, then the exit status of the relay.
class InetdRun : public RunningProgram {
public:
    bool start(const QString &python, const QStringList &inetdArguments) {
        if (!RunningProgram::start(
                python,
                QStringList{QStringLiteral(PORTRELAY_SOURCE_DIR "/tests/app/inetd_harness.py"),
                            QStringLiteral("--"), QStringLiteral(PORTRELAY_BINARY),
                            QStringLiteral("inetd")} +
                    inetdArguments))
            return false;
        while (!m_stdout.contains('\n') && process().waitForReadyRead(kWait))
            m_stdout += process().readAllStandardOutput();
        const QList<QByteArray> words = m_stdout.trimmed().split(' ');
        m_port = words.size() == 2 && words.at(0) == "port" ? quint16(words.at(1).toUInt()) : 0;
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    // The relay's exit status as the harness saw it; -1000 when it did not end in time.
    int waitForExitStatus() {
        if (!process().waitForFinished(kWait))
            return -1000;
        m_stdout += process().readAllStandardOutput();
        const int at = m_stdout.indexOf("exit ");
        return at < 0 ? -1000 : m_stdout.mid(at + 5).trimmed().toInt();
    }

private:
    QByteArray m_stdout;
    quint16 m_port = 0;
};
} // namespace

class TestInetd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void relaysByteExactBothWaysWithHalfClose();
    void deniedClientIsClosedAtOnce();
    void unreachableTargetExitsOne();
    void standardInputMustBeAConnection();
    void usageErrorsExitTwo();
    void underSystemdSocketActivateInetd();
    void maxBandwidthLimitsTheConnection();

private:
    QString m_python;
};

void TestInetd::initTestCase() {
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestInetd::relaysByteExactBothWaysWithHalfClose() {
    if (m_python.isEmpty())
        QSKIP("python3 is needed to play inetd");
    quint16 targetPort = 0;
    const int target = listenOn(kLocal4, &targetPort);
    QVERIFY(target >= 0);
    InetdRun run;
    QVERIFY(run.start(m_python, {QStringLiteral("--timeout"), QStringLiteral("60"),
                                 QStringLiteral("--allow"), QStringLiteral("127.0.0.*"),
                                 QStringLiteral("127.0.0.1:%1").arg(targetPort)}));
    const int client = connectTo(kLocal4, run.port());
    QVERIFY(client >= 0);
    const int server = acceptOne(target);
    QVERIFY2(server >= 0, run.stderrText().constData());
    // Different sizes each way, and the client ends first: the target still gets its whole
    // answer through after the client's half-close.
    const QByteArray up = randomBytes(3 * 1024 * 1024 + 17, 1);
    const QByteArray down = randomBytes(2 * 1024 * 1024 + 5, 2);
    QByteArray atServer;
    QByteArray atClient;
    QVERIFY(exchange(client, server, up, down, &atServer, &atClient));
    QVERIFY(atServer == up);
    QVERIFY(atClient == down);
    closeFd(client);
    closeFd(server);
    closeFd(target);
    QCOMPARE(run.waitForExitStatus(), 0);
    // The connection log line, as the daemon writes it (PortRelay format): client, local
    // address, target, byte counts.
    const QByteArray err = run.stderrText();
    const QByteArray done = "127.0.0.1\t127.0.0.1\t" + QByteArray::number(run.port()) +
                            "\t127.0.0.1\t" + QByteArray::number(targetPort) + '\t' +
                            QByteArray::number(up.size()) + '\t' + QByteArray::number(down.size()) +
                            "\tdone-";
    QVERIFY2(err.contains(done), err.constData());
    QVERIFY2(err.contains("\topened"), err.constData());
}

void TestInetd::deniedClientIsClosedAtOnce() {
    if (m_python.isEmpty())
        QSKIP("python3 is needed to play inetd");
    quint16 targetPort = 0;
    const int target = listenOn(kLocal4, &targetPort);
    InetdRun run;
    QVERIFY(run.start(m_python, {QStringLiteral("--deny"), QStringLiteral("127.0.0.0/8"),
                                 QStringLiteral("127.0.0.1:%1").arg(targetPort)}));
    const int client = connectTo(kLocal4, run.port());
    QVERIFY(client >= 0);
    QVERIFY(waitClosed(client));
    QCOMPARE(run.waitForExitStatus(), 1);
    // The target was never contacted.
    QVERIFY(isQuiet(target, 200));
    const QByteArray err = run.stderrText();
    QVERIFY2(err.contains("\tdenied"), err.constData());
    closeFd(client);
    closeFd(target);
}

void TestInetd::unreachableTargetExitsOne() {
    if (m_python.isEmpty())
        QSKIP("python3 is needed to play inetd");
    const quint16 closedPort = freePort();
    InetdRun run;
    QVERIFY(run.start(m_python, {QStringLiteral("127.0.0.1:%1").arg(closedPort)}));
    const int client = connectTo(kLocal4, run.port());
    QVERIFY(client >= 0);
    QVERIFY(waitClosed(client));
    QCOMPARE(run.waitForExitStatus(), 1);
    const QByteArray err = run.stderrText();
    QVERIFY2(err.contains("local-connect-failed"), err.constData());
    closeFd(client);
}

void TestInetd::standardInputMustBeAConnection() {
    QProcess relay;
    relay.setStandardInputFile(QProcess::nullDevice());
    relay.start(QStringLiteral(PORTRELAY_BINARY),
                {QStringLiteral("inetd"), QStringLiteral("127.0.0.1:9")});
    QVERIFY(relay.waitForFinished(kWait));
    QCOMPARE(relay.exitCode(), 2);
    QVERIFY(relay.readAllStandardError().contains("not a connected TCP socket"));
}

void TestInetd::usageErrorsExitTwo() {
    const QList<QStringList> cases = {
        {QStringLiteral("inetd")},
        {QStringLiteral("inetd"), QStringLiteral("nohostport")},
        {QStringLiteral("inetd"), QStringLiteral("::1:80")},
        {QStringLiteral("inetd"), QStringLiteral("--timeout"), QStringLiteral("x"),
         QStringLiteral("h:80")},
        {QStringLiteral("inetd"), QStringLiteral("--allow"), QStringLiteral("1.2.3.4/40"),
         QStringLiteral("h:80")},
        {QStringLiteral("inetd"), QStringLiteral("h:no-such-service-x")},
    };
    for (const QStringList &arguments : cases) {
        QProcess relay;
        relay.setStandardInputFile(QProcess::nullDevice());
        relay.start(QStringLiteral(PORTRELAY_BINARY), arguments);
        QVERIFY(relay.waitForFinished(kWait));
        QVERIFY2(relay.exitCode() == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(relay.readAllStandardError().startsWith("portrelay inetd: "));
    }
    QProcess help;
    help.start(QStringLiteral(PORTRELAY_BINARY),
               {QStringLiteral("inetd"), QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(kWait));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.readAllStandardOutput().contains("HOST:PORT"));
}

void TestInetd::underSystemdSocketActivateInetd() {
    const QString activate =
        QStandardPaths::findExecutable(QStringLiteral("systemd-socket-activate"));
    if (activate.isEmpty())
        QSKIP("systemd-socket-activate is not installed (package systemd)");
    quint16 targetPort = 0;
    const int target = listenOn(kLocal4, &targetPort);
    const quint16 port = freePort();
    QProcess starter;
    starter.start(activate,
                  {QStringLiteral("--accept"), QStringLiteral("--inetd"), QStringLiteral("-l"),
                   QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral(PORTRELAY_BINARY),
                   QStringLiteral("inetd"), QStringLiteral("127.0.0.1:%1").arg(targetPort)});
    QVERIFY(starter.waitForStarted(kWait));
    int client = -1;
    for (int attempt = 0; attempt < 100 && client < 0; ++attempt) {
        client = connectTo(kLocal4, port);
        if (client < 0)
            QTest::qWait(100);
    }
    QVERIFY(client >= 0);
    const int server = acceptOne(target);
    QVERIFY(server >= 0);
    const QByteArray up = randomBytes(256 * 1024, 3);
    const QByteArray down = randomBytes(128 * 1024 + 1, 4);
    QByteArray atServer;
    QByteArray atClient;
    QVERIFY(exchange(client, server, up, down, &atServer, &atClient));
    QVERIFY(atServer == up);
    QVERIFY(atClient == down);
    closeFd(client);
    closeFd(server);
    closeFd(target);
    // The relay is a child of systemd-socket-activate, which outlives it and shares its stderr:
    // the line comes when the relay has seen both closes, maybe well after them. Ending the
    // starter first would leave the relay writing to a pipe nobody reads any more, so the test
    // waits for the line itself.
    starter.setReadChannel(QProcess::StandardError);
    QByteArray err = starter.readAllStandardError();
    while (!err.contains("done-") && starter.waitForReadyRead(kWait))
        err += starter.readAllStandardError();
    ::kill(pid_t(starter.processId()), SIGTERM);
    QVERIFY(starter.waitForFinished(kWait));
    err += starter.readAllStandardError();
    QVERIFY2(err.contains("done-"), err.constData());
}

// --max-bandwidth is in bits per second, as for `forward`: 1 Mbit/s is rate=128k, and a few hundred
// KiB then take seconds. Only a generous lower bound is checked (half the budget), never an
// upper one.
void TestInetd::maxBandwidthLimitsTheConnection() {
    if (m_python.isEmpty())
        QSKIP("python3 is needed to play inetd");
    for (const char *bad : {"x", "7", "-8"}) {
        QProcess relay;
        relay.setStandardInputFile(QProcess::nullDevice());
        relay.start(QStringLiteral(PORTRELAY_BINARY),
                    {QStringLiteral("inetd"), QStringLiteral("--max-bandwidth"), QLatin1String(bad),
                     QStringLiteral("h:80")});
        QVERIFY(relay.waitForFinished(kWait));
        QCOMPARE(relay.exitCode(), 2);
        QVERIFY2(relay.readAllStandardError().contains("--max-bandwidth"), bad);
    }

    quint16 targetPort = 0;
    const int target = listenOn(kLocal4, &targetPort);
    QVERIFY(target >= 0);
    InetdRun run;
    QVERIFY(run.start(m_python,
                      {QStringLiteral("--debug"), QStringLiteral("--max-bandwidth"),
                       QStringLiteral("1048576"), QStringLiteral("127.0.0.1:%1").arg(targetPort)}));
    const int client = connectTo(kLocal4, run.port());
    QVERIFY(client >= 0);
    const int server = acceptOne(target);
    QVERIFY2(server >= 0, run.stderrText().constData());
    const qint64 rate = 1048576 / 8;
    const QByteArray up = randomBytes(3 * rate, 3); // three seconds' worth
    const QByteArray down = randomBytes(64 * 1024, 4);
    QByteArray atServer;
    QByteArray atClient;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(exchange(client, server, up, down, &atServer, &atClient));
    const qint64 elapsedMs = clock.elapsed();
    QVERIFY(atServer == up);
    QVERIFY(atClient == down);
    closeFd(client);
    closeFd(server);
    closeFd(target);
    QCOMPARE(run.waitForExitStatus(), 0);
    const QByteArray err = run.stderrText();
    QVERIFY2(elapsedMs >= 1500, qPrintable(QStringLiteral("%1 ms\n").arg(elapsedMs) + err));
    // The limit the relay applied, in bytes per second (--debug).
    QVERIFY2(err.contains("bandwidth limit: 131072 bytes per second") && err.contains("rate=128k"),
             err.constData());
}

QTEST_GUILESS_MAIN(TestInetd)
#include "tst_inetd.moc"
