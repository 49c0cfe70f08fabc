#include "EngineFixture.h"
#include "EngineGroup.h"
#include "RawSocket.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace RawSocket;

namespace {

constexpr int kThreads = 2;

// Reads each connection until EOF and sends it back reversed, then closes it (a thread per
// connection, each bounded by its timeouts); accepts until destroyed.
class ReversingBackend {
public:
    ReversingBackend() {
        m_fd = listenOn(kLocal4, &m_port);
        m_thread = std::thread([this] {
            while (!m_stop) {
                const int fd = acceptOne(m_fd, 200);
                if (fd < 0)
                    continue;
                m_connections.emplace_back([fd] {
                    bool eof = false;
                    QByteArray data = recvUntilEof(fd, &eof, 30000);
                    std::reverse(data.begin(), data.end());
                    if (eof)
                        sendAll(fd, data, 20000);
                    closeFd(fd);
                });
            }
            for (std::thread &connection : m_connections)
                connection.join();
        });
    }
    ~ReversingBackend() {
        m_stop = true;
        m_thread.join();
        closeFd(m_fd);
    }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    std::vector<std::thread> m_connections; // used by m_thread only
};

QByteArray numbered(int index, qsizetype size) {
    QByteArray data = QByteArray::number(index).rightJustified(8, '0');
    data += randomBytes(size, quint32(index) + 1);
    return data;
}

QSet<int> threadsOf(const StatsSnapshot &snapshot) {
    QSet<int> threads;
    for (const ConnectionStats &connection : snapshot.connections)
        threads.insert(EngineGroup::threadOf(connection.id));
    return threads;
}

} // namespace

class TestEngineGroup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threadCountFromRequestOrEnvironment();
    void connectionsSpreadOverThreadsByteExact();
    void reloadUnderLoadLosesNoConnection();
    void reloadSwappingPortsReachesEveryThread();
    void closeConnectionReachesItsThread();
    void logHasOneLinePerEvent();
    void accessListDeniesOnEveryThread();
    void portHeldElsewhereFailsEvenWithReusePort();
    void udpAndRuleRateRunOnTheLeadOnly();
};

void TestEngineGroup::threadCountFromRequestOrEnvironment() {
    const QByteArray saved = qgetenv("PORTRELAY_THREADS");
    qunsetenv("PORTRELAY_THREADS");
    QCOMPARE(EngineGroup::threadCountFor(0), 1);
    QCOMPARE(EngineGroup::threadCountFor(3), 3);
    qputenv("PORTRELAY_THREADS", "2");
    QCOMPARE(EngineGroup::threadCountFor(0), 2);
    QCOMPARE(EngineGroup::threadCountFor(1), 1); // the command line wins
    QCOMPARE(EngineGroup::threadCountFor(1000), EngineGroup::kMaxThreads);
    if (saved.isNull())
        qunsetenv("PORTRELAY_THREADS");
    else
        qputenv("PORTRELAY_THREADS", saved);
    // Ids stay exact as JSON numbers (doubles) and name their thread.
    const quint64 last = EngineGroup::firstConnectionId(EngineGroup::kMaxThreads - 1) + 1000000;
    QVERIFY(last < (quint64(1) << 53));
    QCOMPARE(EngineGroup::threadOf(EngineGroup::firstConnectionId(0)), 0);
    QCOMPARE(EngineGroup::threadOf(EngineGroup::firstConnectionId(5) + 12345), 5);
    QCOMPARE(EngineGroup::firstConnectionId(0), quint64(1)); // one thread: ids as before
}

void TestEngineGroup::connectionsSpreadOverThreadsByteExact() {
    constexpr int kConnections = 200;
    constexpr qsizetype kSize = 16 * 1024;
    Backend backend;
    QVERIFY(backend.fd >= 0);
    EngineFixture engine(kThreads);
    QCOMPARE(engine.host().threadCount(), kThreads);
    const quint16 port = engine.serveLoopback(backend.port);
    QVERIFY(port != 0);
    QVERIFY(engine.lastErrors().isEmpty());

    std::vector<int> clients;
    std::vector<int> servers(kConnections, -1);
    for (int i = 0; i < kConnections; ++i) {
        const int client = connectTo(kLocal4, port);
        QVERIFY(client >= 0);
        clients.push_back(client);
        QVERIFY(sendAll(client, numbered(i, kSize)));
    }
    // The backend sees the connections in any order: each names its client.
    for (int n = 0; n < kConnections; ++n) {
        const int server = acceptOne(backend.fd);
        QVERIFY(server >= 0);
        const QByteArray received = recvExact(server, 8 + kSize);
        const int index = received.left(8).toInt();
        QVERIFY(index >= 0 && index < kConnections && servers[std::size_t(index)] < 0);
        QVERIFY(received == numbered(index, kSize));
        servers[std::size_t(index)] = server;
    }
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.connections.size() == kConnections && threadsOf(s).size() == kThreads;
    }));
    QSet<quint64> ids;
    for (const ConnectionStats &connection : engine.latest().connections)
        ids.insert(connection.id);
    QCOMPARE(ids.size(), kConnections);
    QCOMPARE(engine.rule(1).accepted, quint64(kConnections));
    QCOMPARE(engine.rule(1).active, quint64(kConnections));
    QCOMPARE(engine.rule(1).state, RuleState::Listening);

    for (int i = 0; i < kConnections; ++i) {
        const QByteArray reply = numbered(1000 + i, kSize);
        QVERIFY(sendAll(servers[std::size_t(i)], reply));
        QVERIFY(recvExact(clients[std::size_t(i)], reply.size()) == reply);
        closeFd(clients[std::size_t(i)]);
        QVERIFY(waitClosed(servers[std::size_t(i)]));
        closeFd(servers[std::size_t(i)]);
    }
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.active == 0 && r.bytesFromClient == quint64(kConnections) * (8 + kSize) &&
               r.bytesToClient == quint64(kConnections) * (8 + kSize);
    }));
}

void TestEngineGroup::reloadUnderLoadLosesNoConnection() {
    constexpr int kRounds = 150;
    ReversingBackend backend;
    EngineFixture engine(kThreads);
    Config config;
    const quint16 port = freePort();
    const quint16 otherPort = freePort();
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backend.port());
    QVERIFY(engine.apply(config));

    // A connection open across every reload.
    const int longClient = connectTo(kLocal4, port);
    QVERIFY(longClient >= 0);

    std::atomic<int> done{0};
    std::atomic<int> failed{0};
    QString firstFailure; // written by the load thread before it ends
    std::thread load([&] {
        const QDeadlineTimer deadline(120000);
        for (int i = 0; i < kRounds && !deadline.hasExpired(); ++i) {
            const int client = connectTo(kLocal4, port);
            const QByteArray data = numbered(i, 2048);
            bool eof = false;
            QByteArray reply;
            if (client >= 0 && sendAll(client, data)) {
                shutdownWrite(client);
                reply = recvUntilEof(client, &eof, 20000);
            }
            std::reverse(reply.begin(), reply.end());
            if (!eof || reply != data) {
                if (++failed == 1)
                    firstFailure = QStringLiteral("round %1: connect %2, eof %3, %4 of %5 bytes")
                                       .arg(i)
                                       .arg(client >= 0 ? QStringLiteral("ok")
                                                        : QString::fromLocal8Bit(strerror(errno)))
                                       .arg(eof)
                                       .arg(reply.size())
                                       .arg(data.size());
            }
            closeFd(client);
            ++done;
        }
    });
    // Reloads while the load runs: rule 1 keeps its listener (new name and ACL); rule 2 comes
    // and goes, which makes every thread let go of and take listeners.
    int reloads = 0;
    const QDeadlineTimer deadline(120000);
    while (done < kRounds && !deadline.hasExpired()) {
        Config reloaded = config;
        reloaded.rules[0].name = QStringLiteral("round %1").arg(reloads);
        reloaded.rules[0].acl.entries
            << AclEntry{AclEntry::Kind::Allow, QStringLiteral("127.*"), {}};
        if (reloads % 2 == 0)
            reloaded.rules << EngineFixture::tcpRule(2, QStringLiteral("127.0.0.1"), otherPort,
                                                     QStringLiteral("127.0.0.1"), backend.port());
        if (!engine.apply(reloaded))
            break;
        QVERIFY2(engine.lastErrors().isEmpty(), qPrintable(engine.lastErrors().join(u'\n')));
        ++reloads;
    }
    load.join();
    QCOMPARE(done.load(), kRounds);
    QVERIFY2(failed == 0, qPrintable(firstFailure));
    QVERIFY(reloads >= 2);

    const QByteArray data = numbered(7, 100);
    QVERIFY(sendAll(longClient, data));
    shutdownWrite(longClient);
    bool eof = false;
    QByteArray reply = recvUntilEof(longClient, &eof);
    std::reverse(reply.begin(), reply.end());
    QVERIFY(eof);
    QVERIFY(reply == data);
    closeFd(longClient);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.active == 0 && r.accepted == kRounds + 1 && r.failed == 0;
    }));
}

void TestEngineGroup::reloadSwappingPortsReachesEveryThread() {
    // Two rules trade ports: every thread must have let go of the old sockets before the lead
    // binds again, and then serve the new rules only.
    constexpr int kConnections = 40;
    Backend backendA;
    Backend backendB;
    EngineFixture engine(kThreads);
    const quint16 port1 = freePort();
    const quint16 port2 = freePort();
    Config config;
    config.rules << EngineFixture::loopbackRule(1, port1, backendA.port)
                 << EngineFixture::loopbackRule(2, port2, backendB.port);
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());
    Config swapped = config;
    std::swap(swapped.rules[0].bindPort, swapped.rules[1].bindPort);
    QVERIFY(engine.apply(swapped));
    QVERIFY2(engine.lastErrors().isEmpty(), qPrintable(engine.lastErrors().join(u'\n')));

    std::vector<int> sockets;
    for (int i = 0; i < kConnections; ++i) {
        sockets.push_back(connectTo(kLocal4, port2));
        QVERIFY(sockets.back() >= 0);
        sockets.push_back(acceptOne(backendA.fd)); // port2 leads to A now, on every thread
        QVERIFY(sockets.back() >= 0);
    }
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.connections.size() == kConnections && threadsOf(s).size() == kThreads;
    }));
    for (const ConnectionStats &connection : engine.latest().connections)
        QCOMPARE(connection.ruleId, 1);
    QCOMPARE(acceptOne(backendB.fd, 200), -1);
    for (int fd : sockets)
        closeFd(fd);
}

void TestEngineGroup::closeConnectionReachesItsThread() {
    constexpr int kMaxConnections = 64;
    Backend backend;
    EngineFixture engine(kThreads);
    const quint16 port = engine.serveLoopback(backend.port);
    QVERIFY(port != 0);
    // Connections until the second thread owns one (the kernel picks the thread by hash).
    std::vector<int> clients;
    std::vector<int> servers;
    for (int i = 0; i < kMaxConnections; ++i) {
        clients.push_back(connectTo(kLocal4, port));
        servers.push_back(acceptOne(backend.fd));
        QVERIFY(clients.back() >= 0 && servers.back() >= 0);
        QVERIFY(sendAll(clients.back(), QByteArray::number(i).rightJustified(4, '0')));
        QVERIFY(engine.waitForStats(
            [i](const StatsSnapshot &s) { return s.connections.size() == i + 1; }));
        if (threadsOf(engine.latest()).contains(1))
            break;
    }
    QVERIFY(threadsOf(engine.latest()).contains(1));
    ConnectionStats target;
    for (const ConnectionStats &connection : engine.latest().connections) {
        if (EngineGroup::threadOf(connection.id) == 1)
            target = connection;
    }
    // Which client is it: its port is the one the relay saw.
    std::size_t index = clients.size();
    for (std::size_t i = 0; i < clients.size(); ++i) {
        sockaddr_storage local{};
        socklen_t length = sizeof local;
        ::getsockname(clients[i], reinterpret_cast<sockaddr *>(&local), &length);
        if (ntohs(reinterpret_cast<sockaddr_in *>(&local)->sin_port) == target.clientPort)
            index = i;
    }
    QVERIFY(index < clients.size());
    const qsizetype before = engine.latest().connections.size();
    engine.host().closeConnection(target.id);
    QVERIFY(waitClosed(clients[index]));
    QVERIFY(engine.waitForStats(
        [before](const StatsSnapshot &s) { return s.connections.size() == before - 1; }));
    // The others still relay.
    for (std::size_t i = 0; i < clients.size(); ++i) {
        if (i == index)
            continue;
        QVERIFY(sendAll(clients[i], "x"));
        QCOMPARE(recvExact(servers[i], 5).right(1), QByteArray("x"));
    }
    for (std::size_t i = 0; i < clients.size(); ++i) {
        closeFd(clients[i]);
        closeFd(servers[i]);
    }
}

void TestEngineGroup::logHasOneLinePerEvent() {
    constexpr int kConnections = 100;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Backend backend;
    Config config;
    config.logFile = dir.filePath(QStringLiteral("relay.log"));
    config.logFormat = LogFormat::PortRelay;
    const quint16 port = freePort();
    config.rules << EngineFixture::loopbackRule(1, port, backend.port);
    EngineFixture engine(kThreads);
    QVERIFY(engine.apply(config));
    std::vector<int> clients;
    for (int i = 0; i < kConnections; ++i) {
        clients.push_back(connectTo(kLocal4, port));
        QVERIFY(clients.back() >= 0);
        QVERIFY(sendAll(clients.back(), QByteArray::number(i).rightJustified(4, '0')));
    }
    std::vector<int> servers(kConnections, -1);
    for (int i = 0; i < kConnections; ++i) {
        const int server = acceptOne(backend.fd);
        QVERIFY(server >= 0);
        const int index = recvExact(server, 4).toInt();
        QVERIFY(index >= 0 && index < kConnections && servers[std::size_t(index)] < 0);
        servers[std::size_t(index)] = server;
    }
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.connections.size() == kConnections && threadsOf(s).size() == kThreads;
    }));
    for (int i = 0; i < kConnections; ++i) {
        QVERIFY(sendAll(servers[std::size_t(i)], "hello"));
        QCOMPARE(recvExact(clients[std::size_t(i)], 5), QByteArray("hello"));
        closeFd(servers[std::size_t(i)]);
        QVERIFY(waitClosed(clients[std::size_t(i)]));
        closeFd(clients[std::size_t(i)]);
    }
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 0; }));
    engine.shutdown(); // flushes

    // Every line whole (none cut or run into another), and one "opened" and one "done" line per
    // connection, whichever thread relayed it.
    const QRegularExpression line(
        QStringLiteral(
            "^\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\t127\\.0\\.0\\.1\\t127\\.0\\.0\\.1"
            "\\t%1\\t127\\.0\\.0\\.1\\t%2\\t(0\\t0\\topened|4\\t5\\tdone-local-closed)"
            "\\t\\d+\\.\\d{3}$")
            .arg(port)
            .arg(backend.port));
    const QList<QByteArray> lines = readLines(config.logFile);
    QCOMPARE(lines.size(), 2 * kConnections);
    int opened = 0;
    for (const QByteArray &text : lines) {
        QVERIFY2(line.match(QString::fromUtf8(text)).hasMatch(), text.constData());
        opened += text.contains("opened") ? 1 : 0;
    }
    QCOMPARE(opened, kConnections);
}

void TestEngineGroup::accessListDeniesOnEveryThread() {
    constexpr int kConnections = 40;
    Backend backend;
    Config config;
    const quint16 port = freePort();
    Rule rule = EngineFixture::loopbackRule(1, port, backend.port);
    rule.acl.entries << AclEntry{AclEntry::Kind::Deny, QStringLiteral("127.0.0.*"), {}};
    config.rules << rule;
    EngineFixture engine(kThreads);
    QVERIFY(engine.apply(config));
    for (int i = 0; i < kConnections; ++i) {
        const int client = connectTo(kLocal4, port);
        QVERIFY(client >= 0);
        QVERIFY(waitClosed(client));
        closeFd(client);
    }
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.refused == kConnections; }));
    QCOMPARE(engine.rule(1).accepted, quint64(0));
    QCOMPARE(acceptOne(backend.fd, 200), -1); // the target never heard of them
}

void TestEngineGroup::portHeldElsewhereFailsEvenWithReusePort() {
    // Another program listening with SO_REUSEPORT: the threads must not join its socket.
    const int other = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(other >= 0);
    const int one = 1;
    QVERIFY(::setsockopt(other, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) == 0);
    const quint16 port = freePort();
    sockaddr_storage address{};
    const socklen_t length = toSockaddr(kLocal4, port, &address);
    QVERIFY(::bind(other, reinterpret_cast<sockaddr *>(&address), length) == 0);
    QVERIFY(::listen(other, 16) == 0);
    Backend backend;
    const quint16 freeOne = freePort();
    Config config;
    config.rules << EngineFixture::loopbackRule(1, port, backend.port)
                 << EngineFixture::loopbackRule(2, freeOne, backend.port);
    EngineFixture engine(kThreads);
    QVERIFY(engine.apply(config));
    QCOMPARE(engine.lastErrors(), QStringList{QStringLiteral("1: address already in use")});
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.state == RuleState::Error; }));
    QVERIFY(
        engine.waitForRule(2, [](const RuleStats &r) { return r.state == RuleState::Listening; }));
    // Every connection to the port reaches the other program.
    for (int i = 0; i < 20; ++i) {
        const int client = connectTo(kLocal4, port);
        QVERIFY(client >= 0);
        const int accepted = acceptOne(other, 5000);
        QVERIFY(accepted >= 0);
        closeFd(accepted);
        closeFd(client);
    }
    closeFd(other);
}

void TestEngineGroup::udpAndRuleRateRunOnTheLeadOnly() {
    Rule udp;
    udp.bindProtocol = Protocol::Udp;
    udp.connectProtocol = Protocol::Udp;
    QVERIFY(EngineGroup::runsOnLeadOnly(udp));
    Rule limited = EngineFixture::loopbackRule(1, 1000, 1001);
    QVERIFY(!EngineGroup::runsOnLeadOnly(limited));
    limited.setOption(QStringLiteral("rate-rule"), QStringLiteral("1M"));
    QVERIFY(EngineGroup::runsOnLeadOnly(limited));

    // All of a rate-rule= rule's connections are on the lead (one pair of buckets).
    Backend backend;
    const quint16 port = freePort();
    Rule rule = EngineFixture::loopbackRule(1, port, backend.port);
    rule.setOption(QStringLiteral("rate-rule"), QStringLiteral("10M"));
    Config config;
    config.rules << rule;
    EngineFixture engine(kThreads);
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());
    std::vector<int> sockets;
    for (int i = 0; i < 32; ++i) {
        sockets.push_back(connectTo(kLocal4, port));
        QVERIFY(sockets.back() >= 0);
        sockets.push_back(acceptOne(backend.fd));
        QVERIFY(sockets.back() >= 0);
    }
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) { return s.connections.size() == 32; }));
    QCOMPARE(threadsOf(engine.latest()), QSet<int>{0});
    for (int fd : sockets)
        closeFd(fd);
}

QTEST_GUILESS_MAIN(TestEngineGroup)
#include "tst_enginegroup.moc"
