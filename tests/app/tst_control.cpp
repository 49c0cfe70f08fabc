#include "ControlClient.h"
#include "ControlMessages.h"
#include "LoopbackRelay.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <grp.h>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

// The control channel as an administrator uses it: the built binary run as
// `portrelay --headless --control SOCKET` and `portrelay ctl ...` as separate processes, real
// traffic on loopback through the relay to an echo server in this process, and clients that
// misbehave on purpose. Waits are bounded; nothing asserts on how fast anything is.

namespace {
constexpr int kWait = 20000; // ms; generous: the machine is shared

struct CtlRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `portrelay ctl ARGS` to its end while this thread's event loop keeps serving the echo
// server. PREFIX runs it as another user (setpriv ...).
CtlRun runCtl(const QStringList &args, const QStringList &prefix = {}) {
    QProcess process;
    const QStringList command =
        QStringList{QStringLiteral(PORTRELAY_BINARY), QStringLiteral("ctl")} + args;
    if (prefix.isEmpty())
        process.start(command.first(), command.mid(1));
    else
        process.start(prefix.first(), prefix.mid(1) + command);
    CtlRun run;
    if (!process.waitForStarted(kWait))
        return run;
    run.finished =
        QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000) &&
        process.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(kWait);
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray describe(const CtlRun &run) {
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out + "\nstderr:\n" +
           run.err;
}
} // namespace

// One running `portrelay --headless` process.
using Relay = HeadlessRelay;

// A raw connection to the control socket, for speaking the protocol badly on purpose.
class RawControl {
public:
    enum class Reading { AsItArrives, OnlyWhenAsked };
    explicit RawControl(Reading reading = Reading::AsItArrives)
        : m_reading(reading) {}
    bool connectTo(const QString &path) {
        // Read as it arrives: what came before the service closed the connection counts too.
        if (m_reading == Reading::AsItArrives)
            QObject::connect(&m_socket, &QLocalSocket::readyRead, &m_socket, [this] { parse(); });
        else
            m_socket.setReadBufferSize(4096); // Qt would otherwise read everything for us

        m_socket.connectToServer(path);
        return m_socket.waitForConnected(kWait);
    }
    QLocalSocket &socket() { return m_socket; }
    // Reads until N more messages arrived (or the connection ended); returns all so far.
    QVector<QJsonObject> readMessages(int count) {
        (void)QTest::qWaitFor(
            [&] {
                parse();
                return m_messages.size() >= count ||
                       m_socket.state() != QLocalSocket::ConnectedState;
            },
            kWait);
        parse();
        return m_messages;
    }
    QVector<QJsonObject> &messages() { return m_messages; }

private:
    void parse() {
        if (m_socket.isOpen())
            m_buffer += m_socket.readAll();
        for (qsizetype newline; (newline = m_buffer.indexOf('\n')) >= 0;) {
            m_messages << QJsonDocument::fromJson(m_buffer.left(newline)).object();
            m_buffer.remove(0, newline + 1);
        }
    }
    Reading m_reading;
    QLocalSocket m_socket;
    QByteArray m_buffer;
    QVector<QJsonObject> m_messages;
};

class TestControl : public QObject, private RelayTestBed {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusListsRulesAndClients();
    void statusShowsRefusalsFailuresAndLogProblem();
    void disableStopsListenerEnableRestoresIt();
    void applyKeepsOpenConnectionRelaying();
    void applyWithErrorsChangesNothing();
    void applyReportsRulesThatCannotStart();
    void saveWritesFileAndRestartLoadsIt();
    void saveEditsRinetdConfInPlace();
    void reloadReadsTheFile();
    void closeConnection();
    void conflictingRevisionIsRefused();
    void unprivilegedCallerMayOnlyRead();
    void noServiceExitsTwo();
    void controlNoneServesNoSocket();
    void socketIsClosedToOthers();
    void defaultSocketOfAnOrdinaryUser();
    void stdioBridgesTheProtocol();
    void subscriptionDeliversStatsAndLog();
    void malformedInputIsAnsweredAndRepeatOffenderDropped();
    void oversizedMessageIsRefusedAndStreamResyncs();
    void requestsWithoutReadingRepliesAreThrottled();
    void subscriberThatNeverReadsDoesNotStopTheRelay();

private:
    // Starts a relay serving RULES (rinetd.conf text) on a control socket in the test's dir.
    bool startRelay(Relay &relay, const QByteArray &rules);
    bool waitForRefusal(quint16 port);
    QStringList ctlArgs(const QStringList &command) const {
        return QStringList{QStringLiteral("--control"), m_socket} + command;
    }
    // The relay answers ctl and keeps relaying on PORT.
    void checkServiceHealthy(quint16 port);

    QString m_conf;
    QString m_socket;
};

void TestControl::initTestCase() {
    QVERIFY2(QFile::exists(QStringLiteral(PORTRELAY_BINARY)), PORTRELAY_BINARY);
}

void TestControl::init() {
    QVERIFY(setUpBed());
    m_conf = path("rinetd.conf");
    m_socket = path("control.sock");
}

void TestControl::cleanup() {
    tearDownBed();
}

bool TestControl::startRelay(Relay &relay, const QByteArray &rules) {
    if (!QFile::exists(m_conf) && !writeFile(m_conf, rules))
        return false;
    relay.start({QStringLiteral("--control"), m_socket, QStringLiteral("-c"), m_conf});
    // Ready when the control socket answers and every rule has been started.
    return QTest::qWaitFor(
               [&] { return !relay.isRunning() || relay.stderrText().contains("rule(s) started"); },
               kWait) &&
           relay.isRunning();
}

bool TestControl::waitForRefusal(quint16 port) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        EchoClient probe;
        if (!probe.connectTo(port))
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TestControl::checkServiceHealthy(quint16 port) {
    EchoClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.roundTrip("still relaying"));
    const CtlRun status = runCtl(ctlArgs({QStringLiteral("status")}));
    QVERIFY2(status.finished && status.exitCode == 0, describe(status).constData());
}

void TestControl::statusListsRulesAndClients() {
    const quint16 a = freePort();
    const quint16 b = freePort();
    QVERIFY(writeFile(m_conf, "#portrelay: name=web\n" + rule(a, m_echo->port()) +
                                  rule(b, m_echo->port())));
    Relay relay;
    QVERIFY2(startRelay(relay, {}), relay.stderrText().constData());

    // A second client stays connected while ctl asks: status counts both.
    ControlClient watcher;
    QSignalSpy hello(&watcher, &ControlClient::helloReceived);
    watcher.connectToSocket(m_socket);
    QVERIFY(hello.wait(kWait));
    QCOMPARE(watcher.hello().protocol, ControlProtocol::kVersion);
    QCOMPARE(watcher.hello().configPath, m_conf);
    QVERIFY(watcher.hello().permissions.canChange);

    // The first statistics reach the service a moment after the rules started.
    CtlRun run;
    QVERIFY(QTest::qWaitFor(
        [&] {
            run = runCtl(ctlArgs({QStringLiteral("status")}));
            return run.exitCode != 0 || run.out.count("listening") == 2;
        },
        kWait));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QVERIFY2(run.out.contains("control clients: 2"), run.out.constData());
    QVERIFY2(run.out.contains("web"), run.out.constData());
    QVERIFY2(run.out.contains("127.0.0.1 " + QByteArray::number(b)), run.out.constData());
    QCOMPARE(run.out.count("listening"), 2);

    const CtlRun json = runCtl(ctlArgs({QStringLiteral("--json"), QStringLiteral("status")}));
    QVERIFY2(json.finished && json.exitCode == 0, describe(json).constData());
    const QJsonObject status = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(status.value(QStringLiteral("clients")).toInt(), 2);
    QCOMPARE(status.value(QStringLiteral("configPath")).toString(), m_conf);
    QCOMPARE(status.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("rules"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::statusShowsRefusalsFailuresAndLogProblem() {
    const quint16 denied = freePort();
    const quint16 failing = freePort();
    const quint16 closed = freePort(); // nothing listens there
    // A log file in a directory that does not exist: the service runs, but logs nothing.
    const QByteArray logFile = path("no-such-directory/relay.log").toLocal8Bit();
    QVERIFY(writeFile(m_conf, "logfile " + logFile + "\n" + rule(denied, m_echo->port()) +
                                  "deny 127.0.0.1\n" + rule(failing, closed)));
    Relay relay;
    QVERIFY2(startRelay(relay, {}), relay.stderrText().constData());
    QVERIFY2(relay.stderrText().contains("could not open " + logFile),
             relay.stderrText().constData());
    for (quint16 port : {denied, failing}) {
        // Accepted by the kernel, then closed by the relay (refused, or the target refused):
        // connected or already gone again, both count.
        EchoClient client;
        if (client.connectTo(port))
            QVERIFY(!client.roundTrip("x"));
    }

    // The counters reach the service's snapshot a moment later.
    CtlRun run;
    QStringList first;
    QStringList second;
    QVERIFY(QTest::qWaitFor(
        [&] {
            run = runCtl(ctlArgs({QStringLiteral("status")}));
            first.clear();
            second.clear();
            for (const QByteArray &line : run.out.split('\n')) {
                const QStringList cells =
                    QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (cells.value(0) == QLatin1String("1"))
                    first = cells;
                else if (cells.value(0) == QLatin1String("2"))
                    second = cells;
            }
            return run.exitCode != 0 ||
                   (first.value(5) == QLatin1String("1") && second.value(6) == QLatin1String("1"));
        },
        kWait));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    // # NAME STATE ACTIVE ACCEPTED DENIED FAILED ...
    QVERIFY2(run.out.contains("DENIED") && run.out.contains("FAILED"), run.out.constData());
    QCOMPARE(first.mid(4, 3),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0")}));
    QCOMPARE(second.mid(4, 3),
             (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1")}));
    QVERIFY2(run.out.contains("connection log: could not open " + logFile), run.out.constData());

    const CtlRun json = runCtl(ctlArgs({QStringLiteral("--json"), QStringLiteral("status")}));
    QVERIFY2(json.finished && json.exitCode == 0, describe(json).constData());
    const QJsonObject stats =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("stats")).toObject();
    QVERIFY(stats.value(QStringLiteral("logProblem"))
                .toString()
                .contains(QString::fromLocal8Bit(logFile)));
    QCOMPARE(relay.stop(), 0);
}

void TestControl::disableStopsListenerEnableRestoresIt() {
    const quint16 a = freePort();
    const quint16 b = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, "#portrelay: name=web\n" + rule(a, m_echo->port()) +
                                   rule(b, m_echo->port())),
             relay.stderrText().constData());
    QVERIFY(waitForListener(a));

    CtlRun run = runCtl(ctlArgs({QStringLiteral("disable"), QStringLiteral("web")}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QVERIFY(waitForRefusal(a));
    // The other rule is untouched.
    EchoClient other;
    QVERIFY(other.connectTo(b));
    QVERIFY(other.roundTrip("b"));
    run = runCtl(ctlArgs({QStringLiteral("status")}));
    QVERIFY2(run.out.contains("disabled"), run.out.constData());

    // By number this time.
    run = runCtl(ctlArgs({QStringLiteral("enable"), QStringLiteral("1")}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QVERIFY(waitForListener(a));
    EchoClient client;
    QVERIFY(client.connectTo(a));
    QVERIFY(client.roundTrip("enabled again"));

    run = runCtl(ctlArgs({QStringLiteral("disable"), QStringLiteral("no-such-rule")}));
    QVERIFY2(run.finished && run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.contains("no rule \"no-such-rule\""), run.err.constData());
    QCOMPARE(relay.stop(), 0);
}

void TestControl::applyKeepsOpenConnectionRelaying() {
    const quint16 a = freePort();
    const quint16 b = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    EchoClient open;
    QVERIFY(open.connectTo(a));
    QVERIFY(open.roundTrip("before apply"));

    // The same rule, now second in a file that adds another one first.
    const QString next = path("next.conf");
    QVERIFY(writeFile(next,
                      "# a new rule first\n" + rule(b, m_echo->port()) + rule(a, m_echo->port())));
    const CtlRun run = runCtl(ctlArgs({QStringLiteral("apply"), next}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QVERIFY2(run.out.contains("applied (revision 2)"), run.out.constData());

    QVERIFY(open.roundTrip("after apply: the same connection"));
    QVERIFY(waitForListener(b));
    EchoClient added;
    QVERIFY(added.connectTo(b));
    QVERIFY(added.roundTrip("new rule"));
    // The unchanged rule was never rebound.
    QCOMPARE(relay.stderrText().count("listening on 127.0.0.1 port " + QByteArray::number(a)), 1);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::applyWithErrorsChangesNothing() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    const QString bad = path("bad.conf");
    QVERIFY(writeFile(bad, "127.0.0.1 99999 127.0.0.1 80\n"));
    const CtlRun run = runCtl(ctlArgs({QStringLiteral("apply"), bad}));
    QVERIFY2(run.finished && run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.contains(bad.toLocal8Bit() + ":1:"), run.err.constData());
    QVERIFY2(run.err.contains("nothing was applied"), run.err.constData());
    const CtlRun status = runCtl(ctlArgs({QStringLiteral("--json"), QStringLiteral("status")}));
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("revision")).toInt(),
             1);
    checkServiceHealthy(a);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::applyReportsRulesThatCannotStart() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString next = path("next.conf");
    QVERIFY(writeFile(next, rule(a, m_echo->port()) + rule(squatter.serverPort(), m_echo->port())));
    const CtlRun run = runCtl(ctlArgs({QStringLiteral("apply"), next}));
    QVERIFY2(run.finished && run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.contains("rule 2 cannot start: "), run.err.constData());
    QVERIFY2(run.err.contains("applied (revision 2), but 1 rule(s) failed to start"),
             run.err.constData());
    // The service names it too, as it does for its file.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return relay.stderrText().contains("cannot start rule \"127.0.0.1 " +
                                               QByteArray::number(squatter.serverPort()));
        },
        kWait));
    // The rule is in the running config, in state error; the other one serves.
    CtlRun status;
    QVERIFY(QTest::qWaitFor(
        [&] {
            status = runCtl(ctlArgs({QStringLiteral("status")}));
            return status.out.contains("rule 2: ");
        },
        kWait));
    QVERIFY2(status.out.contains("error"), status.out.constData());
    checkServiceHealthy(a);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::saveWritesFileAndRestartLoadsIt() {
    const quint16 a = freePort();
    const quint16 b = freePort();
    const QByteArray original =
        "# my relays\n" + rule(a, m_echo->port()) + "# second\n" + rule(b, m_echo->port());
    {
        Relay relay;
        QVERIFY2(startRelay(relay, original), relay.stderrText().constData());
        CtlRun run = runCtl(ctlArgs({QStringLiteral("disable"), QStringLiteral("2")}));
        QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
        QCOMPARE(readFile(m_conf), original); // nothing written before save
        run = runCtl(ctlArgs({QStringLiteral("save")}));
        QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
        QVERIFY2(run.out.contains("saved to " + m_conf.toLocal8Bit()), run.out.constData());
        QCOMPARE(relay.stop(), 0);
    }
    const QByteArray saved = readFile(m_conf);
    QVERIFY2(saved.contains("# my relays") && saved.contains("# second"), saved.constData());
    QVERIFY2(saved.contains("#portrelay-disabled:"), saved.constData());

    Relay restarted;
    QVERIFY2(startRelay(restarted, {}), restarted.stderrText().constData());
    QVERIFY(waitForListener(a));
    QVERIFY(waitForRefusal(b));
    const CtlRun status = runCtl(ctlArgs({QStringLiteral("status")}));
    QVERIFY2(status.out.contains("disabled"), status.out.constData());
    QCOMPARE(restarted.stop(), 0);
}

// `ctl save` of a rinetd.conf rewrites only the changed rule's line, as the desktop editor's save
// does: comments, alignment and other variants' directives stay byte for byte, and the previous
// version is kept as PATH.bak. (A writer of the whole file would lose the alignment and the
// trailing comment, and write no backup.)
void TestControl::saveEditsRinetdConfInPlace() {
    const quint16 a = freePort();
    const quint16 b = freePort();
    const QByteArray echo = QByteArray::number(m_echo->port());
    const QByteArray original = "# relays of this host\n"
                                "events auto\n"
                                "\n"
                                "127.0.0.1    " +
                                QByteArray::number(a) + "\t127.0.0.1   " + echo +
                                "   # first, aligned\n"
                                "127.0.0.1    " +
                                QByteArray::number(b) + "\t127.0.0.1   " + echo +
                                "   # second\n"
                                "  # the end\n";
    Relay relay;
    QVERIFY2(startRelay(relay, original), relay.stderrText().constData());
    QVERIFY(waitForListener(b));
    CtlRun run = runCtl(ctlArgs({QStringLiteral("disable"), QStringLiteral("2")}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QVERIFY(waitForRefusal(b));
    run = runCtl(ctlArgs({QStringLiteral("save")}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());

    QCOMPARE(readFile(m_conf + QStringLiteral(".bak")), original);
    const QList<QByteArray> before = original.split('\n');
    const QByteArray saved = readFile(m_conf);
    const QList<QByteArray> after = saved.split('\n');
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        if (i == 4) { // the second rule's line, now disabled
            QVERIFY2(after.at(i).startsWith("#portrelay-disabled:") &&
                         after.at(i).contains(QByteArray::number(b)),
                     saved.constData());
            continue;
        }
        QVERIFY2(after.at(i) == before.at(i), saved.constData());
    }
    QCOMPARE(relay.stop(), 0);

    // What was saved is what runs after a restart: the first rule serves, the second does not.
    Relay restarted;
    QVERIFY2(startRelay(restarted, {}), restarted.stderrText().constData());
    QVERIFY(waitForListener(a));
    QVERIFY(waitForRefusal(b));
    QCOMPARE(restarted.stop(), 0);
}

void TestControl::reloadReadsTheFile() {
    const quint16 a = freePort();
    const quint16 b = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    QVERIFY(writeFile(m_conf, rule(a, m_echo->port()) + rule(b, m_echo->port())));
    CtlRun run = runCtl(ctlArgs({QStringLiteral("reload")}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QVERIFY(waitForListener(b));

    QVERIFY(writeFile(m_conf, "127.0.0.1 nonsense\n"));
    run = runCtl(ctlArgs({QStringLiteral("reload")}));
    QVERIFY2(run.finished && run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.contains(m_conf.toLocal8Bit() + ":1:"), run.err.constData());
    QVERIFY(waitForListener(b)); // kept
    QCOMPARE(relay.stop(), 0);
}

void TestControl::closeConnection() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, a);
    QVERIFY(socket.waitForConnected(kWait));
    socket.write("x");
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.waitForReadyRead(10), kWait);

    QJsonArray connections;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const CtlRun run =
                runCtl(ctlArgs({QStringLiteral("--json"), QStringLiteral("connections")}));
            connections = QJsonDocument::fromJson(run.out).array();
            return !connections.isEmpty();
        },
        kWait));
    const QString id =
        QString::number(connections.first().toObject().value(QStringLiteral("id")).toInteger());
    CtlRun run = runCtl(ctlArgs({QStringLiteral("close"), id}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWait);

    run = runCtl(ctlArgs({QStringLiteral("close"), QStringLiteral("987654")}));
    QVERIFY2(run.finished && run.exitCode == 1, describe(run).constData());
    QVERIFY2(run.err.contains("no connection with id 987654"), run.err.constData());
    QCOMPARE(relay.stop(), 0);
}

void TestControl::conflictingRevisionIsRefused() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());

    // An admin's GUI has read revision 1...
    ControlClient gui;
    QSignalSpy hello(&gui, &ControlClient::helloReceived);
    QSignalSpy changed(&gui, &ControlClient::configChanged);
    QSignalSpy failed(&gui, &ControlClient::requestFailed);
    gui.connectToSocket(m_socket);
    QVERIFY(hello.wait(kWait));
    const quint64 seen = gui.hello().revision;
    QCOMPARE(seen, quint64(1));
    QSignalSpy configs(&gui, &ControlClient::configReceived);
    gui.requestConfig();
    QVERIFY(configs.wait(kWait));
    Config edited = configs.first().at(2).value<Config>();
    QCOMPARE(edited.rules.size(), 1);

    // ...another admin disables the rule meanwhile...
    const CtlRun run = runCtl(ctlArgs({QStringLiteral("disable"), QStringLiteral("1")}));
    QVERIFY2(run.finished && run.exitCode == 0, describe(run).constData());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kWait);
    QCOMPARE(changed.last().at(0).value<quint64>(), quint64(2));
    QVERIFY(!changed.last().at(1).value<Config>().rules.first().enabled);

    // ...and the first admin's change, based on revision 1, is refused.
    edited.rules.first().name = QStringLiteral("renamed");
    const quint64 id = gui.apply(edited, seen);
    QVERIFY(failed.wait(kWait));
    QCOMPARE(failed.first().at(0).value<quint64>(), id);
    const ControlError error = failed.first().at(1).value<ControlError>();
    QCOMPARE(error.code, ControlProtocol::kConflict);
    QCOMPARE(error.currentRevision, quint64(2));
    QVERIFY2(error.message.contains(QLatin1String("revision 2")), qPrintable(error.message));
    // Nothing was overwritten: the rule is still disabled and unnamed.
    QVERIFY(waitForRefusal(a));
    QSignalSpy statuses(&gui, &ControlClient::statusReceived);
    gui.requestStatus();
    QVERIFY(statuses.wait(kWait));
    const ControlStatus status = statuses.first().at(1).value<ControlStatus>();
    QCOMPARE(status.revision, quint64(2));
    QVERIFY(status.config.rules.first().name.isEmpty());

    // Based on the current revision it goes through.
    QSignalSpy finished(&gui, &ControlClient::requestFinished);
    gui.setRuleEnabled(status.config.rules.first().id, true, status.revision);
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first().at(1).value<ControlResult>().revision, quint64(3));
    QVERIFY(waitForListener(a));
    QCOMPARE(relay.stop(), 0);
}

void TestControl::unprivilegedCallerMayOnlyRead() {
    if (::geteuid() != 0)
        QSKIP("needs root: runs ctl as nobody through setpriv");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is missing");
    const QStringList nobody{setpriv, QStringLiteral("--reuid=nobody"),
                             QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")};
    if (QProcess::execute(nobody.first(),
                          nobody.mid(1) + QStringList{QStringLiteral("test"), QStringLiteral("-x"),
                                                      QStringLiteral(PORTRELAY_BINARY)}) != 0)
        QSKIP("nobody cannot run the built binary from where this checkout is");
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    // The socket is root's (0600, or 0660 with group portrelay): open it to everyone so that
    // the service's own check, not the file mode, is what refuses.
    QVERIFY(openBedToOthers());
    QVERIFY(QFile::setPermissions(m_socket, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadOther | QFile::WriteOther));

    const bool groupExists = ::getgrnam("portrelay") != nullptr;
    const QByteArray reason = groupExists ? "permission denied: you are not in group portrelay"
                                          : "permission denied: group portrelay does not exist";
    for (const QStringList &command :
         {QStringList{QStringLiteral("disable"), QStringLiteral("1")},
          QStringList{QStringLiteral("save")}, QStringList{QStringLiteral("reload")}}) {
        const CtlRun run = runCtl(ctlArgs(command), nobody);
        QVERIFY2(run.finished && run.exitCode == 1, describe(run).constData());
        QVERIFY2(run.err.contains(reason), describe(run).constData());
    }
    // Reading is allowed, and says who may do what.
    const CtlRun status = runCtl(ctlArgs({QStringLiteral("status")}), nobody);
    QVERIFY2(status.finished && status.exitCode == 0, describe(status).constData());
    QVERIFY2(status.out.contains("read-only"), status.out.constData());
    // Nothing changed.
    QVERIFY(waitForListener(a));
    const CtlRun json = runCtl(ctlArgs({QStringLiteral("--json"), QStringLiteral("status")}));
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("revision")).toInt(),
             1);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::noServiceExitsTwo() {
    const CtlRun run = runCtl(ctlArgs({QStringLiteral("status")}));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no PortRelay service at " + m_socket.toLocal8Bit() +
                              ": is portrelay.service running?"),
             run.err.constData());
    const CtlRun stdio = runCtl(ctlArgs({QStringLiteral("--stdio")}));
    QCOMPARE(stdio.exitCode, 2);
}

void TestControl::controlNoneServesNoSocket() {
    const quint16 a = freePort();
    QVERIFY(writeFile(m_conf, rule(a, m_echo->port())));
    Relay relay;
    relay.start(
        {QStringLiteral("--control"), QStringLiteral("none"), QStringLiteral("-c"), m_conf});
    QVERIFY(waitForListener(a));
    QVERIFY2(!relay.stderrText().contains("control socket"), relay.stderrText().constData());
    QVERIFY(QDir(m_dir->path()).entryList(QDir::System | QDir::Files).filter("sock").isEmpty());
    QCOMPARE(relay.stop(), 0);
}

void TestControl::socketIsClosedToOthers() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(m_socket).constData(), &st), 0);
    QVERIFY(S_ISSOCK(st.st_mode));
    if (const group *g = ::getgrnam("portrelay")) {
        QCOMPARE(st.st_mode & 0777, mode_t(0660));
        QCOMPARE(st.st_gid, g->gr_gid);
    } else {
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
    QCOMPARE(relay.stop(), 0);
    // Removed at exit.
    QVERIFY(!QFileInfo::exists(m_socket));
}

void TestControl::defaultSocketOfAnOrdinaryUser() {
    // Without --control, an ordinary user's service serves $XDG_RUNTIME_DIR/portrelay/control.sock
    // and refuses a portrelay directory it does not own or that is a symlink.
    if (::geteuid() != 0)
        QSKIP("needs root: runs the relay as nobody through setpriv");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is missing");
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        QSKIP("no user nobody");
    const QStringList asNobody{setpriv, QStringLiteral("--reuid=nobody"),
                               QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")};
    if (QProcess::execute(asNobody.first(),
                          asNobody.mid(1) + QStringList{QStringLiteral("test"),
                                                        QStringLiteral("-x"),
                                                        QStringLiteral(PORTRELAY_BINARY)}) != 0)
        QSKIP("nobody cannot run the built binary from where this checkout is");
    QVERIFY(openBedToOthers());
    const QString runtime = path("runtime");
    QVERIFY(QDir().mkpath(runtime));
    QCOMPARE(::chown(QFile::encodeName(runtime).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString conf = path("nobody.conf");
    const quint16 a = freePort();
    QVERIFY(writeFile(conf, rule(a, m_echo->port())));
    QVERIFY(QFile::setPermissions(conf, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));

    auto startAsNobody = [&](QProcess &process) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(asNobody.first(),
                      asNobody.mid(1) + QStringList{QStringLiteral(PORTRELAY_BINARY),
                                                    QStringLiteral("--headless"),
                                                    QStringLiteral("-c"), conf});
        return process.waitForStarted(kWait);
    };
    auto stopProcess = [](QProcess &process) {
        ::kill(pid_t(process.processId()), SIGTERM);
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, kWait);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(kWait);
        }
    };

    const QString socket = runtime + QStringLiteral("/portrelay/control.sock");
    {
        QProcess relay;
        QVERIFY(startAsNobody(relay));
        QVERIFY(waitForListener(a));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), kWait);
        struct stat st {};
        QCOMPARE(
            ::lstat(QFile::encodeName(runtime + QStringLiteral("/portrelay")).constData(), &st), 0);
        QVERIFY(S_ISDIR(st.st_mode));
        QCOMPARE(st.st_uid, nobody->pw_uid);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        // The same user's ctl finds it without --control, and may change things.
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        ctl.setProcessEnvironment(env);
        ctl.start(asNobody.first(),
                  asNobody.mid(1) + QStringList{QStringLiteral(PORTRELAY_BINARY),
                                                QStringLiteral("ctl"), QStringLiteral("status")});
        QVERIFY(QTest::qWaitFor([&] { return ctl.state() == QProcess::NotRunning; }, kWait));
        const QByteArray out = ctl.readAllStandardOutput() + ctl.readAllStandardError();
        QVERIFY2(ctl.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("may change (the service's own user)"), out.constData());
        stopProcess(relay);
    }

    // A portrelay directory that is a symlink (to a directory nobody also owns) is not used.
    QVERIFY(QDir(runtime + QStringLiteral("/portrelay")).removeRecursively());
    const QString elsewhere = path("elsewhere");
    QVERIFY(QDir().mkpath(elsewhere));
    QCOMPARE(::chown(QFile::encodeName(elsewhere).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    QVERIFY(QFile::link(elsewhere, runtime + QStringLiteral("/portrelay")));
    QProcess relay;
    QVERIFY(startAsNobody(relay));
    QVERIFY(waitForListener(a)); // the relay serves without its control socket
    QByteArray output;
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += relay.readAll();
            return output.contains("no control socket");
        },
        kWait));
    // Refused, naming the directory (open() with O_NOFOLLOW says "Not a directory").
    QVERIFY2(output.contains(QFile::encodeName(runtime + QStringLiteral("/portrelay: "))),
             output.constData());
    QVERIFY(QDir(elsewhere).entryList(QDir::System | QDir::Files).isEmpty());
    stopProcess(relay);

    // A real directory, but someone else's (and open to all): not used either.
    QVERIFY(QFile::remove(runtime + QStringLiteral("/portrelay")));
    QVERIFY(QDir().mkpath(runtime + QStringLiteral("/portrelay")));
    QVERIFY(::chmod(QFile::encodeName(runtime + QStringLiteral("/portrelay")).constData(), 0777) ==
            0);
    QProcess second;
    QVERIFY(startAsNobody(second));
    QVERIFY(waitForListener(a));
    output.clear();
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += second.readAll();
            return output.contains("no control socket");
        },
        kWait));
    QVERIFY2(output.contains("not a directory owned by this user"), output.constData());
    QVERIFY(!QFileInfo::exists(socket));
    stopProcess(second);
}

void TestControl::stdioBridgesTheProtocol() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());

    // What the desktop manager does for ssh://host: a process as the transport.
    QProcess bridge;
    bridge.start(QStringLiteral(PORTRELAY_BINARY),
                 QStringList{QStringLiteral("ctl")} + ctlArgs({QStringLiteral("--stdio")}));
    QVERIFY(bridge.waitForStarted(kWait));
    ControlClient client;
    QSignalSpy hello(&client, &ControlClient::helloReceived);
    QSignalSpy statuses(&client, &ControlClient::statusReceived);
    QSignalSpy finished(&client, &ControlClient::requestFinished);
    QSignalSpy disconnected(&client, &ControlClient::disconnected);
    client.setTransport(&bridge);
    QVERIFY(hello.wait(kWait));
    QCOMPARE(client.hello().configPath, m_conf);
    client.requestStatus();
    QVERIFY(statuses.wait(kWait));
    const ControlStatus status = statuses.first().at(1).value<ControlStatus>();
    QCOMPARE(status.config.rules.size(), 1);
    client.setRuleEnabled(status.config.rules.first().id, false, status.revision);
    QVERIFY(finished.wait(kWait));
    QVERIFY(waitForRefusal(a));

    // The service going away ends the bridge, and the client sees it.
    QCOMPARE(relay.stop(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(bridge.state(), QProcess::NotRunning, kWait);
    QCOMPARE(bridge.exitCode(), 0);
}

void TestControl::subscriptionDeliversStatsAndLog() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    ControlClient client;
    QSignalSpy hello(&client, &ControlClient::helloReceived);
    QSignalSpy stats(&client, &ControlClient::statsReceived);
    QSignalSpy log(&client, &ControlClient::logEventReceived);
    client.connectToSocket(m_socket);
    QVERIFY(hello.wait(kWait));
    QSignalSpy finished(&client, &ControlClient::requestFinished);
    client.subscribe(true, true);
    QVERIFY(finished.wait(kWait));
    // The engine starts publishing soon after the reply: connect until its events come.
    for (int attempt = 0; attempt < 50 && log.isEmpty(); ++attempt) {
        EchoClient c;
        QVERIFY(c.connectTo(a));
        QVERIFY(c.roundTrip("logged"));
        QTest::qWait(100);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!log.isEmpty(), kWait);
    // From now on every connection is seen: opened, then done.
    log.clear();
    {
        EchoClient c;
        QVERIFY(c.connectTo(a));
        QVERIFY(c.roundTrip("logged"));
    }
    // The close of the last connection of the loop above may still come after the clear: the
    // new connection's events are its "opened" and the close that follows it.
    auto indexOf = [&log](LogEvent::Result result, int from) {
        for (int i = from; i < log.size(); ++i) {
            if (log.at(i).at(0).value<LogEvent>().result == result)
                return i;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        indexOf(LogEvent::Result::Opened, 0) >= 0 &&
            indexOf(LogEvent::Result::RemoteClosedFirst, indexOf(LogEvent::Result::Opened, 0)) >= 0,
        kWait);
    const int openedAt = indexOf(LogEvent::Result::Opened, 0);
    const LogEvent opened = log.at(openedAt).at(0).value<LogEvent>();
    QCOMPARE(opened.result, LogEvent::Result::Opened);
    QCOMPARE(opened.bindPort, a);
    QCOMPARE(opened.connectPort, m_echo->port());
    QVERIFY(opened.ruleId > 0);
    QVERIFY(opened.msSinceEpoch > 0);
    const LogEvent done =
        log.at(indexOf(LogEvent::Result::RemoteClosedFirst, openedAt)).at(0).value<LogEvent>();
    QCOMPARE(done.result, LogEvent::Result::RemoteClosedFirst);
    QCOMPARE(done.bytesFromClient, quint64(6));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(stats.cbegin(), stats.cend(),
                    [](const QList<QVariant> &args) {
                        const StatsSnapshot s = args.at(0).value<StatsSnapshot>();
                        return !s.rules.isEmpty() && s.rules.first().accepted >= 1;
                    }),
        kWait);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::malformedInputIsAnsweredAndRepeatOffenderDropped() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());

    RawControl raw;
    QVERIFY(raw.connectTo(m_socket));
    QVERIFY(!raw.readMessages(1).isEmpty());
    QCOMPARE(raw.messages().first().value(QStringLiteral("event")).toString(),
             QStringLiteral("hello"));
    // One of each kind: each gets its error reply and the connection stays.
    raw.socket().write("this is not json\n"
                       "[1,2,3]\n"
                       "{\"id\":7,\"request\":\"launchMissiles\"}\n"
                       "{\"id\":8,\"request\":\"setRuleEnabled\",\"baseRevision\":1}\n"
                       "{\"id\":9,\"request\":\"status\"}\n");
    const QVector<QJsonObject> replies = raw.readMessages(6);
    QCOMPARE(replies.size(), 6);
    auto code = [](const QJsonObject &o) {
        return o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    };
    QCOMPARE(code(replies.at(1)), QStringLiteral("malformed"));
    QCOMPARE(code(replies.at(2)), QStringLiteral("malformed"));
    QCOMPARE(code(replies.at(3)), QStringLiteral("unknown-request"));
    QCOMPARE(replies.at(3).value(QStringLiteral("reply")).toInt(), 7);
    QCOMPARE(code(replies.at(4)), QStringLiteral("missing-field"));
    QCOMPARE(replies.at(5).value(QStringLiteral("reply")).toInt(), 9);
    QVERIFY(replies.at(5).value(QStringLiteral("ok")).toBool());

    // Random bytes, with newlines among them: answered line by line until the client is cut off.
    RawControl noise;
    QVERIFY(noise.connectTo(m_socket));
    QByteArray garbage(256 * 1024, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(QRandomGenerator::global()->bounded(256));
    for (int i = 0; i < 64; ++i)
        garbage[i * 1000] = '\n';
    noise.socket().write(garbage);
    QVERIFY(QTest::qWaitFor(
        [&] {
            noise.readMessages(0);
            return noise.socket().state() == QLocalSocket::UnconnectedState;
        },
        kWait));
    const QVector<QJsonObject> &said = noise.messages();
    QVERIFY(said.size() >= 2);
    QCOMPARE(said.last().value(QStringLiteral("event")).toString(), QStringLiteral("goodbye"));
    checkServiceHealthy(a);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::oversizedMessageIsRefusedAndStreamResyncs() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    RawControl raw;
    QVERIFY(raw.connectTo(m_socket));
    QVERIFY(!raw.readMessages(1).isEmpty());
    // 10 MiB without a newline, written as the socket drains.
    const QByteArray chunk(64 * 1024, 'x');
    int written = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            while (written < 160 && raw.socket().bytesToWrite() < 1024 * 1024) {
                raw.socket().write(chunk);
                ++written;
            }
            return written == 160 && raw.socket().bytesToWrite() == 0;
        },
        60000));
    raw.socket().write("\n{\"id\":1,\"request\":\"config\"}\n");
    const QVector<QJsonObject> replies = raw.readMessages(3);
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies.at(1)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("too-large"));
    QCOMPARE(replies.at(2).value(QStringLiteral("reply")).toInt(), 1);
    QVERIFY(replies.at(2).value(QStringLiteral("ok")).toBool());
    checkServiceHealthy(a);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::requestsWithoutReadingRepliesAreThrottled() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    RawControl raw(RawControl::Reading::OnlyWhenAsked);
    QVERIFY(raw.connectTo(m_socket));
    // 5000 status requests at once, and no reading: the replies (several MiB) pile up on the
    // service's side until it stops reading this client.
    constexpr int kRequests = 5000;
    QByteArray requests;
    for (int i = 1; i <= kRequests; ++i)
        requests += "{\"id\":" + QByteArray::number(i) + ",\"request\":\"status\"}\n";
    raw.socket().write(requests);
    raw.socket().flush();
    QTest::qWait(500); // lets the service fill what it will; the checks below do not time it
    checkServiceHealthy(a);
    // Reading now: every request is answered, in order, none lost.
    raw.socket().setReadBufferSize(0);
    const QVector<QJsonObject> replies = raw.readMessages(kRequests + 1);
    QCOMPARE(replies.size(), kRequests + 1);
    QCOMPARE(replies.last().value(QStringLiteral("reply")).toInt(), kRequests);
    QCOMPARE(relay.stop(), 0);
}

void TestControl::subscriberThatNeverReadsDoesNotStopTheRelay() {
    const quint16 a = freePort();
    Relay relay;
    QVERIFY2(startRelay(relay, rule(a, m_echo->port())), relay.stderrText().constData());
    RawControl sleeper(RawControl::Reading::OnlyWhenAsked);
    QVERIFY(sleeper.connectTo(m_socket));
    sleeper.socket().write("{\"id\":1,\"request\":\"subscribe\",\"stats\":true,\"log\":true,"
                           "\"statsIntervalMs\":250}\n");
    sleeper.socket().flush();
    // Many open connections make every snapshot large, and their traffic makes log events; the
    // sleeper never reads any of it.
    constexpr int kConnections = 200;
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < kConnections; ++i) {
        open.push_back(std::make_unique<QTcpSocket>());
        open.back()->connectToHost(QHostAddress::LocalHost, a);
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(open.cbegin(), open.cend(), [](const auto &s) {
                return s->state() == QAbstractSocket::ConnectedState;
            });
        },
        kWait));
    const QByteArray payload(4096, 'p');
    for (int round = 0; round < 10; ++round) {
        std::vector<QByteArray> received(open.size());
        for (auto &socket : open)
            socket->write(payload);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         bool all = true;
                         for (size_t i = 0; i < open.size(); ++i) {
                             received[i] += open[i]->readAll();
                             all = all && received[i].size() >= payload.size();
                         }
                         return all;
                     },
                     kWait),
                 "the relay stopped relaying while a subscriber does not read");
        for (const QByteArray &data : received)
            QCOMPARE(data, payload);
        // New connections and control requests are served too.
        checkServiceHealthy(a);
    }
    // Whether the sleeper was dropped or only skipped, it cost the relay nothing; once it
    // reads, what it gets is well-formed.
    sleeper.readMessages(1);
    for (const QJsonObject &message : std::as_const(sleeper.messages()))
        QVERIFY(message.contains(QStringLiteral("event")) ||
                message.contains(QStringLiteral("reply")));
    QVERIFY(relay.isRunning());
    QCOMPARE(relay.stop(), 0);
}

QTEST_GUILESS_MAIN(TestControl)
#include "tst_control.moc"
