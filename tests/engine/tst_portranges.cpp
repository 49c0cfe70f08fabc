// Port ranges in the engine: one rule, one listener per port, offsets kept.
#include "EngineFixture.h"
#include "RawSocket.h"

#include <QRandomGenerator>
#include <QtTest>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace RawSocket;

namespace {

int listenAt(quint16 port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_storage address;
    const socklen_t length = toSockaddr(kLocal4, port, &address);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(fd, 16) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool isFree(quint16 port) {
    const int fd = listenAt(port);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

// `count` consecutive ports free on 127.0.0.1 for the relay, and as many for the backends,
// listening already. Bounded tries over random bases.
bool pickRanges(int count, quint16 *bindBase, quint16 *targetBase, QVector<int> *backends) {
    for (int attempt = 0; attempt < 50; ++attempt) {
        const auto base = quint16(20000 + QRandomGenerator::global()->bounded(30000));
        const auto target = quint16(base + count + 100);
        bool ok = true;
        for (int i = 0; i < count && ok; ++i)
            ok = isFree(quint16(base + i));
        QVector<int> fds;
        for (int i = 0; i < count && ok; ++i) {
            const int fd = listenAt(quint16(target + i));
            ok = fd >= 0;
            if (ok)
                fds << fd;
        }
        if (ok) {
            *bindBase = base;
            *targetBase = target;
            *backends = fds;
            return true;
        }
        for (int fd : fds)
            ::close(fd);
    }
    return false;
}

bool waitReadable(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 10000) == 1;
}

quint16 portOfAddress(const sockaddr_storage &address) {
    return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
}

} // namespace

class tst_PortRanges : public QObject {
    Q_OBJECT

private slots:
    void hundredPortsRelayEachToItsOffset() {
        const int count = 100;
        quint16 bindBase = 0;
        quint16 targetBase = 0;
        QVector<int> backends;
        QVERIFY(pickRanges(count, &bindBase, &targetBase, &backends));
        Config config;
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), bindBase,
                                           QStringLiteral("127.0.0.1"), targetBase);
        rule.bindPort = QStringLiteral("%1-%2").arg(bindBase).arg(bindBase + count - 1);
        rule.connectPort = QStringLiteral("%1-%2").arg(targetBase).arg(targetBase + count - 1);
        config.rules << rule;
        EngineFixture engine;
        QVERIFY(engine.apply(config));
        QVERIFY2(engine.lastErrors().isEmpty(), qPrintable(engine.lastErrors().join(", ")));
        for (int i = 0; i < count; ++i) {
            const int client = connectTo(kLocal4, quint16(bindBase + i));
            QVERIFY2(client >= 0, qPrintable(QString::number(bindBase + i)));
            const QByteArray message = QByteArray::number(i);
            QVERIFY(sendAll(client, message));
            const int server = acceptOne(backends.at(i), 10000);
            QVERIFY2(server >= 0, qPrintable(QStringLiteral("nothing at %1").arg(targetBase + i)));
            QCOMPARE(recvExact(server, message.size()), message);
            closeFd(server);
            closeFd(client);
        }
        // One rule counts them all.
        QVERIFY(engine.waitForRule(1, [count](const RuleStats &r) {
            return r.accepted == quint64(count) && r.active == 0;
        }));
        QCOMPARE(engine.latest().rules.size(), 1);
        engine.shutdown();
        for (int i = 0; i < count; ++i)
            QVERIFY2(isFree(quint16(bindBase + i)), "every port is released on stop");
        for (int fd : backends)
            ::close(fd);
    }

    void manyToOne() {
        quint16 bindBase = 0;
        quint16 targetBase = 0;
        QVector<int> backends;
        QVERIFY(pickRanges(5, &bindBase, &targetBase, &backends));
        Config config;
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), bindBase,
                                           QStringLiteral("127.0.0.1"), targetBase);
        rule.bindPort = QStringLiteral("%1-%2").arg(bindBase).arg(bindBase + 4);
        config.rules << rule;
        EngineFixture engine;
        QVERIFY(engine.apply(config));
        for (int i = 0; i < 5; ++i) {
            const int client = connectTo(kLocal4, quint16(bindBase + i));
            QVERIFY(client >= 0);
            QVERIFY(sendAll(client, "x"));
            const int server = acceptOne(backends.first(), 10000);
            QVERIFY(server >= 0);
            QCOMPARE(recvExact(server, 1), QByteArray("x"));
            closeFd(server);
            closeFd(client);
        }
        engine.shutdown();
        for (int fd : backends)
            ::close(fd);
    }

    // UDP, many to one: every port of the range has its own relay, and a reply goes back from
    // the port the client sent to.
    void udpRangeManyToOne() {
        const int count = 3;
        const int backend = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        {
            sockaddr_storage address;
            const socklen_t length = toSockaddr(kLocal4, 0, &address);
            QCOMPARE(::bind(backend, reinterpret_cast<sockaddr *>(&address), length), 0);
        }
        quint16 bindBase = 0;
        for (int attempt = 0; attempt < 50 && bindBase == 0; ++attempt) {
            const auto base = quint16(20000 + QRandomGenerator::global()->bounded(30000));
            bool free = true;
            for (int i = 0; i < count && free; ++i) {
                const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
                sockaddr_storage address;
                const socklen_t length = toSockaddr(kLocal4, quint16(base + i), &address);
                free = ::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0;
                ::close(fd);
            }
            if (free)
                bindBase = base;
        }
        QVERIFY(bindBase != 0);
        Config config;
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), bindBase,
                                           QStringLiteral("127.0.0.1"), localPort(backend));
        rule.bindProtocol = rule.connectProtocol = Protocol::Udp;
        rule.bindPort = QStringLiteral("%1-%2").arg(bindBase).arg(bindBase + count - 1);
        config.rules << rule;
        EngineFixture engine;
        QVERIFY(engine.apply(config));
        QVERIFY2(engine.lastErrors().isEmpty(), qPrintable(engine.lastErrors().join(", ")));
        const int client = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        for (int i = 0; i < count; ++i) {
            sockaddr_storage relay;
            const socklen_t length = toSockaddr(kLocal4, quint16(bindBase + i), &relay);
            const QByteArray message = "port " + QByteArray::number(i);
            QCOMPARE(::sendto(client, message.constData(), size_t(message.size()), 0,
                              reinterpret_cast<sockaddr *>(&relay), length),
                     ssize_t(message.size()));
            char buffer[64];
            sockaddr_storage from{};
            socklen_t fromLength = sizeof from;
            QVERIFY(waitReadable(backend));
            const ssize_t n = ::recvfrom(backend, buffer, sizeof buffer, 0,
                                         reinterpret_cast<sockaddr *>(&from), &fromLength);
            QCOMPARE(QByteArray(buffer, int(n)), message);
            // The reply goes back through the relay port the client used.
            QCOMPARE(::sendto(backend, "ok", 2, 0, reinterpret_cast<sockaddr *>(&from), fromLength),
                     ssize_t(2));
            QVERIFY(waitReadable(client));
            sockaddr_storage replyFrom{};
            socklen_t replyLength = sizeof replyFrom;
            QCOMPARE(::recvfrom(client, buffer, sizeof buffer, 0,
                                reinterpret_cast<sockaddr *>(&replyFrom), &replyLength),
                     ssize_t(2));
            QCOMPARE(portOfAddress(replyFrom), quint16(bindBase + i));
        }
        ::close(client);
        engine.shutdown();
        ::close(backend);
    }

    // A port of the range already taken: the rule fails as a whole and names the port.
    void busyPortFailsTheRule() {
        quint16 bindBase = 0;
        quint16 targetBase = 0;
        QVector<int> backends;
        QVERIFY(pickRanges(3, &bindBase, &targetBase, &backends));
        const int squatter = listenAt(quint16(bindBase + 2));
        QVERIFY(squatter >= 0);
        Config config;
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), bindBase,
                                           QStringLiteral("127.0.0.1"), targetBase);
        rule.bindPort = QStringLiteral("%1-%2").arg(bindBase).arg(bindBase + 2);
        rule.connectPort = QStringLiteral("%1-%2").arg(targetBase).arg(targetBase + 2);
        config.rules << rule;
        EngineFixture engine;
        QVERIFY(engine.apply(config));
        QCOMPARE(engine.lastErrors().size(), 1);
        QVERIFY2(engine.lastErrors().first().contains(QString::number(bindBase + 2)),
                 qPrintable(engine.lastErrors().first()));
        QVERIFY(isFree(bindBase)); // nothing of the rule stays bound
        ::close(squatter);
        engine.shutdown();
        for (int fd : backends)
            ::close(fd);
    }
};

QTEST_GUILESS_MAIN(tst_PortRanges)
#include "tst_portranges.moc"
