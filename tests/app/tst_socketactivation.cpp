#include "LoopbackRelay.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/epoll.h>
#include <sys/types.h>
#include <unistd.h>

// `portrelay --headless` started the way systemd socket activation starts it: the sockets are
// bound by someone else (tests/app/socket_activate.py, or systemd-socket-activate when
// installed) and passed as descriptors 3... with LISTEN_FDS/LISTEN_PID/LISTEN_FDNAMES. While the
// starter's socket holds the port, PortRelay could not bind it itself: a served port proves the
// inherited socket is used. Waits are bounded; nothing asserts on speed.

namespace {
// The config file, readable by the unprivileged user the relay may run as.
bool writeConf(const QString &path, const QByteArray &content) {
    return writeFile(path, content) &&
           QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
}

// The starter, which runs the relay.
using Relay = RunningProgram;

// The descriptors of process PID that are the socket its descriptor FD is (duplicates included).
QSet<int> sameSocket(qint64 pid, int fd) {
    const QString dir = QStringLiteral("/proc/%1/fd/").arg(pid);
    const QString target = QFile::symLinkTarget(dir + QString::number(fd));
    QSet<int> result;
    if (target.isEmpty())
        return result;
    const QStringList entries = QDir(dir).entryList(QDir::Files | QDir::System);
    for (const QString &entry : entries) {
        if (QFile::symLinkTarget(dir + entry) == target)
            result.insert(entry.toInt());
    }
    return result;
}

// For each registration of one of FDS in one of PID's epoll sets: its event mask, as
// /proc/PID/fdinfo shows it ("tfd: <fd> events: <hex mask> ...").
QVector<quint32> epollRegistrations(qint64 pid, const QSet<int> &fds) {
    QVector<quint32> masks;
    const QString dir = QStringLiteral("/proc/%1/fd/").arg(pid);
    const QStringList entries = QDir(dir).entryList(QDir::Files | QDir::System);
    const QRegularExpression line(QStringLiteral("^tfd:\\s*(\\d+)\\s+events:\\s*([0-9a-f]+)"),
                                  QRegularExpression::MultilineOption);
    for (const QString &entry : entries) {
        if (!QFile::symLinkTarget(dir + entry).endsWith(QLatin1String("[eventpoll]")))
            continue;
        QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(entry));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLatin1(info.readAll());
        for (auto it = line.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (fds.contains(match.captured(1).toInt()))
                masks.append(match.captured(2).toUInt(nullptr, 16));
        }
    }
    return masks;
}
} // namespace

class TestSocketActivation : public QObject, private RelayTestBed {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void servesInheritedSocketAcrossReloads();
    void privilegedPortServedUnprivileged();
    void underSystemdSocketActivate();
    void inheritedSocketSharedByThreads();

private:
    QStringList activate(const QStringList &listens, const QString &conf,
                         const QString &user = QString()) const;

    std::unique_ptr<EchoServer> m_echo2;
    QString m_python;
};

void TestSocketActivation::init() {
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY(setUpBed());
    m_echo2 = std::make_unique<EchoServer>();
    QVERIFY(m_echo2->listen());
}

void TestSocketActivation::cleanup() {
    m_echo2.reset();
    tearDownBed();
}

QStringList TestSocketActivation::activate(const QStringList &listens, const QString &conf,
                                           const QString &user) const {
    QStringList args{QStringLiteral(PORTRELAY_SOURCE_DIR "/tests/app/socket_activate.py")};
    for (const QString &listen : listens)
        args << QStringLiteral("--listen") << listen;
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    args << QStringLiteral("--") << QStringLiteral(PORTRELAY_BINARY) << QStringLiteral("--headless")
         << QStringLiteral("-c") << conf;
    return args;
}

void TestSocketActivation::servesInheritedSocketAcrossReloads() {
    if (m_python.isEmpty())
        QSKIP("python3 is needed to pass sockets the way systemd does");
    const quint16 port = freePort();
    const quint16 spare = freePort();
    QVERIFY(port != 0 && spare != 0 && port != spare);
    const QString conf = path("rinetd.conf");
    QVERIFY(writeConf(conf, rule(port, m_echo->port())));
    Relay relay;
    relay.start(m_python, activate({QStringLiteral("tcp:127.0.0.1:%1:web").arg(port),
                                    QStringLiteral("tcp:127.0.0.1:%1:spare").arg(spare)},
                                   conf));
    QVERIFY2(relay.waitForStderr("2 socket(s) received from the service manager"),
             relay.stderrText().constData());
    QVERIFY2(relay.waitForStderr("1 of 1 rule(s) started"), relay.stderrText().constData());
    // The socket without a rule is named, with its LISTEN_FDNAMES name.
    QVERIFY2(relay.stderrText().contains(
                 "inherited socket spare (127.0.0.1:" + QByteArray::number(spare) +
                 "/tcp) matches no enabled rule"),
             relay.stderrText().constData());
    QCOMPARE(echoedThrough(port, "inherited"), QByteArray("inherited"));

    // A reload that keeps the rule keeps its socket.
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(relay.waitForStderr("configuration reloaded"));
    QCOMPARE(echoedThrough(port, "after reload"), QByteArray("after reload"));

    // A reload that changes the rule (new target) listens again on the same inherited socket;
    // the starter still holds the port, so a bind() would fail.
    QVERIFY(writeConf(conf, rule(port, m_echo2->port()) + rule(spare, m_echo->port())));
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(relay.waitForStderr("configuration reloaded", 2));
    QVERIFY2(!relay.stderrText().contains("address already in use"),
             relay.stderrText().constData());
    QCOMPARE(echoedThrough(port, "changed target"), QByteArray("changed target"));
    QCOMPARE(echoedThrough(spare, "now a rule"), QByteArray("now a rule"));

    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.exitCode(), 0);
}

void TestSocketActivation::privilegedPortServedUnprivileged() {
    if (m_python.isEmpty())
        QSKIP("python3 is needed to pass sockets the way systemd does");
    if (::geteuid() != 0)
        QSKIP("needs root to bind a privileged port for the unprivileged relay");
    QFile startFile(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    const int unprivilegedStart =
        startFile.open(QIODevice::ReadOnly) ? startFile.readAll().trimmed().toInt() : 1024;
    if (unprivilegedStart <= 1)
        QSKIP("every port is unprivileged on this machine");
    if (QProcess::execute(QStringLiteral("setpriv"),
                          {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), QStringLiteral("test"),
                           QStringLiteral("-x"), QStringLiteral(PORTRELAY_BINARY)}) != 0)
        QSKIP("nobody cannot run the built binary from where this checkout is (or no setpriv)");
    QVERIFY(openBedToOthers());
    // A free privileged port. Not the highest one: tst_headless expects that one to fail for
    // nobody with "permission denied", and ctest may run both at once.
    quint16 privileged = 0;
    for (int candidate = unprivilegedStart - 7; candidate > 0 && privileged == 0; --candidate) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(candidate)))
            privileged = quint16(candidate);
    }
    if (privileged == 0)
        QSKIP("no free privileged port to try");
    const QString conf = path("rinetd.conf");
    QVERIFY(writeConf(conf, rule(privileged, m_echo->port())));
    Relay relay;
    relay.start(m_python, activate({QStringLiteral("tcp:127.0.0.1:%1").arg(privileged)}, conf,
                                   QStringLiteral("65534:65534")));
    QVERIFY2(relay.waitForStderr("1 of 1 rule(s) started"), relay.stderrText().constData());
    QCOMPARE(echoedThrough(privileged, "low port"), QByteArray("low port"));
    // Changing the rule makes it listen again: still on the inherited socket, as nobody.
    QVERIFY(writeConf(conf, rule(privileged, m_echo2->port())));
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(relay.waitForStderr("configuration reloaded"));
    QVERIFY2(!relay.stderrText().contains("permission denied"), relay.stderrText().constData());
    QCOMPARE(echoedThrough(privileged, "still low"), QByteArray("still low"));
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.exitCode(), 0);
}

void TestSocketActivation::underSystemdSocketActivate() {
    const QString activateProgram =
        QStandardPaths::findExecutable(QStringLiteral("systemd-socket-activate"));
    if (activateProgram.isEmpty())
        QSKIP("systemd-socket-activate is not installed (package systemd)");
    const quint16 port = freePort();
    const QString conf = path("rinetd.conf");
    QVERIFY(writeConf(conf, rule(port, m_echo->port())));
    Relay relay;
    relay.start(activateProgram, {QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(port),
                                  QStringLiteral(PORTRELAY_BINARY), QStringLiteral("--headless"),
                                  QStringLiteral("-c"), conf});
    // systemd-socket-activate starts the program at the first connection.
    const QByteArray first = echoedThrough(port, "activated");
    QVERIFY2(first == "activated", relay.stderrText().constData());
    QVERIFY2(relay.waitForStderr("1 socket(s) received from the service manager"),
             relay.stderrText().constData());
    QVERIFY(relay.signal(SIGHUP));
    QVERIFY(relay.waitForStderr("configuration reloaded"));
    QCOMPARE(echoedThrough(port, "reloaded"), QByteArray("reloaded"));
    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.exitCode(), 0);
}

void TestSocketActivation::inheritedSocketSharedByThreads() {
    if (m_python.isEmpty())
        QSKIP("python3 is needed to pass sockets the way systemd does");
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const QString conf = path("rinetd.conf");
    QVERIFY(writeConf(conf, rule(port, m_echo->port())));
    Relay relay;
    relay.start(m_python, activate({QStringLiteral("tcp:127.0.0.1:%1").arg(port)}, conf)
                              << QStringLiteral("--threads") << QStringLiteral("2"));
    QVERIFY2(relay.waitForStderr("1 of 1 rule(s) started"), relay.stderrText().constData());

    // Both threads watch a duplicate of the one inherited socket (descriptor 3), each in its own
    // epoll set, and only with an exclusive wake-up: one connection wakes one thread.
    const QSet<int> duplicates = sameSocket(relay.pid(), 3);
    const QVector<quint32> registrations = epollRegistrations(relay.pid(), duplicates);
    QVERIFY2(registrations.size() == 2, qPrintable(QStringLiteral("%1 registrations of %2 fds")
                                                       .arg(registrations.size())
                                                       .arg(duplicates.size())));
    for (quint32 mask : registrations)
        QVERIFY2(mask & quint32(EPOLLEXCLUSIVE), qPrintable(QString::number(mask, 16)));

    // Every connection is served once, by one of the threads, with all of its bytes.
    constexpr int kConnections = 120;
    constexpr int kInParallel = 12;
    int served = 0;
    for (int first = 0; first < kConnections; first += kInParallel) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QVector<QByteArray> sent;
        QVector<QByteArray> received(kInParallel);
        for (int i = 0; i < kInParallel; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, port);
            sent.append(QByteArray::number(first + i).rightJustified(8, '0') +
                        QByteArray(4000, char('a' + (first + i) % 26)));
            sockets.back()->write(sent.back());
        }
        const bool all = QTest::qWaitFor(
            [&] {
                bool done = true;
                for (int i = 0; i < kInParallel; ++i) {
                    received[i] += sockets[std::size_t(i)]->readAll();
                    done = done && received[i].size() >= sent[i].size();
                }
                return done;
            },
            kProgramWaitMs);
        QVERIFY2(all, relay.stderrText().constData());
        for (int i = 0; i < kInParallel; ++i) {
            QCOMPARE(received[i], sent[i]);
            ++served;
        }
    }
    QCOMPARE(served, kConnections);
    QVERIFY(QTest::qWaitFor([&] { return m_echo->accepted() >= kConnections; }, kProgramWaitMs));
    QCOMPARE(m_echo->accepted(), kConnections);

    QVERIFY(relay.signal(SIGTERM));
    QVERIFY(relay.waitForExit());
    QCOMPARE(relay.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSocketActivation)
#include "tst_socketactivation.moc"
