#include "AppSettings.h"
#include "Autostart.h"
#include "ConfigLoader.h"
#include "DesktopSession.h"
#include "ImportDiagnosticsDialog.h"
#include "LanguageLoader.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

namespace {

// The finished, singular translations of a .ts file: context + '\x1f' + source -> translation.
QHash<QString, QString> readTs(const QString &path, QString *error) {
    QHash<QString, QString> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation") && !numerus &&
                   xml.attributes().value(QLatin1String("type")).isEmpty()) {
            messages.insert(context + QChar(0x1f) + source, xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString key(const char *context, const QString &source) {
    return QLatin1String(context) + QChar(0x1f) + source;
}

// Every text a user can read in ROOT and its children, in a stable order.
QStringList readableTexts(QWidget *root) {
    QStringList texts{root->windowTitle()};
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->toolTip().isEmpty())
            texts.append(w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.append(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts.append(box->title());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            texts.append(line->placeholderText());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts.append(plain->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        else if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        else if (auto *menu = qobject_cast<QMenu *>(w))
            texts.append(menu->title());
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                texts.append(model->headerData(c, Qt::Horizontal).toString());
                texts.append(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
                for (int r = 0; r < model->rowCount(); ++r) {
                    texts.append(model->index(r, c).data().toString());
                    texts.append(model->index(r, c).data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *a : actions)
        texts.append(a->text());
    return texts;
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void settingsDialogSwitchesOpenWindows();

private:
    // Chooses LANGUAGE in the settings dialog, the way a user does, and presses OK.
    bool chooseInSettingsDialog(DesktopSession *session, MainWindow *window,
                                const QString &language);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_german;
};

void TestLanguageSwitch::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // the autostart entry stays out of the user's home
    QVERIFY(m_dir.isValid());
    QString error;
    m_german = readTs(QStringLiteral(PORTRELAY_SOURCE_DIR "/translations/portrelay_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_german.size() > 100);
}

void TestLanguageSwitch::cleanupTestCase() {
    LanguageLoader::install(QStringLiteral("C"));
}

bool TestLanguageSwitch::chooseInSettingsDialog(DesktopSession *session, MainWindow *window,
                                                const QString &language) {
    bool chosen = false;
    QTimer drive;
    drive.setSingleShot(true);
    connect(&drive, &QTimer::timeout, window, [&] {
        auto *dialog = window->findChild<SettingsDialog *>();
        auto *combo = dialog ? dialog->findChild<QComboBox *>(QStringLiteral("language")) : nullptr;
        if (!combo || combo->findData(language) < 0)
            return;
        combo->setCurrentIndex(combo->findData(language));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        chosen = true;
    });
    // Should the dialog not be found, it is closed, so that exec() below returns in any case.
    QTimer giveUp;
    giveUp.setSingleShot(true);
    connect(&giveUp, &QTimer::timeout, window, [window] {
        if (auto *dialog = window->findChild<SettingsDialog *>())
            dialog->reject();
    });
    drive.start(0);
    giveUp.start(20000);
    session->showSettings(); // modal: returns when the dialog is closed
    return chosen;
}

void TestLanguageSwitch::settingsDialogSwitchesOpenWindows() {
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
    AppSettings settings(ini);
    settings.setValue(AppSettings::Key::Language, QStringLiteral("en"));
    // As main() does at start.
    QVERIFY(LanguageLoader::install(settings.language()));

    Config config;
    config.rules = {makeRule(1, 18081, 18082)};
    config.rules.first().enabled = false;
    const QString document = m_dir.filePath(QStringLiteral("rules.json"));
    QString error;
    QVERIFY2(saveConfigFile(config, document, &error), qPrintable(error));

    MainWindow window(nullptr);
    DesktopSession session(&window, &settings);
    QVERIFY(window.openFile(document));
    window.selectRule(1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A settings dialog that stays open while another one changes the language.
    Autostart autostart(QStringLiteral("/usr/bin/portrelay"));
    SettingsDialog openDialog(&settings, &autostart, false);
    TrayController *tray = session.tray();
    // And the findings of a file with errors, as Open shows them.
    const QString broken = m_dir.filePath(QStringLiteral("broken.conf"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("127.0.0.1 8080 127.0.0.1 80\n127.0.0.1 0 127.0.0.1 1\n");
    }
    const ConfigLoadResult loaded = loadConfigFile(broken);
    QVERIFY(loaded.hasErrors());
    ImportDiagnosticsDialog findings(broken, loaded.diagnostics, int(loaded.config.rules.size()));

    auto fileMenu = [&] { return window.menuBar()->actions().first()->text(); };
    auto ruleHeader = [&] {
        auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("ruleTable"));
        return table->model()->headerData(3, Qt::Horizontal).toString();
    };
    auto firstTab = [&] {
        return window.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->tabText(0);
    };
    auto trayFirst = [&] { return tray->menu()->actions().first()->text(); };
    auto trayStatus = [](const char *context) {
        return QCoreApplication::translate(context, "%n listening", nullptr, 0) +
               QStringLiteral(" · ") +
               QCoreApplication::translate(context, "%n connection(s)", nullptr, 0);
    };

    QCOMPARE(fileMenu(), QStringLiteral("&File"));
    QCOMPARE(ruleHeader(), QStringLiteral("Bind address"));
    QCOMPARE(firstTab(), QStringLiteral("&Connections"));
    QCOMPARE(trayFirst(), QStringLiteral("0 listening · 0 connections"));
    const QStringList english = readableTexts(&window);
    const QStringList englishTray = readableTexts(tray->menu());
    const QStringList englishDialog = readableTexts(&openDialog);
    const QStringList englishFindings = readableTexts(&findings);
    const QString englishToolTip = tray->toolTipText();
    QVERIFY(englishFindings.contains(QStringLiteral("Severity")));
    QVERIFY(english.contains(QStringLiteral("Move do&wn"))); // the sweep reaches the panels

    // To German, through the settings dialog: the open windows follow without a restart.
    QVERIFY(chooseInSettingsDialog(&session, &window, QStringLiteral("de")));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    const QString germanFile = m_german.value(key("MainWindow", QStringLiteral("&File")));
    QVERIFY(!germanFile.isEmpty() && germanFile != QLatin1String("&File"));
    QTRY_COMPARE_WITH_TIMEOUT(fileMenu(), germanFile, 10000);
    // The tray menu and the other dialog are windows of their own, with their own event.
    QTRY_COMPARE_WITH_TIMEOUT(trayFirst(), trayStatus("TrayController"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        openDialog.windowTitle(),
        m_german.value(key("SettingsDialog", QStringLiteral("PortRelay Settings"))), 10000);
    QCOMPARE(ruleHeader(), m_german.value(key("RuleTableModel", QStringLiteral("Bind address"))));
    QCOMPARE(firstTab(), m_german.value(key("MainWindow", QStringLiteral("&Connections"))));
    QVERIFY(trayFirst() != QLatin1String("0 listening · 0 connections"));
    QCOMPARE(tray->menu()->findChild<QAction *>(QStringLiteral("trayShow"))->text(),
             m_german.value(key("TrayController", QStringLiteral("&Show PortRelay"))));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionSettings"))->text(),
             m_german.value(key("DesktopSession", QStringLiteral("Se&ttings…"))));
    QCOMPARE(window.windowTitle(),
             m_german.value(key("MainWindow", QStringLiteral("%1[*] — PortRelay")))
                 .arg(QStringLiteral("rules.json")));
    QVERIFY(tray->toolTipText() != englishToolTip);
    QTRY_COMPARE_WITH_TIMEOUT(
        findings.windowTitle(),
        m_german.value(key("ImportDiagnosticsDialog", QStringLiteral("Problems in %1")))
            .arg(QStringLiteral("broken.conf")),
        10000);

    // Nothing that has a German translation is left in English anywhere in the window, the tray
    // menu or the open dialog. (Sources translated alike in some context may stay.)
    QSet<QString> mustChange;
    QSet<QString> mayStay;
    for (auto it = m_german.cbegin(); it != m_german.cend(); ++it) {
        const QString source = it.key().section(QChar(0x1f), 1);
        (it.value() == source ? mayStay : mustChange).insert(source);
    }
    mustChange -= mayStay;
    QStringList german = readableTexts(&window);
    german += readableTexts(tray->menu());
    german += readableTexts(&openDialog);
    german += readableTexts(&findings);
    QStringList leftOver;
    for (const QString &text : std::as_const(german))
        if (!text.isEmpty() && mustChange.contains(text))
            leftOver.append(text);
    QVERIFY2(leftOver.isEmpty(), qPrintable(leftOver.join(QLatin1String(" | "))));
    QCOMPARE(german.size(),
             english.size() + englishTray.size() + englishDialog.size() + englishFindings.size());

    // And back to English: every text is as it was before.
    QVERIFY(chooseInSettingsDialog(&session, &window, QStringLiteral("en")));
    QCOMPARE(settings.language(), QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(fileMenu(), QStringLiteral("&File"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(trayFirst(), QStringLiteral("0 listening · 0 connections"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(openDialog.windowTitle(), QStringLiteral("PortRelay Settings"),
                              10000);
    QCOMPARE(ruleHeader(), QStringLiteral("Bind address"));
    QCOMPARE(firstTab(), QStringLiteral("&Connections"));
    QCOMPARE(readableTexts(&window), english);
    QCOMPARE(readableTexts(tray->menu()), englishTray);
    QCOMPARE(readableTexts(&openDialog), englishDialog);
    QCOMPARE(readableTexts(&findings), englishFindings);
    QCOMPARE(tray->toolTipText(), englishToolTip);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
