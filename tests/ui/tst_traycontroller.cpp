#include "AppSettings.h"
#include "DesktopSession.h"
#include "Document.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "RuleTableModel.h"
#include "TrayController.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {
using Column = RuleTableModel::Column;

// Loads CONFIG into WINDOW as a saved document and hands it to the engine.
void load(MainWindow *window, const Config &config) {
    window->document()->reset(config, QString(), true);
    QVERIFY(window->applyChanges());
}

QStringList ruleActionTexts(QMenu *menu) {
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        if (a->objectName().startsWith(QLatin1String("trayRule")) && a->isVisible())
            texts.append(a->text());
    return texts;
}

// Clicks BUTTON of the next modal message box with OBJECTNAME, once it is shown.
void answerMessageBox(const QString &objectName, const QString &buttonName, bool *seen) {
    QTimer::singleShot(0, qApp, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName) {
            answerMessageBox(objectName, buttonName, seen); // not yet shown: try again
            return;
        }
        *seen = true;
        if (buttonName.isEmpty())
            box->button(QMessageBox::Cancel)->click();
        else
            box->findChild<QPushButton *>(buttonName)->click();
    });
}
} // namespace

class TestTrayController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ruleActionTogglesListener();
    void enableAllDisableAll();
    void menuFollowsDocument();
    void refusedEnableKeepsCheckMark();
    void stateAndToolTip();
    void bindFailureNotifies();
    void refusingTargetNotifies();
    void noTrayClosingQuits();
    void noTrayStartMinimizedShowsWindow();
    void quitAsksWhileConnectionsAreOpen();
    void settingsInTheFileMenu();
};

void TestTrayController::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // The point of these tests: the offscreen platform has no tray, like some desktops.
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
}

void TestTrayController::ruleActionTogglesListener() {
    EchoServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 p1 = freePort();
    const quint16 p2 = freePort();
    QVERIFY(p1 && p2 && p1 != p2);
    LocalBackend relay;
    MainWindow window(&relay);
    TrayController tray(window.document(), window.ruleModel());
    Config config;
    config.rules = {makeRule(1, p1, backend.serverPort()), makeRule(2, p2, backend.serverPort())};
    load(&window, config);
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1) && acceptsConnections(p2), 10000);

    QAction *first = tray.menu()->findChild<QAction *>(QStringLiteral("trayRule1"));
    QVERIFY(first);
    QCOMPARE(first, tray.ruleAction(1));
    QVERIFY(first->isCheckable());
    QVERIFY(first->isChecked());
    QCOMPARE(
        first->text(),
        QStringLiteral("rule 1: 127.0.0.1:%1 → 127.0.0.1:%2").arg(p1).arg(backend.serverPort()));

    first->trigger(); // unchecks: disable
    QVERIFY(!first->isChecked());
    QVERIFY(!window.document()->config().ruleById(1)->enabled);
    const QModelIndex check = window.ruleModel()->index(window.ruleModel()->rowForId(1),
                                                        RuleTableModel::col(Column::Enabled));
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(p1), 10000);
    QVERIFY(acceptsConnections(p2));
    // A toggle takes effect at once: nothing is left to apply.
    QVERIFY(!window.document()->isUnapplied());

    first->trigger(); // enable again
    QVERIFY(first->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1), 10000);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestTrayController::enableAllDisableAll() {
    EchoServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 p1 = freePort();
    const quint16 p2 = freePort();
    QVERIFY(p1 && p2 && p1 != p2);
    LocalBackend relay;
    MainWindow window(&relay);
    TrayController tray(window.document(), window.ruleModel());
    Config config;
    config.rules = {makeRule(1, p1, backend.serverPort()), makeRule(2, p2, backend.serverPort())};
    config.rules[1].enabled = false;
    load(&window, config);
    auto *enableAll = tray.menu()->findChild<QAction *>(QStringLiteral("trayEnableAll"));
    auto *disableAll = tray.menu()->findChild<QAction *>(QStringLiteral("trayDisableAll"));
    QVERIFY(enableAll && disableAll);
    QVERIFY(enableAll->isEnabled());
    QVERIFY(disableAll->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1), 10000);
    QVERIFY(!acceptsConnections(p2));

    enableAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1) && acceptsConnections(p2), 10000);
    QVERIFY(tray.ruleAction(1)->isChecked() && tray.ruleAction(2)->isChecked());
    QVERIFY(!enableAll->isEnabled()); // nothing left to enable

    disableAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(p1) && !acceptsConnections(p2), 10000);
    QVERIFY(!tray.ruleAction(1)->isChecked() && !tray.ruleAction(2)->isChecked());
    QVERIFY(!disableAll->isEnabled());
    QVERIFY(enableAll->isEnabled());
}

void TestTrayController::menuFollowsDocument() {
    MainWindow window(nullptr);
    TrayController tray(window.document(), window.ruleModel());
    auto *noRules = tray.menu()->findChild<QAction *>(QStringLiteral("trayNoRules"));
    QVERIFY(noRules);
    QVERIFY(noRules->isVisible());
    QVERIFY(ruleActionTexts(tray.menu()).isEmpty());

    Config config;
    config.rules = {makeRule(1, 8001, 9001), makeRule(2, 8002, 9002)};
    config.rules[1].name.clear(); // titled by its binds: they are not repeated
    config.rules[0].name = QStringLiteral("R&D");
    window.document()->reset(config, QString(), true);
    QCOMPARE(ruleActionTexts(tray.menu()),
             QStringList({QStringLiteral("R&&D: 127.0.0.1:8001 → 127.0.0.1:9001"),
                          QStringLiteral("127.0.0.1:8002 → 127.0.0.1:9002")}));
    QVERIFY(!noRules->isVisible());

    // A very long name is shortened.
    Rule longName = makeRule(9, 8009, 9009);
    longName.name = QString(100, QLatin1Char('x'));
    QCOMPARE(TrayController::actionText(longName),
             QString(39, QLatin1Char('x')) + QChar(0x2026) +
                 QStringLiteral(": 127.0.0.1:8009 → 127.0.0.1:9009"));

    // Added in the window: appears in the menu, in document order.
    const int row = window.addRule();
    const int newId = window.ruleModel()->ruleIdAt(row);
    QVERIFY(tray.ruleAction(newId));
    QCOMPARE(ruleActionTexts(tray.menu()).size(), 3);
    // Edited in the table: the menu text follows.
    QVERIFY(window.ruleModel()->setData(
        window.ruleModel()->index(0, RuleTableModel::col(Column::Name)), QStringLiteral("web")));
    QCOMPARE(ruleActionTexts(tray.menu()).first(),
             QStringLiteral("web: 127.0.0.1:8001 → 127.0.0.1:9001"));
    // Toggled through the table's checkbox: the check mark follows.
    QVERIFY(window.ruleModel()->setData(
        window.ruleModel()->index(1, RuleTableModel::col(Column::Enabled)), Qt::Unchecked,
        Qt::CheckStateRole));
    QVERIFY(!tray.ruleAction(2)->isChecked());
    QVERIFY(tray.ruleAction(1)->isChecked());
    // Moved: the menu order follows.
    QVERIFY(window.ruleModel()->moveRule(0, 1));
    QVERIFY(ruleActionTexts(tray.menu()).at(1).startsWith(QLatin1String("web:")));
    // Removed: its action goes.
    QVERIFY(window.ruleModel()->removeRows(window.ruleModel()->rowForId(newId), 1));
    QVERIFY(!tray.ruleAction(newId));
    QCOMPARE(ruleActionTexts(tray.menu()).size(), 2);
    // A new document replaces them all.
    window.document()->reset(Config(), QString(), true);
    QVERIFY(ruleActionTexts(tray.menu()).isEmpty());
    QVERIFY(noRules->isVisible());
}

void TestTrayController::refusedEnableKeepsCheckMark() {
    // Two rules on the same port: the table refuses to enable the second, so must the tray.
    MainWindow window(nullptr);
    TrayController tray(window.document(), window.ruleModel());
    QSignalSpy notices(&tray, &TrayController::notified);
    Config config;
    config.rules = {makeRule(1, 8001, 9001), makeRule(2, 8001, 9002)};
    config.rules[1].enabled = false;
    window.document()->reset(config, QString(), true);
    QAction *second = tray.ruleAction(2);
    QVERIFY(!second->isChecked());
    second->trigger();
    QVERIFY(!second->isChecked());
    QVERIFY(!window.document()->config().ruleById(2)->enabled);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().at(1).toString().contains(QLatin1String("8001")));
}

void TestTrayController::stateAndToolTip() {
    StatsSnapshot snapshot;
    QCOMPARE(TrayController::stateFor(snapshot), TrayController::State::Idle);
    RuleStats listening;
    listening.ruleId = 1;
    listening.state = RuleState::Listening;
    RuleStats disabled;
    disabled.ruleId = 2;
    snapshot.rules = {disabled};
    QCOMPARE(TrayController::stateFor(snapshot), TrayController::State::Idle);
    snapshot.rules = {listening, disabled};
    QCOMPARE(TrayController::stateFor(snapshot), TrayController::State::Relaying);
    RuleStats failed;
    failed.ruleId = 3;
    failed.state = RuleState::Error;
    snapshot.rules = {listening, failed};
    QCOMPARE(TrayController::stateFor(snapshot), TrayController::State::Error);
    for (auto state : {TrayController::State::Idle, TrayController::State::Relaying,
                       TrayController::State::Error})
        QVERIFY(!TrayController::iconFor(state).isNull());

    // Live: the numbers of a real engine reach the tooltip.
    EchoServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = freePort();
    LocalBackend relay;
    MainWindow window(&relay);
    TrayController tray(window.document(), window.ruleModel(), window.status());
    QCOMPARE(tray.state(), TrayController::State::Idle);
    Config config;
    config.rules = {makeRule(1, port, backend.serverPort())};
    load(&window, config);
    QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::State::Relaying, 10000);
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(client.waitForConnected(5000));
    client.write(QByteArray(4096, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(tray.toolTipText().contains(QLatin1String("\n1 active connection")),
                             10000);
    QVERIFY(tray.toolTipText().contains(QLatin1String("\n1 rule(s) listening")));
    QVERIFY(tray.toolTipText().contains(QLatin1String("Throughput: ")));
    QCOMPARE(tray.trayIcon()->toolTip(), tray.toolTipText());
    auto *status = tray.menu()->findChild<QAction *>(QStringLiteral("trayStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("1 listening · 1 connection(s)"));
    client.abort();
    QTRY_VERIFY_WITH_TIMEOUT(tray.toolTipText().contains(QLatin1String("\n0 active connection")),
                             10000);
}

void TestTrayController::bindFailureNotifies() {
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress(QHostAddress::LocalHost), 0));
    LocalBackend relay;
    MainWindow window(&relay);
    TrayController tray(window.document(), window.ruleModel(), window.status());
    QSignalSpy notices(&tray, &TrayController::notified);
    Config config;
    config.rules = {makeRule(1, occupier.serverPort(), 9)};
    config.rules[0].name = QStringLiteral("busy port");
    load(&window, config);
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 10000);
    QCOMPARE(notices.first().at(0).toString(), QStringLiteral("1 rule(s) could not start"));
    QVERIFY(notices.first().at(1).toString().startsWith(QLatin1String("busy port: ")));
    QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::State::Error, 10000);
    // The rule's entry stays checked (it is enabled) and says why it does not relay.
    QTRY_VERIFY_WITH_TIMEOUT(
        tray.ruleAction(1)->text().endsWith(QStringLiteral(" — address already in use")), 10000);
    QVERIFY(tray.ruleAction(1)->isChecked());
    // The same failure is not reported again while it lasts.
    QTest::qWait(600);
    QCOMPARE(notices.size(), 1);
}

void TestTrayController::refusingTargetNotifies() {
    const quint16 deadTarget = freePort(); // nothing listens there
    const quint16 port = freePort();
    const quint16 workingPort = freePort();
    QVERIFY(deadTarget && port && workingPort);
    QVERIFY(deadTarget != port && port != workingPort && deadTarget != workingPort);
    EchoServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    LocalBackend relay;
    MainWindow window(&relay);
    TrayController tray(window.document(), window.ruleModel(), window.status());
    QSignalSpy notices(&tray, &TrayController::notified);
    Config config;
    config.rules = {makeRule(1, port, deadTarget), makeRule(2, workingPort, backend.serverPort())};
    config.rules[0].name = QStringLiteral("dead");
    config.rules[1].name = QStringLiteral("working");
    load(&window, config);
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(port) && acceptsConnections(workingPort), 10000);
    // acceptsConnections() made attempts already; make more, each closed by the relay.
    for (quint64 i = 0; i < TrayController::RefusalsBeforeNotice; ++i) {
        QTcpSocket client;
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(client.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
        // The working rule's target answers: it is never reported.
        QTcpSocket good;
        good.connectToHost(QHostAddress(QHostAddress::LocalHost), workingPort);
        QVERIFY(good.waitForConnected(5000));
        good.write("ping");
        QTRY_COMPARE_WITH_TIMEOUT(good.bytesAvailable(), qint64(4), 10000);
        good.disconnectFromHost();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 10000);
    QCOMPARE(notices.first().at(0).toString(), QStringLiteral("Target not reachable"));
    const QString message = notices.first().at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("dead: the target 127.0.0.1:%1").arg(deadTarget)),
             qPrintable(message));
    // Once reported, the same streak is not reported again at every snapshot.
    QTest::qWait(1500);
    QCOMPARE(notices.size(), 1);
}

void TestTrayController::noTrayClosingQuits() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(AppSettings::Key::CloseToTray, true); // cannot apply without a tray
    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    QSignalSpy quitting(&session, &DesktopSession::quitting);
    session.start({}, false);
    QVERIFY(window.isVisible());
    QVERIFY(!session.trayShown());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QTRY_COMPARE(quitting.size(), 1);
}

void TestTrayController::noTrayStartMinimizedShowsWindow() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(AppSettings::Key::StartMinimized, true);
    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    session.start({}, true); // --minimized
    // Without a tray there would be nothing left to reach the program by.
    QVERIFY(window.isVisible());
}

void TestTrayController::quitAsksWhileConnectionsAreOpen() {
    EchoServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = freePort();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    LocalBackend relay;
    MainWindow window(&relay);
    DesktopSession session(&window, &settings);
    QSignalSpy quitting(&session, &DesktopSession::quitting);
    session.start({}, false);
    Config config;
    config.rules = {makeRule(1, port, backend.serverPort())};
    load(&window, config);
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(port), 10000);
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(session.activeConnections(), quint64(1), 10000);

    auto *quitAction = session.tray()->menu()->findChild<QAction *>(QStringLiteral("trayQuit"));
    QVERIFY(quitAction);
    bool asked = false;
    answerMessageBox(QStringLiteral("quitConfirmation"), QString(), &asked); // Cancel
    quitAction->trigger();
    QVERIFY(asked);
    QCOMPARE(quitting.size(), 0);
    QVERIFY(window.isVisible());

    // File > Quit goes the same way; this time the user confirms.
    auto *fileQuit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(fileQuit);
    asked = false;
    answerMessageBox(QStringLiteral("quitConfirmation"), QStringLiteral("quitButton"), &asked);
    fileQuit->trigger();
    QVERIFY(asked);
    QCOMPARE(quitting.size(), 1);
    QVERIFY(!window.isVisible());
    // The engine shuts down cleanly: the client's connection is closed.
    relay.shutdown();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestTrayController::settingsInTheFileMenu() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    auto *settingsAction = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    auto *quitAction = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(settingsAction && quitAction);
    QMenu *fileMenu = nullptr;
    for (QObject *holder : quitAction->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(holder))
            fileMenu = menu;
    QVERIFY(fileMenu);
    const QList<QAction *> actions = fileMenu->actions();
    const qsizetype at = actions.indexOf(settingsAction);
    QVERIFY(at >= 0);
    QCOMPARE(actions.at(at + 1)->isSeparator(), true);
    QCOMPARE(actions.at(at + 2), quitAction);
    // Both open the settings dialog (closed here again with Cancel).
    for (QAction *action : {settingsAction, session.tray()->menu()->findChild<QAction *>(
                                                QStringLiteral("traySettings"))}) {
        QVERIFY(action);
        bool shown = false;
        std::function<void()> closeDialog = [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QLatin1String("settingsDialog")) {
                QTimer::singleShot(10, qApp, closeDialog);
                return;
            }
            shown = true;
            qobject_cast<QDialog *>(modal)->reject();
        };
        QTimer::singleShot(0, qApp, closeDialog);
        action->trigger();
        QVERIFY(shown);
    }
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
