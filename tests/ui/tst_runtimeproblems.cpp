// The main window while the relay runs: failures the relay reports (log file, refused and failed
// connections) are visible, and the window's keyboard and live texts behave.
#include "Document.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "RelayStatus.h"
#include "RuleTableModel.h"
#include "TrayController.h"
#include "UiTestSupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
using Column = RuleTableModel::Column;

// Connects to 127.0.0.1:PORT and waits until the relay ends the connection.
bool connectionIsEnded(quint16 port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return false;
    if (socket.state() != QAbstractSocket::UnconnectedState && !socket.waitForDisconnected(10000))
        return false;
    return true;
}

QString cellText(RuleTableModel *model, int row, Column column) {
    return model->index(row, int(column)).data().toString();
}
} // namespace

class TestRuntimeProblems : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deniedAndFailedColumns();
    void logFileProblemShowsInWindowAndTray();
    void captionFollowsTheSelectedRulesEdits();
    void tabLeavesTheRuleTable();
    void ctrlFFocusesTheSearchField();
    void onCheckboxSaysItNeedsNoApply();
};

void TestRuntimeProblems::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestRuntimeProblems::deniedAndFailedColumns() {
    EchoServer echo;
    QVERIFY(echo.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 deniedPort = freePort();
    const quint16 failingPort = freePort();
    const quint16 closedPort = freePort(); // nothing listens there
    QVERIFY(deniedPort && failingPort && closedPort && deniedPort != failingPort);

    Config config;
    config.rules = {makeRule(1, deniedPort, echo.serverPort()),
                    makeRule(2, failingPort, closedPort)};
    AclEntry deny;
    deny.kind = AclEntry::Kind::Deny;
    deny.pattern = QStringLiteral("127.0.0.1");
    config.rules[0].acl.entries = {deny};

    LocalBackend relay;
    MainWindow window(&relay);
    RuleTableModel *model = window.ruleModel();
    QCOMPARE(model->headerData(int(Column::Denied), Qt::Horizontal).toString(),
             QStringLiteral("Denied"));
    QCOMPARE(model->headerData(int(Column::Failed), Qt::Horizontal).toString(),
             QStringLiteral("Failed"));
    window.document()->reset(config, QString(), false);
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(cellText(model, 0, Column::State), QStringLiteral("listening"),
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(model, 1, Column::State), QStringLiteral("listening"),
                              10000);
    QCOMPARE(cellText(model, 0, Column::Denied), QStringLiteral("0"));
    QCOMPARE(cellText(model, 1, Column::Failed), QStringLiteral("0"));

    // Refused by the access list: Denied counts it, nothing else does.
    QVERIFY(connectionIsEnded(deniedPort));
    QTRY_COMPARE_WITH_TIMEOUT(cellText(model, 0, Column::Denied), QStringLiteral("1"), 10000);
    QCOMPARE(cellText(model, 0, Column::Failed), QStringLiteral("0"));
    QCOMPARE(cellText(model, 0, Column::Total), QStringLiteral("0"));

    // Accepted, but the target refuses: Failed.
    QVERIFY(connectionIsEnded(failingPort));
    QTRY_COMPARE_WITH_TIMEOUT(cellText(model, 1, Column::Failed), QStringLiteral("1"), 10000);
    QCOMPARE(cellText(model, 1, Column::Denied), QStringLiteral("0"));
    // Sorted as numbers, right-aligned like the other counters.
    QCOMPARE(model->index(1, int(Column::Failed)).data(RuleTableModel::SortRole).toULongLong(),
             quint64(1));
    QVERIFY(model->index(1, int(Column::Failed)).data(Qt::TextAlignmentRole).toInt() &
            Qt::AlignRight);

    // Mostly zero, they start hidden; like every column after On, the header's context menu
    // shows and hides them.
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(header->isSectionHidden(int(Column::Denied)));
    QVERIFY(header->isSectionHidden(int(Column::Failed)));
    QStringList entries;
    QTimer::singleShot(0, this, [&entries] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            entries.append(action->text());
            if (action->text() == QLatin1String("Denied"))
                action->trigger(); // checks it
        }
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
    QVERIFY2(entries.contains(QStringLiteral("Denied")) &&
                 entries.contains(QStringLiteral("Failed")),
             qPrintable(entries.join(QLatin1String(", "))));
    QVERIFY(!header->isSectionHidden(int(Column::Denied)));
    QVERIFY(header->isSectionHidden(int(Column::Failed)));
    relay.shutdown();
}

void TestRuntimeProblems::logFileProblemShowsInWindowAndTray() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString unwritable = dir.filePath(QStringLiteral("no-such-directory/relay.log"));
    Config config;
    config.rules = {makeRule(1, freePort(), 9)};
    config.logFile = unwritable;
    config.logFormat = LogFormat::PortRelay;

    LocalBackend relay;
    MainWindow window(&relay);
    TrayController tray(window.document(), window.ruleModel(), window.status());
    QSignalSpy notices(&tray, &TrayController::notified);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("runtimeProblemBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    window.document()->reset(config, QString(), false);
    QVERIFY(window.applyChanges());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 10000);
    QVERIFY2(banner->text().contains(unwritable), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("not logged")), qPrintable(banner->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 10000);
    QCOMPARE(notices.first().at(0).toString(), QStringLiteral("Connection log not written"));
    QVERIFY(notices.first().at(1).toString().contains(unwritable));
    QVERIFY(tray.toolTipText().contains(unwritable));

    // A log file that can be written: the banner goes, and the tray says nothing more.
    const int noticesBefore = int(notices.size());
    Config fixed = window.document()->config();
    fixed.logFile = dir.filePath(QStringLiteral("relay.log"));
    window.document()->setLogFile(fixed.logFile);
    QVERIFY(window.applyChanges());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 10000);
    QCOMPARE(int(notices.size()), noticesBefore);
    QVERIFY(!tray.toolTipText().contains(unwritable));
    relay.shutdown();
}

void TestRuntimeProblems::captionFollowsTheSelectedRulesEdits() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *heading = window.findChild<QLabel *>(QStringLiteral("connectionsHeading"));
    QVERIFY(heading);
    Rule rule = makeRule(1, 20001, 20002);
    rule.name.clear();
    Config config;
    config.rules = {rule};
    window.document()->reset(config, QString(), false);
    window.selectRule(1);
    QVERIFY(heading->text().contains(QStringLiteral("127.0.0.1:20001 → 127.0.0.1:20002")));

    // Edited through the table as a user would: the heading follows at once.
    RuleTableModel *model = window.ruleModel();
    QVERIFY(model->setData(model->index(0, int(Column::BindPort)), QStringLiteral("20011")));
    QVERIFY2(heading->text().contains(QStringLiteral("127.0.0.1:20011 → 127.0.0.1:20002")),
             qPrintable(heading->text()));
    QVERIFY(model->setData(model->index(0, int(Column::ConnectHost)), QStringLiteral("::1")));
    QVERIFY2(heading->text().contains(QStringLiteral("→ ::1:20002")), qPrintable(heading->text()));
    QVERIFY(model->setData(model->index(0, int(Column::Name)), QStringLiteral("web")));
    QVERIFY2(heading->text().endsWith(QStringLiteral("web")), qPrintable(heading->text()));
    QVERIFY(window.selectedRuleId() == 1);
}

void TestRuntimeProblems::tabLeavesTheRuleTable() {
    MainWindow window;
    Config config;
    config.rules = {makeRule(1, 20001, 20002), makeRule(2, 20003, 20004)};
    window.document()->reset(config, QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    QVERIFY(!table->tabKeyNavigation());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, int(Column::Name)));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
    const QModelIndex before = table->currentIndex();
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QCOMPARE(table->currentIndex(), before); // the cell did not move
    // And Shift+Tab (Backtab) comes back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
}

void TestRuntimeProblems::ctrlFFocusesTheSearchField() {
    MainWindow window;
    Config config;
    config.rules = {makeRule(1, 20001, 20002)};
    window.document()->reset(config, QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("ruleSearch"));
    QVERIFY(table && search);
    search->setText(QStringLiteral("old"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, int(Column::Name)));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));

    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QVERIFY(!table->indexWidget(table->currentIndex())); // no cell editor was opened
    QCOMPARE(window.document()->config().rules.first().name, QStringLiteral("rule 1"));
    // What was there is selected: typing replaces it.
    QCOMPARE(search->selectedText(), QStringLiteral("old"));
    QTest::keyClicks(search, QStringLiteral("20001"));
    QCOMPARE(search->text(), QStringLiteral("20001"));
}

void TestRuntimeProblems::onCheckboxSaysItNeedsNoApply() {
    const quint16 port = freePort();
    QVERIFY(port);
    Config config;
    config.rules = {makeRule(1, port, 9)};
    LocalBackend relay;
    MainWindow window(&relay);
    RuleTableModel *model = window.ruleModel();
    window.document()->reset(config, QString(), false);
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(cellText(model, 0, Column::State), QStringLiteral("listening"),
                              10000);
    QVERIFY(model->headerData(int(Column::Enabled), Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("without Apply")));
    QVERIFY(model->index(0, int(Column::Enabled))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("now, without Apply")));

    // Another edit of the rule waits for Apply; the checkbox does not, and says so.
    QVERIFY(model->setData(model->index(0, int(Column::ConnectPort)), QStringLiteral("10")));
    QVERIFY(window.document()->isUnapplied());
    QVERIFY(
        model->setData(model->index(0, int(Column::Enabled)), Qt::Unchecked, Qt::CheckStateRole));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("stopped at once")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("other changes wait for Apply")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(port), 10000);
    QVERIFY(window.document()->isUnapplied()); // the target port edit is still pending

    // A rule the relay does not run yet: the checkbox waits for Apply like everything else.
    Rule added = makeRule(2, freePort(), 9);
    added.enabled = false;
    model->insertRule(1, added);
    QVERIFY(model->index(1, int(Column::Enabled))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not running")));
    QVERIFY(model->setData(model->index(1, int(Column::Enabled)), Qt::Checked, Qt::CheckStateRole));
    const QString pending = window.statusBar()->currentMessage();
    QVERIFY2(pending.contains(QStringLiteral("starts with Apply")), qPrintable(pending));
    relay.shutdown();
}

QTEST_MAIN(TestRuntimeProblems)
#include "tst_runtimeproblems.moc"
