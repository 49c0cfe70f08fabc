#include "EngineEventDispatcher.h"
#include "EngineHost.h"
#include "EpollPoller.h"
#include "PollClient.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <fcntl.h>
#include <memory>
#include <sys/epoll.h>
#include <unistd.h>

namespace {

struct Pipe {
    int readFd = -1;
    int writeFd = -1;
    Pipe() {
        int fds[2];
        if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
            readFd = fds[0];
            writeFd = fds[1];
        }
    }
    ~Pipe() {
        ::close(readFd);
        ::close(writeFd);
    }
    void poke() const { [[maybe_unused]] const ssize_t r = ::write(writeFd, "x", 1); }
    void drain() const {
        char buffer[64];
        while (::read(readFd, buffer, sizeof buffer) > 0) {
        }
    }
};

class CountingClient final : public PollClient {
public:
    explicit CountingClient(const Pipe &pipe)
        : m_pipe(pipe) {}
    void pollEvent(uint32_t events) override {
        if (events & EPOLLIN) {
            m_pipe.drain();
            ++count;
        }
    }
    std::atomic<int> count{0};

private:
    const Pipe &m_pipe;
};

// A thread run by EngineEventDispatcher, as EngineHost runs the engine.
class LoopThread {
public:
    LoopThread() {
        thread.setEventDispatcher(new EngineEventDispatcher);
        thread.start();
    }
    ~LoopThread() {
        thread.quit();
        thread.wait();
    }
    // Runs f on the loop's thread and waits for it.
    template <typename F> void run(F f) {
        // The dispatcher lives in the thread it runs: a context object that is always there.
        QMetaObject::invokeMethod(QAbstractEventDispatcher::instance(&thread), f,
                                  Qt::BlockingQueuedConnection);
    }
    QThread thread;
};

bool waitFor(const std::function<bool()> &condition) {
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < 10000)
        QThread::msleep(2);
    return condition();
}

} // namespace

class TestEngineEventDispatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engineThreadRunsTheEngineLoop();
    void queuedCallsRunPromptly();
    void timersFireInDeadlineOrderAndStop();
    void socketNotifiersFireForReadableDescriptors();
    void pollerSharesTheLoopsEpollSet();
    void quitEndsTheLoopWhileIdle();
};

void TestEngineEventDispatcher::engineThreadRunsTheEngineLoop() {
    EngineHost host;
    QAbstractEventDispatcher *loop = nullptr;
    QMetaObject::invokeMethod(
        host.engine(), [&] { loop = QAbstractEventDispatcher::instance(); },
        Qt::BlockingQueuedConnection);
    QVERIFY(qobject_cast<EngineEventDispatcher *>(loop));
}

void TestEngineEventDispatcher::queuedCallsRunPromptly() {
    LoopThread loop;
    // Many posts from this thread while the loop sleeps in epoll_wait: each must be seen.
    QObject context;
    context.moveToThread(&loop.thread);
    std::atomic<int> calls{0};
    for (int i = 0; i < 1000; ++i)
        QMetaObject::invokeMethod(
            &context, [&] { ++calls; }, Qt::QueuedConnection);
    QVERIFY(waitFor([&] { return calls.load() == 1000; }));
    QMetaObject::invokeMethod(
        &context, [] {}, Qt::BlockingQueuedConnection);
    context.moveToThread(QThread::currentThread());
}

void TestEngineEventDispatcher::timersFireInDeadlineOrderAndStop() {
    LoopThread loop;
    std::vector<int> order;
    std::unique_ptr<QTimer> repeating;
    std::atomic<int> ticks{0};
    loop.run([&] {
        QTimer::singleShot(60, Qt::PreciseTimer, [&] { order.push_back(60); });
        QTimer::singleShot(20, Qt::PreciseTimer, [&] { order.push_back(20); });
        QTimer::singleShot(40, Qt::PreciseTimer, [&] { order.push_back(40); });
        repeating = std::make_unique<QTimer>();
        repeating->setInterval(5);
        QObject::connect(repeating.get(), &QTimer::timeout, [&] {
            if (++ticks == 5)
                repeating->stop();
        });
        repeating->start();
    });
    QVERIFY(waitFor([&] {
        int size = 0;
        loop.run([&] { size = int(order.size()); });
        return size == 3;
    }));
    loop.run([&] {
        QCOMPARE(order, (std::vector<int>{20, 40, 60}));
        QVERIFY(!repeating->isActive());
        QVERIFY(repeating->remainingTime() < 0);
    });
    // A stopped timer stays stopped.
    QTest::qWait(50);
    QCOMPARE(ticks.load(), 5);
    loop.run([&] { repeating.reset(); });
}

void TestEngineEventDispatcher::socketNotifiersFireForReadableDescriptors() {
    LoopThread loop;
    Pipe pipe;
    std::unique_ptr<QSocketNotifier> notifier;
    std::atomic<int> activations{0};
    loop.run([&] {
        notifier = std::make_unique<QSocketNotifier>(pipe.readFd, QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [&] {
            pipe.drain();
            ++activations;
        });
    });
    pipe.poke();
    QVERIFY(waitFor([&] { return activations.load() == 1; }));
    // Disabled: no more activations although the pipe is readable again.
    loop.run([&] { notifier->setEnabled(false); });
    pipe.poke();
    QTest::qWait(50);
    QCOMPARE(activations.load(), 1);
    loop.run([&] { notifier->setEnabled(true); });
    QVERIFY(waitFor([&] { return activations.load() == 2; }));
    loop.run([&] { notifier.reset(); });
}

void TestEngineEventDispatcher::pollerSharesTheLoopsEpollSet() {
    LoopThread loop;
    Pipe pipe;
    CountingClient client(pipe);
    std::unique_ptr<EpollPoller> poller;
    int batches = 0;
    bool registered = false;
    bool sameSet = false;
    loop.run([&] {
        poller = std::make_unique<EpollPoller>();
        poller->setBatchHooks([&] { ++batches; }, [] {});
        registered = poller->add(pipe.readFd, EPOLLIN, &client);
        // The descriptor is in the loop's own epoll set: adding it there again is refused.
        auto *dispatcher =
            qobject_cast<EngineEventDispatcher *>(QAbstractEventDispatcher::instance());
        epoll_event ev{};
        ev.events = EPOLLIN;
        sameSet = dispatcher &&
                  epoll_ctl(dispatcher->epollFd(), EPOLL_CTL_ADD, pipe.readFd, &ev) != 0 &&
                  errno == EEXIST;
    });
    QVERIFY(registered);
    QVERIFY(sameSet);
    for (int i = 1; i <= 3; ++i) {
        pipe.poke();
        QVERIFY(waitFor([&] { return client.count.load() == i; }));
    }
    loop.run([&] {
        QCOMPARE(batches, 3);
        poller->remove(pipe.readFd);
    });
    pipe.poke();
    QTest::qWait(50);
    QCOMPARE(client.count.load(), 3);
    loop.run([&] { poller.reset(); });
}

void TestEngineEventDispatcher::quitEndsTheLoopWhileIdle() {
    QThread thread;
    thread.setEventDispatcher(new EngineEventDispatcher);
    thread.start();
    QTest::qWait(20); // asleep in epoll_wait, nothing due
    thread.quit();
    QVERIFY(thread.wait(10000));
}

QTEST_GUILESS_MAIN(TestEngineEventDispatcher)
#include "tst_engineeventdispatcher.moc"
