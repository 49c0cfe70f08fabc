#include "Document.h"
#include "MainWindow.h"
#include "ProgramRun.h"
#include "RelayStatus.h"
#include "RemoteBackend.h"
#include "RuleTableModel.h"
#include "TrayController.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

// The desktop manager attached to a real `portrelay --headless` process through its control
// socket: directly, and through the ssh transport with a stand-in for ssh.
namespace {
using Column = RuleTableModel::Column;
constexpr int kWait = 15000;

bool writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

QByteArray rule(quint16 bindPort, quint16 connectPort) {
    return "127.0.0.1 " + QByteArray::number(bindPort) + " 127.0.0.1 " +
           QByteArray::number(connectPort) + '\n';
}

// One running `portrelay --headless -c CONF --control SOCKET`; its messages go to the test's
// stderr.
class Daemon : public HeadlessRelay {
public:
    Daemon(const QString &conf, const QString &socket)
        : m_conf(conf)
        , m_socket(socket) {
        process().setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    void start() {
        HeadlessRelay::start({QStringLiteral("-c"), m_conf, QStringLiteral("--control"), m_socket});
    }
    // Writes RULES to the config file, starts the daemon on it and waits for its control socket.
    bool startServing(const QByteArray &rules) {
        if (!writeFile(m_conf, rules))
            return false;
        start();
        return waitForSocket();
    }
    bool waitForSocket() {
        return QTest::qWaitFor([this] { return QFile::exists(m_socket) || !isRunning(); }, kWait) &&
               QFile::exists(m_socket);
    }

private:
    QString m_conf;
    QString m_socket;
};

int rowOfPort(RuleTableModel *model, quint16 port) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, RuleTableModel::col(Column::BindPort)).data().toString() ==
            QString::number(port))
            return row;
    return -1;
}

bool toggle(RuleTableModel *model, int row, bool enabled) {
    return model->setData(model->index(row, RuleTableModel::col(Column::Enabled)),
                          enabled ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}
} // namespace

class TestRemoteBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsAndChangesTheDaemonsRules();
    void survivesTheDaemonRestarting();
    void anotherAdminsChangeIsNotOverwritten();
    void sshTransport();
    void readOnlyUserSeesEverythingGreyed();
    void badTargetsAreRejected();

private:
    // A stand-in for ssh: skips ssh's options and the host, and runs the remote command here
    // (with PREFIX before it, e.g. setpriv as another user). Records its arguments.
    QString writeFakeSsh(const QString &prefix = QString());
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EchoServer> m_echo;
};

void TestRemoteBackend::initTestCase() {
    QVERIFY2(QFile::exists(QStringLiteral(PORTRELAY_BINARY)), PORTRELAY_BINARY);
}

void TestRemoteBackend::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_echo = std::make_unique<EchoServer>();
    QVERIFY(m_echo->listen(QHostAddress(QHostAddress::LocalHost), 0));
}

void TestRemoteBackend::cleanup() {
    qunsetenv("PORTRELAY_SSH");
    m_echo.reset();
    m_dir.reset();
}

QString TestRemoteBackend::writeFakeSsh(const QString &prefix) {
    const QString script = path("fake-ssh");
    const QByteArray text =
        "#!/bin/sh\n"
        "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/ssh-args\"\n"
        "while [ $# -gt 1 ]; do\n"
        "  case \"$1\" in -p) shift 2 ;; -*) shift ;; *) shift; break ;; esac\n"
        "done\n"
        "# What is left is the remote command line, one word: \"portrelay ctl ... --stdio\".\n"
        "set -- $1\n"
        "shift\n"
        "exec " +
        prefix.toLocal8Bit() + " '" PORTRELAY_BINARY "' \"$@\"\n";
    if (!writeFile(script, text))
        return QString();
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadOther | QFile::ExeOther);
    return script;
}

void TestRemoteBackend::showsAndChangesTheDaemonsRules() {
    const quint16 p1 = freePort();
    const quint16 p2 = freePort();
    const quint16 p3 = freePort();
    QVERIFY(p1 && p2 && p3 && p1 != p2 && p2 != p3 && p1 != p3);
    const QString conf = path("rinetd.conf");
    Daemon daemon(conf, path("control.sock"));
    QVERIFY(daemon.startServing(rule(p1, m_echo->serverPort()) + rule(p2, m_echo->serverPort())));
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1) && acceptsConnections(p2), kWait);

    RemoteBackend backend(path("control.sock"));
    MainWindow window(&backend);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), RelayBackend::ConnectionState::Connected,
                              kWait);
    RuleTableModel *model = window.ruleModel();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(rowOfPort(model, p1) >= 0 && rowOfPort(model, p2) >= 0);
    QVERIFY(backend.canChange());
    // What is managed is always in sight.
    QCOMPARE(window.windowTitle(), QStringLiteral("PortRelay — system service (%1)").arg(conf));
    auto *where = window.findChild<QLabel *>(QStringLiteral("backendLabel"));
    QVERIFY(where);
    QCOMPARE(where->text(), QStringLiteral("system service (%1)").arg(conf));
    QTRY_COMPARE_WITH_TIMEOUT(window.status()->listeningRules(), 2, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(rowOfPort(model, p1), RuleTableModel::col(Column::State)).data().toString(),
        QStringLiteral("listening"), kWait);

    // The table's check box stops the daemon's listener, and starts it again.
    QVERIFY(toggle(model, rowOfPort(model, p1), false));
    QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(p1), kWait);
    QVERIFY(acceptsConnections(p2));
    QVERIFY(!window.document()->isUnapplied());
    QSignalSpy refusals(&backend, &RelayBackend::changeRefused);
    QVERIFY(toggle(model, rowOfPort(model, p1), true));
    QTRY_VERIFY2_WITH_TIMEOUT(acceptsConnections(p1),
                              qPrintable(refusals.isEmpty() ? QStringLiteral("no refusal")
                                                            : refusals.first().first().toString()),
                              kWait);

    // An edit applied moves the daemon's listener; the document then counts as applied.
    QSignalSpy applied(&backend, &RelayBackend::applied);
    QVERIFY(
        model->setData(model->index(rowOfPort(model, p2), RuleTableModel::col(Column::BindPort)),
                       QString::number(p3)));
    QVERIFY(window.document()->isUnapplied());
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kWait);
    QVERIFY(applied.first().at(1).value<RuleStartErrors>().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p3), kWait);
    QVERIFY(!acceptsConnections(p2));
    QVERIFY(!window.document()->isUnapplied());

    // A rule that cannot start is named, typed, by the apply's result.
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QVERIFY(
        model->setData(model->index(rowOfPort(model, p3), RuleTableModel::col(Column::BindPort)),
                       QString::number(occupier.serverPort())));
    const int busyRow = rowOfPort(model, occupier.serverPort());
    const int busyId = model->ruleIdAt(busyRow);
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, kWait);
    const auto errors = applied.at(1).at(1).value<RuleStartErrors>();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().ruleId, busyId);
    QCOMPARE(errors.first().reason, QStringLiteral("address already in use"));
    // ... and shown where it belongs: that rule's state.
    QTRY_VERIFY2_WITH_TIMEOUT(
        model->index(busyRow, RuleTableModel::col(Column::State))
            .data()
            .toString()
            .contains(QLatin1String("address already in use")),
        qPrintable(model->index(busyRow, RuleTableModel::col(Column::State)).data().toString()),
        kWait);
    backend.shutdown();
}

void TestRemoteBackend::survivesTheDaemonRestarting() {
    const quint16 p1 = freePort();
    QVERIFY(p1);
    const QString conf = path("rinetd.conf");
    Daemon daemon(conf, path("control.sock"));
    QVERIFY(daemon.startServing(rule(p1, m_echo->serverPort())));

    RemoteBackend backend(path("control.sock"));
    backend.setReconnectInterval(200);
    MainWindow window(&backend);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), RelayBackend::ConnectionState::Connected,
                              kWait);
    QCOMPARE(window.ruleModel()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(window.status()->listeningRules(), 1, kWait);

    // An edit not applied yet, then the service goes away.
    RuleTableModel *model = window.ruleModel();
    QVERIFY(model->setData(model->index(0, RuleTableModel::col(Column::Name)),
                           QStringLiteral("kept while away")));
    QVERIFY(window.document()->isUnapplied());
    daemon.stop();
    QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), RelayBackend::ConnectionState::Connecting,
                              kWait);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(&window), kWait);
    QVERIFY2(banner->text().contains(QLatin1String("connection to the service was lost")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("Your changes are kept")));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("PortRelay — system service")),
             qPrintable(window.windowTitle()));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionApply"))->isEnabled());
    QCOMPARE(window.status()->listeningRules(), 0);
    QCOMPARE(window.ruleModel()->rowCount(), 1);
    QCOMPARE(window.document()->config().rules.first().name, QStringLiteral("kept while away"));

    // Back: reconnected by itself, the rules shown again, the edit still there.
    daemon.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), RelayBackend::ConnectionState::Connected,
                              kWait);
    QCOMPARE(window.ruleModel()->rowCount(), 1);
    QCOMPARE(window.document()->config().rules.first().name, QStringLiteral("kept while away"));
    QVERIFY(window.document()->isUnapplied());
    QTRY_COMPARE_WITH_TIMEOUT(window.status()->listeningRules(), 1, kWait);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionApply"))->isEnabled());
    // The restarted daemon runs the same rules (its file): no conflict, the edit applies.
    auto *banner2 = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY2(!banner2->isVisibleTo(&window), qPrintable(banner2->text()));
    QSignalSpy applied(&backend, &RelayBackend::applied);
    QSignalSpy refused(&backend, &RelayBackend::changeRefused);
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kWait);
    QVERIFY(refused.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isUnapplied(), kWait);
    backend.shutdown();
}

void TestRemoteBackend::anotherAdminsChangeIsNotOverwritten() {
    const quint16 p1 = freePort();
    const quint16 p2 = freePort();
    const quint16 p3 = freePort();
    QVERIFY(p1 && p2 && p3 && p1 != p2 && p2 != p3 && p1 != p3);
    const QString conf = path("rinetd.conf");
    Daemon daemon(conf, path("control.sock"));
    QVERIFY(daemon.startServing(rule(p1, m_echo->serverPort())));

    RemoteBackend mine(path("control.sock"));
    MainWindow window(&mine);
    RemoteBackend theirs(path("control.sock"));
    MainWindow other(&theirs);
    mine.start();
    theirs.start();
    QTRY_VERIFY_WITH_TIMEOUT(mine.connectionState() == RelayBackend::ConnectionState::Connected &&
                                 theirs.connectionState() ==
                                     RelayBackend::ConnectionState::Connected,
                             kWait);

    // I edit; meanwhile the other admin applies a change of their own.
    RuleTableModel *model = window.ruleModel();
    QVERIFY(model->setData(model->index(0, RuleTableModel::col(Column::BindPort)),
                           QString::number(p2)));
    RuleTableModel *otherModel = other.ruleModel();
    QVERIFY(otherModel->setData(otherModel->index(0, RuleTableModel::col(Column::BindPort)),
                                QString::number(p3)));
    QVERIFY(other.applyChanges());
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p3), kWait);

    // My window tells, keeps my edit, and my Apply is refused instead of overwriting theirs.
    auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(&window), kWait);
    QVERIFY2(banner->text().contains(QLatin1String("changed (revision")),
             qPrintable(banner->text()));
    QCOMPARE(window.document()->config().rules.first().bindPort, QString::number(p2));
    QSignalSpy refused(&mine, &RelayBackend::changeRefused);
    QSignalSpy applied(&mine, &RelayBackend::applied);
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWait);
    QVERIFY(refused.first().at(1).toBool()); // a conflict
    QVERIFY2(banner->text().startsWith(QLatin1String("Not applied: ")), qPrintable(banner->text()));
    QVERIFY(window.document()->isUnapplied());
    QVERIFY(acceptsConnections(p3));
    QVERIFY(!acceptsConnections(p2));

    // Revert would take theirs (and end the conflict); undone here to keep mine.
    const Config edited = window.document()->config();
    window.document()->revertToApplied();
    QCOMPARE(window.document()->config().rules.first().bindPort, QString::number(p3));
    QVERIFY(!banner->isVisibleTo(&window));
    window.document()->reset(edited, QString(), true);
    QVERIFY(window.document()->isUnapplied());

    // Seen, applied again: now it replaces theirs, and their window follows.
    QVERIFY(window.applyChanges());
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p2), kWait);
    QVERIFY(!window.document()->isUnapplied());
    QVERIFY(!banner->isVisibleTo(&window));
    QTRY_COMPARE_WITH_TIMEOUT(other.document()->config().rules.first().bindPort,
                              QString::number(p2), kWait);
    mine.shutdown();
    theirs.shutdown();
}

void TestRemoteBackend::sshTransport() {
    const quint16 p1 = freePort();
    QVERIFY(p1);
    const QString conf = path("rinetd.conf");
    Daemon daemon(conf, path("control.sock"));
    QVERIFY(daemon.startServing(rule(p1, m_echo->serverPort())));
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1), kWait);

    const QString ssh = writeFakeSsh();
    QVERIFY(!ssh.isEmpty());
    qputenv("PORTRELAY_SSH", QFile::encodeName(ssh));
    const QString target = QStringLiteral("ssh://admin@relay.example:2222") + path("control.sock");
    RemoteBackend backend(target);
    MainWindow window(&backend);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), RelayBackend::ConnectionState::Connected,
                              kWait);
    QCOMPARE(window.ruleModel()->rowCount(), 1);
    QCOMPARE(window.windowTitle(),
             QStringLiteral("PortRelay — service on admin@relay.example (%1)").arg(conf));
    // ssh got the port, the user and host, and one remote command line.
    QFile args(path("ssh-args"));
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QStringList words = QString::fromLocal8Bit(args.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(words.mid(0, 5),
             (QStringList{
                 QStringLiteral("-T"), QStringLiteral("-p"), QStringLiteral("2222"),
                 QStringLiteral("admin@relay.example"),
                 QStringLiteral("portrelay ctl --control %1 --stdio").arg(path("control.sock"))}));

    QTRY_COMPARE_WITH_TIMEOUT(window.status()->listeningRules(), 1, kWait);
    // The connection log comes through the same transport once asked for.
    QSignalSpy events(&backend, &RelayBackend::logEvent);
    backend.setLogEventsWanted(true);
    // Connections until one is logged: the subscription may still be on its way.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (events.isEmpty())
                acceptsConnections(p1);
            return !events.isEmpty();
        }(),
        kWait);
    QCOMPARE(events.first().at(0).value<LogEvent>().bindPort, p1);
    // The tray's entry toggles the service's rule too, and shows its state.
    TrayController tray(window.document(), window.ruleModel(), window.status());
    QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::State::Relaying, kWait);
    QAction *entry = tray.ruleAction(window.ruleModel()->ruleIdAt(0));
    QVERIFY(entry && entry->isChecked());
    entry->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(p1), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(tray.state(), TrayController::State::Idle, kWait);
    entry->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1), kWait);
    backend.shutdown();
}

void TestRemoteBackend::readOnlyUserSeesEverythingGreyed() {
    // The service decides from the caller's uid: root and its own user may change things. The
    // client side (ctl --stdio behind the stand-in ssh) runs as nobody, which may only look.
    if (::geteuid() != 0)
        QSKIP("needs root to run the client as another user (setpriv)");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is missing");
    const QStringList runAs{setpriv, QStringLiteral("--reuid=nobody"),
                            QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")};
    if (QProcess::execute(runAs.first(),
                          runAs.mid(1) + QStringList{QStringLiteral("test"), QStringLiteral("-x"),
                                                     QStringLiteral(PORTRELAY_BINARY)}) != 0)
        QSKIP("nobody cannot run the built binary from where this checkout is");
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ExeOwner | QFile::ReadOther |
                                                     QFile::ExeOther));
    const quint16 p1 = freePort();
    QVERIFY(p1);
    const QString conf = path("rinetd.conf");
    Daemon daemon(conf, path("control.sock"));
    QVERIFY(daemon.startServing(rule(p1, m_echo->serverPort())));
    // Anyone may open this socket; what they may do is the service's decision.
    QVERIFY(QFile::setPermissions(path("control.sock"), QFile::ReadOwner | QFile::WriteOwner |
                                                            QFile::ReadGroup | QFile::WriteGroup |
                                                            QFile::ReadOther | QFile::WriteOther));
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1), kWait);

    const QString ssh = writeFakeSsh(runAs.join(QLatin1Char(' ')));
    QVERIFY(!ssh.isEmpty());
    qputenv("PORTRELAY_SSH", QFile::encodeName(ssh));
    RemoteBackend backend(QStringLiteral("ssh://viewer@localhost") + path("control.sock"));
    MainWindow window(&backend);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), RelayBackend::ConnectionState::Connected,
                              kWait);
    QCOMPARE(window.ruleModel()->rowCount(), 1);
    QVERIFY(!backend.canChange());
    QVERIFY(!backend.hello().permissions.canChange);
    QVERIFY(!backend.readOnlyReason().isEmpty());
    QCOMPARE(backend.readOnlyReason(), backend.hello().permissions.reason);

    // Everything is there, nothing can be changed, and the window says why.
    RuleTableModel *model = window.ruleModel();
    const QModelIndex check = model->index(0, RuleTableModel::col(Column::Enabled));
    QVERIFY(!(model->flags(check) & Qt::ItemIsUserCheckable));
    QVERIFY(!(model->flags(model->index(0, RuleTableModel::col(Column::BindPort))) &
              Qt::ItemIsEditable));
    QVERIFY(model->flags(check) & Qt::ItemIsSelectable);
    for (const char *name :
         {"actionAdd", "actionApply", "actionOpen", "actionImport", "actionSave"})
        QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner && banner->isVisibleTo(&window));
    QCOMPARE(banner->text(), QStringLiteral("Read-only: %1. Everything is shown; nothing can be "
                                            "changed.")
                                 .arg(backend.readOnlyReason()));
    const QString where = window.findChild<QLabel *>(QStringLiteral("backendLabel"))->text();
    QVERIFY2(where.endsWith(QStringLiteral(" — read-only")), qPrintable(where));
    QVERIFY(!toggle(model, 0, false));
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Open connections are listed, and cannot be closed from here.
    window.show(); // a hidden connections list is not kept up to date
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), p1);
    QVERIFY(client.waitForConnected(5000));
    auto *connectionsView = window.findChild<QTableView *>(QStringLiteral("connectionsView"));
    QVERIFY(connectionsView);
    QTRY_COMPARE_WITH_TIMEOUT(connectionsView->model()->rowCount(), 1, kWait);
    connectionsView->selectRow(0);
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("closeConnection"))->isEnabled());

    // The service refuses too, whatever a client sends.
    QSignalSpy refused(&backend, &RelayBackend::changeRefused);
    backend.setRuleEnabled(model->ruleIdAt(0), false);
    QCOMPARE(refused.size(), 1);
    QVERIFY(acceptsConnections(p1));
    QTRY_COMPARE_WITH_TIMEOUT(window.status()->listeningRules(), 1, kWait);
    backend.shutdown();
}

void TestRemoteBackend::badTargetsAreRejected() {
    QString error;
    QVERIFY(RemoteBackend::isValidTarget(QStringLiteral("/run/portrelay/control.sock"), &error));
    QVERIFY(RemoteBackend::isValidTarget(QStringLiteral("ssh://admin@host"), &error));
    QVERIFY(!RemoteBackend::isValidTarget(QStringLiteral("control.sock"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!RemoteBackend::isValidTarget(QStringLiteral("ssh://"), &error));
    QVERIFY(!RemoteBackend::isValidTarget(QString(), &error));

    // Nobody there: the window says so and keeps trying.
    RemoteBackend backend(path("nothing.sock"));
    backend.setReconnectInterval(100);
    MainWindow window(&backend);
    QSignalSpy states(&backend, &RelayBackend::connectionStateChanged);
    backend.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        backend.stateMessage().startsWith(QLatin1String("No PortRelay service at")), kWait);
    QCOMPARE(backend.connectionState(), RelayBackend::ConnectionState::Connecting);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner->isVisibleTo(&window));
    QVERIFY(!backend.canChange());
    backend.shutdown();
    QCOMPARE(backend.connectionState(), RelayBackend::ConnectionState::Disconnected);
}

QTEST_MAIN(TestRemoteBackend)
#include "tst_remotebackend.moc"
