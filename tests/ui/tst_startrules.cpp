#include "AppSettings.h"
#include "CommentNamesOffer.h"
#include "ConfigLoader.h"
#include "DesktopSession.h"
#include "Document.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ProblemsBanner.h"
#include "ProblemsPanel.h"
#include "RuleTableModel.h"
#include "StartController.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

namespace {
using Key = AppSettings::Key;

// Whether nothing listens on 127.0.0.1:PORT, by binding it with a socket of our own.
bool portIsFree(quint16 port) {
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), port);
}

// Runs ACT on the modal widget named NAME once it is the active one. Scheduled before the call
// that runs the dialog's exec() (KeePassXC's way); polls, since the dialog may open later in the
// call.
void whenModal(QObject *context, const QString &name, std::function<void(QWidget *)> act,
               bool *seen) {
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == name) {
            timer->stop();
            timer->deleteLater();
            *seen = true;
            act(modal);
            return;
        }
        if (++*tries > 1000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void click(QWidget *dialog, const QString &button) {
    auto *b = dialog->findChild<QPushButton *>(button);
    QVERIFY2(b, qPrintable(button));
    QTest::mouseClick(b, Qt::LeftButton);
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const Config &config) {
    const QString path = dir.filePath(name);
    QString error;
    if (!saveConfigFile(config, path, &error))
        qWarning() << error;
    return path;
}

// Watches for any modal widget while it lives: start-up must never wait for an answer.
class ModalWatch : public QObject {
public:
    ModalWatch() {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                m_seen = modal->objectName().isEmpty() ? QStringLiteral("(unnamed)")
                                                       : modal->objectName();
                modal->close(); // the test fails, but does not hang
            }
        });
        m_timer.start(5);
    }
    QString seen() const { return m_seen; }

private:
    QTimer m_timer;
    QString m_seen;
};

} // namespace

class TestStartRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openBindsNothingUntilStart();
    void exposureListNamesWildcardPrivilegedAndInUse();
    void startupStartsTheValidRulesWithoutModal();
    void startupListsWhatItStartedOnce();
    void openedButNotStartedStaysStoppedAtStartup();
    void openWithErrorsCountsAndTakesTheValidPart();
    void leftOutRulesAreNoUnappliedChange();
    void importIsNotAnUnsavedChange();
    void saveOfInvalidTableOffersToFixFirst();
    void quitPromptDefaultIsNotSaveWhenInvalid();
    void importOffersCommentsAsNames();
    void commentNamesOfferedOncePerFile();

private:
    QTemporaryDir m_dir;
};

void TestStartRules::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestStartRules::openBindsNothingUntilStart() {
    EchoServer target;
    QVERIFY(target.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 p1 = freePort();
    const quint16 p2 = freePort();
    QVERIFY(p1 && p2 && p1 != p2);
    Config config;
    config.rules = {makeRule(1, p1, target.serverPort()), makeRule(2, p2, target.serverPort())};
    const QString path = writeJson(m_dir, QStringLiteral("open.json"), config);

    LocalBackend relay;
    MainWindow window(&relay);
    QSignalSpy applied(&relay, &RelayBackend::applied);
    QVERIFY(window.openFile(path));
    // Whatever opening handed to the engine has taken effect before the ports are looked at.
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() >= 1, 10000);
    QVERIFY(window.document()->isStopped());
    QVERIFY(portIsFree(p1));
    QVERIFY(portIsFree(p2));
    QCOMPARE(window.ruleModel()->index(0, int(RuleTableModel::Column::State)).data().toString(),
             QStringLiteral("stopped"));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("startBanner"));
    QVERIFY(banner && !banner->isHidden());
    QAction *start = window.findChild<QAction *>(QStringLiteral("actionStart"));
    QVERIFY(start && start->isEnabled());
    // "rule(s)" without the English plural translation loaded.
    QVERIFY2(start->text().startsWith(QLatin1String("&Start 2 rule")), qPrintable(start->text()));

    // Cancelled: still nothing binds.
    bool seen = false;
    whenModal(
        this, QStringLiteral("startRulesDialog"),
        [](QWidget *dialog) { click(dialog, QStringLiteral("cancelStart")); }, &seen);
    QVERIFY(!window.starter()->start());
    QVERIFY(seen);
    QVERIFY(window.document()->isStopped());
    QVERIFY(portIsFree(p1));

    seen = false;
    whenModal(
        this, QStringLiteral("startRulesDialog"),
        [](QWidget *dialog) { click(dialog, QStringLiteral("startRulesButton")); }, &seen);
    start->trigger();
    QVERIFY(seen);
    QVERIFY(!window.document()->isStopped());
    QVERIFY(!window.document()->isUnapplied());
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(p1) && acceptsConnections(p2), 10000);
    QVERIFY(banner->isHidden());

    // Stop closes the listeners again; the rules stay in the table.
    window.findChild<QAction *>(QStringLiteral("actionStop"))->trigger();
    QVERIFY(window.document()->isStopped());
    QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(p1) && !acceptsConnections(p2), 10000);
    QCOMPARE(window.document()->config().rules.size(), 2);
    relay.shutdown();
}

void TestStartRules::exposureListNamesWildcardPrivilegedAndInUse() {
    QTcpServer other; // another program on this host holds this port
    QVERIFY(other.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 wildcardPort = freePort();
    QVERIFY(wildcardPort);
    Config config;
    config.rules = {makeRule(1, wildcardPort, 9), makeRule(2, 81, 9),
                    makeRule(3, other.serverPort(), 9), makeRule(4, freePort(), 9)};
    config.rules[0].bindHost = QStringLiteral("0.0.0.0");
    const QString path = writeJson(m_dir, QStringLiteral("exposure.json"), config);

    LocalBackend relay;
    MainWindow window(&relay);
    QVERIFY(window.openFile(path));
    QHash<QString, QStringList> kinds; // rule title -> kinds
    QString summary;
    bool seen = false;
    whenModal(
        this, QStringLiteral("startRulesDialog"),
        [&](QWidget *dialog) {
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("exposureList"));
            for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = list->topLevelItem(i);
                kinds.insert(item->text(0), item->data(2, Qt::UserRole).toStringList());
            }
            summary = dialog->findChild<QLabel *>(QStringLiteral("exposureSummary"))->text();
            click(dialog, QStringLiteral("cancelStart"));
        },
        &seen);
    QVERIFY(!window.starter()->start());
    QVERIFY(seen);
    QCOMPARE(kinds.size(), 4);
    QCOMPARE(kinds.value(QStringLiteral("rule 1")), QStringList{QStringLiteral("wildcard")});
    QCOMPARE(kinds.value(QStringLiteral("rule 2")), QStringList{QStringLiteral("privileged")});
    QCOMPARE(kinds.value(QStringLiteral("rule 3")), QStringList{QStringLiteral("in-use")});
    QVERIFY(kinds.value(QStringLiteral("rule 4")).isEmpty());
    QVERIFY2(summary.contains(QLatin1String("binds 4 rule")), qPrintable(summary));
    // Cancelled: nothing bound, not even for a moment to find out.
    QVERIFY(window.document()->isStopped());
    QVERIFY(portIsFree(wildcardPort));
    relay.shutdown();
}

void TestStartRules::startupStartsTheValidRulesWithoutModal() {
    EchoServer target;
    QVERIFY(target.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QVector<quint16> ports;
    for (int i = 0; i < 4; ++i)
        ports.append(freePort());
    Config config;
    for (int i = 0; i < 4; ++i)
        config.rules.append(makeRule(i + 1, ports.at(i), target.serverPort()));
    // One broken rule: a port typed into the address column.
    config.rules[2].connectHost = QStringLiteral("18081");
    const QString path = writeJson(m_dir, QStringLiteral("last.json"), config);
    AppSettings settings(m_dir.filePath(QStringLiteral("startup.ini")));
    settings.setValue(Key::LastFile, path);
    settings.setValue(Key::LastFileStarted, true);

    LocalBackend relay;
    MainWindow window(&relay);
    DesktopSession session(&window, &settings);
    ModalWatch watch;
    session.start({}, false);
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(ports.at(0)) && acceptsConnections(ports.at(1)) &&
                                 acceptsConnections(ports.at(3)),
                             10000);
    QVERIFY2(watch.seen().isEmpty(), qPrintable(watch.seen()));
    QVERIFY(!acceptsConnections(ports.at(2)));
    // The document keeps its name and all four rules; the broken one is marked, not lost.
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY(!window.document()->isModified());
    QCOMPARE(window.document()->config().rules.size(), 4);
    QCOMPARE(window.document()->appliedConfig().rules.size(), 3);
    QVERIFY(window.windowTitle().startsWith(QLatin1String("last.json")));
    // What runs is the document but for the rule that could not run: nothing waits for Apply.
    QVERIFY(!window.document()->isUnapplied());
    auto *state = window.findChild<QLabel *>(QStringLiteral("documentState"));
    QVERIFY(state);
    QVERIFY2(!state->text().contains(QLatin1String("not applied")), qPrintable(state->text()));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionApply"))->isEnabled());

    auto *banner = window.findChild<ProblemsBanner *>(QStringLiteral("problemsBanner"));
    QVERIFY(banner && !banner->isHidden());
    QVERIFY2(banner->text().contains(QLatin1String("1 of 4 rule")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("3 valid rule")), qPrintable(banner->text()));
    auto *panel = window.findChild<ProblemsPanel *>(QStringLiteral("problemsPanel"));
    QVERIFY(panel);
    QCOMPARE(panel->errorCount(), 1);
    auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("problemsList"));
    QVERIFY(list->topLevelItem(0)->text(2).contains(QLatin1String("18081")));
    banner->findChild<QPushButton *>(QStringLiteral("showProblemsButton"))->click();
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->currentWidget(), panel);

    // Taking the valid part leaves exactly the three valid rules, under the same file name.
    banner->findChild<QPushButton *>(QStringLiteral("takeValidPartButton"))->click();
    QCOMPARE(window.document()->config().rules.size(), 3);
    for (const Rule &rule : window.document()->config().rules)
        QVERIFY(rule.id != 3);
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY(window.document()->isModified()); // Save would write the file without it
    QVERIFY(!window.document()->isUnapplied());
    QVERIFY(banner->isHidden());
    QVERIFY2(watch.seen().isEmpty(), qPrintable(watch.seen()));
    window.document()->reset(Config(), QString(), true);
    relay.shutdown();
}

void TestStartRules::startupListsWhatItStartedOnce() {
    EchoServer target;
    QVERIFY(target.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = freePort();
    Config config;
    config.rules = {makeRule(1, port, target.serverPort())};
    const QString path = writeJson(m_dir, QStringLiteral("once.json"), config);
    const QString ini = m_dir.filePath(QStringLiteral("once.ini"));
    {
        AppSettings settings(ini);
        // As left by a version that started every reopened document.
        settings.setValue(Key::LastFile, path);
    }
    for (int run = 0; run < 2; ++run) {
        AppSettings settings(ini);
        LocalBackend relay;
        MainWindow window(&relay);
        DesktopSession session(&window, &settings);
        ModalWatch watch;
        session.start({}, false);
        QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(port), 10000);
        QVERIFY2(watch.seen().isEmpty(), qPrintable(watch.seen()));
        QWidget *listed = window.findChild<QWidget *>(QStringLiteral("startedRulesDialog"));
        if (run == 0) {
            QVERIFY(listed && listed->isVisible() && !listed->isModal());
            auto *list = listed->findChild<QTreeWidget *>(QStringLiteral("exposureList"));
            QCOMPARE(list->topLevelItemCount(), 1);
            // Stop from the list: the rules close, and the next start-up leaves them stopped.
            click(listed, QStringLiteral("stopRulesButton"));
            QVERIFY(window.document()->isStopped());
            QTRY_VERIFY_WITH_TIMEOUT(!acceptsConnections(port), 10000);
            session.saveState();
            QVERIFY(!settings.lastFileStarted());
            // Started again by hand before quitting: the next start-up starts it.
            settings.setValue(Key::LastFileStarted, true);
        } else {
            QVERIFY(!listed || !listed->isVisible()); // seen once already
        }
        window.document()->reset(Config(), QString(), true);
        relay.shutdown();
    }
}

void TestStartRules::openedButNotStartedStaysStoppedAtStartup() {
    EchoServer target;
    QVERIFY(target.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = freePort();
    Config config;
    config.rules = {makeRule(1, port, target.serverPort())};
    const QString path = writeJson(m_dir, QStringLiteral("looked-at.json"), config);
    const QString ini = m_dir.filePath(QStringLiteral("looked.ini"));
    {
        AppSettings settings(ini);
        MainWindow window(nullptr);
        DesktopSession session(&window, &settings);
        session.start({}, false);
        QVERIFY(window.openFile(path)); // opened to look at, never started
        session.saveState();
        QCOMPARE(settings.lastFile(), path);
        QVERIFY(!settings.lastFileStarted());
    }
    AppSettings settings(ini);
    LocalBackend relay;
    MainWindow window(&relay);
    QSignalSpy applied(&relay, &RelayBackend::applied);
    DesktopSession session(&window, &settings);
    session.start({}, false);
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY(window.document()->isStopped());
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() >= 1, 10000);
    QVERIFY(portIsFree(port));
    relay.shutdown();
}

void TestStartRules::openWithErrorsCountsAndTakesTheValidPart() {
    Config config;
    for (int i = 0; i < 4; ++i)
        config.rules.append(makeRule(i + 1, quint16(21001 + i), 9));
    config.rules[1].connectHost = QStringLiteral("18081");
    const QString path = writeJson(m_dir, QStringLiteral("four.json"), config);
    MainWindow window(nullptr);
    QString summary;
    bool seen = false;
    whenModal(
        this, QStringLiteral("importDiagnosticsDialog"),
        [&](QWidget *dialog) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            click(dialog, QStringLiteral("importValidPart"));
        },
        &seen);
    QVERIFY(window.openFile(path));
    QVERIFY(seen);
    QVERIFY2(summary.contains(QLatin1String("holds 3 rule")), qPrintable(summary));
    QCOMPARE(window.document()->config().rules.size(), 3);
    for (const Rule &rule : window.document()->config().rules)
        QVERIFY(rule.id != 2);
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY(window.windowTitle().startsWith(QLatin1String("four.json")));
    QCOMPARE(window.starter()->startableCount(), 3);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionStart"))->isEnabled());
}

void TestStartRules::leftOutRulesAreNoUnappliedChange() {
    Config config;
    for (int i = 0; i < 3; ++i)
        config.rules.append(makeRule(i + 1, quint16(21101 + i), 9));
    Document document;
    document.reset(config, QString(), true);
    document.markAppliedExcept({2});
    QCOMPARE(document.appliedConfig().rules.size(), 2);
    QVERIFY(!document.appliedRule(2));
    QVERIFY(!document.isUnapplied());
    // The enable toggle is no edit, of a left-out rule neither.
    document.setRuleEnabled(1, false);
    QVERIFY(!document.isUnapplied());
    // Editing the left-out rule (fixing it) is a change for Apply to start.
    Rule fixed = document.config().rules.at(1);
    fixed.connectPort = QStringLiteral("10");
    document.replaceRule(1, fixed);
    QVERIFY(document.isUnapplied());
    // Revert drops the edit but keeps the rule, where it was, as it was left out.
    document.revertToApplied();
    QCOMPARE(document.config().rules.size(), 3);
    QCOMPARE(document.config().rules.at(1).id, 2);
    QCOMPARE(document.config().rules.at(1).connectPort, QStringLiteral("9"));
    QVERIFY(!document.isUnapplied());
    // An edit of a running rule is a change as ever; a full apply forgets what was left out.
    Rule edited = document.config().rules.at(0);
    edited.connectPort = QStringLiteral("11");
    document.replaceRule(0, edited);
    QVERIFY(document.isUnapplied());
    document.markApplied();
    QVERIFY(!document.isUnapplied());
    QCOMPARE(document.appliedConfig().rules.size(), 3);
}

void TestStartRules::importIsNotAnUnsavedChange() {
    const QString conf = m_dir.filePath(QStringLiteral("rinetd.conf"));
    {
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# services\n0.0.0.0 21080 127.0.0.1 8080\nlogfile /var/log/rinetd.log\n");
    }
    Config other;
    other.rules = {makeRule(1, 21090, 9)};
    const QString json = writeJson(m_dir, QStringLiteral("other.json"), other);
    AppSettings settings(m_dir.filePath(QStringLiteral("import.ini")));
    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    session.start({}, false);
    ModalWatch watch;
    QVERIFY(window.openFile(conf));
    QVERIFY(!window.document()->isModified());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith(QLatin1String("rinetd.conf")));
    // Opening another document and quitting ask nothing: nothing was edited.
    QVERIFY(window.openFile(json));
    QVERIFY(window.openFile(conf));
    QVERIFY(session.quit());
    QVERIFY2(watch.seen().isEmpty(), qPrintable(watch.seen()));
}

void TestStartRules::saveOfInvalidTableOffersToFixFirst() {
    Config config;
    config.rules = {makeRule(1, 21101, 9), makeRule(2, 21102, 9)};
    const QString path = writeJson(m_dir, QStringLiteral("save.json"), config);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    MainWindow window(nullptr);
    QVERIFY(window.openFile(path));
    RuleTableModel *model = window.ruleModel();
    QVERIFY(model->setData(model->index(1, int(RuleTableModel::Column::ConnectHost)),
                           QStringLiteral("18081")));
    QVERIFY(window.document()->isModified());
    QAction *save = window.findChild<QAction *>(QStringLiteral("actionSave"));

    QString defaultButton;
    bool seen = false;
    whenModal(
        this, QStringLiteral("saveWithErrorsQuestion"),
        [&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            defaultButton =
                box && box->defaultButton() ? box->defaultButton()->objectName() : QString();
            click(modal, QStringLiteral("fixFirstButton"));
        },
        &seen);
    save->trigger();
    QVERIFY(seen);
    QCOMPARE(defaultButton, QStringLiteral("fixFirstButton"));
    QVERIFY(window.document()->isModified());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QCOMPARE(window.selectedRuleId(), 2); // the rule to fix is selected

    seen = false;
    whenModal(
        this, QStringLiteral("saveWithErrorsQuestion"),
        [&](QWidget *modal) { click(modal, QStringLiteral("saveAnywayButton")); }, &seen);
    save->trigger();
    QVERIFY(seen);
    QVERIFY(!window.document()->isModified());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("18081"));
}

void TestStartRules::quitPromptDefaultIsNotSaveWhenInvalid() {
    Config config;
    config.rules = {makeRule(1, 21201, 9)};
    const QString path = writeJson(m_dir, QStringLiteral("quit.json"), config);
    MainWindow window(nullptr);
    QVERIFY(window.openFile(path));
    RuleTableModel *model = window.ruleModel();
    auto askedDefault = [&]() {
        int answer = -1;
        bool seen = false;
        whenModal(
            this, QStringLiteral("unsavedChangesQuestion"),
            [&](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                answer = box->standardButton(box->defaultButton());
                box->button(QMessageBox::Cancel)->click();
            },
            &seen);
        window.show();
        const bool closed = window.close();
        return seen && !closed ? answer : -1;
    };
    // A valid edit: Save is the default.
    QVERIFY(model->setData(model->index(0, int(RuleTableModel::Column::ConnectPort)),
                           QStringLiteral("10")));
    QCOMPARE(askedDefault(), int(QMessageBox::Save));
    // An edit that leaves an error: not Save.
    QVERIFY(model->setData(model->index(0, int(RuleTableModel::Column::ConnectHost)),
                           QStringLiteral("18081")));
    QCOMPARE(askedDefault(), int(QMessageBox::Cancel));
    window.document()->reset(Config(), QString(), true);
}

void TestStartRules::importOffersCommentsAsNames() {
    const QString conf = m_dir.filePath(QStringLiteral("named.conf"));
    {
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# web server\n127.0.0.1 21401 127.0.0.1 8080\n"
                   "#0.0.0.0 80 127.0.0.1 8080\n127.0.0.1 21402 127.0.0.1 8081\n");
    }
    MainWindow window(nullptr);
    {
        ModalWatch watch; // opening asks nothing about names
        QVERIFY(window.openFile(conf));
        QVERIFY2(watch.seen().isEmpty(), qPrintable(watch.seen()));
    }
    QVERIFY(window.document()->config().rules.at(0).name.isEmpty());
    auto *offer = window.findChild<QWidget *>(QStringLiteral("commentNamesOffer"));
    QVERIFY(offer && !offer->isHidden());

    QStringList checked;
    int rows = 0;
    bool seen = false;
    whenModal(
        this, QStringLiteral("commentNamesDialog"),
        [&](QWidget *dialog) {
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("commentNamesList"));
            rows = list->topLevelItemCount();
            for (int i = 0; i < rows; ++i) {
                if (list->topLevelItem(i)->checkState(0) == Qt::Checked)
                    checked.append(list->topLevelItem(i)->text(0));
            }
            click(dialog, QStringLiteral("useCommentNames"));
        },
        &seen);
    offer->findChild<QPushButton *>(QStringLiteral("previewCommentNames"))->click();
    QVERIFY(seen);
    QCOMPARE(rows, 2);
    QCOMPARE(checked, QStringList{QStringLiteral("web server")});
    QCOMPARE(window.document()->config().rules.at(0).name, QStringLiteral("web server"));
    QVERIFY(window.document()->config().rules.at(1).name.isEmpty());
    QVERIFY(offer->isHidden()); // offered once
    QVERIFY(window.document()->isModified());
}

void TestStartRules::commentNamesOfferedOncePerFile() {
    const QString first = m_dir.filePath(QStringLiteral("answered.conf"));
    const QString second = m_dir.filePath(QStringLiteral("other.conf"));
    for (const QString &path : {first, second}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# web server\n127.0.0.1 21411 127.0.0.1 8080\n");
    }
    const QString ini = m_dir.filePath(QStringLiteral("names.ini"));
    {
        MainWindow window(nullptr);
        window.commentNamesOffer()->setSettings(AppSettings(ini));
        auto *offer = window.findChild<QWidget *>(QStringLiteral("commentNamesOffer"));
        QVERIFY(window.openFile(first));
        QVERIFY(!offer->isHidden());
        // Reopening without an answer offers again.
        QVERIFY(window.openFile(first));
        QVERIFY(!offer->isHidden());
        // "Keep the rules unnamed" is an answer for this file.
        offer->findChild<QToolButton *>(QStringLiteral("closeCommentNamesOffer"))->click();
        QVERIFY(offer->isHidden());
        QVERIFY(window.openFile(first));
        QVERIFY(offer->isHidden());
        // Another file is asked about.
        QVERIFY(window.openFile(second));
        QVERIFY(!offer->isHidden());
    }
    // Remembered across windows (and runs): the answer is in the settings.
    MainWindow window(nullptr);
    window.commentNamesOffer()->setSettings(AppSettings(ini));
    auto *offer = window.findChild<QWidget *>(QStringLiteral("commentNamesOffer"));
    QVERIFY(window.openFile(first));
    QVERIFY(offer->isHidden());
    QVERIFY(window.openFile(second));
    QVERIFY(!offer->isHidden());
}

QTEST_MAIN(TestStartRules)
#include "tst_startrules.moc"
