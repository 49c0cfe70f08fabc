#include "ConfigLoader.h"
#include "Document.h"
#include "FreePortFinder.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "RuleTableModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace {
using Column = RuleTableModel::Column;

// Types TEXT into the typed editor of INDEX (opened as a user would, by the view) and commits it.
void editCell(QTableView *view, const QModelIndex &index, const QString &text) {
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "no line edit opened for the cell");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_VERIFY(!view->indexWidget(index));
}

QModelIndex viewIndex(QTableView *view, RuleTableModel *model, int sourceRow, Column column) {
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    return proxy->mapFromSource(model->index(sourceRow, int(column)));
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rinetdConfSavedInPlace();
    void addRuleThroughUiThenRelay();
    void bindConflictIsNotApplied();
    void sourceAddressFromTableReachesEngine();
    void importWithErrorsShowsDiagnostics();
    void saveOpenRoundTrip();
    void removeAsksWithCount();
    void revertDropsUnappliedEdits();
    void searchFiltersRules();
    void ruleAclEditsTheSelectedRule();
    void destroyedWhileEditing();
    void keyboardShortcuts();
    void exportWritesRinetdConf();
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings location
}

void TestMainWindow::addRuleThroughUiThenRelay() {
    EchoServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 bindPort = freePort();
    QVERIFY(bindPort != 0);

    LocalBackend relay;
    MainWindow window(&relay);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    auto *addAction = window.findChild<QAction *>(QStringLiteral("actionAdd"));
    auto *applyAction = window.findChild<QAction *>(QStringLiteral("actionApply"));
    QVERIFY(table && addAction && applyAction);
    RuleTableModel *model = window.ruleModel();

    addAction->trigger();
    QCOMPARE(model->rowCount(), 1);
    // Add opened the bind port editor; Escape it and fill the cells through their editors.
    if (QWidget *editor = QApplication::focusWidget(); qobject_cast<QLineEdit *>(editor))
        QTest::keyClick(editor, Qt::Key_Escape);
    editCell(table, viewIndex(table, model, 0, Column::BindPort), QString::number(bindPort));
    editCell(table, viewIndex(table, model, 0, Column::ConnectPort),
             QString::number(backend.serverPort()));
    editCell(table, viewIndex(table, model, 0, Column::Name), QStringLiteral("echo"));
    const Rule &rule = window.document()->config().rules.at(0);
    QCOMPARE(rule.bindPort, QString::number(bindPort));
    QCOMPARE(rule.connectPort, QString::number(backend.serverPort()));
    QCOMPARE(rule.name, QStringLiteral("echo"));
    QVERIFY(window.document()->isUnapplied());
    QVERIFY(applyAction->isEnabled());

    applyAction->trigger();
    QVERIFY(!window.document()->isUnapplied());
    const QModelIndex state = model->index(0, int(Column::State));
    QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), QStringLiteral("listening"), 10000);

    // A real connection through the new rule.
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), bindPort);
    QVERIFY(client.waitForConnected(5000));
    client.write("hello through portrelay");
    QByteArray echoed;
    QTRY_VERIFY_WITH_TIMEOUT((echoed += client.readAll()) == "hello through portrelay", 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, int(Column::Active)).data().toString(),
                              QStringLiteral("1"), 10000);

    // The connection shows in the panel of the selected rule, and "Close connection" closes it.
    window.selectRule(rule.id);
    auto *connections = window.findChild<QTableView *>(QStringLiteral("connectionsView"));
    auto *closeButton = window.findChild<QPushButton *>(QStringLiteral("closeConnection"));
    QVERIFY(connections && closeButton);
    QTRY_COMPARE_WITH_TIMEOUT(connections->model()->rowCount(), 1, 10000);
    QVERIFY(connections->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("127.0.0.1:%1").arg(client.localPort())));
    connections->selectRow(0);
    QTest::mouseClick(closeButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(connections->model()->rowCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, int(Column::Active)).data().toString(),
                              QStringLiteral("0"), 10000);

    // Reset counters sets the rule's totals back to zero.
    QCOMPARE(model->index(0, int(Column::Total)).data().toString(), QStringLiteral("1"));
    QVERIFY(model->index(0, int(Column::BytesIn)).data().toString() != QStringLiteral("0 B"));
    auto *resetCounters = window.findChild<QAction *>(QStringLiteral("actionResetCounters"));
    QVERIFY(resetCounters && resetCounters->isEnabled());
    resetCounters->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, int(Column::Total)).data().toString(),
                              QStringLiteral("0"), 10000);
    QCOMPARE(model->index(0, int(Column::BytesIn)).data().toString(), QStringLiteral("0 B"));

    // Unticking the checkbox (Space on the cell, as a user would) stops the listener at once,
    // without Apply.
    table->setFocus();
    table->setCurrentIndex(viewIndex(table, model, 0, Column::Enabled));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(window.document()->config().rules.at(0).enabled, false);
    QVERIFY(!window.document()->isUnapplied());
    QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), QStringLiteral("disabled"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(bindPort), 10000);

    // And ticking it again brings it back.
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), QStringLiteral("listening"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(bindPort), 10000);
    relay.shutdown();
}

void TestMainWindow::sourceAddressFromTableReachesEngine() {
    QTcpServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 bindPort = freePort();
    QVERIFY(bindPort != 0);
    LocalBackend relay;
    MainWindow window(&relay);
    Config config;
    config.rules = {makeRule(1, bindPort, backend.serverPort())};
    window.document()->reset(config, QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    RuleTableModel *model = window.ruleModel();
    const QModelIndex source = viewIndex(table, model, 0, Column::Source);

    // An IPv6 source for an IPv4 target is refused before anything reaches the engine.
    editCell(table, source, QStringLiteral("::1"));
    QVERIFY(!window.applyChanges());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(
        banner->text().contains(model->headerData(int(Column::Source), Qt::Horizontal).toString()),
        qPrintable(banner->text()));
    QVERIFY(!source.data(RuleTableModel::ProblemRole).toString().isEmpty());

    // Typed as a user would, applied, and the backend sees connections come from it.
    editCell(table, source, QStringLiteral("127.0.0.2"));
    QCOMPARE(window.document()->config().rules.at(0).sourceAddress(), QStringLiteral("127.0.0.2"));
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, int(Column::State)).data().toString(),
                              QStringLiteral("listening"), 10000);
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), bindPort);
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(backend.hasPendingConnections(), 10000);
    QTcpSocket *server = backend.nextPendingConnection();
    QVERIFY(server);
    QCOMPARE(server->peerAddress(), QHostAddress(QStringLiteral("127.0.0.2")));
    client.write("from 127.0.0.2");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += server->readAll()) == "from 127.0.0.2", 10000);
    client.close();
    relay.shutdown();
}

void TestMainWindow::bindConflictIsNotApplied() {
    const quint16 port = freePort();
    LocalBackend relay;
    MainWindow window(&relay);
    Config config;
    config.rules = {makeRule(1, port, 9), makeRule(2, port, 10)};
    config.rules[0].bindHost = QStringLiteral("0.0.0.0"); // wildcard covers 127.0.0.1
    window.document()->reset(config, QString(), false);
    window.show();

    QVERIFY(!window.applyChanges());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QString::number(port)), qPrintable(banner->text()));
    const QModelIndex cell = window.ruleModel()->index(1, int(Column::BindPort));
    QVERIFY(!cell.data(RuleTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(window.document()->isUnapplied());
    // Nothing half-way: neither rule was started.
    QTest::qWait(300);
    QVERIFY(!acceptsConnections(port));
    QCOMPARE(window.ruleModel()->index(0, int(Column::State)).data().toString(),
             QStringLiteral("not applied"));

    // Fixing the port clears the marks and Apply goes through.
    QVERIFY(window.ruleModel()->setData(cell, QString::number(freePort())));
    QVERIFY(cell.data(RuleTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(!banner->isVisible());
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(window.ruleModel()->index(0, int(Column::State)).data().toString(),
                              QStringLiteral("listening"), 10000);
    relay.shutdown();
}

void TestMainWindow::importWithErrorsShowsDiagnostics() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rinetd.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# imported\n"
                   "127.0.0.1 23456 127.0.0.1 80\n"
                   "this line is not a rule\n"
                   "127.0.0.1 99999 127.0.0.1 80\n");
    }
    MainWindow window; // no engine: only the document matters here
    Config original;
    original.rules = {makeRule(5, 20000, 30000)};
    original.logFile = QStringLiteral("/tmp/keep.log");
    window.document()->reset(original, QString(), true);

    QStringList seenLines;
    bool dialogSeen = false;
    auto answer = [&](const QString &button) {
        QTimer::singleShot(0, this, [&, button] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QLatin1String("importDiagnosticsDialog"))
                return;
            dialogSeen = true;
            auto *list = modal->findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
            for (int i = 0; list && i < list->topLevelItemCount(); ++i)
                seenLines.append(list->topLevelItem(i)->text(0));
            auto *b = modal->findChild<QPushButton *>(button);
            if (b)
                QTest::mouseClick(b, Qt::LeftButton);
        });
    };

    answer(QStringLiteral("cancelImport"));
    QVERIFY(!window.openFile(path));
    QVERIFY(dialogSeen);
    QVERIFY2(seenLines.size() >= 2, qPrintable(seenLines.join(QLatin1Char(','))));
    QVERIFY2(seenLines.join(QLatin1Char(',')).contains(QLatin1Char('3')),
             qPrintable(seenLines.join(QLatin1Char(','))));
    QVERIFY2(seenLines.join(QLatin1Char(',')).contains(QLatin1Char('4')),
             qPrintable(seenLines.join(QLatin1Char(','))));
    QVERIFY(window.document()->config() == original); // cancelled: nothing lost
    QVERIFY(!window.document()->isModified());

    dialogSeen = false;
    answer(QStringLiteral("importValidPart"));
    QVERIFY(window.openFile(path));
    QVERIFY(dialogSeen);
    QCOMPARE(window.document()->config().rules.size(), 1);
    QCOMPARE(window.document()->config().rules.at(0).bindPort, QStringLiteral("23456"));
    // The rinetd.conf is the document (Save writes it in place; the lines with errors stay as
    // they are), and taking it is not an unsaved change.
    QCOMPARE(window.document()->filePath(), path);
    QCOMPARE(window.document()->fileFormat(), ConfigFormat::RinetdConf);
    QVERIFY(!window.document()->isModified());

    // Nothing valid at all: there is no valid part to take.
    const QString garbage = dir.filePath(QStringLiteral("garbage.conf"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a rule\nnor this\n");
    }
    const Config before = window.document()->config();
    bool takeEnabled = true;
    dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QLatin1String("importDiagnosticsDialog"))
            return;
        dialogSeen = true;
        takeEnabled =
            modal->findChild<QPushButton *>(QStringLiteral("importValidPart"))->isEnabled();
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("cancelImport")),
                          Qt::LeftButton);
    });
    QVERIFY(!window.openFile(garbage));
    QVERIFY(dialogSeen);
    QVERIFY(!takeEnabled);
    QVERIFY(window.document()->config() == before);
}

void TestMainWindow::saveOpenRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("relay.json"));
    Config config;
    config.rules = {makeRule(1, 20001, 30001), makeRule(2, 20002, 30002)};
    config.rules[1].enabled = false;
    config.rules[1].bindProtocol = Protocol::Udp;
    config.rules[1].connectProtocol = Protocol::Udp;
    config.rules[1].bindProtocolExplicit = true;
    config.rules[1].connectProtocolExplicit = true;
    AclEntry allow;
    allow.pattern = QStringLiteral("192.168.0.0/16");
    config.rules[0].acl.entries = {allow};
    AclEntry deny;
    deny.kind = AclEntry::Kind::Deny;
    deny.pattern = QStringLiteral("10.*");
    config.globalAcl.entries = {deny};
    config.logFile = QStringLiteral("/var/log/portrelay.log");
    config.logFormat = LogFormat::PortRelay;

    MainWindow writer;
    writer.document()->reset(config, QString(), false);
    QVERIFY(writer.document()->isModified());
    QVERIFY(writer.saveTo(path));
    QVERIFY(!writer.document()->isModified());
    QCOMPARE(writer.document()->filePath(), path);

    MainWindow reader;
    QVERIFY(reader.openFile(path));
    const Config &loaded = reader.document()->config();
    QCOMPARE(reader.document()->filePath(), path);
    QVERIFY(!reader.document()->isModified());
    QCOMPARE(loaded.rules.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(loaded.rules[i].name, config.rules[i].name);
        QCOMPARE(loaded.rules[i].enabled, config.rules[i].enabled);
        QCOMPARE(loaded.rules[i].bindProtocol, config.rules[i].bindProtocol);
        QCOMPARE(loaded.rules[i].bindHost, config.rules[i].bindHost);
        QCOMPARE(loaded.rules[i].bindPort, config.rules[i].bindPort);
        QCOMPARE(loaded.rules[i].connectHost, config.rules[i].connectHost);
        QCOMPARE(loaded.rules[i].connectPort, config.rules[i].connectPort);
        QVERIFY(loaded.rules[i].acl == config.rules[i].acl);
    }
    QVERIFY(loaded.globalAcl == config.globalAcl);
    QCOMPARE(loaded.logFile, config.logFile);
    QCOMPARE(loaded.logFormat, config.logFormat);
}

void TestMainWindow::removeAsksWithCount() {
    MainWindow window;
    Config config;
    config.rules = {makeRule(1, 20001, 1), makeRule(2, 20002, 2), makeRule(3, 20003, 3)};
    window.document()->reset(config, QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    auto *remove = window.findChild<QAction *>(QStringLiteral("actionRemove"));
    QVERIFY(table && remove);
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, 0), table->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QString question;
    auto respond = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, this, [&, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(button)->click();
        });
    };
    respond(QMessageBox::Cancel);
    remove->trigger();
    QCOMPARE(question, QStringLiteral("Remove 2 rule(s)?"));
    QCOMPARE(window.ruleModel()->rowCount(), 3);

    respond(QMessageBox::Yes);
    remove->trigger();
    QCOMPARE(window.ruleModel()->rowCount(), 1);
    QCOMPARE(window.ruleModel()->ruleIdAt(0), 3);
}

void TestMainWindow::revertDropsUnappliedEdits() {
    MainWindow window; // no engine: Apply only marks the document as applied
    Config config;
    config.rules = {makeRule(1, 20001, 1), makeRule(2, 20002, 2)};
    window.document()->reset(config, QString(), false);
    QVERIFY(window.applyChanges());
    QVERIFY(!window.document()->isUnapplied());
    auto *revert = window.findChild<QAction *>(QStringLiteral("actionRevert"));
    auto *apply = window.findChild<QAction *>(QStringLiteral("actionApply"));
    QVERIFY(revert && apply);
    QVERIFY(!revert->isEnabled());

    QVERIFY(window.ruleModel()->setData(window.ruleModel()->index(0, int(Column::ConnectPort)),
                                        QStringLiteral("4444")));
    window.ruleModel()->insertRule(2, makeRule(3, 20003, 3));
    QVERIFY(window.document()->isUnapplied());
    QVERIFY(revert->isEnabled() && apply->isEnabled());
    auto *state = window.findChild<QLabel *>(QStringLiteral("documentState"));
    QVERIFY(state && state->text().contains(QStringLiteral("not applied")));

    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    revert->trigger();
    QVERIFY(!window.document()->isUnapplied());
    QCOMPARE(window.ruleModel()->rowCount(), 2);
    QCOMPARE(window.document()->config().rules.at(0).connectPort, QStringLiteral("1"));
    QVERIFY(!revert->isEnabled());
}

void TestMainWindow::searchFiltersRules() {
    MainWindow window;
    Config config;
    config.rules = {makeRule(1, 20001, 1), makeRule(2, 20002, 2), makeRule(3, 20003, 3)};
    config.rules[1].name = QStringLiteral("Database");
    window.document()->reset(config, QString(), false);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("ruleSearch"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(search && table);
    QTest::keyClicks(search, QStringLiteral("datab"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("20003"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::ruleAclEditsTheSelectedRule() {
    MainWindow window;
    Config config;
    config.rules = {makeRule(1, 20001, 1), makeRule(2, 20002, 2)};
    window.document()->reset(config, QString(), false);
    QVERIFY(window.applyChanges());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectRule(2);
    QCOMPARE(window.selectedRuleId(), 2);

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    auto *editor = window.findChild<QWidget *>(QStringLiteral("ruleAcl"));
    QVERIFY(tabs && editor);
    tabs->setCurrentWidget(editor);
    auto *addDeny = editor->findChild<QPushButton *>(QStringLiteral("ruleAclAddDeny"));
    auto *view = editor->findChild<QTableView *>(QStringLiteral("ruleAclView"));
    QVERIFY(addDeny && view);
    QTest::mouseClick(addDeny, Qt::LeftButton);
    auto *pattern = view->findChild<QLineEdit *>(QStringLiteral("aclPatternEditor"));
    QVERIFY(pattern);
    QTest::keyClicks(pattern, QStringLiteral("10.0.0.0/33"));
    QTest::keyClick(pattern, Qt::Key_Return);
    QTRY_COMPARE(window.document()->config().ruleById(2)->acl.entries.value(0).pattern,
                 QStringLiteral("10.0.0.0/33"));
    QCOMPARE(window.document()->config().ruleById(2)->acl.entries.size(), 1);
    QVERIFY(window.document()->config().ruleById(1)->acl.isEmpty());
    QVERIFY(window.document()->isUnapplied());
    QVERIFY(window.ruleModel()
                ->index(1, int(Column::State))
                .data()
                .toString()
                .contains(QStringLiteral("not applied")));

    // A pattern that can never match is a warning (rinetd 0.73 starts with it too): Apply goes
    // ahead, and the rule's name cell carries the warning.
    QVERIFY(window.applyChanges());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("problemBanner"))->isVisible());
    QVERIFY(!window.document()->isUnapplied());
    QVERIFY(window.ruleModel()
                ->index(1, int(Column::Name))
                .data(RuleTableModel::ProblemRole)
                .toString()
                .contains(QStringLiteral("10.0.0.0/33")));

    // Switching rules shows the other rule's (empty) list.
    window.selectRule(1);
    QCOMPARE(view->model()->rowCount(), 0);
    window.selectRule(2);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMainWindow::destroyedWhileEditing() {
    // Editors commit and selections empty while the window's children are destroyed; none of it
    // may reach the half-destroyed window (this aborted before the fix).
    auto window = std::make_unique<MainWindow>();
    Config config;
    config.rules = {makeRule(1, 20001, 1), makeRule(2, 20002, 2)};
    window->document()->reset(config, QString(), false);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->selectRule(2);
    auto *editor = window->findChild<QWidget *>(QStringLiteral("ruleAcl"));
    window->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("ruleAclAddAllow")),
                      Qt::LeftButton);
    auto *pattern = editor->findChild<QLineEdit *>(QStringLiteral("aclPatternEditor"));
    QVERIFY(pattern);
    QTest::keyClicks(pattern, QStringLiteral("10.*"));
    QTest::keyClick(pattern, Qt::Key_Return); // commits through a queued call, still pending
    window.reset();
    QCoreApplication::processEvents(); // queued commits of the destroyed editors
}

void TestMainWindow::keyboardShortcuts() {
    MainWindow window;
    Config config;
    config.rules = {makeRule(1, 20001, 1)};
    config.rules[0].name = QStringLiteral("web");
    window.document()->reset(config, QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    window.selectRule(1);
    table->setFocus();

    // Ctrl+D duplicates the selected rule onto the next free port, disabled until enabled.
    const std::optional<QString> nextPort = FreePortFinder::nextBindPort(
        config, config.rules.at(0), FreePortFinder::localProbe(Protocol::Tcp));
    QVERIFY(nextPort);
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(window.ruleModel()->rowCount(), 2);
    const Rule copy = window.document()->config().rules.at(1);
    QCOMPARE(copy.name, QStringLiteral("web (copy)"));
    QVERIFY(!copy.enabled);
    QCOMPARE(copy.bindPort, *nextPort);
    QVERIFY(copy.id != 1);
    QCOMPARE(window.selectedRuleId(), copy.id);

    // Ctrl+Up moves it above the original.
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(window.document()->config().rules.at(0).id, copy.id);

    // Ins adds a rule and opens its bind port for typing.
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(window.ruleModel()->rowCount(), 3);
    auto *portEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(portEditor);
    QCOMPARE(portEditor->objectName(), QStringLiteral("portEditor"));
    QTest::keyClick(portEditor, Qt::Key_Escape);
    QTRY_VERIFY(!table->indexWidget(table->currentIndex()));

    // Del asks first.
    table->setFocus();
    QString question;
    QTimer::singleShot(0, this, [&question] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(question, QStringLiteral("Remove 1 rule(s)?"));
    QCOMPARE(window.ruleModel()->rowCount(), 2);
}

void TestMainWindow::exportWritesRinetdConf() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    Config config;
    config.rules = {makeRule(1, 20001, 30001), makeRule(2, 20002, 30002)};
    AclEntry deny;
    deny.kind = AclEntry::Kind::Deny;
    deny.pattern = QStringLiteral("192.168.1.*");
    config.globalAcl.entries = {deny};
    window.document()->reset(config, QString(), false);

    // A .json name would silently become a JSON file: refused.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Ok)->click();
    });
    QVERIFY(!window.exportTo(dir.filePath(QStringLiteral("out.json"))));

    const QString path = dir.filePath(QStringLiteral("rinetd.conf"));
    QVERIFY(window.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("127.0.0.1 20001 127.0.0.1 30001"), text.constData());
    QVERIFY2(text.contains("deny 192.168.1.*"), text.constData());
    // Export does not change what Save writes to.
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->isModified());

    const ConfigLoadResult reread = loadConfigFile(path);
    QVERIFY(!reread.hasErrors());
    QCOMPARE(reread.format, ConfigFormat::RinetdConf);
    QCOMPARE(reread.config.rules.size(), 2);
    QCOMPARE(reread.config.rules.at(1).connectPort, QStringLiteral("30002"));
}

void TestMainWindow::rinetdConfSavedInPlace() {
    // A rinetd.conf opened in the window is the document: opening is not an unsaved change, and
    // Save changes only the edited rule's line (with a .bak of the previous version).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rinetd.conf"));
    const QByteArray text("# forwardings\r\n"
                          "#0.0.0.0 80 127.0.0.1 8080\r\n"
                          "127.0.0.1   20411   127.0.0.1   30411   # web\r\n"
                          "events auto\r\n"
                          "127.0.0.1   20412   127.0.0.1   30412\r\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    MainWindow window(nullptr);
    QVERIFY(window.openFile(path));
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY(!window.document()->isModified());
    RuleTableModel *model = window.ruleModel();
    QVERIFY(model->setData(model->index(1, int(RuleTableModel::Column::ConnectPort)),
                           QStringLiteral("9")));
    QVERIFY(window.document()->isModified());
    auto *saveAction = window.findChild<QAction *>(QStringLiteral("actionSave"));
    QVERIFY(saveAction);
    saveAction->trigger();
    QVERIFY(!window.document()->isModified());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("# forwardings\r\n"
                                         "#0.0.0.0 80 127.0.0.1 8080\r\n"
                                         "127.0.0.1   20411   127.0.0.1   30411   # web\r\n"
                                         "events auto\r\n"
                                         "127.0.0.1   20412   127.0.0.1   9\r\n"));
    QFile backup(path + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), text);

    // A second edit of the other rule, saved again: the lines remembered from the first save.
    QVERIFY(model->setData(model->index(0, int(RuleTableModel::Column::BindPort)),
                           QStringLiteral("20400")));
    saveAction->trigger();
    QVERIFY(!window.document()->isModified());
    saved.close();
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("# forwardings\r\n"
                                         "#0.0.0.0 80 127.0.0.1 8080\r\n"
                                         "127.0.0.1   20400   127.0.0.1   30411   # web\r\n"
                                         "events auto\r\n"
                                         "127.0.0.1   20412   127.0.0.1   9\r\n"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
