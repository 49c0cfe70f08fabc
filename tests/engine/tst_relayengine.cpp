#include "EngineFixture.h"
#include "RawSocket.h"
#include "RelayEngine.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <utility>
#include <vector>

using namespace RawSocket;

class TestRelayEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void byteExactBothDirections_data();
    void byteExactBothDirections();
    void manyConcurrentConnections();
    void halfCloseClientFirstGetsLateReply();
    void halfCloseTargetFirst();
    void slowReaderKeepsBuffersBounded();
    void targetRefusedClosesClient();
    void connectTimeout();
    void idleTimeoutClosesConnection();
    void sourceAddressBind();
    void sourceAddressByName();
    void bindConflictLeavesOtherRulesServing();
    void invalidBindAddressIsAnError();
    void reloadKeepsUnchangedRuleConnections();
    void reloadSwappingPortsRebindsBoth();
    void reloadChangingOnlyTimeoutKeepsListener();
    void disabledRuleStopsListeningConnectionsFinish();
    void removedRuleGoesOnceItsConnectionsEnd();
    void hostNamesResolve();
    void closeConnectionAndResetCounters();
    void statsAreRateLimited();
    void stopClosesEverything();
};

void TestRelayEngine::byteExactBothDirections_data() {
    QTest::addColumn<bool>("splice");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("splice-ipv4") << true << false;
    QTest::newRow("copy-ipv4") << false << false;
    QTest::newRow("splice-ipv6") << true << true;
    QTest::newRow("copy-ipv6") << false << true;
}

void TestRelayEngine::byteExactBothDirections() {
    QFETCH(bool, splice);
    QFETCH(bool, ipv6);
    const QHostAddress address = ipv6 ? kLocal6 : kLocal4;
    Backend backend(address);
    QVERIFY(backend.fd >= 0);
    EngineFixture engine;
    engine.onEngine([splice](RelayEngine *e) { e->setSpliceEnabled(splice); });
    Config config;
    const quint16 port = freePort(address);
    config.rules << EngineFixture::tcpRule(1, address.toString(), port, address.toString(),
                                           backend.port);
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());

    const int client = connectTo(address, port);
    QVERIFY(client >= 0);
    const int server = acceptOne(backend.fd);
    QVERIFY(server >= 0);
    const QByteArray up = randomBytes(5 * 1024 * 1024 + 17, 1);
    const QByteArray down = randomBytes(3 * 1024 * 1024 + 5, 2);
    QByteArray atServer;
    QByteArray atClient;
    QVERIFY(exchange(client, server, up, down, &atServer, &atClient));
    QCOMPARE(atServer.size(), up.size());
    QVERIFY(atServer == up);
    QCOMPARE(atClient.size(), down.size());
    QVERIFY(atClient == down);
    closeFd(client);
    closeFd(server);

    QVERIFY(engine.waitForRule(1, [&](const RuleStats &r) {
        return r.active == 0 && r.accepted == 1 && r.bytesFromClient == quint64(up.size()) &&
               r.bytesToClient == quint64(down.size());
    }));
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) { return s.bufferedBytes == 0; }));
    QVERIFY(engine.maxBufferedBytes() <= RelayEngine::maxBufferedBytesPerConnection());
}

void TestRelayEngine::manyConcurrentConnections() {
    constexpr int kConnections = 500;
    Backend backend;
    EngineFixture engine;
    const quint16 port = engine.serveLoopback(backend.port);
    QVERIFY(port != 0);

    std::vector<int> clients;
    std::vector<int> servers;
    for (int i = 0; i < kConnections; ++i) {
        const int client = connectTo(kLocal4, port);
        QVERIFY2(client >= 0, qPrintable(QString::number(i)));
        clients.push_back(client);
    }
    for (int i = 0; i < kConnections; ++i) {
        const int server = acceptOne(backend.fd);
        QVERIFY2(server >= 0, qPrintable(QString::number(i)));
        servers.push_back(server);
    }
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == kConnections; }));
    QCOMPARE(engine.latest().connections.size(), kConnections);

    // Every client sends its own token; every backend connection echoes what it gets.
    for (int i = 0; i < kConnections; ++i)
        QVERIFY(sendAll(clients[size_t(i)], QByteArray::number(100000 + i)));
    for (int server : servers) {
        const QByteArray token = recvExact(server, 6);
        QCOMPARE(token.size(), 6);
        QVERIFY(sendAll(server, token + "!"));
    }
    for (int i = 0; i < kConnections; ++i)
        QCOMPARE(recvExact(clients[size_t(i)], 7), QByteArray::number(100000 + i) + "!");

    for (int fd : clients)
        closeFd(fd);
    for (int fd : servers)
        closeFd(fd);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.active == 0 && r.accepted == kConnections &&
               r.bytesFromClient == 6 * kConnections && r.bytesToClient == 7 * kConnections;
    }));
    QVERIFY(engine.latest().connections.isEmpty());
}

void TestRelayEngine::halfCloseClientFirstGetsLateReply() {
    Backend backend;
    EngineFixture engine;
    int client = -1, server = -1;
    QVERIFY(engine.serveConnection(backend, &client, &server));
    QVERIFY(sendAll(client, "request"));
    shutdownWrite(client);
    // The backend sees the whole request and then the end of it...
    bool eof = false;
    QCOMPARE(recvUntilEof(server, &eof), QByteArray("request"));
    QVERIFY(eof);
    // ...and only then answers, in two parts: the client must get all of it.
    QVERIFY(sendAll(server, "late "));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.bytesToClient == 5; }));
    QVERIFY(sendAll(server, "reply"));
    shutdownWrite(server);
    QCOMPARE(recvUntilEof(client, &eof), QByteArray("late reply"));
    QVERIFY(eof);
    closeFd(client);
    closeFd(server);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 0; }));
}

void TestRelayEngine::halfCloseTargetFirst() {
    Backend backend;
    EngineFixture engine;
    int client = -1, server = -1;
    QVERIFY(engine.serveConnection(backend, &client, &server));
    // The target speaks first and half-closes; the client keeps sending afterwards.
    QVERIFY(sendAll(server, "banner"));
    shutdownWrite(server);
    bool eof = false;
    QCOMPARE(recvUntilEof(client, &eof), QByteArray("banner"));
    QVERIFY(eof);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));
    QVERIFY(sendAll(client, "still talking"));
    shutdownWrite(client);
    QCOMPARE(recvUntilEof(server, &eof), QByteArray("still talking"));
    QVERIFY(eof);
    closeFd(client);
    closeFd(server);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.active == 0 && r.bytesFromClient == 13 && r.bytesToClient == 6;
    }));
}

void TestRelayEngine::slowReaderKeepsBuffersBounded() {
    Backend backend;
    EngineFixture engine;
    int client = -1, server = -1;
    QVERIFY(engine.serveConnection(backend, &client, &server));

    // The backend reads nothing: the client must soon be unable to send more. A relay that
    // buffered without bound would take all 64 MiB.
    constexpr qsizetype kOffered = 64 * 1024 * 1024;
    const QByteArray chunk = randomBytes(256 * 1024, 3);
    qsizetype written = 0;
    QByteArray sentData;
    for (int i = 0; i < kOffered / chunk.size(); ++i) {
        pollfd p{client, POLLOUT, 0};
        if (::poll(&p, 1, 1500) <= 0)
            break; // stalled: backpressure reached the client
        const ssize_t n =
            ::send(client, chunk.constData(), size_t(chunk.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0) {
            written += n;
            sentData.append(chunk.constData(), n);
        }
    }
    QVERIFY2(written < kOffered, qPrintable(QString::number(written)));
    QVERIFY(engine.maxBufferedBytes() <= RelayEngine::maxBufferedBytesPerConnection());

    // Now read slowly, in small pieces: everything arrives, in order, and the relay's buffers
    // never exceed the bound.
    shutdownWrite(client);
    QByteArray received;
    bool eof = false;
    for (int i = 0; i < 200000 && !eof; ++i) {
        QByteArray part = recvExact(server, 512 * 1024, 20000);
        if (part.isEmpty()) {
            part = recvUntilEof(server, &eof, 100);
        }
        received += part;
        if (received.size() >= written) {
            recvUntilEof(server, &eof, 20000);
            break;
        }
        QTest::qWait(1); // let snapshots in while reading
    }
    QCOMPARE(received.size(), sentData.size());
    QVERIFY(received == sentData);
    QVERIFY(engine.maxBufferedBytes() <= RelayEngine::maxBufferedBytesPerConnection());
    closeFd(client);
    closeFd(server);
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 1 && r.active == 0; }));
}

void TestRelayEngine::targetRefusedClosesClient() {
    EngineFixture engine;
    Config config;
    const quint16 port = freePort();
    const quint16 closedPort = freePort(); // nothing listens there
    config.rules << EngineFixture::loopbackRule(1, port, closedPort);
    QVERIFY(engine.apply(config));
    const int client = connectTo(kLocal4, port);
    QVERIFY(client >= 0);
    QVERIFY(waitClosed(client));
    closeFd(client);
    QVERIFY(engine.waitForRule(
        1, [](const RuleStats &r) { return r.failed == 1 && r.accepted == 1 && r.active == 0; }));
}

void TestRelayEngine::connectTimeout() {
    // A listener whose accept queue is full and never drained: the kernel drops further SYNs,
    // so the relay's connect neither succeeds nor fails until its timeout.
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort, 0);
    QVERIFY(backend >= 0);
    std::vector<int> fillers;
    for (int i = 0; i < 8; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(backendPort);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to);
        fillers.push_back(fd);
    }
    QTest::qWait(200);
    EngineFixture engine;
    engine.onEngine([](RelayEngine *e) { e->setConnectTimeoutMs(1000); });
    const quint16 port = engine.serveLoopback(backendPort);
    QVERIFY(port != 0);
    const int client = connectTo(kLocal4, port);
    QVERIFY(client >= 0);
    QVERIFY(waitClosed(client, 30000));
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.failed == 1 && r.active == 0; }));
    closeFd(client);
    for (int fd : fillers)
        closeFd(fd);
    closeFd(backend);
}

void TestRelayEngine::idleTimeoutClosesConnection() {
    Backend backend;
    EngineFixture engine;
    const quint16 port =
        engine.serveLoopback(backend.port, QStringLiteral("timeout"), QStringLiteral("1"));
    QVERIFY(port != 0);
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend.fd, &client, &server));
    QVERIFY(sendAll(client, "x"));
    QCOMPARE(recvExact(server, 1), QByteArray("x"));
    // Then nobody says anything: both ends are closed by the relay.
    QVERIFY(waitClosed(client, 30000));
    QVERIFY(waitClosed(server, 30000));
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 1 && r.active == 0; }));
    closeFd(client);
    closeFd(server);
}

void TestRelayEngine::sourceAddressBind() {
    Backend backend;
    EngineFixture engine;
    const quint16 port =
        engine.serveLoopback(backend.port, QStringLiteral("src"), QStringLiteral("127.0.0.2"));
    QVERIFY(port != 0);
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend.fd, &client, &server));
    QCOMPARE(peerAddress(server), QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(sendAll(client, "hello"));
    QCOMPARE(recvExact(server, 5), QByteArray("hello"));
    closeFd(client);
    closeFd(server);
}

void TestRelayEngine::sourceAddressByName() {
    Backend backend;
    EngineFixture engine;
    Config config;
    const quint16 port = freePort();
    const quint16 unresolvedPort = freePort();
    Rule named = EngineFixture::loopbackRule(1, port, backend.port);
    named.setOption(QStringLiteral("src"), QStringLiteral("localhost"));
    Rule unresolved = EngineFixture::loopbackRule(2, unresolvedPort, backend.port);
    unresolved.setOption(QStringLiteral("src"), QStringLiteral("no-such-host.invalid"));
    config.rules << named << unresolved;
    // apply() reports once both lookups have ended, with the failed one named.
    QVERIFY(engine.apply(config, 60000));
    QCOMPARE(engine.lastErrors(),
             QStringList{QStringLiteral("2: cannot resolve host no-such-host.invalid")});
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.rule(1) && s.rule(1)->state == RuleState::Listening && s.rule(2) &&
               s.rule(2)->state == RuleState::Error;
    }));
    // The rule whose source did not resolve never listened: its port refuses.
    QCOMPARE(connectTo(kLocal4, unresolvedPort), -1);
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend.fd, &client, &server));
    QCOMPARE(peerAddress(server), QHostAddress(QStringLiteral("127.0.0.1")));
    QVERIFY(sendAll(client, "named"));
    QCOMPARE(recvExact(server, 5), QByteArray("named"));
    closeFd(client);
    closeFd(server);
}

void TestRelayEngine::bindConflictLeavesOtherRulesServing() {
    Backend backend;
    quint16 busyPort = 0;
    const int squatter = listenOn(kLocal4, &busyPort);
    QVERIFY(squatter >= 0);
    EngineFixture engine;
    Config config;
    const quint16 port = freePort();
    config.rules << EngineFixture::loopbackRule(1, busyPort, backend.port)
                 << EngineFixture::loopbackRule(2, port, backend.port);
    QVERIFY(engine.apply(config));
    QCOMPARE(engine.lastErrors(), QStringList{QStringLiteral("1: address already in use")});
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.rule(1) && s.rule(1)->state == RuleState::Error &&
               s.rule(1)->error == QLatin1String("address already in use") && s.rule(2) &&
               s.rule(2)->state == RuleState::Listening;
    }));
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend.fd, &client, &server));
    QVERIFY(sendAll(client, "ok"));
    QCOMPARE(recvExact(server, 2), QByteArray("ok"));
    closeFd(client);
    closeFd(server);

    // Once the port is free, applying the same config again starts the rule.
    closeFd(squatter);
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.state == RuleState::Listening; }));
}

void TestRelayEngine::invalidBindAddressIsAnError() {
    EngineFixture engine;
    Config config;
    // 127.0.0.1 is local, 192.0.2.1 (TEST-NET-1) is not: nothing is sent anywhere by trying.
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("192.0.2.1"), freePort(),
                                           QStringLiteral("127.0.0.1"), 9)
                 << EngineFixture::tcpRule(2, QStringLiteral("no-such-host.invalid"), freePort(),
                                           QStringLiteral("127.0.0.1"), 9);
    QVERIFY(engine.apply(config, 60000));
    QCOMPARE(engine.lastErrors().size(), 2);
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.rule(1) && s.rule(1)->state == RuleState::Error &&
               s.rule(1)->error == QLatin1String("cannot assign requested address") && s.rule(2) &&
               s.rule(2)->state == RuleState::Error &&
               s.rule(2)->error == QLatin1String("cannot resolve host no-such-host.invalid");
    }));
}

void TestRelayEngine::reloadKeepsUnchangedRuleConnections() {
    Backend backend;
    Backend otherBackend;
    EngineFixture engine;
    Config config;
    const quint16 port1 = freePort();
    const quint16 port2 = freePort();
    config.rules << EngineFixture::loopbackRule(1, port1, backend.port)
                 << EngineFixture::loopbackRule(2, port2, backend.port);
    QVERIFY(engine.apply(config));
    const int client1 = connectTo(kLocal4, port1);
    const int server1 = acceptOne(backend.fd);
    const int client2 = connectTo(kLocal4, port2);
    const int server2 = acceptOne(backend.fd);
    QVERIFY(client1 >= 0 && server1 >= 0 && client2 >= 0 && server2 >= 0);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));
    QVERIFY(engine.waitForRule(2, [](const RuleStats &r) { return r.active == 1; }));

    // Rule 1 only gets a new name and ACL; rule 2 now forwards elsewhere; rule 3 is new.
    Config reloaded = config;
    reloaded.rules[0].name = QStringLiteral("renamed");
    reloaded.rules[0].acl.entries << AclEntry{AclEntry::Kind::Allow, QStringLiteral("127.*"), {}};
    reloaded.rules[1].connectPort = QString::number(otherBackend.port);
    const quint16 port3 = freePort();
    reloaded.rules << EngineFixture::loopbackRule(3, port3, backend.port);
    QVERIFY(engine.apply(reloaded));
    QVERIFY(engine.lastErrors().isEmpty());

    // Both open connections still relay, both ways.
    QVERIFY(sendAll(client1, "one"));
    QCOMPARE(recvExact(server1, 3), QByteArray("one"));
    QVERIFY(sendAll(server1, "back1"));
    QCOMPARE(recvExact(client1, 5), QByteArray("back1"));
    QVERIFY(sendAll(client2, "two"));
    QCOMPARE(recvExact(server2, 3), QByteArray("two"));
    QVERIFY(sendAll(server2, "back2"));
    QCOMPARE(recvExact(client2, 5), QByteArray("back2"));

    // Rule 1 still accepts, rule 2 now goes to the other backend, rule 3 works.
    int client1b = -1, server1b = -1;
    QVERIFY(connectThrough(port1, backend.fd, &client1b, &server1b));
    int client2b = -1, server2b = -1;
    QVERIFY(connectThrough(port2, otherBackend.fd, &client2b, &server2b));
    QVERIFY(sendAll(client2b, "moved"));
    QCOMPARE(recvExact(server2b, 5), QByteArray("moved"));
    int client3 = -1, server3 = -1;
    QVERIFY(connectThrough(port3, backend.fd, &client3, &server3));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.accepted == 2 && r.active == 2 && r.state == RuleState::Listening;
    }));
    for (int fd : {client1, server1, client2, server2, client1b, server1b, client2b, server2b,
                   client3, server3})
        closeFd(fd);
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) { return s.connections.isEmpty(); }));
}

// Two rules trade their ports in one apply: each must find its new port free, however the
// engine orders the work.
void TestRelayEngine::reloadSwappingPortsRebindsBoth() {
    Backend backendA;
    Backend backendB;
    EngineFixture engine;
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
    QVERIFY2(engine.lastErrors().isEmpty(),
             qPrintable(engine.lastErrors().join(QLatin1Char('\n'))));
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.state == RuleState::Listening; }));
    QVERIFY(
        engine.waitForRule(2, [](const RuleStats &r) { return r.state == RuleState::Listening; }));

    // port2 now leads to backend A, port1 to backend B.
    int client = -1, server = -1;
    QVERIFY(connectThrough(port2, backendA.fd, &client, &server));
    closeFd(client);
    closeFd(server);
    int client2 = -1, server2 = -1;
    QVERIFY(connectThrough(port1, backendB.fd, &client2, &server2));
    closeFd(client2);
    closeFd(server2);
}

// Changing timeout= (or any option, or the target) must not close the listening socket: while
// a client connects again and again, 100 reloads refuse none of its attempts, the listener is
// the same socket (same inode) afterwards, an open connection stays, and new connections get
// the new timeout. Fails without the fix (the listener was rebound on every options change).
void TestRelayEngine::reloadChangingOnlyTimeoutKeepsListener() {
    Backend backend;
    EngineFixture engine;
    const quint16 port = freePort();
    Config config;
    config.rules << EngineFixture::loopbackRule(1, port, backend.port);
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());
    const quint64 inodeBefore = listeningSocketInode(port);
    QVERIFY(inodeBefore != 0);

    int kept = -1, keptServer = -1;
    QVERIFY(connectThrough(port, backend.fd, &kept, &keptServer));

    // The backend takes and drops what the relay brings, so that its queue never fills.
    std::atomic<bool> done{false};
    std::atomic<int> attempts{0};
    std::atomic<int> refused{0};
    std::thread drain([&] {
        while (!done.load()) {
            const int fd = acceptOne(backend.fd, 100);
            if (fd >= 0)
                closeFd(fd);
        }
    });
    std::thread client([&] {
        QDeadlineTimer deadline(60000);
        while (!done.load() && attempts.load() < 20000 && !deadline.hasExpired()) {
            const int fd = connectTo(kLocal4, port);
            attempts.fetch_add(1);
            if (fd < 0)
                refused.fetch_add(1);
            else
                closeFd(fd);
        }
    });
    for (int i = 0; i < 100; ++i) {
        Config reloaded = config;
        reloaded.rules[0].setOption(QStringLiteral("timeout"), QString::number(100 + i % 2));
        QVERIFY(engine.apply(reloaded));
        QVERIFY(engine.lastErrors().isEmpty());
    }
    done.store(true);
    client.join();
    drain.join();
    QVERIFY(attempts.load() > 0);
    QCOMPARE(refused.load(), 0);
    QCOMPARE(listeningSocketInode(port), inodeBefore);

    // Now timeout=1: the connection opened before keeps its (no) timeout, a new one gets it.
    Config shortTimeout = config;
    shortTimeout.rules[0].setOption(QStringLiteral("timeout"), QStringLiteral("1"));
    QVERIFY(engine.apply(shortTimeout));
    QCOMPARE(listeningSocketInode(port), inodeBefore);
    int fresh = -1, freshServer = -1;
    QVERIFY(connectThrough(port, backend.fd, &fresh, &freshServer));
    QVERIFY(waitClosed(fresh, 30000));
    QVERIFY(sendAll(kept, "still"));
    QCOMPARE(recvExact(keptServer, 5), QByteArray("still"));
    QVERIFY(sendAll(keptServer, "here"));
    QCOMPARE(recvExact(kept, 4), QByteArray("here"));
    for (int fd : {kept, keptServer, fresh, freshServer})
        closeFd(fd);
}

void TestRelayEngine::disabledRuleStopsListeningConnectionsFinish() {
    Backend backend;
    EngineFixture engine;
    Config config;
    const quint16 port = freePort();
    config.rules << EngineFixture::loopbackRule(1, port, backend.port);
    QVERIFY(engine.apply(config));
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend.fd, &client, &server));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));

    engine.host().setRuleEnabled(1, false);
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.state == RuleState::Disabled; }));
    QCOMPARE(connectTo(kLocal4, port), -1); // no longer listening
    QVERIFY(sendAll(client, "after"));
    QCOMPARE(recvExact(server, 5), QByteArray("after"));

    // Removing the rule entirely: the connection still finishes normally.
    QVERIFY(engine.apply(Config()));
    QVERIFY(sendAll(server, "bye"));
    QCOMPARE(recvExact(client, 3), QByteArray("bye"));
    closeFd(client);
    closeFd(server);
    QVERIFY(engine.waitForStats(
        [](const StatsSnapshot &s) { return s.connections.isEmpty() && s.rules.isEmpty(); }));

    engine.host().setRuleEnabled(1, true); // unknown rule now: ignored
    config.rules[0].enabled = true;
    QVERIFY(engine.apply(config));
    const int again = connectTo(kLocal4, port);
    QVERIFY(again >= 0);
    closeFd(again);
}

void TestRelayEngine::removedRuleGoesOnceItsConnectionsEnd() {
    Backend backend;
    EngineFixture engine;
    Config config;
    const quint16 port = freePort();
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backend.port);
    QVERIFY(engine.apply(config));
    const int client = connectTo(kLocal4, port);
    const int server = acceptOne(backend.fd);
    QVERIFY(client >= 0 && server >= 0);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));

    // Removed while its connection is open: the connection relays to its end, both ways.
    QVERIFY(engine.apply(Config()));
    const QByteArray up = randomBytes(512 * 1024, 21);
    const QByteArray down = randomBytes(384 * 1024, 22);
    QByteArray atServer;
    QByteArray atClient;
    QVERIFY(exchange(client, server, up, down, &atServer, &atClient));
    QCOMPARE(atServer, up);
    QCOMPARE(atClient, down);
    closeFd(client);
    closeFd(server);
    QVERIFY(engine.waitForStats(
        [](const StatsSnapshot &s) { return s.connections.isEmpty() && s.rules.isEmpty(); }));

    // The rule's runtime (its relay, counters) went with its last connection: the same rule
    // added again starts from nothing, not from the old counts.
    QVERIFY(engine.apply(config));
    const int again = connectTo(kLocal4, port);
    QVERIFY(again >= 0);
    const int againServer = acceptOne(backend.fd);
    QVERIFY(againServer >= 0);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));
    QCOMPARE(engine.rule(1).accepted, quint64(1));
    closeFd(again);
    closeFd(againServer);
}

void TestRelayEngine::hostNamesResolve() {
    Backend backend;
    EngineFixture engine;
    Config config;
    const quint16 port = freePort();
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("localhost"), port,
                                           QStringLiteral("localhost"), backend.port);
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend.fd, &client, &server));
    QVERIFY(sendAll(client, "named"));
    QCOMPARE(recvExact(server, 5), QByteArray("named"));
    closeFd(client);
    closeFd(server);
}

void TestRelayEngine::closeConnectionAndResetCounters() {
    Backend backend;
    EngineFixture engine;
    int client = -1, server = -1;
    QVERIFY(engine.serveConnection(backend, &client, &server));
    QVERIFY(sendAll(client, "12345"));
    QCOMPARE(recvExact(server, 5), QByteArray("12345"));
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.connections.size() == 1 && s.connections[0].bytesFromClient == 5;
    }));
    const ConnectionStats connection = engine.latest().connections[0];
    QCOMPARE(connection.ruleId, 1);
    QCOMPARE(connection.clientAddress, kLocal4);
    QVERIFY(connection.clientPort != 0);
    QVERIFY(connection.started.isValid());

    engine.host().closeConnection(connection.id);
    QVERIFY(waitClosed(client));
    QVERIFY(waitClosed(server));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.active == 0 && r.accepted == 1 && r.bytesFromClient == 5;
    }));
    engine.host().resetCounters(1);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.accepted == 0 && r.bytesFromClient == 0 && r.state == RuleState::Listening;
    }));
    closeFd(client);
    closeFd(server);
}

void TestRelayEngine::statsAreRateLimited() {
    Backend backend;
    EngineFixture engine;
    int client = -1, server = -1;
    QVERIFY(engine.serveConnection(backend, &client, &server));
    // Thousands of small chunks: far fewer snapshots than chunks, and they do not stop.
    const int before = engine.snapshotCount();
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 3000; ++i) {
        QVERIFY(sendAll(client, "abcdefgh"));
        QCOMPARE(recvExact(server, 8), QByteArray("abcdefgh"));
        if (i % 100 == 0)
            QCoreApplication::processEvents();
    }
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.bytesFromClient == 24000; }));
    const int snapshots = engine.snapshotCount() - before;
    // At most 4 per second (+1 for the first one), however the test was scheduled.
    QVERIFY2(
        snapshots <= 1 + 4 * (elapsed.elapsed() / 1000 + 1),
        qPrintable(QStringLiteral("%1 snapshots in %2 ms").arg(snapshots).arg(elapsed.elapsed())));
    closeFd(client);
    closeFd(server);
}

void TestRelayEngine::stopClosesEverything() {
    Backend backend;
    EngineFixture engine;
    int client = -1, server = -1;
    quint16 port = 0;
    QVERIFY(engine.serveConnection(backend, &client, &server, &port));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));
    QSignalSpy stopped(&engine.host(), &EngineGroup::stopped);
    engine.shutdown(); // stop() runs to completion in the engine's thread, then the thread ends
    QTRY_COMPARE(stopped.size(), 1); // passed on (queued) once every engine has stopped
    QVERIFY(waitClosed(client));
    QVERIFY(waitClosed(server));
    QCOMPARE(connectTo(kLocal4, port), -1);
    closeFd(client);
    closeFd(server);
}

QTEST_GUILESS_MAIN(TestRelayEngine)
#include "tst_relayengine.moc"
