#include "LoopbackRelay.h"
#include "ProgramRun.h"

#include <QProcess>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// `portrelay forward`, run as a redir user runs it: redir command lines with `redir` replaced,
// real traffic on loopback to an echo server in this process, --debug's trace and the syslog
// lines (on a datagram socket of the test's own, PORTRELAY_SYSLOG_SOCKET).

namespace {

constexpr int kWait = 20000;

// Connects to the relay (retrying while it starts), sends DATA, waits for the echo, closes.
bool roundTrip(quint16 port, const QByteArray &data) {
    return echoedThrough(port, data) == data;
}

// One running `portrelay forward ARGUMENTS`.
class Forward : public RunningProgram {
public:
    void start(const QStringList &arguments,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        RunningProgram::start(QStringLiteral(PORTRELAY_BINARY),
                              QStringList{QStringLiteral("forward")} + arguments, env);
    }
    QString stderrText() { return QString::fromUtf8(RunningProgram::stderrText()); }
};

// A Unix datagram socket standing in for /dev/log.
class SyslogSink {
public:
    bool open(const QString &path) {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        if (m_fd < 0 || size_t(p.size()) >= sizeof address.sun_path)
            return false;
        memcpy(address.sun_path, p.constData(), size_t(p.size()));
        return ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~SyslogSink() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    // Everything received so far, one datagram per entry.
    const QList<QByteArray> &drain() {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n < 0)
                break;
            m_messages << QByteArray(buffer, int(n));
        }
        return m_messages;
    }
    bool waitFor(const QByteArray &text) {
        return QTest::qWaitFor(
            [&] {
                for (const QByteArray &m : drain()) {
                    if (m.contains(text))
                        return true;
                }
                return false;
            },
            kWait);
    }

private:
    int m_fd = -1;
    QList<QByteArray> m_messages;
};

} // namespace

class TestForward : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void redirCommandLinesRelay_data();
    void redirCommandLinesRelay();
    void helpNamesRedirOptions();
    void usageErrors_data();
    void usageErrors();
    void debugTracesEachStep();
    void syslogCarriesIdent();
};

void TestForward::redirCommandLinesRelay_data() {
    // %L: the port to listen on, %T: the echo server's port.
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain") << QStringList{"127.0.0.1:%L", "127.0.0.1:%T"};
    QTest::newRow("any address, short options")
        << QStringList{"-n", "-t", "30", ":%L", "127.0.0.1:%T"};
    QTest::newRow("long options with =")
        << QStringList{"--foreground",     "--timeout=60", "--max-bandwidth=80000000",
                       "--bind=127.0.0.1", "--ident=web",  "127.0.0.1:%L",
                       "localhost:%T"};
    QTest::newRow("redir 2 spellings")
        << QStringList{"--max_bandwidth=8000000", "--bind_addr=127.0.0.1", "--name=x",
                       "127.0.0.1:%L", "127.0.0.1:%T"};
    QTest::newRow("ftp types") << QStringList{"--ftp=both", "127.0.0.1:%L", "127.0.0.1:%T"};
    QTest::newRow("ftp redir type") << QStringList{"-f", "pasv", "127.0.0.1:%L", "127.0.0.1:%T"};
    QTest::newRow("two relay threads")
        << QStringList{"--threads", "2", "127.0.0.1:%L", "127.0.0.1:%T"};
    QTest::newRow("a thread per core") << QStringList{"--threads=auto", ":%L", "127.0.0.1:%T"};
}

void TestForward::redirCommandLinesRelay() {
    QFETCH(QStringList, arguments);
    EchoServer echo;
    QVERIFY(echo.listen());
    const quint16 port = freePort();
    QVERIFY(port != 0);
    for (QString &a : arguments) {
        a.replace(QLatin1String("%L"), QString::number(port));
        a.replace(QLatin1String("%T"), QString::number(echo.port()));
    }
    Forward forward;
    forward.start(arguments);
    QVERIFY2(roundTrip(port, "through portrelay forward"), qPrintable(forward.stderrText()));
    QVERIFY(roundTrip(port, QByteArray(100000, 'x')));
    QCOMPARE(forward.stop(), 0);
    QVERIFY2(forward.stderrText().contains(QLatin1String("1 of 1 rule(s) started")),
             qPrintable(forward.stderrText()));
}

void TestForward::helpNamesRedirOptions() {
    const ProgramRun help = runProgram(QStringLiteral(PORTRELAY_BINARY),
                                       {QStringLiteral("forward"), QStringLiteral("--help")});
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    const QString text = help.out.simplified(); // --help wraps its descriptions
    for (const char *expected :
         {"--ftp", "redir -f", "--transproxy", "redir -p", "--timeout", "redir -t",
          "--max-bandwidth", "redir -m", "--bind", "redir -b", "--syslog", "redir -s", "--ident",
          "redir -I", "--debug", "redir -d", "--user", "[ADDR:]PORT", "HOST:PORT"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void TestForward::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("one endpoint") << QStringList{"8080"};
    QTest::newRow("three endpoints") << QStringList{"1", "2:3", "4:5"};
    QTest::newRow("bad port") << QStringList{"127.0.0.1:99999", "127.0.0.1:80"};
    QTest::newRow("bad ftp") << QStringList{"--ftp=sideways", "8080", "127.0.0.1:80"};
    QTest::newRow("bad bandwidth") << QStringList{"--max-bandwidth=fast", "8080", "127.0.0.1:80"};
    QTest::newRow("bandwidth below a byte") << QStringList{"-m", "7", "8080", "127.0.0.1:80"};
    QTest::newRow("bad timeout") << QStringList{"-t", "soon", "8080", "127.0.0.1:80"};
    QTest::newRow("bind and transproxy")
        << QStringList{"-p", "-b", "10.0.0.1", "8080", "127.0.0.1:80"};
    QTest::newRow("unknown option") << QStringList{"--random-wait=5", "8080", "127.0.0.1:80"};
    QTest::newRow("no threads") << QStringList{"--threads", "0", "8080", "127.0.0.1:80"};
    QTest::newRow("threads not a number")
        << QStringList{"--threads", "many", "8080", "127.0.0.1:80"};
    QTest::newRow("too many threads") << QStringList{"--threads", "65", "8080", "127.0.0.1:80"};
}

void TestForward::usageErrors() {
    QFETCH(QStringList, arguments);
    const ProgramRun run =
        runProgram(QStringLiteral(PORTRELAY_BINARY), QStringList{"forward"} + arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("portrelay forward: ")), qPrintable(run.err));
}

void TestForward::debugTracesEachStep() {
    EchoServer echo;
    QVERIFY(echo.listen());
    const quint16 port = freePort();
    Forward forward;
    forward.start({QStringLiteral("--debug"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("localhost:%1").arg(echo.port())});
    QVERIFY2(roundTrip(port, "traced"), qPrintable(forward.stderrText()));
    QVERIFY(QTest::qWaitFor(
        [&] { return forward.stderrText().contains(QLatin1String("closed (")); }, kWait));
    QCOMPARE(forward.stop(), 0);
    const QString trace = forward.stderrText();
    for (const char *step :
         {"accepted 127.0.0.1 port", "access allowed", "resolving localhost",
          "localhost resolved to 127.0.0.1", "connecting to 127.0.0.1 port",
          "connected to the target", "first bytes from the client (6)",
          "first bytes from the target (6)",
          "the client ended its side after 6 bytes; half-closed towards the target",
          "closed (done-remote-closed): 6 bytes from the client, 6 bytes to the client"})
        QVERIFY2(trace.contains(QLatin1String(step)),
                 qPrintable(step + QStringLiteral("\n") + trace));

    // Without --debug: none of it.
    Forward quiet;
    const quint16 quietPort = freePort();
    quiet.start({QStringLiteral("127.0.0.1:%1").arg(quietPort),
                 QStringLiteral("127.0.0.1:%1").arg(echo.port())});
    QVERIFY(roundTrip(quietPort, "quiet"));
    QCOMPARE(quiet.stop(), 0);
    QVERIFY2(!quiet.stderrText().contains(QLatin1String("connection 1")),
             qPrintable(quiet.stderrText()));
}

void TestForward::syslogCarriesIdent() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString socketPath = dir.filePath(QStringLiteral("log"));
    SyslogSink sink;
    QVERIFY(sink.open(socketPath));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTRELAY_SYSLOG_SOCKET"), socketPath);
    EchoServer echo;
    QVERIFY(echo.listen());
    const quint16 port = freePort();
    Forward forward;
    forward.start({QStringLiteral("--syslog"), QStringLiteral("--ident=myredir"),
                   QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("127.0.0.1:%1").arg(echo.port())},
                  env);
    QVERIFY(roundTrip(port, "to syslog"));
    // Facility daemon (3): info is <30>, a connection event (notice) <29>.
    QVERIFY(sink.waitFor("starting redirections"));
    QVERIFY(sink.waitFor("done-remote-closed, 9 bytes in, 9 bytes out"));
    QCOMPARE(forward.stop(), 0);
    bool sawNotice = false;
    bool sawInfo = false;
    for (const QByteArray &message : sink.drain()) {
        QVERIFY2(message.contains(" myredir[") && message.contains("]: "), message.constData());
        sawNotice = sawNotice || (message.startsWith("<29>") && message.contains("opened"));
        sawInfo = sawInfo || (message.startsWith("<30>") && message.contains("starting"));
    }
    QVERIFY(sawNotice);
    QVERIFY(sawInfo);
    // Nothing on stderr: with --syslog everything goes there.
    QVERIFY2(forward.stderrText().isEmpty(), qPrintable(forward.stderrText()));
}

QTEST_GUILESS_MAIN(TestForward)
#include "tst_forward.moc"
