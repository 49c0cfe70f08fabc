#include "EngineFixture.h"
#include "RawSocket.h"
#include "RelayEngine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <set>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using RawSocket::kLocal4;
using RawSocket::kLocal6;

// A UDP socket bound to address:0 (or :port), with a generous receive buffer.
int udpSocket(const QHostAddress &address, quint16 *port = nullptr, quint16 fixedPort = 0) {
    sockaddr_storage storage;
    const socklen_t length = RawSocket::toSockaddr(address, fixedPort, &storage);
    const int fd = ::socket(storage.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const int size = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
        ::close(fd);
        return -1;
    }
    if (port)
        *port = RawSocket::localPort(fd);
    return fd;
}

bool sendTo(int fd, const QHostAddress &address, quint16 port, const QByteArray &data) {
    sockaddr_storage storage;
    const socklen_t length = RawSocket::toSockaddr(address, port, &storage);
    return ::sendto(fd, data.constData(), size_t(data.size()), 0,
                    reinterpret_cast<sockaddr *>(&storage), length) == data.size();
}

struct Datagram {
    bool ok = false;
    QByteArray data;
    sockaddr_storage from{};
    socklen_t fromLength = 0;
};

Datagram receive(int fd, int timeoutMs = 10000) {
    Datagram d;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return d;
    d.data.resize(65536);
    d.fromLength = sizeof d.from;
    const ssize_t n = ::recvfrom(fd, d.data.data(), 65536, 0, reinterpret_cast<sockaddr *>(&d.from),
                                 &d.fromLength);
    if (n < 0)
        return d;
    d.data.resize(n);
    d.ok = true;
    return d;
}

bool reply(int fd, const Datagram &to, const QByteArray &data) {
    return ::sendto(fd, data.constData(), size_t(data.size()), 0,
                    reinterpret_cast<const sockaddr *>(&to.from), to.fromLength) == data.size();
}

quint16 freeUdpPort(const QHostAddress &address = kLocal4) {
    quint16 port = 0;
    ::close(udpSocket(address, &port));
    return port;
}

Rule udpRule(int id, const QString &bindHost, quint16 bindPort, const QString &connectHost,
             quint16 connectPort) {
    Rule rule = EngineFixture::tcpRule(id, bindHost, bindPort, connectHost, connectPort);
    rule.bindProtocol = Protocol::Udp;
    rule.connectProtocol = Protocol::Udp;
    return rule;
}

// Applies one UDP rule, id 1, from a free port of 127.0.0.1 to 127.0.0.1:TARGETPORT (with
// OPTION=VALUE when given) and returns that port; 0 when apply() timed out.
quint16 serveUdp(EngineFixture &engine, quint16 targetPort, const QString &option = QString(),
                 const QString &value = QString()) {
    const quint16 port = freeUdpPort();
    Config config;
    config.rules << udpRule(1, QStringLiteral("127.0.0.1"), port, QStringLiteral("127.0.0.1"),
                            targetPort);
    if (!option.isEmpty())
        config.rules.last().setOption(option, value);
    return engine.apply(config) ? port : 0;
}

} // namespace

class TestUdpRelay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestReplyManyClients_data();
    void requestReplyManyClients();
    void largeAndEmptyDatagramsIntact();
    void idleSessionsExpire();
    void sessionCountIsBounded();
    void deniedClientsAreDroppedAndLoggedOnce();
    void mixedProtocolsAreRefused();
    void closeSessionAndSrc();
    void selfLoopIsRefused();
};

void TestUdpRelay::requestReplyManyClients_data() {
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("ipv4") << false;
    QTest::newRow("ipv6") << true;
}

void TestUdpRelay::requestReplyManyClients() {
    QFETCH(bool, ipv6);
    constexpr int kClients = 200;
    const QHostAddress address = ipv6 ? kLocal6 : kLocal4;
    quint16 backendPort = 0;
    const int backend = udpSocket(address, &backendPort);
    QVERIFY(backend >= 0);
    const quint16 port = freeUdpPort(address);
    Config config;
    config.rules << udpRule(1, address.toString(), port, address.toString(), backendPort);
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());

    std::vector<int> clients;
    for (int i = 0; i < kClients; ++i) {
        const int fd = udpSocket(address);
        QVERIFY(fd >= 0);
        clients.push_back(fd);
    }
    // The backend answers every request to whoever sent it: one upstream port per client.
    // (Requests are paced one at a time: UDP may drop a burst in any socket buffer.)
    std::set<quint16> sources;
    quint64 requestBytes = 0;
    for (int i = 0; i < kClients; ++i) {
        QVERIFY(sendTo(clients[size_t(i)], address, port, "req-" + QByteArray::number(i)));
        const Datagram d = receive(backend);
        QVERIFY(d.ok);
        QVERIFY(d.data.startsWith("req-"));
        requestBytes += quint64(d.data.size());
        sources.insert(ntohs(reinterpret_cast<const sockaddr_in &>(d.from).sin_port));
        QVERIFY(reply(backend, d, "rep-" + d.data.mid(4)));
    }
    QCOMPARE(int(sources.size()), kClients);
    quint64 replyBytes = 0;
    for (int i = 0; i < kClients; ++i) {
        const Datagram d = receive(clients[size_t(i)]);
        QVERIFY(d.ok);
        QCOMPARE(d.data, "rep-" + QByteArray::number(i));
        replyBytes += quint64(d.data.size());
    }
    QVERIFY(engine.waitForRule(1, [&](const RuleStats &r) {
        return r.active == kClients && r.accepted == kClients &&
               r.datagramsFromClient == kClients && r.datagramsToClient == kClients &&
               r.bytesFromClient == requestBytes && r.bytesToClient == replyBytes && r.dropped == 0;
    }));
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
        return s.connections.size() == kClients && s.connections.first().udp;
    }));
    for (int fd : clients)
        ::close(fd);
    ::close(backend);
}

void TestUdpRelay::largeAndEmptyDatagramsIntact() {
    quint16 backendPort = 0;
    const int backend = udpSocket(kLocal4, &backendPort);
    EngineFixture engine;
    const quint16 port = serveUdp(engine, backendPort);
    QVERIFY(port != 0);
    const int client = udpSocket(kLocal4);
    // Datagrams are relayed one for one: no merging, no splitting, empty ones included.
    const QList<QByteArray> payloads = {RawSocket::randomBytes(60000, 7), QByteArray(),
                                        RawSocket::randomBytes(65507, 8), QByteArray("x")};
    for (const QByteArray &payload : payloads)
        QVERIFY(sendTo(client, kLocal4, port, payload));
    Datagram last;
    for (const QByteArray &payload : payloads) {
        last = receive(backend);
        QVERIFY(last.ok);
        QCOMPARE(last.data.size(), payload.size());
        QVERIFY(last.data == payload);
    }
    for (const QByteArray &payload : payloads)
        QVERIFY(reply(backend, last, payload));
    for (const QByteArray &payload : payloads) {
        const Datagram d = receive(client);
        QVERIFY(d.ok);
        QCOMPARE(d.data.size(), payload.size());
        QVERIFY(d.data == payload);
    }
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.datagramsFromClient == 4 && r.datagramsToClient == 4 && r.active == 1 &&
               r.bytesFromClient == 60000 + 65507 + 1;
    }));
    ::close(client);
    ::close(backend);
}

void TestUdpRelay::idleSessionsExpire() {
    quint16 backendPort = 0;
    const int backend = udpSocket(kLocal4, &backendPort);
    EngineFixture engine;
    const quint16 port =
        serveUdp(engine, backendPort, QStringLiteral("timeout"), QStringLiteral("1"));
    QVERIFY(port != 0);
    const int client = udpSocket(kLocal4);
    QVERIFY(sendTo(client, kLocal4, port, "one"));
    const Datagram first = receive(backend);
    QVERIFY(first.ok);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 1; }));
    QVERIFY(engine.waitForRule(
        1, [](const RuleStats &r) { return r.active == 0; }, 30000));
    // The same client again: a new session, from a new upstream port.
    QVERIFY(sendTo(client, kLocal4, port, "two"));
    const Datagram second = receive(backend);
    QVERIFY(second.ok);
    QCOMPARE(second.data, QByteArray("two"));
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 2 && r.active == 1; }));
    ::close(client);
    ::close(backend);
}

void TestUdpRelay::sessionCountIsBounded() {
    constexpr int kLimit = 50;
    constexpr int kSources = 300;
    quint16 backendPort = 0;
    const int backend = udpSocket(kLocal4, &backendPort);
    EngineFixture engine;
    engine.onEngine([](RelayEngine *e) { e->setUdpSessionLimit(kLimit); });
    const quint16 port = serveUdp(engine, backendPort);
    QVERIFY(port != 0);
    std::vector<int> clients;
    for (int i = 0; i < kSources; ++i) {
        const int fd = udpSocket(kLocal4);
        QVERIFY(fd >= 0);
        clients.push_back(fd);
        QVERIFY(sendTo(fd, kLocal4, port, "flood"));
        QVERIFY(receive(backend).ok);
    }
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.accepted == kSources && r.active == kLimit && r.dropped == kSources - kLimit;
    }));
    QCOMPARE(engine.latest().connections.size(), kLimit);
    // The most recent client still has its session: its reply comes back.
    QVERIFY(sendTo(clients.back(), kLocal4, port, "again"));
    const Datagram d = receive(backend);
    QVERIFY(d.ok);
    QVERIFY(reply(backend, d, "answer"));
    const Datagram answer = receive(clients.back());
    QVERIFY(answer.ok);
    QCOMPARE(answer.data, QByteArray("answer"));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == kSources; }));
    for (int fd : clients)
        ::close(fd);
    ::close(backend);
}

void TestUdpRelay::deniedClientsAreDroppedAndLoggedOnce() {
    QTemporaryDir dir;
    quint16 backendPort = 0;
    const int backend = udpSocket(kLocal4, &backendPort);
    const quint16 port = freeUdpPort();
    Config config;
    config.logFile = dir.filePath(QStringLiteral("udp.log"));
    Rule rule =
        udpRule(1, QStringLiteral("127.0.0.1"), port, QStringLiteral("127.0.0.1"), backendPort);
    rule.acl.entries << AclEntry{AclEntry::Kind::Deny, QStringLiteral("127.0.0.0/8"), {}};
    config.rules << rule;
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    const int client = udpSocket(kLocal4);
    for (int i = 0; i < 5; ++i)
        QVERIFY(sendTo(client, kLocal4, port, "blocked"));
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.refused == 1 && r.dropped == 5 && r.accepted == 0 && r.active == 0 &&
               r.datagramsFromClient == 0;
    }));
    QVERIFY(!receive(backend, 200).ok); // nothing reached the target
    engine.shutdown();
    QFile log(config.logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().split('\n');
    QCOMPARE(lines.size(), 2); // one line and the final newline
    QVERIFY2(lines.at(0).endsWith(QByteArray("\t127.0.0.1\t") + QByteArray::number(backendPort) +
                                  "\t0\t0\tdenied"),
             lines.at(0).constData());
    ::close(client);
    ::close(backend);
}

void TestUdpRelay::mixedProtocolsAreRefused() {
    Config config;
    Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), freeUdpPort(),
                                       QStringLiteral("127.0.0.1"), 9);
    rule.connectProtocol = Protocol::Udp;
    config.rules << rule;
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    QCOMPARE(engine.lastErrors(),
             QStringList{QStringLiteral("1: bind and connect protocols differ (tcp to udp): not "
                                        "supported")});
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.state == RuleState::Error; }));
}

void TestUdpRelay::closeSessionAndSrc() {
    quint16 backendPort = 0;
    const int backend = udpSocket(kLocal4, &backendPort);
    EngineFixture engine;
    const quint16 port =
        serveUdp(engine, backendPort, QStringLiteral("src"), QStringLiteral("127.0.0.2"));
    QVERIFY(port != 0);
    const int client = udpSocket(kLocal4);
    QVERIFY(sendTo(client, kLocal4, port, "hi"));
    const Datagram d = receive(backend);
    QVERIFY(d.ok);
    QCOMPARE(QHostAddress(reinterpret_cast<const sockaddr *>(&d.from)),
             QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(engine.waitForStats([](const StatsSnapshot &s) { return s.connections.size() == 1; }));
    engine.host().closeConnection(engine.latest().connections.first().id);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.active == 0; }));
    ::close(client);
    ::close(backend);
}

// A UDP rule sending to its own listening socket made each forwarded datagram arrive as a new
// client, whose session forwarded it again, without end. The session is refused instead.
void TestUdpRelay::selfLoopIsRefused() {
    // Refused by the validator apply() runs: the rule never binds, so no datagram can loop.
    const quint16 port = freeUdpPort();
    Config config;
    config.rules << udpRule(1, QStringLiteral("0.0.0.0"), port, QStringLiteral("127.0.0.1"), port);
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    const QString errors = engine.lastErrors().join(QLatin1Char(' '));
    QVERIFY2(errors.contains(QLatin1String("leads back to this rule")), qPrintable(errors));
    const int client = udpSocket(kLocal4);
    QVERIFY(client >= 0);
    QVERIFY(sendTo(client, kLocal4, port, "loop"));
    QTest::qWait(500); // time for a loop, had there been one, to create sessions
    const RuleStats stats = engine.rule(1);
    QCOMPARE(stats.accepted, quint64(0));
    QCOMPARE(stats.active, quint64(0));
    ::close(client);
}

QTEST_GUILESS_MAIN(TestUdpRelay)
#include "tst_udprelay.moc"
