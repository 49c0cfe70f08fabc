#include "EngineFixture.h"
#include "RawSocket.h"
#include "RelayStoragePool.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace RawSocket;

namespace {

struct DescriptorCount {
    int sockets = 0;
    int pipes = 0;
    int total = 0;
};

QString readLinkText(const QString &path) {
    char buffer[256];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer - 1);
    return n > 0 ? QString::fromLatin1(buffer, int(n)) : QString();
}

DescriptorCount countByReadlink() {
    DescriptorCount count;
    const QDir dir(QStringLiteral("/proc/self/fd"));
    for (const QString &name :
         dir.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString text = readLinkText(dir.filePath(name));
        if (text.startsWith(QLatin1String("socket:")))
            ++count.sockets;
        else if (text.startsWith(QLatin1String("pipe:")))
            ++count.pipes;
        ++count.total;
    }
    return count;
}

} // namespace

class TestEngineResources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void descriptorsStableAfterManyConnections();
    void recoversFromDescriptorExhaustion();
    void poolStaysWithinUnprivilegedPipeLimits();
    void selfLoopIsRefused_data();
    void selfLoopIsRefused();
};

void TestEngineResources::descriptorsStableAfterManyConnections() {
    constexpr int kBatches = 50;
    constexpr int kPerBatch = 100; // 5,000 relayed connections
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort);
    QVERIFY(backend >= 0);
    const quint16 port = freePort();
    const quint16 refusedPort = freePort();
    const quint16 deadTargetPort = freePort();
    const quint16 closedPort = freePort();
    Config config;
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backendPort);
    Rule refused = EngineFixture::tcpRule(2, QStringLiteral("127.0.0.1"), refusedPort,
                                          QStringLiteral("127.0.0.1"), backendPort);
    refused.acl.entries << AclEntry{AclEntry::Kind::Deny, QStringLiteral("127.*"), {}};
    config.rules << refused
                 << EngineFixture::tcpRule(3, QStringLiteral("127.0.0.1"), deadTargetPort,
                                           QStringLiteral("127.0.0.1"), closedPort);
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    const DescriptorCount before = countByReadlink();

    std::vector<int> clients(kPerBatch);
    std::vector<int> servers(kPerBatch);
    for (int batch = 0; batch < kBatches; ++batch) {
        for (int i = 0; i < kPerBatch; ++i) {
            clients[size_t(i)] = connectTo(kLocal4, port);
            QVERIFY(clients[size_t(i)] >= 0);
        }
        for (int i = 0; i < kPerBatch; ++i) {
            servers[size_t(i)] = acceptOne(backend);
            QVERIFY(servers[size_t(i)] >= 0);
        }
        for (int i = 0; i < kPerBatch; ++i)
            QVERIFY(sendAll(clients[size_t(i)], "x"));
        for (int i = 0; i < kPerBatch; ++i) {
            QCOMPARE(recvExact(servers[size_t(i)], 1), QByteArray("x"));
            QVERIFY(sendAll(servers[size_t(i)], "y"));
        }
        for (int i = 0; i < kPerBatch; ++i) {
            QCOMPARE(recvExact(clients[size_t(i)], 1), QByteArray("y"));
            // Alternate which side ends first.
            if (i % 2)
                closeFd(clients[size_t(i)]);
            else
                closeFd(servers[size_t(i)]);
        }
        for (int i = 0; i < kPerBatch; ++i) {
            if (i % 2)
                closeFd(servers[size_t(i)]);
            else
                closeFd(clients[size_t(i)]);
        }
        // A few refused and failed ones in every batch too.
        for (int i = 0; i < 4; ++i) {
            const int a = connectTo(kLocal4, refusedPort);
            const int b = connectTo(kLocal4, deadTargetPort);
            QVERIFY(a >= 0 && b >= 0);
            QVERIFY(waitClosed(a));
            QVERIFY(waitClosed(b));
            closeFd(a);
            closeFd(b);
        }
    }
    QVERIFY(engine.waitForStats(
        [](const StatsSnapshot &s) {
            return s.rule(1) && s.rule(1)->accepted == kBatches * kPerBatch &&
                   s.rule(1)->active == 0 && s.rule(2)->refused == kBatches * 4 &&
                   s.rule(3)->failed == kBatches * 4 && s.connections.isEmpty() &&
                   s.bufferedBytes == 0;
        },
        60000));
    const DescriptorCount after = countByReadlink();
    QCOMPARE(after.sockets, before.sockets);
    // Pipes are pooled for the splice path: bounded, whatever the number of connections.
    QVERIFY2(after.pipes <= before.pipes + 2 * int(RelayStoragePool::kMaxFreePipes),
             qPrintable(QStringLiteral("%1 -> %2 pipes").arg(before.pipes).arg(after.pipes)));
    QVERIFY(after.total <= before.total + 2 * int(RelayStoragePool::kMaxFreePipes));
    closeFd(backend);
}

void TestEngineResources::recoversFromDescriptorExhaustion() {
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort);
    QVERIFY(backend >= 0);
    const quint16 port = freePort();
    Config config;
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backendPort);
    EngineFixture engine;
    QVERIFY(engine.apply(config));

    // A connection opened before the shortage must keep working through it.
    const int oldClient = connectTo(kLocal4, port);
    const int oldServer = acceptOne(backend);
    QVERIFY(oldClient >= 0 && oldServer >= 0);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));

    rlimit saved{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    rlimit lowered = saved;
    lowered.rlim_cur = rlim_t(countByReadlink().total + 64);
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &lowered) == 0);
    // Use up every descriptor but one, which the next client socket takes: the engine's
    // accept() then fails with EMFILE.
    std::vector<int> hogs;
    for (int i = 0; i < 1000; ++i) {
        const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            break;
        hogs.push_back(fd);
    }
    QVERIFY(!hogs.empty());
    ::close(hogs.back());
    hogs.pop_back();
    const int starvedClient = connectTo(kLocal4, port); // completed by the kernel's backlog
    const bool clientOk = starvedClient >= 0;

    QTest::qWait(1500);
    const quint64 acceptedWhileStarved = engine.rule(1).accepted;
    quint64 acceptErrors = 0;
    engine.onEngine([&acceptErrors](RelayEngine *e) { acceptErrors += e->acceptErrorCount(); });
    // The old connection still relays.
    const bool oldSent = sendAll(oldClient, "still");
    const QByteArray oldReceived = recvExact(oldServer, 5, 10000);

    // Free the descriptors: the engine resumes accepting by itself.
    for (int fd : hogs)
        ::close(fd);
    hogs.clear();
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &saved) == 0);

    QVERIFY(clientOk);
    QVERIFY2(acceptErrors >= 1, "accept() never failed: the test did not exhaust descriptors");
    // Backing off (50 ms doubling to 1 s) gives a handful of retries in 1.5 s; a busy loop
    // would give thousands.
    QVERIFY2(acceptErrors <= 100, qPrintable(QString::number(acceptErrors)));
    QCOMPARE(acceptedWhileStarved, quint64(1));
    QVERIFY(oldSent);
    QCOMPARE(oldReceived, QByteArray("still"));

    const int starvedServer = acceptOne(backend);
    QVERIFY(starvedServer >= 0);
    QVERIFY(sendAll(starvedClient, "late"));
    QCOMPARE(recvExact(starvedServer, 4), QByteArray("late"));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 2; }));

    // And new clients are served normally.
    const int newClient = connectTo(kLocal4, port);
    const int newServer = acceptOne(backend);
    QVERIFY(newClient >= 0 && newServer >= 0);
    QVERIFY(sendAll(newServer, "fresh"));
    QCOMPARE(recvExact(newClient, 5), QByteArray("fresh"));
    for (int fd :
         {oldClient, oldServer, starvedClient, starvedServer, newClient, newServer, backend})
        closeFd(fd);
}

void TestEngineResources::poolStaysWithinUnprivilegedPipeLimits() {
    // fs.pipe-user-pages-soft only binds unprivileged users: as root, run this test again in a
    // child process as nobody, and require that it really ran there.
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root and setpriv (util-linux) is missing");
        const QStringList asNobody{QStringLiteral("--reuid=nobody"),
                                   QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups")};
        // A checkout below a private directory (/root...) cannot be run by nobody.
        if (QProcess::execute(setpriv,
                              asNobody + QStringList{QStringLiteral("test"), QStringLiteral("-x"),
                                                     QCoreApplication::applicationFilePath()}) != 0)
            QSKIP("nobody cannot run this test binary from where this checkout is");
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(setpriv,
                    {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                     QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                     QStringLiteral("poolStaysWithinUnprivilegedPipeLimits")});
        QVERIFY(child.waitForFinished(120000));
        const QByteArray output = child.readAll();
        if (output.contains("SKIP   : TestEngineResources::poolStaysWithinUnprivilegedPipeLimits"))
            QSKIP(
                qPrintable(QStringLiteral("skipped as nobody: ") + QString::fromLocal8Bit(output)));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(
            output.contains("PASS   : TestEngineResources::poolStaysWithinUnprivilegedPipeLimits"),
            output.constData());
        return;
    }
    QFile softFile(QStringLiteral("/proc/sys/fs/pipe-user-pages-soft"));
    const qint64 softPages =
        softFile.open(QIODevice::ReadOnly) ? softFile.readAll().trimmed().toLongLong() : 0;
    if (softPages <= 0)
        QSKIP("no pipe-user-pages-soft limit on this machine");
    const size_t pipeSize = RelayStoragePool::kDefaultPipeSize;
    // Enough pipes to pass the user's limit even if nothing else of this user holds pipes.
    const qint64 enough = softPages * 4096 / qint64(pipeSize) + 16;

    RelayStoragePool pool;
    std::vector<RelayStoragePool::Pipe> taken;
    int refused = 0;
    for (qint64 i = 0; i < enough; ++i) {
        const RelayStoragePool::Pipe pipe = pool.takePipe();
        if (!pipe.isValid()) {
            ++refused;
            continue;
        }
        // Never a pipe shrunk by the kernel: the relay would crawl through it 8 KiB at a time.
        QVERIFY2(pipe.capacity >= RelayStoragePool::kBufferSize,
                 qPrintable(QString::number(pipe.capacity)));
        taken.push_back(pipe);
    }
    QVERIFY2(refused > 0, "the user's pipe limit was never reached");
    QVERIFY(!taken.empty());
    // Idle pipes kept for reuse leave most of the user's pipe pages to busy connections.
    for (const RelayStoragePool::Pipe &pipe : taken)
        pool.returnPipe(pipe);
    QVERIFY(pool.freePipeBytes() <= RelayStoragePool::kMaxFreePipeBytes);
    QVERIFY(pool.freePipes() >= 1);
    QVERIFY(qint64(pool.freePipeBytes()) < softPages * 4096 / 2);
}

void TestEngineResources::selfLoopIsRefused_data() {
    QTest::addColumn<QString>("bindHost");
    QTest::addColumn<QString>("connectHost");
    QTest::newRow("same address") << "127.0.0.1"
                                  << "127.0.0.1";
    QTest::newRow("bound to 0.0.0.0") << "0.0.0.0"
                                      << "127.0.0.1";
    QTest::newRow("bound to ::, target v4") << "::"
                                            << "127.0.0.1";
    QTest::newRow("name resolving to it") << "127.0.0.1"
                                          << "localhost";
    QTest::newRow("target 0.0.0.0") << "127.0.0.1"
                                    << "0.0.0.0";
}

// A rule whose target is its own listener used to connect to itself until every descriptor
// was used (and kept them, so every other rule was dead). The engine refuses such a connection
// at once, as local-connect-failed; other rules go on serving. The descriptor limit is lowered
// for the test, so that without the refusal the loop ends quickly (at the limit).
void TestEngineResources::selfLoopIsRefused() {
    // The validator run by apply() sees these loops (literal addresses and "localhost") and
    // refuses the rule before it binds; connections to other looping targets (original
    // destinations, names resolved later) are refused per connection (tst_interception).
    QFETCH(QString, bindHost);
    QFETCH(QString, connectHost);
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort);
    QVERIFY(backend >= 0);
    const quint16 loopPort = freePort();
    const quint16 port = freePort();
    Config config;
    config.rules << EngineFixture::tcpRule(1, bindHost, loopPort, connectHost, loopPort)
                 << EngineFixture::tcpRule(2, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backendPort);
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    const QString errors = engine.lastErrors().join(QLatin1Char(' '));
    QCOMPARE(engine.lastErrors().size(), 1);
    QVERIFY2(errors.contains(QLatin1String("leads back to this rule")), qPrintable(errors));

    // Nothing listens on the loop's port, so no client can start a loop.
    const int before = countByReadlink().total;
    const int client = connectTo(kLocal4, loopPort);
    QVERIFY(client < 0 || waitClosed(client, 20000));
    closeFd(client);
    QTest::qWait(300); // time for a loop, had there been one, to grow
    QVERIFY(countByReadlink().total <= before + 10);
    QCOMPARE(engine.rule(1).accepted, quint64(0));

    // The other rule serves.
    const int other = connectTo(kLocal4, port);
    const int server = acceptOne(backend);
    QVERIFY(other >= 0 && server >= 0);
    QVERIFY(sendAll(other, "alive"));
    QCOMPARE(recvExact(server, 5), QByteArray("alive"));
    for (int fd : {other, server, backend})
        closeFd(fd);
}

QTEST_GUILESS_MAIN(TestEngineResources)
#include "tst_engineresources.moc"
