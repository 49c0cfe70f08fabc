#include "EngineFixture.h"
#include "RateLimiter.h"
#include "RawSocket.h"
#include "RelayEngine.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace RawSocket;

namespace {

// One upload through the relay: connect() pairs the client with the backend's accepted socket
// (one connection at a time, so that each client meets its own), run() then sends `size` bytes,
// half-closes and reads what the backend received until EOF; `done` is set when it has it all.
struct Upload {
    qsizetype size = 0;
    quint32 seed = 0;
    int client = -1;
    int server = -1;
    bool ok = false;
    qint64 elapsedMs = -1;
    std::atomic<bool> done{false};

    ~Upload() { close(); }
    void close() {
        closeFd(client);
        closeFd(server);
        client = server = -1;
    }
    bool connect(quint16 relayPort, int backendFd) {
        client = connectTo(kLocal4, relayPort);
        server = client >= 0 ? acceptOne(backendFd) : -1;
        return server >= 0;
    }
    void run() {
        QElapsedTimer timer;
        timer.start();
        const QByteArray data = randomBytes(size, seed);
        std::thread sender([&] {
            sendAll(client, data, 60000);
            shutdownWrite(client);
        });
        bool eof = false;
        const QByteArray received = recvUntilEof(server, &eof, 60000);
        elapsedMs = timer.elapsed();
        sender.join();
        ok = eof && received == data;
        done = true;
    }
};

Rule limitedRule(int id, quint16 port, quint16 backendPort, const QString &option,
                 const QString &value) {
    Rule rule = EngineFixture::tcpRule(id, QStringLiteral("127.0.0.1"), port,
                                       QStringLiteral("127.0.0.1"), backendPort);
    rule.setOption(option, value);
    return rule;
}

} // namespace

class TestRateLimit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bucketGrantsTheRate();
    void bucketWaitsForAWorthwhileAmount();
    void connectionRate_data();
    void connectionRate();
    void ruleRateIsShared();
};

void TestRateLimit::bucketGrantsTheRate() {
    RateLimiter limiter(1024 * 1024, 1000);
    // Starts with one burst (an eighth of a second) so that a connection starts at once.
    QCOMPARE(limiter.available(1000), quint64(128 * 1024));
    limiter.consume(128 * 1024);
    QCOMPARE(limiter.available(1000), quint64(0));
    // Half a second later: half the rate, but never more than one burst.
    QCOMPARE(limiter.available(1100), quint64(104857));
    QCOMPARE(limiter.available(1500), quint64(128 * 1024));
    limiter.consume(200 * 1024); // a read may overshoot; the debt is paid by waiting
    QCOMPARE(limiter.available(1500), quint64(0));
    QVERIFY(limiter.msUntilRefilled(1500) > 70);
}

void TestRateLimit::bucketWaitsForAWorthwhileAmount() {
    RateLimiter slow(100, 0);
    QCOMPARE(slow.burst(), quint64(100)); // a whole second's worth for a tiny rate
    slow.consume(100);
    // Two bytes (a fiftieth of a second) are worth waking up for: 20 ms.
    QCOMPARE(slow.msUntilRefilled(0), qint64(20));
    QCOMPARE(slow.available(20), quint64(2));
    RateLimiter fast(quint64(1) << 30, 0);
    fast.consume(fast.burst());
    QCOMPARE(fast.msUntilRefilled(0), qint64(20));
}

void TestRateLimit::connectionRate_data() {
    QTest::addColumn<bool>("splice");
    QTest::newRow("splice") << true;
    QTest::newRow("copy") << false;
}

void TestRateLimit::connectionRate() {
    QFETCH(bool, splice);
    Backend limitedBackend;
    Backend freeBackend;
    QVERIFY(limitedBackend.fd >= 0 && freeBackend.fd >= 0);
    EngineFixture engine;
    engine.onEngine([splice](RelayEngine *e) { e->setSpliceEnabled(splice); });
    const quint16 limitedPort = freePort();
    const quint16 freePort_ = freePort();
    Config config;
    config.rules << limitedRule(1, limitedPort, limitedBackend.port, QStringLiteral("rate"),
                                QStringLiteral("1M"))
                 << EngineFixture::tcpRule(2, QStringLiteral("127.0.0.1"), freePort_,
                                           QStringLiteral("127.0.0.1"), freeBackend.port);
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());

    // Two connections of the limited rule at once: each has its own 1 MiB/s, so both take
    // about four seconds for 4 MiB (not eight, as one bucket for both would make it).
    Upload first;
    first.size = 4 * 1024 * 1024;
    first.seed = 1;
    Upload second;
    second.size = 4 * 1024 * 1024;
    second.seed = 2;
    QVERIFY(first.connect(limitedPort, limitedBackend.fd));
    QVERIFY(second.connect(limitedPort, limitedBackend.fd));
    std::thread a([&] { first.run(); });
    std::thread b([&] { second.run(); });
    // Meanwhile an unlimited rule moves 32 MiB: it is done while the limited ones still run.
    Upload unlimited;
    unlimited.size = 32 * 1024 * 1024;
    unlimited.seed = 3;
    QVERIFY(unlimited.connect(freePort_, freeBackend.fd));
    unlimited.run();
    const bool limitedStillRunning = !first.done && !second.done;
    a.join();
    b.join();
    QVERIFY(unlimited.ok);
    QVERIFY2(limitedStillRunning, "the unlimited transfer waited for the limited ones");
    QVERIFY(first.ok);
    QVERIFY(second.ok);
    for (const Upload *upload : {&first, &second}) {
        // The window the feature's definition asks for: 4 MiB at 1 MiB/s.
        QVERIFY2(upload->elapsedMs >= 3500 && upload->elapsedMs <= 5000,
                 qPrintable(QStringLiteral("took %1 ms").arg(upload->elapsedMs)));
    }
    // Throttling stops reading: nothing piles up in the relay beyond its per-connection bound.
    QVERIFY(engine.maxBufferedBytes() <= 3 * RelayEngine::maxBufferedBytesPerConnection());
    first.close();
    second.close();
    QVERIFY(engine.waitForRule(1, [](const RuleStats &r) {
        return r.active == 0 && r.bytesFromClient == 8 * 1024 * 1024;
    }));
}

void TestRateLimit::ruleRateIsShared() {
    Backend backend;
    QVERIFY(backend.fd >= 0);
    EngineFixture engine;
    const quint16 port = freePort();
    Config config;
    config.rules << limitedRule(1, port, backend.port, QStringLiteral("rate-rule"),
                                QStringLiteral("1M"));
    QVERIFY(engine.apply(config));
    QVERIFY(engine.lastErrors().isEmpty());
    // 2 MiB on each of two connections share the rule's 1 MiB/s: 4 MiB in about four seconds.
    Upload first;
    first.size = 2 * 1024 * 1024;
    first.seed = 4;
    Upload second;
    second.size = 2 * 1024 * 1024;
    second.seed = 5;
    QVERIFY(first.connect(port, backend.fd));
    QVERIFY(second.connect(port, backend.fd));
    QElapsedTimer timer;
    timer.start();
    std::thread a([&] { first.run(); });
    std::thread b([&] { second.run(); });
    a.join();
    b.join();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(first.ok);
    QVERIFY(second.ok);
    QVERIFY2(elapsed >= 3500 && elapsed <= 5000,
             qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
