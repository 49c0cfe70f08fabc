#include "ConnectionsModel.h"
#include "ConnectionsPanel.h"
#include "TrafficHistory.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
ConnectionStats connection(quint64 id, int ruleId, quint16 port) {
    ConnectionStats c;
    c.id = id;
    c.ruleId = ruleId;
    c.clientAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    c.clientPort = port;
    c.started = QDateTime::fromSecsSinceEpoch(1700000000);
    return c;
}

StatsSnapshot snapshotAt(qint64 seconds, const QVector<ConnectionStats> &connections,
                         quint64 bytesRule1 = 0, quint64 bytesRule2 = 0) {
    StatsSnapshot s;
    s.takenAt = QDateTime::fromSecsSinceEpoch(1700000000 + seconds);
    s.connections = connections;
    RuleStats r1;
    r1.ruleId = 1;
    r1.bytesFromClient = bytesRule1;
    RuleStats r2;
    r2.ruleId = 2;
    r2.bytesToClient = bytesRule2;
    s.rules = {r1, r2};
    return s;
}
} // namespace

class TestConnectionsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelFollowsSnapshots();
    void heavyChurnCostsFewSignals();
    void closeConnectionRequest();
    void trafficHistoryRates();
    void hiddenPanelCatchesUpWhenShown();
    void originalDestinationColumn();
};

void TestConnectionsPanel::modelFollowsSnapshots() {
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(
        snapshotAt(10, {connection(1, 1, 5001), connection(2, 2, 5002), connection(3, 1, 5003)}));
    QCOMPARE(model.rowCount(), 3);
    model.setRuleFilter(1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.connectionIdAt(1), 3u);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ConnectionStats grown = connection(3, 1, 5003);
    grown.bytesToClient = 3 * 1024 * 1024;
    model.setSnapshot(snapshotAt(75, {grown, connection(4, 1, 5004), connection(2, 2, 5002)}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.connectionIdAt(0), 3u); // kept in place
    QCOMPARE(model.connectionIdAt(1), 4u);
    using C = ConnectionsModel::Column;
    QCOMPARE(model.index(0, ConnectionsModel::col(C::ToClient)).data().toString(),
             QStringLiteral("3.0 MiB"));
    QCOMPARE(model.index(0, ConnectionsModel::col(C::Duration)).data().toString(),
             QStringLiteral("1 min 15 s"));
    QCOMPARE(model.index(0, ConnectionsModel::col(C::Client)).data().toString(),
             QStringLiteral("127.0.0.1:5003"));
    model.setSnapshot(snapshotAt(80, {}));
    QCOMPARE(model.rowCount(), 0);
}

void TestConnectionsPanel::heavyChurnCostsFewSignals() {
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<ConnectionStats> first;
    for (quint64 id = 1; id <= 10000; ++id)
        first.append(connection(id, 1, quint16(1024 + id)));
    model.setSnapshot(snapshotAt(1, first));
    QCOMPARE(model.rowCount(), 10000);

    // Every other connection closed and 5,000 new ones opened since the last snapshot.
    QVector<ConnectionStats> second;
    for (quint64 id = 2; id <= 10000; id += 2)
        second.append(connection(id, 1, quint16(1024 + id)));
    for (quint64 id = 20001; id <= 25000; ++id)
        second.append(connection(id, 1, quint16(id)));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(snapshotAt(2, second));
    QCOMPARE(model.rowCount(), 10000);
    QVERIFY(removed.count() + inserted.count() + reset.count() + changed.count() <= 3);
    QSet<quint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.connectionIdAt(row));
    QCOMPARE(ids.size(), 10000);
    QVERIFY(ids.contains(20001) && ids.contains(10000) && !ids.contains(1));

    // A few closures keep the rest of the rows in place.
    QVector<ConnectionStats> third = second;
    third.removeAt(10);
    third.removeAt(500);
    removed.clear();
    reset.clear();
    model.setSnapshot(snapshotAt(3, third));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(reset.count(), 0);
}

void TestConnectionsPanel::closeConnectionRequest() {
    ConnectionsPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSelectedRule(1, QStringLiteral("web"));
    panel.setSnapshot(snapshotAt(1, {connection(7, 1, 6000), connection(8, 2, 6001)}));
    auto *view = panel.findChild<QTableView *>(QStringLiteral("connectionsView"));
    auto *close = panel.findChild<QPushButton *>(QStringLiteral("closeConnection"));
    QVERIFY(view && close);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!close->isEnabled());
    view->selectRow(0);
    QVERIFY(close->isEnabled());
    QSignalSpy spy(&panel, &ConnectionsPanel::closeConnectionRequested);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), 7u);
}

void TestConnectionsPanel::trafficHistoryRates() {
    TrafficHistory history(60 * 1000);
    history.addSnapshot(snapshotAt(0, {}, 0, 0));
    history.addSnapshot(snapshotAt(2, {}, 2048, 1024));
    QCOMPARE(history.latestRate(1), 1024.0);
    QCOMPARE(history.latestRate(2), 512.0);
    QCOMPARE(history.latestRate(0), 1536.0);
    history.addSnapshot(snapshotAt(3, {}, 100, 1024)); // rule 1's counter was reset
    QCOMPARE(history.latestRate(1), 100.0);
    const QVector<QPointF> series = history.series(0);
    QCOMPARE(series.size(), 2); // one point per second
    QCOMPARE(series.at(0).y(), 1536.0);
    QCOMPARE(series.at(1).y(), 100.0);
    history.addSnapshot(snapshotAt(100, {}, 100, 1024)); // older samples fall out of the window
    QCOMPARE(history.series(0).size(), 1);
    QCOMPARE(history.latestRate(0), 0.0);
}

void TestConnectionsPanel::hiddenPanelCatchesUpWhenShown() {
    ConnectionsPanel panel;
    QVERIFY(!panel.isVisible());
    panel.setSnapshot(snapshotAt(1, {connection(1, 1, 7000)}, 0, 0));
    panel.setSnapshot(snapshotAt(2, {connection(1, 1, 7000), connection(2, 1, 7001)}, 4096, 0));
    QCOMPARE(panel.model()->rowCount(), 0);          // no list work while hidden
    QCOMPARE(panel.history().latestRate(1), 4096.0); // the throughput history still counts
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.model()->rowCount(), 2);
}

void TestConnectionsPanel::originalDestinationColumn() {
    ConnectionsPanel panel;
    ConnectionsModel *model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = panel.findChild<QTableView *>(QStringLiteral("connectionsView"));
    QVERIFY(view);
    const int column = ConnectionsModel::col(ConnectionsModel::Column::OriginalDestination);
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(),
             QStringLiteral("Original destination"));
    // No intercepting rule: nothing to show, the column stays out of the way.
    model->setSnapshot(snapshotAt(1, {connection(1, 1, 5001)}));
    QCOMPARE(model->index(0, column).data().toString(), QString());
    QVERIFY(!model->hasOriginalDestinations());
    QVERIFY(view->isColumnHidden(column));

    ConnectionStats v4 = connection(2, 2, 5002);
    v4.originalAddress = QHostAddress(QStringLiteral("198.51.100.7"));
    v4.originalPort = 8080;
    ConnectionStats v6 = connection(3, 2, 5003);
    v6.originalAddress = QHostAddress(QStringLiteral("2001:db8::7"));
    v6.originalPort = 443;
    model->setSnapshot(snapshotAt(2, {connection(1, 1, 5001), v4, v6}));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, column).data().toString(), QString());
    QCOMPARE(model->index(1, column).data().toString(), QStringLiteral("198.51.100.7:8080"));
    QCOMPARE(model->index(2, column).data().toString(), QStringLiteral("[2001:db8::7]:443"));
    QVERIFY(model->hasOriginalDestinations());
    QVERIFY(!view->isColumnHidden(column));
    // The client column is unchanged by it.
    QCOMPARE(
        model->index(1, ConnectionsModel::col(ConnectionsModel::Column::Client)).data().toString(),
        QStringLiteral("127.0.0.1:5002"));

    // Only the rule without interception selected: hidden again.
    model->setRuleFilter(1);
    QVERIFY(view->isColumnHidden(column));
    model->setRuleFilter(2);
    QVERIFY(!view->isColumnHidden(column));
}

QTEST_MAIN(TestConnectionsPanel)
#include "tst_connectionspanel.moc"
