#include "LoopbackRelay.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

// The headless drop-in run as an administrator runs it: the built binary started with
// `--headless -c FILE` by QProcess, without any display in its environment, real traffic on
// loopback through it to an echo server in this process, then SIGHUP and SIGTERM.
// Waits are bounded (QTRY_* / qWaitFor); nothing asserts on how fast anything is.

namespace {
constexpr int kWait = 20000; // ms; generous: the machine is shared

QByteArray randomBytes(int size) {
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return data;
}

} // namespace

// One running `portrelay --headless` process.
using Relay = HeadlessRelay;

class TestHeadless : public QObject, private RelayTestBed {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void relaysLogsAndStopsOnSigterm();
    void stopsOnSigint();
    void runsJsonConfig();
    void reloadAddsRuleAndKeepsOpenConnection();
    void reloadWithErrorsKeepsRunningConfig();
    void configErrorsExitOneWithEveryDiagnostic();
    void unreadableConfigExitsOne();
    void bindFailureKeepsOtherRulesServing();
    void permissionDeniedIsReported();
    void noRuleStartedExitsOne();
    void unknownUserExitsOne();
    void userNeedsRoot();
    void dropsRootAfterBinding();
    void syslogKeepsStderrQuiet();
    void configTextCannotForgeMessageLines();
    void logReopensAfterDroppingRoot();
    void reloadsWithEveryDescriptorUsed();

private:
};

void TestHeadless::initTestCase() {
    QVERIFY2(QFile::exists(QStringLiteral(PORTRELAY_BINARY)), PORTRELAY_BINARY);
}

void TestHeadless::init() {
    QVERIFY(setUpBed());
}

void TestHeadless::cleanup() {
    tearDownBed();
}

void TestHeadless::relaysLogsAndStopsOnSigterm() {
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    const QString log = path("relay.log");
    const QString pid = path("relay.pid");
    Relay relay;
    QVERIFY2(startServing(relay, conf,
                          "logfile " + log.toLocal8Bit() + "\npidlogfile " + pid.toLocal8Bit() +
                              '\n' + rule(port, m_echo->port()),
                          port),
             relay.stderrText().constData());
    QVERIFY(relay.waitForStderr("portrelay: starting redirections..."));

    // The pid file appears once the listeners are bound and holds the relay's pid.
    QTRY_COMPARE_WITH_TIMEOUT(readFile(pid), QByteArray::number(relay.process().processId()) + '\n',
                              kWait);

    EchoClient client;
    QVERIFY(client.connectTo(port));
    const QByteArray data = randomBytes(256 * 1024);
    QVERIFY(client.roundTrip(data));
    QVERIFY(client.roundTrip("hello\n"));
    client.close();

    // rinetd's tab format: ... client, bind address, bind port, target, target port, bytes.
    const QByteArray where = "\t127.0.0.1\t" + QByteArray::number(port) + "\t127.0.0.1\t" +
                             QByteArray::number(m_echo->port()) + '\t';
    const QByteArray bytes = QByteArray::number(data.size() + 6);
    QTRY_VERIFY_WITH_TIMEOUT(readFile(log).contains(where + "0\t0\topened\n"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(readFile(log).contains(where + bytes + '\t' + bytes + "\tdone-"),
                             kWait);

    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(relay.process().exitCode(), 0);
    QVERIFY(!QFile::exists(pid));
    QVERIFY(relay.stderrContains("received SIGTERM"));
    // The engine runs cleanly in its own thread: Qt complains when a timer or notifier is
    // used from a thread that does not own it, and an admin would find that in the journal.
    QVERIFY2(!relay.stderrContains("another thread"), relay.stderrText().constData());
    // Nothing listens any more.
    EchoClient late;
    QVERIFY(!late.connectTo(port));
}

void TestHeadless::stopsOnSigint() {
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    Relay relay;
    QVERIFY2(startServing(relay, conf, rule(port, m_echo->port()), port),
             relay.stderrText().constData());
    // An open connection does not keep the relay from stopping.
    EchoClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.roundTrip("ping"));
    QVERIFY(relay.signal(SIGINT));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(relay.process().exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, kWait);
}

void TestHeadless::runsJsonConfig() {
    // The same rule as PortRelay JSON (made by --export): the format is told by the content.
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    const QString json = path("relay.json");
    QVERIFY(writeFile(conf, rule(port, m_echo->port())));
    QProcess exporter;
    exporter.start(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--export"), json, conf});
    QVERIFY(exporter.waitForFinished(kWait));
    QCOMPARE(exporter.exitCode(), 0);
    QVERIFY(readFile(json).trimmed().startsWith('{'));

    Relay relay;
    // -f as rinetd users write it: accepted, PortRelay is always in the foreground.
    relay.start({QStringLiteral("-f"), QStringLiteral("-c"), json});
    QVERIFY2(waitForListener(port, &relay), relay.stderrText().constData());
    EchoClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.roundTrip(randomBytes(32 * 1024)));
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
}

void TestHeadless::reloadAddsRuleAndKeepsOpenConnection() {
    const quint16 first = freePort();
    const quint16 second = freePort();
    QVERIFY(first != second);
    const QString conf = path("rinetd.conf");
    const QString log = path("relay.log");
    const QString rotated = path("relay.log.1");
    const QByteArray logLine = "logfile " + log.toLocal8Bit() + '\n';
    Relay relay;
    QVERIFY2(startServing(relay, conf, logLine + rule(first, m_echo->port()), first),
             relay.stderrText().constData());

    EchoClient held;
    QVERIFY(held.connectTo(first));
    QVERIFY(held.roundTrip("before reload"));
    const QByteArray firstRule = "\t127.0.0.1\t" + QByteArray::number(first) + '\t';
    const QByteArray secondRule = "\t127.0.0.1\t" + QByteArray::number(second) + '\t';
    QTRY_VERIFY_WITH_TIMEOUT(readFile(log).contains(firstRule), kWait);

    // What logrotate does: move the file away, then SIGHUP makes the relay open a new one.
    QVERIFY(QFile::rename(log, rotated));
    QVERIFY(writeFile(conf, logLine + rule(first, m_echo->port()) + rule(second, m_echo->port())));
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(relay.waitForStderr("received SIGHUP, reloading configuration..."));
    QVERIFY2(waitForListener(second, &relay), relay.stderrText().constData());

    EchoClient fresh;
    QVERIFY(fresh.connectTo(second));
    QVERIFY(fresh.roundTrip(randomBytes(4096)));
    QTRY_VERIFY_WITH_TIMEOUT(readFile(log).contains(secondRule), kWait);
    QVERIFY(!readFile(rotated).contains(secondRule));
    // The connection opened before the reload is still relayed, both ways.
    QCOMPARE(held.socket().state(), QAbstractSocket::ConnectedState);
    QVERIFY(held.roundTrip(randomBytes(64 * 1024)));
    QVERIFY(relay.isRunning());

    // Removing the rule again stops its listener.
    QVERIFY(writeFile(conf, logLine + rule(first, m_echo->port())));
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(QTest::qWaitFor(
        [&] {
            EchoClient probe;
            return !probe.connectTo(second);
        },
        kWait));
    QVERIFY(held.roundTrip("after second reload"));

    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
}

void TestHeadless::reloadWithErrorsKeepsRunningConfig() {
    const quint16 port = freePort();
    const quint16 other = freePort();
    const QString conf = path("rinetd.conf");
    Relay relay;
    QVERIFY2(startServing(relay, conf, rule(port, m_echo->port()), port),
             relay.stderrText().constData());
    EchoClient held;
    QVERIFY(held.connectTo(port));
    QVERIFY(held.roundTrip("before"));

    // Line 2 is broken: nothing of the new file may be applied, not even its valid line 1.
    QVERIFY(writeFile(conf, rule(other, m_echo->port()) + "this is not a rule at all\n"));
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY2(relay.waitForStderr("running configuration is kept"), relay.stderrText().constData());
    QVERIFY2(relay.stderrContains(conf.toLocal8Bit() + ":2:"), relay.stderrText().constData());
    QVERIFY(relay.stderrContains("error"));
    QVERIFY(relay.isRunning());

    QVERIFY(held.roundTrip("after"));
    EchoClient fresh;
    QVERIFY(fresh.connectTo(port));
    QVERIFY(fresh.roundTrip("still served"));
    EchoClient notApplied;
    QVERIFY(!notApplied.connectTo(other));

    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
}

void TestHeadless::configErrorsExitOneWithEveryDiagnostic() {
    const quint16 port = freePort();
    const QString conf = path("broken.conf");
    QVERIFY(writeFile(conf, "this is not a rule\n" + rule(port, m_echo->port()) +
                                "127.0.0.1 notaport 127.0.0.1 80 extra junk\n"));
    Relay relay;
    relay.start({QStringLiteral("-c"), conf});
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(relay.process().exitCode(), 1);
    const QByteArray err = relay.stderrText();
    QVERIFY2(err.contains(conf.toLocal8Bit() + ":1:"), err.constData());
    QVERIFY2(err.contains(conf.toLocal8Bit() + ":3:"), err.constData());
    QVERIFY2(err.contains("error"), err.constData());
    // It never started: the valid line was not served.
    QVERIFY(!err.contains("starting redirections"));
}

void TestHeadless::unreadableConfigExitsOne() {
    const QString conf = path("does-not-exist.conf");
    Relay relay;
    relay.start({QStringLiteral("-c"), conf});
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 1);
    const QByteArray err = relay.stderrText();
    QVERIFY2(err.contains("portrelay error: "), err.constData());
    QVERIFY2(err.contains(conf.toLocal8Bit()), err.constData());
}

void TestHeadless::bindFailureKeepsOtherRulesServing() {
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const quint16 taken = squatter.serverPort();
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    Relay relay;
    QVERIFY2(
        startServing(relay, conf, rule(taken, m_echo->port()) + rule(port, m_echo->port()), port),
        relay.stderrText().constData());
    // The failing rule is named by FILE:LINE and as it is written in the file, once.
    const QByteArray failing = "portrelay error: " + conf.toLocal8Bit() +
                               ":1: cannot start rule \"127.0.0.1 " + QByteArray::number(taken) +
                               " 127.0.0.1 " + QByteArray::number(m_echo->port()) +
                               "\": address already in use";
    QVERIFY2(relay.waitForStderr(failing), relay.stderrText().constData());
    QVERIFY(relay.waitForStderr("1 of 2 rule(s) started"));
    QCOMPARE(relay.stderrText().count("address already in use"), 1);

    EchoClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.roundTrip("served"));
    QVERIFY(relay.isRunning());
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
}

void TestHeadless::permissionDeniedIsReported() {
    // A port below net.ipv4.ip_unprivileged_port_start needs privileges: run the relay as an
    // ordinary user (as root, through setpriv as nobody) and bind one.
    QFile startFile(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    const int unprivilegedStart =
        startFile.open(QIODevice::ReadOnly) ? startFile.readAll().trimmed().toInt() : 1024;
    if (unprivilegedStart <= 1)
        QSKIP("every port is unprivileged on this machine");
    QStringList runAs;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root and setpriv (util-linux) is missing");
        runAs = QStringList{setpriv, QStringLiteral("--reuid=nobody"),
                            QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")};
        // A checkout below a private directory (/root...) cannot be run by nobody.
        if (QProcess::execute(runAs.first(),
                              runAs.mid(1) + QStringList{QStringLiteral("test"),
                                                         QStringLiteral("-x"),
                                                         QStringLiteral(PORTRELAY_BINARY)}) != 0)
            QSKIP("nobody cannot run the built binary from where this checkout is");
        QVERIFY(openBedToOthers());
    }
    const quint16 privileged = quint16(unprivilegedStart - 1);
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    QVERIFY(writeFile(conf, rule(privileged, m_echo->port()) + rule(port, m_echo->port())));
    QVERIFY(QFile::setPermissions(conf, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    Relay relay;
    relay.start({QStringLiteral("-c"), conf}, runAs);
    QVERIFY2(waitForListener(port, &relay), relay.stderrText().constData());
    const QByteArray failing = "portrelay error: " + conf.toLocal8Bit() +
                               ":1: cannot start rule \"127.0.0.1 " +
                               QByteArray::number(privileged) + " 127.0.0.1 " +
                               QByteArray::number(m_echo->port()) + "\": permission denied";
    QVERIFY2(relay.waitForStderr(failing), relay.stderrText().constData());
    // Not just the errno: why, and the ways out.
    for (const char *choice :
         {"portrelay.service", "--user NAME", "setcap cap_net_bind_service=+ep", "or above"})
        QVERIFY2(relay.stderrText().contains(choice), relay.stderrText().constData());
    QVERIFY(relay.waitForStderr("1 of 2 rule(s) started"));
    EchoClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.roundTrip("unprivileged"));
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
}

void TestHeadless::noRuleStartedExitsOne() {
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString conf = path("rinetd.conf");
    const QString pid = path("relay.pid");
    QVERIFY(writeFile(conf, "pidlogfile " + pid.toLocal8Bit() + '\n' +
                                rule(squatter.serverPort(), m_echo->port())));
    Relay relay;
    relay.start({QStringLiteral("-c"), conf});
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 1);
    QVERIFY2(relay.stderrContains("no rule could start"), relay.stderrText().constData());
    QVERIFY(!QFile::exists(pid));
}

void TestHeadless::unknownUserExitsOne() {
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    QVERIFY(writeFile(conf, rule(port, m_echo->port())));
    Relay relay;
    relay.start({QStringLiteral("--user"), QStringLiteral("no-such-user-portrelay"),
                 QStringLiteral("-c"), conf});
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 1);
    QVERIFY2(relay.stderrContains("no-such-user-portrelay"), relay.stderrText().constData());
    // It failed before binding anything.
    QVERIFY(!relay.stderrContains("starting redirections"));
}

void TestHeadless::userNeedsRoot() {
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    QVERIFY(writeFile(conf, rule(port, m_echo->port())));
    Relay relay;
    if (::geteuid() == 0) {
        // Run the relay itself unprivileged, as an admin forgetting sudo would.
        relay.process().setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    relay.start({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("-c"), conf});
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 1);
    QVERIFY2(relay.stderrContains("only root can switch users"), relay.stderrText().constData());
    QVERIFY(!relay.stderrContains("starting redirections"));
}

void TestHeadless::dropsRootAfterBinding() {
    if (::geteuid() != 0)
        QSKIP("needs root: --user switches users");
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    QVERIFY(writeFile(conf, rule(port, m_echo->port())));
    // The config must stay readable by the unprivileged user for SIGHUP.
    QVERIFY(QFile::setPermissions(conf, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(openBedToOthers());
    Relay relay;
    relay.start({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("-c"), conf});
    QVERIFY2(waitForListener(port, &relay), relay.stderrText().constData());
    QVERIFY2(relay.waitForStderr("running as user nobody"), relay.stderrText().constData());
    // Every thread, the engine's included, has switched (real, effective, saved, fs ids), and
    // root's supplementary groups are gone.
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(relay.process().processId()));
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(threads.size() >= 2, qPrintable(threads.join(QLatin1Char(' '))));
    for (const QString &thread : threads) {
        const QByteArray status = readFile(tasks.filePath(thread + QStringLiteral("/status")));
        QVERIFY2(status.contains("\nUid:\t65534\t65534\t65534\t65534\n"), status.constData());
        QVERIFY2(status.contains("\nGid:\t65534\t65534\t65534\t65534\n"), status.constData());
        QVERIFY2(status.contains("\nGroups:\t65534 \n"), status.constData());
    }

    EchoClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.roundTrip(randomBytes(8192)));
    // Reloading as nobody still works for a config it can read.
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(relay.waitForStderr("configuration reloaded"));
    QVERIFY(client.roundTrip("after reload"));

    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
}

void TestHeadless::syslogKeepsStderrQuiet() {
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    QVERIFY(writeFile(conf, rule(port, m_echo->port())));
    Relay relay;
    relay.start({QStringLiteral("--syslog"), QStringLiteral("--ident"),
                 QStringLiteral("portrelay-test"), QStringLiteral("-c"), conf});
    QVERIFY2(waitForListener(port, &relay), relay.stderrText().constData());
    EchoClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.roundTrip("via syslog mode"));
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
    // The program's messages went to syslog, not to stderr.
    const QByteArray err = relay.stderrText();
    QVERIFY2(!err.contains("starting redirections"), err.constData());
    QVERIFY2(!err.contains("received SIGTERM"), err.constData());
}

// A newline in a JSON logFile used to reach stderr raw and forge a message line.
void TestHeadless::configTextCannotForgeMessageLines() {
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    const QString json = path("relay.json");
    QVERIFY(writeFile(conf, rule(port, m_echo->port())));
    QProcess exporter;
    exporter.start(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--export"), json, conf});
    QVERIFY(exporter.waitForFinished(kWait));
    QCOMPARE(exporter.exitCode(), 0);
    QJsonObject document = QJsonDocument::fromJson(readFile(json)).object();
    document.insert(
        QStringLiteral("logFile"),
        path("missing") +
            QStringLiteral("/x\nportrelay: rule 7 listening on 0.0.0.0 port 22\x1b[2J"));
    QVERIFY(writeFile(json, QJsonDocument(document).toJson()));

    Relay relay;
    relay.start({QStringLiteral("-c"), json});
    QVERIFY2(waitForListener(port, &relay), relay.stderrText().constData());
    QVERIFY2(relay.waitForStderr("could not open"), relay.stderrText().constData());
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    const QByteArray err = relay.stderrText();
    QVERIFY2(!err.contains("\nportrelay: rule 7"), err.constData());
    QVERIFY2(!err.contains('\x1b'), err.toPercentEncoding().constData());
    QVERIFY2(err.contains("x\\nportrelay: rule 7 listening on 0.0.0.0 port 22\\x1b[2J"),
             err.constData());
}

// With --user the log file was root's, so the first SIGHUP (logrotate's) could not reopen it
// and every later connection went unlogged. Now it is handed to the user before the drop; and
// when a reopen does fail (rotated away into a directory the user cannot write), the old file
// keeps receiving lines and stderr says so.
void TestHeadless::logReopensAfterDroppingRoot() {
    if (::geteuid() != 0)
        QSKIP("needs root: --user switches users");
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    const QString log = path("relay.log");
    const QString rotated = path("relay.log.1");
    QVERIFY(writeFile(conf, "logfile " + log.toLocal8Bit() + '\n' + rule(port, m_echo->port())));
    QVERIFY(QFile::setPermissions(conf, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(openBedToOthers());
    Relay relay;
    relay.start({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("-c"), conf});
    QVERIFY2(waitForListener(port, &relay), relay.stderrText().constData());
    QVERIFY2(relay.waitForStderr("running as user nobody"), relay.stderrText().constData());
    // Each connection sends a different number of bytes, so its log line is told apart from
    // the listener probes'.
    const auto logged = [&](const QString &file, int bytes) {
        const QByteArray size = QByteArray::number(bytes);
        return readFile(file).contains('\t' + size + '\t' + size + "\tdone-");
    };
    const auto oneConnection = [&](int bytes) {
        EchoClient client;
        const bool ok = client.connectTo(port) && client.roundTrip(QByteArray(bytes, 'x'));
        client.close();
        return ok;
    };
    QVERIFY(oneConnection(11));
    QTRY_VERIFY_WITH_TIMEOUT(logged(log, 11), kWait);
    QCOMPARE(QFileInfo(log).ownerId(), uint(65534));

    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(relay.waitForStderr("configuration reloaded"));
    QVERIFY2(!relay.stderrContains("could not reopen"), relay.stderrText().constData());
    QVERIFY(oneConnection(22));
    QTRY_VERIFY_WITH_TIMEOUT(logged(log, 22), kWait);

    // Rotated away; nobody may not create a file in the directory: the reopen fails, loudly,
    // and the lines go on into the file open so far.
    QVERIFY(QFile::rename(log, rotated));
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY2(relay.waitForStderr("still logged"), relay.stderrText().constData());
    QVERIFY(oneConnection(33));
    QTRY_VERIFY_WITH_TIMEOUT(logged(rotated, 33), kWait);

    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.process().exitCode(), 0);
}

// Out of descriptors, SIGHUP used to fail ("cannot read the configuration file: Too many open
// files"). The relay runs with a limit of 64 descriptors (prlimit) and UDP clients from many
// ports take the rest, one upstream socket per session, until none is left.
void TestHeadless::reloadsWithEveryDescriptorUsed() {
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QSKIP("prlimit (util-linux) is not installed: cannot lower the relay's descriptor limit");
    const quint16 port = freePort();
    QUdpSocket target; // absorbs what the sessions send, so that none ends with a refusal
    QVERIFY(target.bind(QHostAddress::LocalHost, 0));
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 udpPort = probe.localPort();
    probe.close();
    const QString conf = path("rinetd.conf");
    const QByteArray rules = rule(port, m_echo->port()) + "127.0.0.1 " +
                             QByteArray::number(udpPort) + "/udp 127.0.0.1 " +
                             QByteArray::number(target.localPort()) + "/udp\n";
    QVERIFY(writeFile(conf, rules));
    constexpr int kLimit = 64;
#ifdef PORTRELAY_SANITIZER_BUILD
    // Room to raise the soft limit before the stop (see there); raising it needs no privilege.
    constexpr int kHardLimit = 4 * kLimit;
#else
    constexpr int kHardLimit = kLimit;
#endif
    Relay relay;
    relay.start(
        {QStringLiteral("-c"), conf},
        {QStringLiteral("prlimit"), QStringLiteral("--nofile=%1:%2").arg(kLimit).arg(kHardLimit)});
    QVERIFY2(waitForListener(port, &relay), relay.stderrText().constData());
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(relay.process().processId()));
    const auto used = [&] {
        return int(fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
    };
    // More clients than descriptors: the last ones find none (their datagrams are dropped).
    std::vector<std::unique_ptr<QUdpSocket>> clients;
    for (int i = 0; i < 2 * kLimit; ++i) {
        auto client = std::make_unique<QUdpSocket>();
        QVERIFY(client->bind(QHostAddress::LocalHost, 0));
        client->writeDatagram("x", 1, QHostAddress::LocalHost, udpPort);
        clients.push_back(std::move(client));
        QTest::qWait(10);
    }
    QTRY_VERIFY_WITH_TIMEOUT(used() >= kLimit, kWait);
    QTest::qWait(500); // the last datagrams are handled (and find no descriptor)
    QVERIFY2(used() >= kLimit, qPrintable(QString::number(used())));

    QVERIFY(writeFile(conf, "# reloaded\n" + rules));
    QVERIFY(relay.signal(SIGHUP));
    (void)QTest::qWaitFor(
        [&] {
            return relay.stderrContains("configuration reloaded") ||
                   relay.stderrContains("not applied");
        },
        kWait);
    QVERIFY2(relay.stderrContains("configuration reloaded"), relay.stderrText().constData());
    QVERIFY2(!relay.stderrContains("cannot read"), relay.stderrText().constData());
#ifdef PORTRELAY_SANITIZER_BUILD
    // UBSan checks an object's dynamic type through a pipe the first time it meets the type; in a
    // process without a free descriptor that check cannot run and reports a valid object as one
    // with an "invalid vptr" (at the stop: ~ControlServer, ~TcpRuleListener). The reload above
    // ran out of descriptors under the sanitizers; the stop gets room for their pipe. Without
    // them, the relay stops with every descriptor still in use.
    QProcess raise;
    raise.start(QStringLiteral("prlimit"),
                {QStringLiteral("--pid"), QString::number(relay.process().processId()),
                 QStringLiteral("--nofile=%1:%1").arg(kHardLimit)});
    QVERIFY(raise.waitForFinished(kWait));
    QVERIFY2(raise.exitCode() == 0, raise.readAllStandardError().constData());
#endif
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QVERIFY2(relay.process().exitCode() == 0, relay.stderrText().constData());
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
