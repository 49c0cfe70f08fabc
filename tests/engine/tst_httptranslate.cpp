#include "EngineFixture.h"
#include "RawSocket.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sched.h>
#include <thread>
#include <unistd.h>

using namespace RawSocket;

// translate=http and original-destination rules through the engine, on loopback: requests
// rewritten on the way to a "proxy" (a plain socket of this test), header timeout, the 431
// answer, both relay paths (splice and copy). The last test moves this process into a new
// network namespace of its own (unshare) with an nftables redirect, to see an intercepted
// connection's original destination in the statistics.

namespace {
Config translatingConfig(quint16 bindPort, quint16 proxyPort) {
    Config config;
    Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), bindPort,
                                       QStringLiteral("127.0.0.1"), proxyPort);
    rule.setOption(QStringLiteral("translate"), QStringLiteral("http"));
    config.rules << rule;
    return config;
}
} // namespace

class TestHttpTranslate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestsRewritten_data();
    void requestsRewritten();
    void incompleteHeaderTimesOut();
    void oversizedHeaderAnswered431();
    void endOfLongUploadPassedOn();
    // Last: it leaves this process in a network namespace of its own.
    void originalDestinationInStats();
};

void TestHttpTranslate::requestsRewritten_data() {
    QTest::addColumn<bool>("splice");
    QTest::newRow("splice") << true;
    QTest::newRow("copy") << false;
}

void TestHttpTranslate::requestsRewritten() {
    QFETCH(bool, splice);
    quint16 proxyPort = 0;
    const int proxyListener = listenOn(kLocal4, &proxyPort);
    const quint16 port = freePort();
    EngineFixture engine;
    engine.onEngine([splice](RelayEngine *e) { e->setSpliceEnabled(splice); });
    QVERIFY(engine.apply(translatingConfig(port, proxyPort)));
    const int client = connectTo(kLocal4, port);
    QVERIFY(client >= 0);
    const int proxy = acceptOne(proxyListener);
    QVERIFY(proxy >= 0);
    const QByteArray body = randomBytes(300 * 1024, 5);
    const QByteArray sent = "GET /a HTTP/1.1\r\nHost: www.example\r\n\r\n"
                            "POST /b HTTP/1.1\r\nHost: www.example:81\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body +
                            "GET /c HTTP/1.0\r\n\r\n";
    // Not intercepted: without Host, the authority is where the client connected to.
    const QByteArray expected = "GET http://www.example/a HTTP/1.1\r\nHost: www.example\r\n\r\n"
                                "POST http://www.example:81/b HTTP/1.1\r\nHost: www.example:81\r\n"
                                "Content-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n" + body +
                                "GET http://127.0.0.1:" + QByteArray::number(port) +
                                "/c HTTP/1.0\r\n\r\n";
    const QByteArray answer = randomBytes(700 * 1024, 6);
    QByteArray atProxy;
    QByteArray atClient;
    QVERIFY(exchange(client, proxy, sent, answer, &atProxy, &atClient));
    QCOMPARE(atProxy.size(), expected.size());
    QVERIFY(atProxy == expected);
    QVERIFY(atClient == answer);
    QVERIFY(engine.waitForRule(1, [&](const RuleStats &s) {
        return s.active == 0 && s.bytesFromClient == quint64(sent.size());
    }));
    closeFd(client);
    closeFd(proxy);
    closeFd(proxyListener);
}

void TestHttpTranslate::incompleteHeaderTimesOut() {
    quint16 proxyPort = 0;
    const int proxyListener = listenOn(kLocal4, &proxyPort);
    const quint16 port = freePort();
    EngineFixture engine;
    engine.onEngine([](RelayEngine *e) { e->setHttpHeaderTimeoutMs(300); });
    QVERIFY(engine.apply(translatingConfig(port, proxyPort)));
    const int client = connectTo(kLocal4, port);
    const int proxy = acceptOne(proxyListener);
    QVERIFY(client >= 0 && proxy >= 0);
    // A complete request first: the timeout concerns a header block that has begun.
    QVERIFY(sendAll(client, "GET / HTTP/1.1\r\nHost: h\r\n\r\nGET /slow HTTP/1.1\r\nHost:"));
    QCOMPARE(recvExact(proxy, 38), QByteArray("GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n"));
    QVERIFY(waitClosed(client));
    bool eof = false;
    QCOMPARE(recvUntilEof(proxy, &eof), QByteArray());
    QVERIFY(eof);
    closeFd(client);
    closeFd(proxy);
    closeFd(proxyListener);
}

void TestHttpTranslate::oversizedHeaderAnswered431() {
    quint16 proxyPort = 0;
    const int proxyListener = listenOn(kLocal4, &proxyPort);
    const quint16 port = freePort();
    EngineFixture engine;
    QVERIFY(engine.apply(translatingConfig(port, proxyPort)));
    const int client = connectTo(kLocal4, port);
    const int proxy = acceptOne(proxyListener);
    QVERIFY(client >= 0 && proxy >= 0);
    QVERIFY(sendAll(client, "GET / HTTP/1.1\r\nX: " + QByteArray(100 * 1024, 'y') + "\r\n\r\n"));
    shutdownWrite(client);
    bool eof = false;
    const QByteArray answer = recvUntilEof(client, &eof);
    QVERIFY(eof);
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.constData());
    QCOMPARE(recvUntilEof(proxy, &eof), QByteArray());
    QVERIFY(eof);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &s) { return s.active == 0; }));
    closeFd(client);
    closeFd(proxy);
    closeFd(proxyListener);
}

void TestHttpTranslate::endOfLongUploadPassedOn() {
    // The client's end of stream reaches the proxy whatever the size of the upload before it,
    // also when the relay reads it in the last of the reads one wakeup allows. Sizes in whole
    // reads (64 KiB), so that the end falls on every read of a wakeup in some of them.
    quint16 proxyPort = 0;
    const int proxyListener = listenOn(kLocal4, &proxyPort);
    const quint16 port = freePort();
    EngineFixture engine;
    QVERIFY(engine.apply(translatingConfig(port, proxyPort)));
    for (int reads = 1; reads <= 40; ++reads) {
        const QByteArray head = "POST /up HTTP/1.1\r\nHost: h\r\nContent-Length: ";
        const qsizetype total = qsizetype(reads) * 64 * 1024;
        // The length's own digits count: CONTENT + head + digits + 4 == TOTAL.
        qsizetype content = total - head.size() - 4;
        content -= QByteArray::number(content).size();
        const QByteArray sent =
            head + QByteArray::number(content) + "\r\n\r\n" + randomBytes(content, quint32(reads));
        QCOMPARE(sent.size(), total);
        const int client = connectTo(kLocal4, port);
        QVERIFY(client >= 0);
        const int proxy = acceptOne(proxyListener);
        QVERIFY(proxy >= 0);
        // Sent from a thread while this one reads: the upload streams without pauses, so the
        // relay finds full reads waiting on every wakeup, and the end right behind the last.
        bool sentAll = false;
        std::thread sender([&] {
            sentAll = sendAll(client, sent);
            shutdownWrite(client);
        });
        bool eof = false;
        const QByteArray atProxy = recvUntilEof(proxy, &eof, 10000);
        sender.join();
        QVERIFY(sentAll);
        QVERIFY2(eof, qPrintable(QStringLiteral("upload of %1 bytes: %2 arrived, no end")
                                     .arg(total)
                                     .arg(atProxy.size())));
        QCOMPARE(atProxy.size(), total + qsizetype(strlen("http://h")));
        closeFd(client);
        closeFd(proxy);
    }
    closeFd(proxyListener);
}

void TestHttpTranslate::originalDestinationInStats() {
    if (::geteuid() != 0)
        QSKIP("needs root for a network namespace and nftables");
    const QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"));
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (nft.isEmpty() || ip.isEmpty())
        QSKIP("needs nft (nftables) and ip (iproute2)");
    if (::unshare(CLONE_NEWNET) != 0)
        QSKIP("cannot create a network namespace here");
    QCOMPARE(QProcess::execute(ip, {QStringLiteral("link"), QStringLiteral("set"),
                                    QStringLiteral("lo"), QStringLiteral("up")}),
             0);
    // The client connects from 127.0.0.3 to 127.0.0.2:SERVER; only its connections (by source)
    // are redirected to the relay, not the relay's own connection to the server.
    const QHostAddress serverAddress(QStringLiteral("127.0.0.2"));
    quint16 serverPort = 0;
    const int serverListener = listenOn(serverAddress, &serverPort);
    const quint16 relayPort = freePort();
    QProcess load;
    load.start(nft, {QStringLiteral("-f"), QStringLiteral("-")});
    load.write(QStringLiteral("table ip t {\n chain out {\n"
                              "  type nat hook output priority -100;\n"
                              "  ip saddr 127.0.0.3 tcp dport %1 redirect to :%2\n }\n}\n")
                   .arg(serverPort)
                   .arg(relayPort)
                   .toUtf8());
    load.closeWriteChannel();
    QVERIFY(load.waitForFinished(20000));
    QCOMPARE(load.exitCode(), 0);

    EngineFixture engine;
    Config config;
    Rule rule = EngineFixture::tcpRule(1, QStringLiteral("0.0.0.0"), relayPort, QString(), 0);
    rule.connectHost = rule.connectPort = QLatin1String(Rule::kOriginal);
    config.rules << rule;
    QVERIFY(engine.apply(config));
    const int client =
        connectTo(serverAddress, serverPort, QHostAddress(QStringLiteral("127.0.0.3")));
    QVERIFY(client >= 0);
    const int server = acceptOne(serverListener);
    QVERIFY(server >= 0);
    QVERIFY(engine.waitForStats([&](const StatsSnapshot &s) {
        return s.connections.size() == 1 &&
               s.connections.first().originalAddress == serverAddress &&
               s.connections.first().originalPort == serverPort;
    }));
    QByteArray atServer;
    QByteArray atClient;
    QVERIFY(exchange(client, server, "up", "down", &atServer, &atClient));
    QCOMPARE(atServer, QByteArray("up"));
    QCOMPARE(atClient, QByteArray("down"));
    closeFd(client);
    closeFd(server);
    // Straight to the relay: its own listener, a loop, refused.
    const int direct = connectTo(kLocal4, relayPort);
    QVERIFY(direct >= 0);
    QVERIFY(waitClosed(direct));
    closeFd(direct);
    QVERIFY(engine.waitForRule(1, [](const RuleStats &s) { return s.failed == 1; }));
    closeFd(serverListener);
}

QTEST_GUILESS_MAIN(TestHttpTranslate)
#include "tst_httptranslate.moc"
