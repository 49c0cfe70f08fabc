// PROXY protocol in the engine: the header sent to targets (proxy=v1|v2) and the header taken
// from load balancers in front (accept-proxy), alone and chained.
#include "EngineFixture.h"
#include "ProxyHeader.h"
#include "RawSocket.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace RawSocket;

namespace {

QMutex messagesMutex;
QStringList messages;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &text) {
    {
        QMutexLocker locker(&messagesMutex);
        messages << text;
    }
    if (previousHandler)
        previousHandler(type, context, text);
}

bool messageLogged(const QString &part) {
    QMutexLocker locker(&messagesMutex);
    for (const QString &m : qAsConst(messages)) {
        if (m.contains(part))
            return true;
    }
    return false;
}

// Reads a PROXY header byte by byte, as a strict receiver that must not eat payload would.
ProxyHeader::Status readHeader(int fd, ProxyHeader *parser, QByteArray *header) {
    for (int i = 0; i < ProxyHeader::kMaxV1Length + 64; ++i) {
        const QByteArray byte = recvExact(fd, 1);
        if (byte.size() != 1)
            return ProxyHeader::Status::Invalid;
        header->append(byte);
        const ProxyHeader::Status status = parser->parse(*header);
        if (status != ProxyHeader::Status::NeedMore)
            return status;
    }
    return ProxyHeader::Status::Invalid;
}

QHostAddress localAddress(int fd, quint16 *port) {
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length);
    *port = RawSocket::localPort(fd);
    return QHostAddress(reinterpret_cast<const sockaddr *>(&local));
}

QHostAddress unmapped(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

class tst_ProxyProtocol : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { previousHandler = qInstallMessageHandler(captureMessages); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void sendsHeader_data() {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("bindHost");
        QTest::addColumn<QString>("connectTo");
        QTest::addColumn<bool>("splice");
        for (int version : {1, 2}) {
            for (bool splice : {true, false}) {
                const char *path = splice ? "splice" : "copy";
                QTest::addRow("v%d ipv4 %s", version, path) << version << "127.0.0.1"
                                                            << "127.0.0.1" << splice;
                QTest::addRow("v%d ipv6 %s", version, path) << version << "::1"
                                                            << "::1" << splice;
                QTest::addRow("v%d mapped %s", version, path) << version << "::ffff:127.0.0.1"
                                                              << "127.0.0.1" << splice;
            }
        }
    }
    void sendsHeader() {
        QFETCH(int, version);
        QFETCH(QString, bindHost);
        QFETCH(QString, connectTo);
        QFETCH(bool, splice);
        quint16 backendPort = 0;
        const int backend = listenOn(kLocal4, &backendPort);
        QVERIFY(backend >= 0);
        const quint16 port = freePort(QHostAddress(connectTo));
        Config config;
        Rule rule =
            EngineFixture::tcpRule(1, bindHost, port, QStringLiteral("127.0.0.1"), backendPort);
        rule.setOption(QStringLiteral("proxy"), QStringLiteral("v%1").arg(version));
        config.rules << rule;
        EngineFixture engine;
        engine.onEngine([splice](RelayEngine *e) { e->setSpliceEnabled(splice); });
        QVERIFY(engine.apply(config));

        const int client = RawSocket::connectTo(QHostAddress(connectTo), port);
        QVERIFY(client >= 0);
        // The client speaks first and at once: its bytes must still come after the header.
        const QByteArray payload = randomBytes(1024 * 1024, 7);
        QVERIFY(sendAll(client, payload));
        shutdownWrite(client);
        const int server = acceptOne(backend);
        QVERIFY(server >= 0);
        ProxyHeader parser;
        QByteArray header;
        QCOMPARE(readHeader(server, &parser, &header), ProxyHeader::Status::Complete);
        QCOMPARE(int(parser.version()), version);
        QCOMPARE(parser.headerLength(), header.size());
        quint16 clientPort = 0;
        const QHostAddress clientAddress = localAddress(client, &clientPort);
        QCOMPARE(parser.source(), unmapped(clientAddress));
        QCOMPARE(parser.sourcePort(), clientPort);
        QCOMPARE(parser.destination(), QHostAddress(connectTo));
        QCOMPARE(parser.destinationPort(), port);
        if (version == 2) // family byte: TCP over IPv4 (0x11) or IPv6 (0x21)
            QCOMPARE(quint8(header.at(13)),
                     quint8(QHostAddress(connectTo).protocol() == QAbstractSocket::IPv4Protocol
                                ? 0x11
                                : 0x21));
        else
            QVERIFY(header.startsWith(QHostAddress(connectTo).protocol() ==
                                              QAbstractSocket::IPv4Protocol
                                          ? "PROXY TCP4 "
                                          : "PROXY TCP6 "));
        bool eof = false;
        QCOMPARE(recvUntilEof(server, &eof), payload);
        QVERIFY(eof);
        closeFd(server);
        closeFd(client);
        closeFd(backend);
    }

    void acceptsHeaderFromAllowedPeer_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
    }
    void acceptsHeaderFromAllowedPeer() {
        QFETCH(int, version);
        QTemporaryDir dir;
        quint16 backendPort = 0;
        const int backend = listenOn(kLocal4, &backendPort);
        const quint16 port = freePort();
        Config config;
        config.logFile = dir.filePath(QStringLiteral("relay.log"));
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backendPort);
        rule.setOption(QStringLiteral("accept-proxy"), QStringLiteral("any"));
        rule.setOption(QStringLiteral("accept-proxy-from"), QStringLiteral("127.0.0.0/8"));
        // The ACL decides on the address in the header, not on the load balancer's.
        rule.acl.entries << AclEntry{AclEntry::Kind::Deny, QStringLiteral("10.9.9.9"), {}};
        config.rules << rule;
        EngineFixture engine;
        QVERIFY(engine.apply(config));

        const QByteArray header =
            ProxyHeader::build(ProxyHeader::Version(version), QHostAddress("10.1.2.3"), 40000,
                               QHostAddress("192.0.2.1"), 443);
        int client = RawSocket::connectTo(kLocal4, port);
        QVERIFY(client >= 0);
        QVERIFY(sendAll(client, header + "request"));
        int server = acceptOne(backend);
        QVERIFY(server >= 0);
        QCOMPARE(recvExact(server, 7), QByteArray("request"));
        // The connections panel shows the client named by the header.
        QVERIFY(engine.waitForStats([](const StatsSnapshot &s) {
            return s.connections.size() == 1 &&
                   s.connections.first().clientAddress == QHostAddress("10.1.2.3") &&
                   s.connections.first().clientPort == 40000;
        }));
        closeFd(client);
        closeFd(server);

        const QByteArray denied =
            ProxyHeader::build(ProxyHeader::Version(version), QHostAddress("10.9.9.9"), 40001,
                               QHostAddress("192.0.2.1"), 443);
        client = RawSocket::connectTo(kLocal4, port);
        QVERIFY(sendAll(client, denied + "request"));
        QVERIFY(waitClosed(client));
        closeFd(client);
        QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.refused == 1; }));
        QVERIFY(acceptOne(backend, 200) < 0);
        engine.shutdown();
        closeFd(backend);

        QFile log(config.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("\t10.1.2.3\t") && text.contains("\t10.9.9.9\t") &&
                     !text.contains("127.0.0.1\t127.0.0.1"),
                 text.constData());
    }

    void refusesBadHeaders_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<QString>("logged");
        QTest::newRow("garbage") << QByteArray("GET / HTTP/1.1\r\n\r\n") << false
                                 << "no PROXY protocol header";
        QTest::newRow("truncated") << QByteArray("PROXY TCP4 10.0.0.1 10.") << true
                                   << "before the PROXY header was complete";
        QTest::newRow("oversized v1") << QByteArray("PROXY TCP4 ") + QByteArray(120, '1') << false
                                      << "no CRLF within 107 bytes";
        QTest::newRow("slow") << QByteArray("PROXY TCP4 10.0.0.1") << false << "in time";
        QTest::newRow("v2 bad version")
            << QByteArray("\r\n\r\n\0\r\nQUIT\n\x31\x11\x00\x0c", 16) + QByteArray(12, 1) << false
            << "version 3";
        QTest::newRow("v1 where v2 only")
            << QByteArray("PROXY TCP4 1.1.1.1 2.2.2.2 1 2\r\n") << false << "only v2";
    }
    void refusesBadHeaders() {
        QFETCH(QByteArray, input);
        QFETCH(bool, closeAfter);
        QFETCH(QString, logged);
        quint16 backendPort = 0;
        const int backend = listenOn(kLocal4, &backendPort);
        const quint16 port = freePort();
        Config config;
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backendPort);
        rule.setOption(QStringLiteral("accept-proxy"),
                       QString::fromLatin1(QTest::currentDataTag()) ==
                               QLatin1String("v1 where v2 only")
                           ? QStringLiteral("v2")
                           : QStringLiteral("any"));
        rule.setOption(QStringLiteral("accept-proxy-from"), QStringLiteral("127.*"));
        rule.setOption(QStringLiteral("accept-proxy-timeout"), QStringLiteral("1"));
        config.rules << rule;
        EngineFixture engine;
        QVERIFY(engine.apply(config));
        const int client = RawSocket::connectTo(kLocal4, port);
        QVERIFY(client >= 0);
        QVERIFY(sendAll(client, input));
        if (closeAfter)
            shutdownWrite(client);
        QVERIFY(waitClosed(client));
        closeFd(client);
        QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.refused == 1; }));
        QVERIFY(acceptOne(backend, 200) < 0); // the target never saw it
        QTRY_VERIFY_WITH_TIMEOUT(messageLogged(logged), 5000);
        engine.shutdown();
        closeFd(backend);
    }

    void refusesPeersNotAllowed_data() {
        QTest::addColumn<QString>("acceptFrom");
        QTest::newRow("no list") << QString();
        QTest::newRow("other peers") << "10.0.0.0/8";
    }
    void refusesPeersNotAllowed() {
        QFETCH(QString, acceptFrom);
        quint16 backendPort = 0;
        const int backend = listenOn(kLocal4, &backendPort);
        const quint16 port = freePort();
        Config config;
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port,
                                           QStringLiteral("127.0.0.1"), backendPort);
        rule.setOption(QStringLiteral("accept-proxy"), QStringLiteral("any"));
        rule.setOption(QStringLiteral("accept-proxy-from"), acceptFrom);
        config.rules << rule;
        EngineFixture engine;
        QVERIFY(engine.apply(config));
        const int client = RawSocket::connectTo(kLocal4, port);
        QVERIFY(sendAll(client, "PROXY TCP4 1.1.1.1 2.2.2.2 1 2\r\nhello"));
        QVERIFY(waitClosed(client));
        closeFd(client);
        QVERIFY(engine.waitForRule(1, [](const RuleStats &r) { return r.refused == 1; }));
        QVERIFY(acceptOne(backend, 200) < 0);
        QTRY_VERIFY_WITH_TIMEOUT(messageLogged(QStringLiteral("accept-proxy-from")), 5000);
        engine.shutdown();
        closeFd(backend);
    }

    // A client -> PortRelay (proxy=v2) -> PortRelay (accept-proxy, proxy=v1) -> target: the
    // target learns the first client's address and the address that client reached.
    void chainCarriesTheOriginalAddress() {
        quint16 backendPort = 0;
        const int backend = listenOn(kLocal4, &backendPort);
        const quint16 front = freePort();
        const quint16 inner = freePort();
        Config config;
        Rule first = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), front,
                                            QStringLiteral("127.0.0.1"), inner);
        first.setOption(QStringLiteral("proxy"), QStringLiteral("v2"));
        Rule second = EngineFixture::tcpRule(2, QStringLiteral("127.0.0.1"), inner,
                                             QStringLiteral("127.0.0.1"), backendPort);
        second.setOption(QStringLiteral("accept-proxy"), QStringLiteral("v2"));
        second.setOption(QStringLiteral("accept-proxy-from"), QStringLiteral("127.0.0.1"));
        second.setOption(QStringLiteral("proxy"), QStringLiteral("v1"));
        // Two relays: an engine refuses connections to its own listeners (a loop guard).
        Config firstConfig;
        firstConfig.rules << first;
        config.rules << second;
        EngineFixture frontEngine;
        QVERIFY(frontEngine.apply(firstConfig));
        EngineFixture engine;
        QVERIFY(engine.apply(config));
        const int client = RawSocket::connectTo(kLocal4, front);
        QVERIFY(client >= 0);
        QVERIFY(sendAll(client, "payload"));
        const int server = acceptOne(backend);
        QVERIFY(server >= 0);
        ProxyHeader parser;
        QByteArray header;
        QCOMPARE(readHeader(server, &parser, &header), ProxyHeader::Status::Complete);
        quint16 clientPort = 0;
        localAddress(client, &clientPort);
        QCOMPARE(header, QStringLiteral("PROXY TCP4 127.0.0.1 127.0.0.1 %1 %2\r\n")
                             .arg(clientPort)
                             .arg(front)
                             .toLatin1());
        QCOMPARE(recvExact(server, 7), QByteArray("payload"));
        closeFd(client);
        closeFd(server);
        closeFd(backend);
    }
};

QTEST_GUILESS_MAIN(tst_ProxyProtocol)
#include "tst_proxyprotocol.moc"
