#include "AppSettings.h"
#include "Autostart.h"
#include "ConfigLoader.h"
#include "DesktopSession.h"
#include "Document.h"
#include "EngineGroup.h"
#include "LanguageLoader.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "RemoteBackend.h"
#include "RuleTableModel.h"
#include "SettingsDialog.h"
#include "StartController.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
using Key = AppSettings::Key;

} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyTable();
    void valuesRoundTrip();
    void windowLayoutAndLastFileRestored();
    void lastFileMissingIsSkipped();
    void oldRuleColumnLayoutDoesNotScrambleNewColumns();
    void dialogWritesSettingsAndAutostart();
    void dialogCancelChangesNothing();
    void relayThreadsChosenInDialogRunTheEngine();
    void relayThreadsOfServiceAreNotEdited();
    void serviceWindowShowsServiceThreadsNote();
    void autostartExecQuoting();

private:
    QTemporaryDir m_config;
};

void TestSettings::initTestCase() {
    // QStandardPaths' test mode keeps the user's real settings and autostart folder out of it.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QFile::remove(Autostart::entryPath());
}

void TestSettings::keyTable() {
    QSet<QString> names;
    for (int i = 0; i < int(Key::Count); ++i) {
        const auto key = Key(i);
        QCOMPARE(AppSettings::info(key).key, key);
        const QString name = AppSettings::name(key);
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    // The recent files list is the one RecentFiles keeps.
    QCOMPARE(AppSettings::name(Key::RecentFiles), QLatin1String(RecentFiles::SettingsKey));
    AppSettings settings(m_config.filePath(QStringLiteral("defaults.ini")));
    QCOMPARE(settings.closeToTray(), true);
    QCOMPARE(settings.startMinimized(), false);
    QCOMPARE(settings.reopenLastFile(), true);
    QCOMPARE(settings.autostart(), false);
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestSettings::valuesRoundTrip() {
    const QString file = m_config.filePath(QStringLiteral("roundtrip.ini"));
    {
        AppSettings settings(file);
        settings.setValue(Key::CloseToTray, false);
        settings.setValue(Key::StartMinimized, true);
        settings.setValue(Key::Language, QStringLiteral("de"));
        settings.setValue(Key::RecentFiles, QStringList{QStringLiteral("/a.json")});
        settings.setValue(Key::WindowGeometry, QByteArray("\x01\x02\x00\xff", 4));
        settings.sync();
    }
    // Read back by a new object, from the file (INI brings booleans back as strings).
    AppSettings again(file);
    QCOMPARE(again.closeToTray(), false);
    QCOMPARE(again.startMinimized(), true);
    QCOMPARE(again.language(), QStringLiteral("de"));
    QCOMPARE(again.recentFiles(), QStringList{QStringLiteral("/a.json")});
    QCOMPARE(again.value(Key::WindowGeometry).toByteArray(), QByteArray("\x01\x02\x00\xff", 4));
    QCOMPARE(again.value(Key::CloseToTray).metaType(), QMetaType::fromType<bool>());
    again.remove(Key::CloseToTray);
    QCOMPARE(again.closeToTray(), true);
}

void TestSettings::windowLayoutAndLastFileRestored() {
    QTcpServer backend;
    QVERIFY(backend.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = freePort();
    QVERIFY(port);
    Config config;
    Rule rule;
    rule.id = 1;
    rule.bindHost = QStringLiteral("127.0.0.1");
    rule.bindPort = QString::number(port);
    rule.connectHost = QStringLiteral("127.0.0.1");
    rule.connectPort = QString::number(backend.serverPort());
    Rule disabled = rule;
    disabled.id = 2;
    disabled.enabled = false;
    disabled.bindPort = QString::number(freePort());
    config.rules = {rule, disabled};
    const QString document = m_config.filePath(QStringLiteral("last.json"));
    QString error;
    QVERIFY2(saveConfigFile(config, document, &error), qPrintable(error));

    const QString file = m_config.filePath(QStringLiteral("session.ini"));
    QList<int> splitterSizes;
    int nameWidth = 0;
    {
        AppSettings settings(file);
        LocalBackend relay;
        MainWindow window(&relay);
        DesktopSession session(&window, &settings);
        session.start({document}, false);
        QCOMPARE(window.document()->filePath(), document);
        // A file named on the command line is opened stopped; the user starts it.
        QVERIFY(window.document()->isStopped());
        QVERIFY(!acceptsConnections(port));
        window.starter()->startWithoutAsking();
        QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(port), 10000);
        window.resize(900, 640);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
        QVERIFY(splitter && table);
        splitter->setSizes({400, 150});
        splitterSizes = splitter->sizes();
        table->horizontalHeader()->resizeSection(1, 217);
        nameWidth = table->horizontalHeader()->sectionSize(1);
        table->horizontalHeader()->setSectionHidden(9, true);
        session.saveState();
        window.close();
        relay.shutdown();
    }
    QVERIFY(!acceptsConnections(port));
    AppSettings written(file);
    QCOMPARE(written.lastFile(), document);

    // A new start without a file on the command line: the same layout, the last document, and
    // its enabled rule listening again, since it ran at the last quit (the disabled one stays
    // off).
    QVERIFY(written.lastFileStarted());
    AppSettings settings(file);
    LocalBackend relay;
    MainWindow window(&relay);
    DesktopSession session(&window, &settings);
    session.start({}, false);
    QCOMPARE(window.document()->filePath(), document);
    QCOMPARE(window.size(), QSize(900, 640));
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QCOMPARE(splitter->sizes(), splitterSizes);
    QCOMPARE(table->horizontalHeader()->sectionSize(1), nameWidth);
    QVERIFY(table->horizontalHeader()->isSectionHidden(9));
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(port), 10000);
    QVERIFY(!acceptsConnections(quint16(disabled.bindPort.toUInt())));

    // Not reopened when the user turned it off.
    settings.setValue(Key::ReopenLastFile, false);
    MainWindow other(nullptr);
    DesktopSession otherSession(&other, &settings);
    otherSession.start({}, false);
    QVERIFY(other.document()->filePath().isEmpty());
    QVERIFY(other.document()->config().rules.isEmpty());
}

void TestSettings::lastFileMissingIsSkipped() {
    AppSettings settings(m_config.filePath(QStringLiteral("missing.ini")));
    settings.setValue(Key::LastFile, m_config.filePath(QStringLiteral("gone.json")));
    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    session.start({}, false); // no "could not be read" dialog blocks the start
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.isVisible());
}

void TestSettings::oldRuleColumnLayoutDoesNotScrambleNewColumns() {
    using Column = RuleTableModel::Column;
    // What the manager saved while the rule table had 12 columns, before Timeout and Source
    // were inserted after the target port: State (7) widened, Total (9) hidden.
    const int oldCount = 12;
    QStandardItemModel oldModel(1, oldCount);
    QTableView oldView;
    oldView.setModel(&oldModel);
    oldView.horizontalHeader()->resizeSection(7, 333);
    oldView.horizontalHeader()->setSectionHidden(9, true);
    const QString file = m_config.filePath(QStringLiteral("old-columns.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("window/ruleColumns"), oldView.horizontalHeader()->saveState());
    }

    // The layout a first start gives, for comparison.
    MainWindow fresh(nullptr);
    auto *freshTable = fresh.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(freshTable);

    AppSettings settings(file);
    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    session.start({}, false);
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->count(), int(Column::Count));
    for (int section = 0; section < header->count(); ++section) {
        QVERIFY2(!header->isSectionHidden(section), qPrintable(QString::number(section)));
        QCOMPARE(header->visualIndex(section), section);
        if (section != int(Column::State)) // stretched to the window's width
            QCOMPARE(header->sectionSize(section),
                     freshTable->horizontalHeader()->sectionSize(section));
    }
    QVERIFY(header->sectionSize(int(Column::Timeout)) > 0);
    QVERIFY(header->sectionSize(int(Column::Source)) > 0);

    // A layout saved now is restored, the new columns included.
    header->resizeSection(int(Column::Source), 211);
    header->setSectionHidden(int(Column::Timeout), true);
    session.saveState();
    MainWindow again(nullptr);
    DesktopSession againSession(&again, &settings);
    againSession.start({}, false);
    QHeaderView *againHeader =
        again.findChild<QTableView *>(QStringLiteral("ruleTable"))->horizontalHeader();
    QCOMPARE(againHeader->sectionSize(int(Column::Source)), 211);
    QVERIFY(againHeader->isSectionHidden(int(Column::Timeout)));
    QVERIFY(!againHeader->isSectionHidden(int(Column::State)));
}

void TestSettings::dialogWritesSettingsAndAutostart() {
    AppSettings settings(m_config.filePath(QStringLiteral("dialog.ini")));
    Autostart autostart(QStringLiteral("/usr/bin/portrelay"));
    QVERIFY(!autostart.isEnabled());
    {
        SettingsDialog dialog(&settings, &autostart, false);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("noTrayNote")));
        auto *closeToTray = dialog.findChild<QCheckBox *>(QStringLiteral("closeToTray"));
        auto *minimized = dialog.findChild<QCheckBox *>(QStringLiteral("startMinimized"));
        auto *reopen = dialog.findChild<QCheckBox *>(QStringLiteral("reopenLastFile"));
        auto *login = dialog.findChild<QCheckBox *>(QStringLiteral("autostart"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(closeToTray && minimized && reopen && login && language);
        QVERIFY(closeToTray->isChecked());
        QVERIFY(!login->isChecked());
        closeToTray->setChecked(false);
        minimized->setChecked(true);
        reopen->setChecked(false);
        login->setChecked(true);
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    AppSettings read(m_config.filePath(QStringLiteral("dialog.ini")));
    QCOMPARE(read.closeToTray(), false);
    QCOMPARE(read.startMinimized(), true);
    QCOMPARE(read.reopenLastFile(), false);
    QCOMPARE(read.autostart(), true);
    QCOMPARE(read.language(), QStringLiteral("zh_CN"));
    // OK installed the new language at once (tst_languageswitch checks the windows follow).
    QCOMPARE(LanguageLoader::installedLanguage(), QStringLiteral("zh_CN"));
    LanguageLoader::install(QStringLiteral("C"));
    QVERIFY(autostart.isEnabled());
    QFile entry(Autostart::entryPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    QVERIFY2(text.contains(QLatin1String("\nExec=/usr/bin/portrelay --minimized\n")),
             qPrintable(text));
    QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\n")));
    entry.close();

    // Unchecked again: the entry is removed.
    {
        SettingsDialog dialog(&settings, &autostart, true);
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("noTrayNote")));
        auto *login = dialog.findChild<QCheckBox *>(QStringLiteral("autostart"));
        QVERIFY(login->isChecked());
        login->setChecked(false);
        dialog.accept();
    }
    QVERIFY(!QFile::exists(Autostart::entryPath()));
    QCOMPARE(AppSettings(m_config.filePath(QStringLiteral("dialog.ini"))).autostart(), false);
}

void TestSettings::dialogCancelChangesNothing() {
    AppSettings settings(m_config.filePath(QStringLiteral("cancel.ini")));
    Autostart autostart(QStringLiteral("/usr/bin/portrelay"));
    SettingsDialog dialog(&settings, &autostart, true);
    dialog.findChild<QCheckBox *>(QStringLiteral("closeToTray"))->setChecked(false);
    dialog.findChild<QCheckBox *>(QStringLiteral("autostart"))->setChecked(true);
    dialog.reject();
    QCOMPARE(settings.closeToTray(), true);
    QVERIFY(!autostart.isEnabled());
}

void TestSettings::relayThreadsChosenInDialogRunTheEngine() {
    const QString file = m_config.filePath(QStringLiteral("threads.ini"));
    AppSettings settings(file);
    QCOMPARE(settings.relayThreads(), 1);
    Autostart autostart(QStringLiteral("/usr/bin/portrelay"));
    const int wanted = qMin(2, SettingsDialog::maxRelayThreads());
    if (wanted < 2)
        QSKIP("one processor: the only choice is one relay thread");
    {
        SettingsDialog dialog(&settings, &autostart, true);
        auto *threads = dialog.findChild<QSpinBox *>(QStringLiteral("relayThreads"));
        QVERIFY(threads);
        QVERIFY(threads->isEnabled());
        QCOMPARE(threads->value(), 1);
        QCOMPARE(threads->minimum(), 1);
        QCOMPARE(threads->maximum(), SettingsDialog::maxRelayThreads());
        QVERIFY(threads->toolTip().contains(QLatin1String("UDP")));
        threads->setValue(wanted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // Cancel keeps what was stored.
    {
        SettingsDialog dialog(&settings, &autostart, true);
        auto *threads = dialog.findChild<QSpinBox *>(QStringLiteral("relayThreads"));
        QCOMPARE(threads->value(), wanted);
        threads->setValue(1);
        dialog.reject();
    }
    const AppSettings read(file);
    QCOMPARE(read.relayThreads(), wanted);

    // The engine of the next start (GuiMain makes its LocalBackend this way) has that many
    // threads, each of which relays.
    LocalBackend backend(read.relayThreads());
    QVERIFY(backend.engineHost());
    QCOMPARE(backend.engineHost()->threadCount(), wanted);
    int engines = 0;
    backend.engineHost()->forEachEngine([&engines](RelayEngine *) { ++engines; });
    QCOMPARE(engines, wanted);
    EchoServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
    const quint16 port = freePort();
    QVERIFY(port != 0);
    Config config;
    config.rules.append(makeRule(1, port, echo.serverPort()));
    bool applied = false;
    connect(&backend, &RelayBackend::applied, this,
            [&applied](quint64, const RuleStartErrors &errors) { applied = errors.isEmpty(); });
    backend.apply(config, backend.revision());
    QVERIFY(QTest::qWaitFor([&applied] { return applied; }, 10000));
    for (int i = 0; i < 8; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray sent = "through thread " + QByteArray::number(i);
        socket.write(sent);
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.size() >= sent.size();
            },
            10000));
        QCOMPARE(received, sent);
    }
    backend.shutdown();
}

void TestSettings::relayThreadsOfServiceAreNotEdited() {
    const QString file = m_config.filePath(QStringLiteral("servicethreads.ini"));
    AppSettings settings(file);
    settings.setValue(Key::RelayThreads, 1);
    Autostart autostart(QStringLiteral("/usr/bin/portrelay"));
    SettingsDialog dialog(&settings, &autostart, true);
    auto *threads = dialog.findChild<QSpinBox *>(QStringLiteral("relayThreads"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("relayThreadsNote"));
    QVERIFY(threads && note);
    const QString localNote = note->text();
    dialog.setRulesRunInService(true);
    QVERIFY(!threads->isEnabled());
    QVERIFY(note->text() != localNote);
    QVERIFY2(note->text().contains(QLatin1String("--threads")), qPrintable(note->text()));
    threads->setValue(threads->maximum());
    dialog.accept();
    QCOMPARE(AppSettings(file).relayThreads(), 1);
}

void TestSettings::serviceWindowShowsServiceThreadsNote() {
    // The window of a service (nothing listens at that socket: it stays connecting) and the
    // window of this process's engine open the same dialog; only the first disables the field.
    AppSettings settings(m_config.filePath(QStringLiteral("sessionthreads.ini")));
    RemoteBackend service(m_config.filePath(QStringLiteral("nobody.sock")));
    LocalBackend local;
    for (RelayBackend *backend :
         {static_cast<RelayBackend *>(&service), static_cast<RelayBackend *>(&local)}) {
        MainWindow window(backend);
        DesktopSession session(&window, &settings);
        int enabled = -1;
        QString note;
        QTimer inspect;
        inspect.setSingleShot(true);
        connect(&inspect, &QTimer::timeout, &window, [&] {
            auto *dialog = window.findChild<SettingsDialog *>();
            if (!dialog)
                return;
            if (auto *threads = dialog->findChild<QSpinBox *>(QStringLiteral("relayThreads")))
                enabled = threads->isEnabled() ? 1 : 0;
            if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("relayThreadsNote")))
                note = label->text();
            dialog->reject();
        });
        QTimer giveUp; // exec() below returns whatever happens
        giveUp.setSingleShot(true);
        connect(&giveUp, &QTimer::timeout, &window, [&window] {
            if (auto *dialog = window.findChild<SettingsDialog *>())
                dialog->reject();
        });
        inspect.start(0);
        giveUp.start(20000);
        session.showSettings();
        QCOMPARE(enabled, backend->isRemote() ? 0 : 1);
        QCOMPARE(note.contains(QLatin1String("--threads")), backend->isRemote());
    }
    local.shutdown();
}

void TestSettings::autostartExecQuoting() {
    Autostart spaced(QStringLiteral("/opt/port relay/bin/portrelay"));
    QVERIFY(spaced.entryText().contains(
        QLatin1String("\nExec=\"/opt/port relay/bin/portrelay\" --minimized\n")));
    Autostart dollar(QStringLiteral("/opt/a$b/portrelay"));
    // $ is escaped inside the quotes, and the backslash itself once more for the file format.
    QVERIFY2(dollar.entryText().contains(
                 QLatin1String("\nExec=\"/opt/a\\\\$b/portrelay\" --minimized\n")),
             qPrintable(dollar.entryText()));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
