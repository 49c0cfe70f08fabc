// What goes wrong while the relay runs, and how it is reported: the connection log file that
// cannot be opened or written, a permission denied on a privileged port, an operator closing a
// connection that still has data on its way.
#include "EngineFixture.h"
#include "PrivilegedPort.h"
#include "RawSocket.h"
#include "TcpRuleListener.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace RawSocket;

namespace {

Config configWithLog(const QString &logFile, quint16 port, quint16 targetPort) {
    Config config;
    config.logFile = logFile;
    config.logFormat = LogFormat::PortRelay;
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), targetPort);
    return config;
}

// Writes to FD (non-blocking) until the kernel takes nothing more for a while; the bytes taken.
qint64 fillUntilStalled(int fd) {
    const QByteArray chunk(64 * 1024, 'x');
    qint64 sent = 0;
    QElapsedTimer clock;
    clock.start();
    constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;
    while (sent < kMaxBytes && clock.elapsed() < 20000) {
        const ssize_t n = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            break;
        pollfd p{fd, POLLOUT, 0};
        if (::poll(&p, 1, 500) == 0)
            break; // no room for half a second: every buffer on the way is full
    }
    return sent;
}

int queuedBytes(int fd) {
    int queued = 0;
    ::ioctl(fd, FIONREAD, &queued);
    return queued;
}

} // namespace

class TestRuntimeFailures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unopenableLogFileIsInTheSnapshot();
    void failedLogWriteIsInTheSnapshot();
    void permissionDeniedOnPrivilegedPortExplains();
    void permissionDeniedOnOrdinaryPortStaysShort();
    void closeConnectionDiscardsBufferedData();
};

void TestRuntimeFailures::unopenableLogFileIsInTheSnapshot() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A directory that does not exist: not even root can create a file there.
    const QString missing = dir.filePath(QStringLiteral("no-such-directory/relay.log"));
    EngineFixture engine;
    const quint16 port = freePort();
    QVERIFY(engine.apply(configWithLog(missing, port, freePort())));
    QVERIFY(engine.waitForStats([&](const StatsSnapshot &s) {
        return s.logProblem.contains(missing) &&
               s.logProblem.contains(QStringLiteral("not logged"));
    }));

    // A log file that can be written clears it.
    const QString good = dir.filePath(QStringLiteral("relay.log"));
    QVERIFY(engine.apply(configWithLog(good, port, freePort())));
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) { return s.logProblem.isEmpty(); }));
    QVERIFY(QFile::exists(good));

    // A reopen that fails keeps the old file, and says so.
    QVERIFY(engine.apply(configWithLog(missing, port, freePort())));
    QVERIFY(engine.waitForStats([&](const StatsSnapshot &s) {
        return s.logProblem.contains(missing) &&
               s.logProblem.contains(QStringLiteral("still logged to the file opened before"));
    }));

    // No log file at all is no problem.
    QVERIFY(engine.apply(configWithLog(QString(), port, freePort())));
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) { return s.logProblem.isEmpty(); }));
}

void TestRuntimeFailures::failedLogWriteIsInTheSnapshot() {
    // /dev/full opens, and every write to it fails with ENOSPC: a full disk.
    if (::access("/dev/full", W_OK) != 0)
        QSKIP("/dev/full is not available");
    EngineFixture engine;
    const quint16 port = freePort();
    Config config = configWithLog(QStringLiteral("/dev/full"), port, freePort());
    QVERIFY(engine.apply(config));
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) { return s.takenAt.isValid(); }));
    QVERIFY2(engine.latest().logProblem.isEmpty(), qPrintable(engine.latest().logProblem));

    // A connection to a target that refuses: one line to log ("local-connect-failed").
    const int client = connectTo(kLocal4, port);
    QVERIFY(client >= 0);
    QVERIFY(waitClosed(client));
    closeFd(client);
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.logProblem.contains(QStringLiteral("could not write to /dev/full")) &&
               s.logProblem.contains(QStringLiteral("lost"));
    }));
}

void TestRuntimeFailures::permissionDeniedOnPrivilegedPortExplains() {
    if (PrivilegedPort::unprivilegedPortStart() <= 1)
        QSKIP("every port is unprivileged on this machine");
    const quint16 port = quint16(PrivilegedPort::unprivilegedPortStart() - 1);
    QVERIFY(PrivilegedPort::needsPrivilege(port));
    const QString text = TcpRuleListener::bindErrorText(EACCES, port);
    QVERIFY2(text.startsWith(QStringLiteral("permission denied: port %1 ").arg(port)),
             qPrintable(text));
    for (const QString &choice :
         {QStringLiteral("portrelay.service"), QStringLiteral("--user NAME"),
          QStringLiteral("setcap cap_net_bind_service=+ep ") +
              QCoreApplication::applicationFilePath(),
          QStringLiteral("use port %1 or above").arg(PrivilegedPort::unprivilegedPortStart())})
        QVERIFY2(text.contains(choice), qPrintable(text));
    // EPERM (a security module) gets the same explanation.
    QCOMPARE(TcpRuleListener::bindErrorText(EPERM, port), text);
}

void TestRuntimeFailures::permissionDeniedOnOrdinaryPortStaysShort() {
    // No port known, or one anyone may bind: privileges are not what is missing.
    QCOMPARE(TcpRuleListener::bindErrorText(EACCES), QStringLiteral("permission denied"));
    QCOMPARE(TcpRuleListener::bindErrorText(EACCES, 65535), QStringLiteral("permission denied"));
    QCOMPARE(TcpRuleListener::bindErrorText(EADDRINUSE, 80),
             QStringLiteral("address already in use"));
}

void TestRuntimeFailures::closeConnectionDiscardsBufferedData() {
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort);
    QVERIFY(backend >= 0);
    EngineFixture engine;
    const quint16 port = freePort();
    Config config;
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backendPort);
    QVERIFY(engine.apply(config));

    // A client that does not read: its receive window fills, then the relay's send buffer
    // towards it, then the relay stops reading the target.
    const int client = connectTo(kLocal4, port);
    QVERIFY(client >= 0);
    const int server = acceptOne(backend);
    QVERIFY(server >= 0);
    QVERIFY(::fcntl(server, F_SETFL, ::fcntl(server, F_GETFL) | O_NONBLOCK) == 0);
    const qint64 sent = fillUntilStalled(server);
    QVERIFY(sent > 0);
    const int queued = queuedBytes(client);
    QVERIFY(queued > 0);
    // The relay has written more towards the client than the client's queue holds: the rest
    // waits in the relay's socket buffer.
    QVERIFY(engine.waitForStats([queued](const StatsSnapshot &s) {
        return s.connections.size() == 1 && s.connections.first().bytesToClient > quint64(queued);
    }));
    const quint64 writtenToClient = engine.latest().connections.first().bytesToClient;

    engine.host().closeConnection(engine.latest().connections.first().id);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 0; }));

    // The client gets what had already reached it, then a reset: not the buffered rest.
    qint64 received = 0;
    bool reset = false;
    bool eof = false;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    QElapsedTimer clock;
    clock.start();
    while (!reset && !eof && clock.elapsed() < 20000) {
        pollfd p{client, POLLIN, 0};
        if (::poll(&p, 1, 1000) <= 0)
            continue;
        const ssize_t n = ::recv(client, buffer.data(), size_t(buffer.size()), 0);
        if (n > 0)
            received += n;
        else if (n == 0)
            eof = true;
        else if (errno == ECONNRESET)
            reset = true;
        else if (errno != EINTR && errno != EAGAIN)
            break;
    }
    QVERIFY2(reset, qPrintable(QStringLiteral("received %1 of %2 bytes written towards the client, "
                                              "then %3")
                                   .arg(received)
                                   .arg(writtenToClient)
                                   .arg(eof ? QStringLiteral("an orderly end")
                                            : QStringLiteral("nothing"))));
    QVERIFY(quint64(received) < writtenToClient);
    // And the target's side is reset as well: the rest of its data goes nowhere.
    QVERIFY(waitClosed(server));
    closeFd(server);
    closeFd(client);
    closeFd(backend);
}

QTEST_GUILESS_MAIN(TestRuntimeFailures)
#include "tst_runtimefailures.moc"
