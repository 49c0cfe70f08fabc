#include "UnixSignalWatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

// Real signals raised at our own process: the handler must turn each into a queued Qt signal
// with the right number, and restore the previous disposition when the watcher goes away.
class TestUnixSignalWatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deliversRaisedSignals();
    void restoresPreviousHandler();
};

namespace {
volatile std::sig_atomic_t s_previousHandlerCalls = 0;
void previousHandler(int) {
    s_previousHandlerCalls = s_previousHandlerCalls + 1;
}
} // namespace

void TestUnixSignalWatcher::deliversRaisedSignals() {
    UnixSignalWatcher watcher;
    QVERIFY2(watcher.isValid(), qPrintable(watcher.errorString()));
    QVERIFY(watcher.watch(SIGHUP));
    QVERIFY(watcher.watch(SIGUSR1));
    QSignalSpy spy(&watcher, &UnixSignalWatcher::signalReceived);

    QCOMPARE(::raise(SIGHUP), 0);
    QCOMPARE(::raise(SIGUSR1), 0);
    // Nothing is emitted from inside the handler: only the event loop delivers.
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
    QCOMPARE(spy.at(0).at(0).toInt(), int(SIGHUP));
    QCOMPARE(spy.at(1).at(0).toInt(), int(SIGUSR1));

    QCOMPARE(::raise(SIGHUP), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 10000);
    QCOMPARE(spy.at(2).at(0).toInt(), int(SIGHUP));
}

void TestUnixSignalWatcher::restoresPreviousHandler() {
    struct sigaction action {};
    action.sa_handler = previousHandler;
    sigemptyset(&action.sa_mask);
    struct sigaction original {};
    QCOMPARE(::sigaction(SIGUSR2, &action, &original), 0);
    s_previousHandlerCalls = 0;
    {
        UnixSignalWatcher watcher;
        QVERIFY(watcher.watch(SIGUSR2));
        QSignalSpy spy(&watcher, &UnixSignalWatcher::signalReceived);
        QCOMPARE(::raise(SIGUSR2), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(int(s_previousHandlerCalls), 0);
    }
    QCOMPARE(::raise(SIGUSR2), 0);
    QCOMPARE(int(s_previousHandlerCalls), 1);
    ::sigaction(SIGUSR2, &original, nullptr);
}

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
