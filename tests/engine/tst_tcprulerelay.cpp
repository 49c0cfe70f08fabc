#include "AccessChecker.h"
#include "EpollPoller.h"
#include "RawSocket.h"
#include "RelayContext.h"
#include "RuleRelayEvents.h"
#include "TargetResolver.h"
#include "TcpRuleRelay.h"
#include "WakeupScheduler.h"

#include <QtTest>

#include <algorithm>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

// TcpRuleRelay on its own, in the test's thread (no engine): one rule's listener, the
// connections it accepts and owns, what it reports through RuleRelayEvents, and the hand-over of
// ended connections to RelayContext::finishedConnections. The tests only use non-blocking reads
// and waits that run the event loop, so the relay keeps relaying while they wait.
namespace {

struct Logged {
    LogEvent::Result result;
    quint64 bytesFromClient = 0;
    quint64 bytesToClient = 0;
};

class RecordingEvents final : public RuleRelayEvents {
public:
    void connectionLogged(const ForwardingInfo &, const QHostAddress &, LogEvent::Result result,
                          quint64 bytesFromClient, quint64 bytesToClient, qint64) override {
        logged.push_back(Logged{result, bytesFromClient, bytesToClient});
    }
    void connectionRetired() override { ++retired; }

    int count(LogEvent::Result result) const {
        return int(std::count_if(logged.begin(), logged.end(),
                                 [result](const Logged &l) { return l.result == result; }));
    }

    std::vector<Logged> logged;
    int retired = 0;
};

// Appends what is readable now; false once the peer has ended (EOF or reset).
bool readAvailable(int fd, QByteArray *into) {
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0) {
            into->append(buffer, qsizetype(n));
            continue;
        }
        if (n == 0)
            return false;
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    }
}

constexpr int kWaitMs = 20000;

} // namespace

class TestTcpRuleRelay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void relaysAndHandsOverEndedConnections();
    void connectionsOutliveTheListener();
    void stopEndsEveryConnection();
    void closeConnectionResetsOnlyThatOne();
    void destroyedRelayClosesItsConnections();
    void deniedClientGetsNoConnection();

private:
    // A client of the relay's listener whose connection the relay has passed to the target;
    // the target's end is accepted.
    bool connectThrough(int *client, int *target);

    std::unique_ptr<RelayContext> m_context;
    EpollPoller *m_poller = nullptr;
    WakeupScheduler *m_wakeups = nullptr;
    TargetResolver *m_resolver = nullptr;
    QObject m_parent;
    RecordingEvents m_events;
    AccessChecker m_access;
    quint64 m_nextId = 1;
    std::shared_ptr<ForwardingInfo> m_forwarding;
    std::unique_ptr<TcpRuleRelay> m_relay;
    int m_targetListener = -1;
    quint16 m_port = 0;
};

void TestTcpRuleRelay::init() {
    m_context = std::make_unique<RelayContext>();
    m_context->clock.start();
    m_poller = new EpollPoller(&m_parent);
    m_resolver = new TargetResolver(&m_parent);
    m_wakeups = new WakeupScheduler(
        [this] {
            m_context->refreshClock();
            return m_context->nowMs;
        },
        &m_parent);
    m_context->poller = m_poller;
    m_context->wakeups = m_wakeups;
    m_context->isOwnTcpListener = [](const QHostAddress &, quint16) { return false; };
    m_poller->setBatchHooks([this] { m_context->refreshClock(); }, [] {});
    m_events = RecordingEvents();
    m_access = AccessChecker();
    m_access.compile(AccessList(), AccessList());

    quint16 targetPort = 0;
    m_targetListener = RawSocket::listenOn(RawSocket::kLocal4, &targetPort);
    QVERIFY(m_targetListener >= 0);
    m_port = RawSocket::freePort();
    m_forwarding = std::make_shared<ForwardingInfo>();
    m_forwarding->ruleId = 7;
    m_forwarding->bindHost = QStringLiteral("127.0.0.1");
    m_forwarding->bindPort = m_port;
    m_forwarding->connectHost = QStringLiteral("127.0.0.1");
    m_forwarding->connectPort = targetPort;
    m_forwarding->connectAddress = RawSocket::kLocal4;
    m_forwarding->counters = std::make_shared<RuleCounters>();

    m_relay = std::make_unique<TcpRuleRelay>(m_context.get(), &m_events, &m_access, m_resolver,
                                             &m_nextId);
    // One relay here: its connections report to it directly (in the engine, through the
    // engine, which finds the relay of each connection's rule).
    m_context->observer = m_relay.get();
    m_relay->setForwarding(m_forwarding);
    QString error;
    QVERIFY2(
        m_relay->listen(RawSocket::kLocal4, m_port, nullptr, ListenerSharing::Exclusive, &error),
        qPrintable(error));
    QCOMPARE(m_relay->listeningPorts(), std::vector<quint16>{m_port});
}

void TestTcpRuleRelay::cleanup() {
    m_relay.reset();
    if (m_context)
        m_context->finishedConnections.clear();
    RawSocket::closeFd(m_targetListener);
    m_targetListener = -1;
    delete m_poller;
    delete m_resolver;
    delete m_wakeups;
    m_context.reset();
}

bool TestTcpRuleRelay::connectThrough(int *client, int *target) {
    const std::size_t before = m_relay->connectionCount();
    *client = RawSocket::connectTo(RawSocket::kLocal4, m_port);
    if (*client < 0)
        return false;
    // The kernel completes the relay's connect to the target on its own: accepted once made.
    if (!QTest::qWaitFor([&] { return m_relay->connectionCount() > before; }, kWaitMs))
        return false;
    *target = -1;
    const bool accepted = QTest::qWaitFor(
        [&] {
            *target = RawSocket::acceptOne(m_targetListener, 10);
            return *target >= 0;
        },
        kWaitMs);
    return accepted &&
           QTest::qWaitFor([&] { return m_events.count(LogEvent::Result::Opened) > 0; }, kWaitMs);
}

void TestTcpRuleRelay::relaysAndHandsOverEndedConnections() {
    int client = -1;
    int target = -1;
    QVERIFY(connectThrough(&client, &target));
    QCOMPARE(m_forwarding->counters->active, quint64(1));
    QCOMPARE(m_forwarding->counters->accepted, quint64(1));

    QVERIFY(RawSocket::sendAll(client, "ping"));
    QByteArray atTarget;
    QVERIFY(QTest::qWaitFor([&] { return readAvailable(target, &atTarget) && atTarget == "ping"; },
                            kWaitMs));
    QVERIFY(RawSocket::sendAll(target, "pong!"));
    QByteArray atClient;
    QVERIFY(QTest::qWaitFor([&] { return readAvailable(client, &atClient) && atClient == "pong!"; },
                            kWaitMs));

    QVector<ConnectionStats> stats;
    m_relay->appendConnectionStats(&stats);
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats.first().ruleId, 7);
    QCOMPARE(stats.first().bytesFromClient, quint64(4));
    QCOMPARE(stats.first().bytesToClient, quint64(5));

    // Both ends close: the connection ends, changes owner, and is not destroyed by the relay.
    RawSocket::closeFd(client);
    RawSocket::closeFd(target);
    QVERIFY(QTest::qWaitFor([&] { return m_relay->connectionCount() == 0; }, kWaitMs));
    QCOMPARE(m_context->finishedConnections.size(), std::size_t(1));
    QCOMPARE(m_events.retired, 1);
    QCOMPARE(m_forwarding->counters->active, quint64(0));
    const Logged &closed = m_events.logged.back();
    QVERIFY(closed.result == LogEvent::Result::LocalClosedFirst ||
            closed.result == LogEvent::Result::RemoteClosedFirst);
    QCOMPARE(closed.bytesFromClient, quint64(4));
    QCOMPARE(closed.bytesToClient, quint64(5));
    stats.clear();
    m_relay->appendConnectionStats(&stats);
    QVERIFY(stats.isEmpty());
}

void TestTcpRuleRelay::connectionsOutliveTheListener() {
    int client = -1;
    int target = -1;
    QVERIFY(connectThrough(&client, &target));
    // What a rebind or a removed rule does: the listener goes, the connection stays.
    m_relay->stopListening();
    QVERIFY(m_relay->listeningPorts().empty());
    const int refused = RawSocket::connectTo(RawSocket::kLocal4, m_port);
    QCOMPARE(refused, -1);
    QCOMPARE(m_relay->connectionCount(), std::size_t(1));

    const QByteArray data = RawSocket::randomBytes(256 * 1024, 15);
    qsizetype sent = 0;
    QByteArray atTarget;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (sent < data.size()) {
                const ssize_t n = ::send(client, data.constData() + sent,
                                         size_t(data.size() - sent), MSG_DONTWAIT | MSG_NOSIGNAL);
                if (n > 0)
                    sent += n;
            }
            readAvailable(target, &atTarget);
            return atTarget.size() == data.size();
        },
        kWaitMs));
    QCOMPARE(atTarget, data);
    RawSocket::closeFd(client);
    RawSocket::closeFd(target);
    QVERIFY(QTest::qWaitFor([&] { return m_relay->connectionCount() == 0; }, kWaitMs));
    QCOMPARE(m_context->finishedConnections.size(), std::size_t(1));
}

void TestTcpRuleRelay::stopEndsEveryConnection() {
    int clients[3];
    int targets[3];
    for (int i = 0; i < 3; ++i)
        QVERIFY(connectThrough(&clients[i], &targets[i]));
    QCOMPARE(m_relay->connectionCount(), std::size_t(3));

    m_relay->stop(LogEvent::Result::ClosedByOperator);
    QVERIFY(m_relay->listeningPorts().empty());
    QCOMPARE(m_relay->connectionCount(), std::size_t(0));
    QCOMPARE(m_context->finishedConnections.size(), std::size_t(3));
    QCOMPARE(m_events.count(LogEvent::Result::ClosedByOperator), 3);
    QCOMPARE(m_events.retired, 3);
    QCOMPARE(m_forwarding->counters->active, quint64(0));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(RawSocket::waitClosed(clients[i], kWaitMs));
        QVERIFY(RawSocket::waitClosed(targets[i], kWaitMs));
        RawSocket::closeFd(clients[i]);
        RawSocket::closeFd(targets[i]);
    }
}

void TestTcpRuleRelay::closeConnectionResetsOnlyThatOne() {
    int clients[2];
    int targets[2];
    for (int i = 0; i < 2; ++i)
        QVERIFY(connectThrough(&clients[i], &targets[i]));
    QVector<ConnectionStats> stats;
    m_relay->appendConnectionStats(&stats);
    QCOMPARE(stats.size(), 2);
    const quint64 first = qMin(stats.at(0).id, stats.at(1).id);
    const quint64 second = qMax(stats.at(0).id, stats.at(1).id);

    QVERIFY(!m_relay->closeConnection(second + 100));
    QVERIFY(m_relay->closeConnection(first));
    QVERIFY(!m_relay->closeConnection(first)); // already handed over
    QCOMPARE(m_relay->connectionCount(), std::size_t(1));
    QCOMPARE(m_context->finishedConnections.size(), std::size_t(1));
    QCOMPARE(m_events.count(LogEvent::Result::ClosedByOperator), 1);
    // Ids are handed out in order: the first client's connection is the one closed.
    QVERIFY(RawSocket::waitClosed(clients[0], kWaitMs));

    QVERIFY(RawSocket::sendAll(clients[1], "still here"));
    QByteArray atTarget;
    QVERIFY(QTest::qWaitFor(
        [&] { return readAvailable(targets[1], &atTarget) && atTarget == "still here"; }, kWaitMs));
    for (int i = 0; i < 2; ++i) {
        RawSocket::closeFd(clients[i]);
        RawSocket::closeFd(targets[i]);
    }
}

void TestTcpRuleRelay::destroyedRelayClosesItsConnections() {
    int client = -1;
    int target = -1;
    QVERIFY(connectThrough(&client, &target));
    const int logged = int(m_events.logged.size());
    // What the engine's destructor does: connections end silently with their relay (the
    // sanitizer build checks that nothing is leaked or used after it).
    m_relay.reset();
    QVERIFY(RawSocket::waitClosed(client, kWaitMs));
    QVERIFY(RawSocket::waitClosed(target, kWaitMs));
    QCOMPARE(int(m_events.logged.size()), logged);
    QCOMPARE(m_context->finishedConnections.size(), std::size_t(0));
    RawSocket::closeFd(client);
    RawSocket::closeFd(target);
}

void TestTcpRuleRelay::deniedClientGetsNoConnection() {
    AccessList deny;
    deny.entries << AclEntry{AclEntry::Kind::Deny, QStringLiteral("127.0.0.1"), {}};
    m_access.compile(AccessList(), deny);
    const int client = RawSocket::connectTo(RawSocket::kLocal4, m_port);
    QVERIFY(client >= 0);
    QVERIFY(
        QTest::qWaitFor([&] { return m_events.count(LogEvent::Result::Denied) == 1; }, kWaitMs));
    QVERIFY(RawSocket::waitClosed(client, kWaitMs));
    QCOMPARE(m_relay->connectionCount(), std::size_t(0));
    QCOMPARE(m_forwarding->counters->refused, quint64(1));
    QCOMPARE(m_forwarding->counters->accepted, quint64(0));
    QCOMPARE(m_events.retired, 0);
    RawSocket::closeFd(client);
}

QTEST_GUILESS_MAIN(TestTcpRuleRelay)
#include "tst_tcprulerelay.moc"
