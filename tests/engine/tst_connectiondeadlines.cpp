#include "ConnectionDeadlines.h"

#include <QTest>

#include <vector>

class TestConnectionDeadlines : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newConnectionsAreLookedAtByTheNextPass();
    void takesOnlyWhatIsDueInOrder();
    void endedConnectionsAreDropped();
};

void TestConnectionDeadlines::newConnectionsAreLookedAtByTheNextPass() {
    ConnectionDeadlines deadlines;
    deadlines.add(1);
    deadlines.add(2);
    QCOMPARE(deadlines.size(), std::size_t(2));
    std::vector<quint64> seen;
    deadlines.takeDue(0, [&seen](quint64 id) {
        seen.push_back(id);
        return id == 1 ? qint64(1000) : ConnectionDeadlines::kNone; // 2: no timeout
    });
    QCOMPARE(seen, (std::vector<quint64>{1, 2}));
    QCOMPARE(deadlines.size(), std::size_t(1));
    seen.clear();
    auto record = [&seen](quint64 id) {
        seen.push_back(id);
        return ConnectionDeadlines::kNone;
    };
    deadlines.takeDue(999, record);
    QVERIFY(seen.empty());
    deadlines.takeDue(1000, record);
    QCOMPARE(seen, std::vector<quint64>{1});
    QCOMPARE(deadlines.size(), std::size_t(0));
}

void TestConnectionDeadlines::takesOnlyWhatIsDueInOrder() {
    ConnectionDeadlines deadlines;
    const std::vector<qint64> due = {300, 100, 200, 500, 400};
    for (quint64 id = 0; id < due.size(); ++id)
        deadlines.add(id);
    deadlines.takeDue(0, [&due](quint64 id) { return due[id]; });
    std::vector<quint64> seen;
    deadlines.takeDue(300, [&seen](quint64 id) {
        seen.push_back(id);
        return ConnectionDeadlines::kNone;
    });
    QCOMPARE(seen, (std::vector<quint64>{1, 2, 0})); // 100, 200, 300
    QCOMPARE(deadlines.size(), std::size_t(2));
    // A connection still active is looked at again later.
    seen.clear();
    deadlines.takeDue(400, [&seen](quint64 id) {
        seen.push_back(id);
        return qint64(450);
    });
    QCOMPARE(seen, std::vector<quint64>{4});
    seen.clear();
    deadlines.takeDue(500, [&seen](quint64 id) {
        seen.push_back(id);
        return ConnectionDeadlines::kNone;
    });
    QCOMPARE(seen, (std::vector<quint64>{4, 3})); // 450, 500
    QCOMPARE(deadlines.size(), std::size_t(0));
}

void TestConnectionDeadlines::endedConnectionsAreDropped() {
    // The engine answers kNone for a connection that has ended meanwhile: its entry goes.
    ConnectionDeadlines deadlines;
    for (quint64 id = 0; id < 100; ++id)
        deadlines.add(id);
    deadlines.takeDue(0,
                      [](quint64 id) { return id % 2 ? qint64(10) : ConnectionDeadlines::kNone; });
    QCOMPARE(deadlines.size(), std::size_t(50));
    int calls = 0;
    deadlines.takeDue(10, [&calls](quint64) {
        ++calls;
        return ConnectionDeadlines::kNone;
    });
    QCOMPARE(calls, 50);
    QCOMPARE(deadlines.size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestConnectionDeadlines)
#include "tst_connectiondeadlines.moc"
