#include "AppSettings.h"
#include "Config.h"
#include "ConfigLoader.h"
#include "DesktopSession.h"
#include "Document.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
// Clicks BUTTON (Discard or Cancel) of the next modal message box with OBJECTNAME once shown.
void answerMessageBox(const QString &objectName, QMessageBox::StandardButton button, bool *seen) {
    QTimer::singleShot(0, qApp, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName) {
            answerMessageBox(objectName, button, seen);
            return;
        }
        *seen = true;
        box->button(button)->click();
    });
}

// Connects CLIENT to the instance listening at PATH, as a second instance would, but without
// blocking this thread's event loop, and sends REQUEST.
bool sendRequest(QLocalSocket &client, const QString &path, const QByteArray &request) {
    client.connectToServer(path);
    if (!client.waitForConnected(5000))
        return false;
    client.write(request);
    return true;
}

// A portrelay GUI process with a private home, runtime and config directory, so it meets only
// the other processes of the same test.
class Instance {
public:
    // Makes ROOT's runtime directory, private as XDG_RUNTIME_DIR must be.
    static bool prepareRoot(const QTemporaryDir &root) {
        return QDir(root.path()).mkpath(QStringLiteral("run")) &&
               QFile::setPermissions(root.filePath(QStringLiteral("run")),
                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
    }
    explicit Instance(const QString &root) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), root);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(root);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_log += QString::fromUtf8(m_process.readAllStandardError()); });
    }
    ~Instance() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(10000);
            }
        }
    }
    void start(const QStringList &args) { m_process.start(QStringLiteral(PORTRELAY_BINARY), args); }
    QProcess &process() { return m_process; }
    QString log() {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }

private:
    QProcess m_process;
    QString m_log;
};
} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noRunningInstance();
    void staleSocketIsReplaced();
    void secondListenerLosesToALiveOne();
    void requestOverTheSocket();
    void malformedRequestIsIgnored();
    void handOverKeepsUnsavedChangesUnlessDiscarded();
    void handOverBetweenProcesses();
    void privateDirectoryIsCheckedBeforeUse();
    void withoutRuntimeDirNoSharedSocketName();
    void sigtermDuringStartupDialogQuits();
};

void TestSingleInstance::noRunningInstance() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SingleInstance instance(dir.filePath(QStringLiteral("s.socket")));
    QVERIFY(!instance.sendToRunning({QStringLiteral("x.json")}, 2000));
    QVERIFY(instance.listen());
    QVERIFY(instance.isListening());
}

void TestSingleInstance::staleSocketIsReplaced() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.socket"));
    {
        // A crashed instance leaves its socket file behind.
        SingleInstance crashed(path);
        QVERIFY(crashed.listen());
    }
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly)); // whatever is there, nobody answers on it
    stale.close();
    SingleInstance next(path);
    QVERIFY(!next.sendToRunning({}, 2000));
    QVERIFY(next.listen());
}

void TestSingleInstance::secondListenerLosesToALiveOne() {
    // Two instances started at the same moment: neither found the other, both try to listen.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.socket"));
    SingleInstance first(path);
    QVERIFY(first.listen());
    SingleInstance second(path);
    QVERIFY(!second.listen()); // the live socket is not taken away
    QVERIFY(first.isListening());
    QSignalSpy spy(&first, &SingleInstance::activationRequested);
    QLocalSocket client;
    QVERIFY(sendRequest(client, path, "{\"files\":[]}\n"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
}

void TestSingleInstance::requestOverTheSocket() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.socket"));
    SingleInstance first(path);
    QVERIFY(first.listen());
    QSignalSpy spy(&first, &SingleInstance::activationRequested);
    QLocalSocket client;
    QVERIFY(sendRequest(client, path,
                        R"({"files":["/tmp/a.json","/tmp/b b.json"]})"
                        "\n"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    QCOMPARE(spy.first().first().toStringList(),
             QStringList({QStringLiteral("/tmp/a.json"), QStringLiteral("/tmp/b b.json")}));
    QTRY_VERIFY_WITH_TIMEOUT(
        client.bytesAvailable() > 0 || client.state() == QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(client.readAll(), QByteArray("ok\n"));

    // No files: "show yourself".
    QLocalSocket again;
    QVERIFY(sendRequest(again, path, "{\"files\":[]}\n"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
    QVERIFY(spy.at(1).first().toStringList().isEmpty());

    // A minimised start (autostart) only asks whether an instance runs: answered, nothing shown.
    QLocalSocket quiet;
    QVERIFY(sendRequest(quiet, path, "{\"files\":[],\"raise\":false}\n"));
    QTRY_VERIFY_WITH_TIMEOUT(quiet.bytesAvailable() > 0, 10000);
    QCOMPARE(quiet.readAll(), QByteArray("ok\n"));
    QTest::qWait(200); // an activation would have been posted before the answer
    QCOMPARE(spy.size(), 2);
}

void TestSingleInstance::malformedRequestIsIgnored() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.socket"));
    SingleInstance first(path);
    QVERIFY(first.listen());
    QSignalSpy spy(&first, &SingleInstance::activationRequested);
    QLocalSocket client;
    QVERIFY(sendRequest(client, path, "this is not json\n"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(spy.size(), 0);
}

void TestSingleInstance::handOverKeepsUnsavedChangesUnlessDiscarded() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("other.json"));
    Config other;
    Rule rule = makeRule(1, 8001, 8002);
    rule.name = QStringLiteral("from the other file");
    rule.enabled = false;
    other.rules = {rule};
    QString error;
    QVERIFY2(saveConfigFile(other, file, &error), qPrintable(error));

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    session.start({}, false);
    window.addRule(); // an unsaved edit
    QVERIFY(window.document()->isModified());
    const Config edited = window.document()->config();

    bool asked = false;
    answerMessageBox(QStringLiteral("activationDiscardQuestion"), QMessageBox::Cancel, &asked);
    session.activate({file});
    QVERIFY(asked);
    QVERIFY(window.document()->config() == edited); // nothing lost
    QVERIFY(window.document()->filePath().isEmpty());

    asked = false;
    answerMessageBox(QStringLiteral("activationDiscardQuestion"), QMessageBox::Discard, &asked);
    session.activate({file});
    QVERIFY(asked);
    QCOMPARE(window.document()->filePath(), file);
    QCOMPARE(window.document()->config().rules.size(), 1);
    QCOMPARE(window.document()->config().rules.first().name, QStringLiteral("from the other file"));
}

void TestSingleInstance::handOverBetweenProcesses() {
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(Instance::prepareRoot(root));
    // The file handed over holds a rule; the first instance shows it took FILE in its title, and
    // opens it stopped: nothing binds until the user starts it.
    QTcpServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = freePort();
    QVERIFY(port);
    Config config;
    Rule rule = makeRule(1, port, backend.serverPort());
    rule.name = QStringLiteral("handed over");
    config.rules = {rule};
    QString error;
    QVERIFY2(saveConfigFile(config, root.filePath(QStringLiteral("handed.json")), &error),
             qPrintable(error));

    Instance first(root.path());
    first.start({});
    QVERIFY(first.process().waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(QLatin1String("started:")), 30000);
    QVERIFY2(first.log().contains(QLatin1String("no system tray - window shown")),
             qPrintable(first.log()));
    QVERIFY(!acceptsConnections(port));

    // The second start, with a path relative to its own working directory.
    Instance second(root.path());
    second.start({QStringLiteral("handed.json")});
    QVERIFY(second.process().waitForFinished(30000));
    QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.process().exitCode(), 0);
    QVERIFY2(second.log().contains(QLatin1String("handed over to the running instance")),
             qPrintable(second.log()));
    QVERIFY(!second.log().contains(QLatin1String("started:"))); // it never made a window

    const QString expected =
        QStringLiteral("opened on request %1 - window title: handed.json")
            .arg(QDir(root.path()).absoluteFilePath(QStringLiteral("handed.json")));
    QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(expected), 30000);
    QVERIFY(!acceptsConnections(port));

    // Without a file: the first is asked to show itself, the second exits all the same.
    Instance third(root.path());
    third.start({});
    QVERIFY(third.process().waitForFinished(30000));
    QCOMPARE(third.process().exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        first.log().contains(QLatin1String("activation requested with 0 file(s)")), 30000);
    QCOMPARE(first.process().state(), QProcess::Running);

    // Started minimised (as autostart does) while one runs: it leaves the running one alone.
    Instance fourth(root.path());
    fourth.start({QStringLiteral("--minimized")});
    QVERIFY(fourth.process().waitForFinished(30000));
    QCOMPARE(fourth.process().exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        first.log().contains(QLatin1String("another start found this instance running")), 30000);
    QCOMPARE(first.log().count(QLatin1String("activation requested")), 2); // second and third

    // SIGTERM (as at logout) ends it cleanly: the engine is stopped.
    first.process().terminate();
    QVERIFY(first.process().waitForFinished(30000));
    QCOMPARE(first.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.process().exitCode(), 0);
    QVERIFY2(first.log().contains(QLatin1String("engine stopped")), qPrintable(first.log()));
    QVERIFY(!acceptsConnections(port));
}

void TestSingleInstance::privateDirectoryIsCheckedBeforeUse() {
    QTemporaryDir base;
    QVERIFY(base.isValid());
    QString error;
    // Made when missing: 0700, ours.
    const QString fresh = base.filePath(QStringLiteral("fresh"));
    QCOMPARE(SingleInstance::privateDirectory(fresh, &error), fresh);
    struct stat st;
    QVERIFY(::lstat(QFile::encodeName(fresh).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    QCOMPARE(st.st_uid, ::getuid());
    // Someone else's choice of mode: refused, not repaired.
    const QString open = base.filePath(QStringLiteral("open"));
    QVERIFY(::mkdir(QFile::encodeName(open).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(open).constData(), 0755) == 0);
    QVERIFY(SingleInstance::privateDirectory(open, &error).isEmpty());
    QVERIFY2(error.contains(open), qPrintable(error));
    // A link, even to a good directory: refused.
    const QString link = base.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(fresh, link));
    error.clear();
    QVERIFY(SingleInstance::privateDirectory(link, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // A plain file: refused.
    const QString file = base.filePath(QStringLiteral("file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(SingleInstance::privateDirectory(file, &error).isEmpty());
    if (::getuid() == 0) {
        // Another user's 0700 directory (as root: given to nobody).
        const QString foreign = base.filePath(QStringLiteral("foreign"));
        QVERIFY(::mkdir(QFile::encodeName(foreign).constData(), 0700) == 0);
        QVERIFY(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
        QVERIFY(SingleInstance::privateDirectory(foreign, &error).isEmpty());
    }
}

// Without XDG_RUNTIME_DIR (sudo) the socket was $TMPDIR/portrelay-UID.socket once another user
// had taken Qt's runtime directory: predictable and in a shared directory, so that user could
// listen there first and receive the file list. Now it lives in a directory of our own, and
// when that one was pre-empted there is no socket at all.
void TestSingleInstance::withoutRuntimeDirNoSharedSocketName() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(::chmod(QFile::encodeName(tmp.path()).constData(), 01777) == 0); // like /tmp
    const QByteArray oldRuntime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qunsetenv("XDG_RUNTIME_DIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const auto restore = qScopeGuard([&] {
        if (oldRuntime.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", oldRuntime);
        if (oldTmp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", oldTmp);
    });
    // What the other user does first: Qt's fallback runtime directory is taken.
    const struct passwd *me = ::getpwuid(::getuid());
    QVERIFY(me);
    const QByteArray qtRuntime =
        QFile::encodeName(tmp.filePath(QStringLiteral("runtime-"))) + me->pw_name;
    QVERIFY(::mkdir(qtRuntime.constData(), 0755) == 0);
    if (::getuid() == 0)
        QVERIFY(::chown(qtRuntime.constData(), 65534, 65534) == 0);

    const QString socket = SingleInstance::defaultSocketPath();
    QVERIFY(!socket.isEmpty());
    QVERIFY2(QFileInfo(socket).absolutePath() != QDir(tmp.path()).absolutePath(),
             qPrintable(socket));
    struct stat st;
    const QByteArray dir = QFile::encodeName(QFileInfo(socket).absolutePath());
    QVERIFY(::lstat(dir.constData(), &st) == 0);
    QVERIFY(S_ISDIR(st.st_mode));
    QCOMPARE(st.st_uid, ::getuid());
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    SingleInstance instance(socket);
    QVERIFY(instance.listen());

    // The other user took our directory's name too: refused, never used.
    if (::getuid() == 0) {
        QVERIFY(QDir(QFile::decodeName(dir)).removeRecursively() || !QFileInfo::exists(socket));
        QVERIFY(::mkdir(dir.constData(), 0777) == 0);
        QVERIFY(::chown(dir.constData(), 65534, 65534) == 0);
        QVERIFY(::chmod(dir.constData(), 0777) == 0);
        QCOMPARE(SingleInstance::defaultSocketPath(), QString());
        SingleInstance none;
        QVERIFY(!none.listen());
        QVERIFY(!none.sendToRunning({}, 1000));
    }
}

// The desktop manager started with a file that has errors shows its problems without a dialog
// (once, a modal dialog before the main event loop lost a SIGTERM); a SIGTERM then quits cleanly.
void TestSingleInstance::sigtermDuringStartupDialogQuits() {
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(Instance::prepareRoot(root));
    const QString broken = root.filePath(QStringLiteral("broken.conf"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0.0.0.0 99999 127.0.0.1 80\n");
    file.close();

    Instance gui(root.path());
    gui.start({broken});
    QVERIFY(gui.process().waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(gui.log().contains(QLatin1String("problems of")) &&
                                 gui.log().contains(QLatin1String("shown:")),
                             30000);
    QVERIFY(::kill(pid_t(gui.process().processId()), SIGTERM) == 0);
    QVERIFY2(gui.process().waitForFinished(30000), qPrintable(gui.log()));
    QCOMPARE(gui.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.process().exitCode(), 0);
    QVERIFY2(gui.log().contains(QLatin1String("- quitting")), qPrintable(gui.log()));
    QVERIFY2(gui.log().contains(QLatin1String("engine stopped")), qPrintable(gui.log()));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
