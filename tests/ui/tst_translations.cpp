#include "LanguageLoader.h"
#include "MainWindow.h"
#include "RuleTableModel.h"
#include "TrayController.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
};

QString tsPath(const QString &language) {
    return QStringLiteral(PORTRELAY_SOURCE_DIR "/translations/portrelay_%1.ts").arg(language);
}

QVector<TsMessage> readTs(const QString &path, QString *error) {
    QVector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && context.isEmpty()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage();
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%[0-9n]"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

bool hasMnemonic(const QString &text) {
    return QString(text).remove(QLatin1String("&&")).contains(QLatin1Char('&'));
}

// What the .ts file says CONTEXT's SOURCE is in that language.
QString expected(const QVector<TsMessage> &messages, const char *context, const QString &source) {
    for (const TsMessage &m : messages)
        if (m.context == QLatin1String(context) && m.source == source && !m.forms.isEmpty())
            return m.forms.first();
    return QString();
}

QStringList menuTitles(MainWindow *window) {
    QStringList titles;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (QAction *a : actions)
        titles.append(a->text());
    return titles;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tsFileComplete_data();
    void tsFileComplete();
    void englishPluralsComplete();
    void tsFilesCoverTheSources();
    void mainWindowSpeaksLanguage_data();
    void mainWindowSpeaksLanguage();
    void englishPluralForms();
    void systemLocaleIsFollowed_data();
    void systemLocaleIsFollowed();
    void settingsLanguageIsUsed();
    void headlessStaysEnglish();
};

void TestTranslations::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslations::cleanup() {
    LanguageLoader::install(QStringLiteral("C")); // back to the source texts
}

void TestTranslations::tsFileComplete_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
}

void TestTranslations::tsFileComplete() {
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QString error;
    const QVector<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty()) {
            problems.append(m.type + QStringLiteral(" - ") + where);
            continue;
        }
        if (m.forms.size() != (m.numerus ? pluralForms : 1)) {
            problems.append(QStringLiteral("wrong number of plural forms - ") + where);
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems.append(QStringLiteral("empty - ") + where);
            // Every %1, %2... must survive; so must %n, which carries the count.
            if (!placeholders(form).contains(placeholders(m.source)))
                problems.append(QStringLiteral("placeholders lost - ") + where +
                                QStringLiteral(" => ") + form);
            if (hasMnemonic(m.source) && !hasMnemonic(form))
                problems.append(QStringLiteral("mnemonic lost - ") + where +
                                QStringLiteral(" => ") + form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsComplete() {
    // English needs only its plural forms ("1 connection", "2 connections"); everything else
    // is the source text itself and stays unfinished on purpose.
    QString error;
    const QVector<TsMessage> messages = readTs(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int plurals = 0;
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            problems.append(m.type + QStringLiteral(" - ") + m.source);
        if (!m.numerus)
            continue;
        ++plurals;
        if (!m.type.isEmpty() || m.forms.size() != 2 || m.forms.contains(QString()))
            problems.append(QStringLiteral("plural not translated - ") + m.source);
        for (const QString &form : m.forms)
            if (!placeholders(form).contains(placeholders(m.source) - QSet<QString>{}))
                problems.append(QStringLiteral("placeholders lost - ") + m.source);
    }
    QVERIFY(plurals > 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::tsFilesCoverTheSources() {
    // lupdate over today's sources, on copies: a string added (or changed) without a translation
    // shows up as unfinished, one removed as vanished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList tsCopies;
    for (const QString &language :
         {QStringLiteral("de"), QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString copy = dir.filePath(QStringLiteral("portrelay_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        tsCopies.append(copy);
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-silent"),
                     QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral(PORTRELAY_SOURCE_DIR "/core"),
                     QStringLiteral(PORTRELAY_SOURCE_DIR "/ui"),
                     QStringLiteral(PORTRELAY_SOURCE_DIR "/app"),
                     QStringLiteral("-ts")};
    args += tsCopies;
    lupdate.start(QStringLiteral(PORTRELAY_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    QStringList problems;
    for (const QString &copy : std::as_const(tsCopies)) {
        QString error;
        const QVector<TsMessage> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const bool english = copy.endsWith(QLatin1String("_en.ts"));
        for (const TsMessage &m : messages) {
            const bool missing = m.type == QLatin1String("unfinished") && (!english || m.numerus);
            if (missing || m.type == QLatin1String("vanished") ||
                m.type == QLatin1String("obsolete"))
                problems.append(QFileInfo(copy).fileName() + QLatin1Char(' ') + m.type +
                                QStringLiteral(" - ") + m.context + QStringLiteral(": ") +
                                m.source);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("run the update_translations target and translate:\n") +
                        problems.join(QLatin1Char('\n'))));
}

void TestTranslations::mainWindowSpeaksLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestTranslations::mainWindowSpeaksLanguage() {
    QFETCH(QString, language);
    QString error;
    const QVector<TsMessage> ts = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // English first, to compare against.
    MainWindow english(nullptr);
    const QStringList englishMenus = menuTitles(&english);
    QCOMPARE(englishMenus.first(), QStringLiteral("&File"));

    QVERIFY(LanguageLoader::install(language));
    QCOMPARE(LanguageLoader::installedLanguage().left(2), language.left(2));
    MainWindow window(nullptr);
    const QStringList menus = menuTitles(&window);
    QCOMPARE(menus.size(), englishMenus.size());
    for (int i = 0; i < menus.size(); ++i) {
        QVERIFY2(menus.at(i) != englishMenus.at(i), qPrintable(menus.at(i)));
        // The Help menu is HelpMenu's own (shared with other windows); the rest are MainWindow's.
        const char *context =
            englishMenus.at(i) == QLatin1String("&Help") ? "HelpMenu" : "MainWindow";
        QCOMPARE(menus.at(i), expected(ts, context, englishMenus.at(i)));
    }
    const QString title = expected(ts, "MainWindow", QStringLiteral("%1[*] — PortRelay"))
                              .arg(expected(ts, "Document", QStringLiteral("Untitled")));
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(window.windowTitle() != english.windowTitle());
    for (const auto &[name, source] :
         {std::pair{"actionOpen", "&Open…"}, std::pair{"actionSave", "&Save"},
          std::pair{"actionAdd", "&Add rule"}, std::pair{"actionApply", "A&pply"},
          std::pair{"actionQuit", "&Quit"}}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QCOMPARE(action->text(), expected(ts, "MainWindow", QString::fromUtf8(source)));
        QVERIFY(action->text() != QString::fromUtf8(source));
    }
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("ruleSearch"));
    QVERIFY(search);
    QCOMPARE(search->placeholderText(), expected(ts, "MainWindow", QStringLiteral("Search rules")));
    QCOMPARE(window.ruleModel()->headerData(3, Qt::Horizontal).toString(),
             expected(ts, "RuleTableModel", QStringLiteral("Bind address")));

    // The tray speaks it too.
    TrayController tray(window.document(), window.ruleModel());
    auto *show = tray.menu()->findChild<QAction *>(QStringLiteral("trayShow"));
    QCOMPARE(show->text(), expected(ts, "TrayController", QStringLiteral("&Show PortRelay")));
    QVERIFY(show->text() != QLatin1String("&Show PortRelay"));

    // And so do Qt's own strings (standard buttons).
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
}

void TestTranslations::englishPluralForms() {
    QVERIFY(LanguageLoader::install(QStringLiteral("en")));
    MainWindow window(nullptr);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionOpen"))->text(),
             QStringLiteral("&Open…"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 1),
             QStringLiteral("1 connection"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 3),
             QStringLiteral("3 connections"));
    // Without a language (the C locale) the source text stays.
    QVERIFY(!LanguageLoader::install(QStringLiteral("C")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n connection(s)", nullptr, 1),
             QStringLiteral("1 connection(s)"));
}

void TestTranslations::systemLocaleIsFollowed_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
    QTest::newRow("de_AT") << QStringLiteral("de_AT.UTF-8") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("zh_CN");
}

void TestTranslations::systemLocaleIsFollowed() {
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QString error;
    const QVector<TsMessage> ts = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString description = expected(
        ts, "CommandLine",
        QStringLiteral("Port-forwarding manager: relays TCP and UDP connections like rinetd, with "
                       "a desktop UI or headless."));
    QVERIFY(!description.isEmpty());
    QProcess help;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    help.setProcessEnvironment(env);
    help.start(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    QCOMPARE(help.exitCode(), 0);
    const QString out = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(out.contains(description), qPrintable(out));
}

void TestTranslations::settingsLanguageIsUsed() {
    // The language chosen in the settings wins over the system locale (C here).
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("config/PortRelay")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("run")));
    QFile::setPermissions(root.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile conf(root.filePath(QStringLiteral("config/PortRelay/PortRelay.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[ui]\nlanguage=zh_CN\n");
    conf.close();
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), root.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portrelay.language.debug=true"));
    gui.setProcessEnvironment(env);
    QString log;
    connect(&gui, &QProcess::readyReadStandardError, &gui,
            [&] { log += QString::fromUtf8(gui.readAllStandardError()); });
    gui.start(QStringLiteral(PORTRELAY_BINARY), QStringList());
    QVERIFY(gui.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(log.contains(QLatin1String("started:")), 30000);
    QVERIFY2(log.contains(QLatin1String("portrelay.language: language \"zh_CN\" -> \"zh_CN\"")),
             qPrintable(log));
    gui.terminate();
    if (!gui.waitForFinished(10000)) {
        gui.kill();
        gui.waitForFinished(10000);
    }
}

void TestTranslations::headlessStaysEnglish() {
    // The drop-in relay's messages are rinetd's, whatever the service's locale.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess relay;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    relay.setProcessEnvironment(env);
    relay.start(QStringLiteral(PORTRELAY_BINARY),
                {QStringLiteral("--headless"), QStringLiteral("-c"),
                 dir.filePath(QStringLiteral("missing.conf"))});
    QVERIFY(relay.waitForFinished(30000));
    QVERIFY(relay.exitCode() != 0);
    const QString err = QString::fromUtf8(relay.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("cannot read the configuration file")), qPrintable(err));
    // ...while the interactive --check speaks German.
    QFile bad(dir.filePath(QStringLiteral("bad.conf")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("127.0.0.1 0 127.0.0.1 1\n");
    bad.close();
    QProcess check;
    check.setProcessEnvironment(env);
    check.start(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--check"), bad.fileName()});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 1);
    const QString out =
        QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    QVERIFY2(out.contains(QString::fromUtf8("Port 0 liegt außerhalb von 1..65535")),
             qPrintable(out));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
