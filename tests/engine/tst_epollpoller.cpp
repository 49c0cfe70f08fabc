#include "EpollPoller.h"
#include "PollClient.h"

#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <memory>
#include <sys/epoll.h>
#include <unistd.h>
#include <vector>

namespace {

// A pipe whose read end is registered with the poller; records the order it was served in.
class RecordingClient final : public PollClient {
public:
    RecordingClient(int id, bool bulk, std::vector<int> *served)
        : m_id(id)
        , m_bulk(bulk)
        , m_served(served) {
        int fds[2] = {-1, -1};
        if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
            readFd = fds[0];
            writeFd = fds[1];
        }
    }
    ~RecordingClient() {
        ::close(readFd);
        ::close(writeFd);
    }
    void pollEvent(uint32_t events) override {
        if (events & EPOLLIN) {
            char byte;
            while (::read(readFd, &byte, 1) == 1) {
            }
            m_served->push_back(m_id);
        }
    }
    bool isBulk() const override { return m_bulk; }

    int readFd = -1;
    int writeFd = -1;

private:
    int m_id;
    bool m_bulk;
    std::vector<int> *m_served;
};

} // namespace

class TestEpollPoller : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void interactiveClientsComeFirstInABatch();
    void bulkClientsShareBatchesWithoutStarving();
    void removedClientIsNotReported();
};

void TestEpollPoller::interactiveClientsComeFirstInABatch() {
    EpollPoller poller;
    QVERIFY(poller.isValid());
    std::vector<int> served;
    std::vector<std::unique_ptr<RecordingClient>> clients;
    // Ids 0..7, odd ones bulk, registered and made ready in id order, before the event loop
    // runs: one epoll_wait returns them all, bulk and interactive interleaved.
    for (int id = 0; id < 8; ++id) {
        clients.push_back(std::make_unique<RecordingClient>(id, id % 2 == 1, &served));
        QVERIFY(clients.back()->readFd >= 0);
        QVERIFY(poller.add(clients.back()->readFd, EPOLLIN, clients.back().get()));
    }
    int batches = 0;
    poller.setBatchHooks([&batches] { ++batches; }, nullptr);
    for (const auto &client : clients)
        QCOMPARE(::write(client->writeFd, "x", 1), ssize_t(1));

    QTRY_COMPARE(served.size(), size_t(8));
    QCOMPARE(batches, 1);
    // Every client was served once, the interactive ones (even ids) before any bulk one.
    std::vector<int> first(served.begin(), served.begin() + 4);
    std::vector<int> last(served.begin() + 4, served.end());
    std::sort(first.begin(), first.end());
    std::sort(last.begin(), last.end());
    QCOMPARE(first, (std::vector<int>{0, 2, 4, 6}));
    QCOMPARE(last, (std::vector<int>{1, 3, 5, 7}));
    for (const auto &client : clients)
        poller.remove(client->readFd);
}

void TestEpollPoller::bulkClientsShareBatchesWithoutStarving() {
    EpollPoller poller;
    std::vector<int> served;
    std::vector<std::unique_ptr<RecordingClient>> clients;
    // 10 bulk clients (ids 0..9) and 2 interactive ones (100, 101), all ready at once.
    for (int id = 0; id < 10; ++id)
        clients.push_back(std::make_unique<RecordingClient>(id, true, &served));
    clients.push_back(std::make_unique<RecordingClient>(100, false, &served));
    clients.push_back(std::make_unique<RecordingClient>(101, false, &served));
    for (const auto &client : clients)
        QVERIFY(poller.add(client->readFd, EPOLLIN, client.get()));
    std::vector<size_t> servedAtBatchEnd;
    poller.setBatchHooks(nullptr, [&] { servedAtBatchEnd.push_back(served.size()); });
    for (const auto &client : clients)
        QCOMPARE(::write(client->writeFd, "x", 1), ssize_t(1));

    QTRY_COMPARE(served.size(), size_t(12));
    // The first batch: both interactive clients, then at most 4 bulk ones; the bulk clients
    // left out are reported again (level-triggered) and served in the following batches.
    QVERIFY(servedAtBatchEnd.size() >= 3);
    QCOMPARE(servedAtBatchEnd.front(), size_t(6));
    std::vector<int> first(served.begin(), served.begin() + 2);
    std::sort(first.begin(), first.end());
    QCOMPARE(first, (std::vector<int>{100, 101}));
    std::vector<int> all = served;
    std::sort(all.begin(), all.end());
    QCOMPARE(all, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101}));
    for (const auto &client : clients)
        poller.remove(client->readFd);
}

void TestEpollPoller::removedClientIsNotReported() {
    EpollPoller poller;
    std::vector<int> served;
    RecordingClient kept(1, false, &served);
    RecordingClient removed(2, true, &served);
    QVERIFY(poller.add(kept.readFd, EPOLLIN, &kept));
    QVERIFY(poller.add(removed.readFd, EPOLLIN, &removed));
    poller.remove(removed.readFd);
    QCOMPARE(::write(removed.writeFd, "x", 1), ssize_t(1));
    QCOMPARE(::write(kept.writeFd, "x", 1), ssize_t(1));
    QTRY_COMPARE(served.size(), size_t(1));
    QCOMPARE(served.front(), 1);
    poller.remove(kept.readFd);
}

QTEST_GUILESS_MAIN(TestEpollPoller)
#include "tst_epollpoller.moc"
