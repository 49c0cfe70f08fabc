#include "ProgramRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// `cmake --install` of this build tree into a temporary prefix, then every installed file checked
// where its user looks for it: the shell (bin/portrelay), the desktop (desktop entry, metainfo,
// hicolor icons), man(1), systemd, and the documentation and examples the manual names. The
// installed set must be exactly the expected one, so a new install() rule comes with a check here.
//
// The install copies files that the build made: ctest runs this after the build. A tree that is
// not built fails in initTestCase with cmake's own message, never hangs (every wait is bounded).

namespace {
// Everything below is relative to the install prefix. CMake passes the layout it was configured
// with (GNUInstallDirs), so the test follows -DCMAKE_INSTALL_DATADIR=... and friends.
const QString kBinDir = QStringLiteral(PORTRELAY_INSTALL_BINDIR);
const QString kDataDir = QStringLiteral(PORTRELAY_INSTALL_DATADIR);
const QString kManDir = QStringLiteral(PORTRELAY_INSTALL_MANDIR);
const QString kUnitDir = QStringLiteral(PORTRELAY_SYSTEMD_UNIT_DIR);
const QString kSysusersDir = QStringLiteral(PORTRELAY_SYSUSERS_DIR);
const QString kAppId = QStringLiteral("io.github.portrelay.PortRelay");

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "Key=value" of a desktop entry or systemd unit (the first occurrence).
QString keyValue(const QString &text, const QString &key) {
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(1).trimmed();
}

// Width and height from a PNG's IHDR chunk (QtGui's QImage is not linked into tests of core).
QSize pngSize(const QByteArray &png) {
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (png.size() < 24 || !png.startsWith(signature) || png.mid(12, 4) != "IHDR")
        return QSize();
    auto be32 = [&](int at) {
        return int((uchar(png[at]) << 24) | (uchar(png[at + 1]) << 16) | (uchar(png[at + 2]) << 8) |
                   uchar(png[at + 3]));
    };
    return QSize(be32(16), be32(20));
}
} // namespace

class TestInstall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void installedFiles();
    void binaryRuns();
    void installedExamplesCheck_data();
    void installedExamplesCheck();
    void desktopEntry();
    void metainfo();
    void icons();
    void translations();
    void manPage();
    void manPageFilesExist();
    void systemdUnit();
    void socketActivationExamples();
    void docs();

private:
    QString at(const QString &relative) const { return m_prefix.filePath(relative); }
    void compareWithSource(const QString &installed, const QString &source);

    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase() {
    QVERIFY(m_prefix.isValid());
    // An absolute destination would ignore --prefix and write into the system: never here.
    for (const QString &dir : {kBinDir, kDataDir, kManDir, kUnitDir}) {
        if (QDir::isAbsolutePath(dir))
            QSKIP(qPrintable(
                QStringLiteral("install directory %1 is absolute: cmake --install --prefix cannot "
                               "move it into a temporary directory")
                    .arg(dir)));
    }
    const QString buildDir = QStringLiteral(PORTRELAY_BUILD_DIR);
    QVERIFY2(QFile::exists(buildDir + QLatin1String("/cmake_install.cmake")),
             qPrintable(buildDir + QLatin1String(" is not a configured build directory")));
    QVERIFY2(QFile::exists(QStringLiteral(PORTRELAY_BINARY)),
             "portrelay is not built (cmake --build first): " PORTRELAY_BINARY);

    QStringList args{QStringLiteral("--install"), buildDir, QStringLiteral("--prefix"),
                     m_prefix.path()};
    const QString config = QStringLiteral(PORTRELAY_BUILD_CONFIG);
    if (!config.isEmpty())
        args << QStringLiteral("--config") << config;
    // DESTDIR would put the files somewhere below it instead of into the temporary prefix.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DESTDIR"));
    const ProgramRun install =
        runProgram(QStringLiteral(PORTRELAY_CMAKE_COMMAND), args, 120000, env);
    QVERIFY2(install.finished && install.exitCode == 0,
             qPrintable(QStringLiteral("cmake %1 failed (exit %2). Is the build complete?\n%3")
                            .arg(args.join(QLatin1Char(' ')))
                            .arg(install.exitCode)
                            .arg(install.all())));
}

void TestInstall::installedFiles() {
    // Exactly these, nothing missing and nothing unexpected (a test program, a build file).
    QSet<QString> expected{
        kBinDir + QLatin1String("/portrelay"),
        kDataDir + QLatin1String("/applications/") + kAppId + QLatin1String(".desktop"),
        kDataDir + QLatin1String("/metainfo/") + kAppId + QLatin1String(".metainfo.xml"),
        kDataDir + QLatin1String("/icons/hicolor/scalable/apps/portrelay.svg"),
        kDataDir + QLatin1String("/icons/hicolor/32x32/apps/portrelay.png"),
        kDataDir + QLatin1String("/icons/hicolor/64x64/apps/portrelay.png"),
        kManDir + QLatin1String("/man1/portrelay.1"),
        kUnitDir + QLatin1String("/portrelay.service"),
        kDataDir + QLatin1String("/doc/portrelay/headless.md"),
        kDataDir + QLatin1String("/doc/portrelay/config-format.md"),
        kDataDir + QLatin1String("/doc/portrelay/log-formats.md"),
        kDataDir + QLatin1String("/doc/portrelay/control-protocol.md"),
        // The rule options dialog links to it.
        kDataDir + QLatin1String("/doc/portrelay/transparent.md"),
        kSysusersDir + QLatin1String("/portrelay.conf"),
        kDataDir + QLatin1String("/doc/portrelay/examples/portrelay-example.conf"),
        kDataDir + QLatin1String("/doc/portrelay/examples/portrelay-example.json"),
        kDataDir + QLatin1String("/doc/portrelay/examples/systemd/portrelay.socket"),
        kDataDir + QLatin1String("/doc/portrelay/examples/systemd/portrelay-inetd.socket"),
        kDataDir + QLatin1String("/doc/portrelay/examples/systemd/portrelay-inetd@.service"),
    };
    // All of docs/, the README and the screenshots it shows (Help > Documentation Folder).
    const QDir docs(QStringLiteral(PORTRELAY_SOURCE_DIR "/docs"));
    for (const QString &name : docs.entryList({QStringLiteral("*.md")}, QDir::Files))
        expected << kDataDir + QLatin1String("/doc/portrelay/") + name;
    expected << kDataDir + QLatin1String("/doc/portrelay/README.md");
    const QDir shots(docs.filePath(QStringLiteral("screenshots")));
    for (const QString &name : shots.entryList({QStringLiteral("*.png")}, QDir::Files))
        expected << kDataDir + QLatin1String("/doc/portrelay/docs/screenshots/") + name;
    QVERIFY(expected.size() > 30);
    for (const char *language : {"de", "en", "zh_CN"})
        expected << kDataDir + QStringLiteral("/portrelay/translations/portrelay_%1.qm")
                                   .arg(QLatin1String(language));

    QSet<QString> installed;
    const QDir root(m_prefix.path());
    QDirIterator it(m_prefix.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        installed << root.relativeFilePath(it.next());

    QStringList missing = (expected - installed).values();
    QStringList unexpected = (installed - expected).values();
    missing.sort();
    unexpected.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not installed: ") + missing.join(", ")));
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("installed but not expected: ") + unexpected.join(", ")));
    for (const QString &file : expected)
        QVERIFY2(QFileInfo(at(file)).size() > 0, qPrintable(file + QLatin1String(" is empty")));
}

void TestInstall::binaryRuns() {
    const QString binary = at(kBinDir + QLatin1String("/portrelay"));
    const QFileInfo info(binary);
    QVERIFY2(info.isFile() && info.isExecutable(), qPrintable(binary));
    const ProgramRun version = runProgram(binary, {QStringLiteral("--version")});
    QVERIFY2(version.finished, qPrintable(version.err));
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("PortRelay " PORTRELAY_VERSION));
}

void TestInstall::installedExamplesCheck_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("rinetd.conf") << QStringLiteral("portrelay-example.conf");
    QTest::newRow("JSON") << QStringLiteral("portrelay-example.json");
}

void TestInstall::installedExamplesCheck() {
    // What the example's own comment tells the user to do, with the installed binary and file.
    QFETCH(QString, name);
    const QString file = at(kDataDir + QLatin1String("/doc/portrelay/examples/") + name);
    const ProgramRun check =
        runProgram(at(kBinDir + QLatin1String("/portrelay")), {QStringLiteral("--check"), file});
    QVERIFY2(check.finished, qPrintable(check.err));
    QVERIFY2(check.exitCode == 0, qPrintable(check.all()));
    QVERIFY2(check.out.contains(QLatin1String("errors: 0")), qPrintable(check.all()));
}

void TestInstall::desktopEntry() {
    const QString path =
        at(kDataDir + QLatin1String("/applications/") + kAppId + QLatin1String(".desktop"));
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY2(text.startsWith(QLatin1String("[Desktop Entry]")), qPrintable(path));
    // Exec names the program by the name it is installed under (found through PATH), and Icon
    // the name the hicolor icons are installed under.
    const QString exec = keyValue(text, QStringLiteral("Exec"));
    QCOMPARE(exec.section(QLatin1Char(' '), 0, 0), QStringLiteral("portrelay"));
    QCOMPARE(keyValue(text, QStringLiteral("Icon")), QStringLiteral("portrelay"));
    QCOMPARE(keyValue(text, QStringLiteral("Type")), QStringLiteral("Application"));

    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const ProgramRun validate = runProgram(validator, {path});
    QVERIFY2(validate.finished, qPrintable(validate.err));
    // It exits 1 on errors and prints warnings with exit 0: neither is accepted. Hints are only
    // suggestions and are shown, not failed on.
    if (!validate.all().trimmed().isEmpty())
        qInfo().noquote() << "desktop-file-validate:" << validate.all().trimmed();
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.all()));
    QVERIFY2(!validate.all().contains(QLatin1String("error:")) &&
                 !validate.all().contains(QLatin1String("warning:")),
             qPrintable(validate.all()));
}

void TestInstall::metainfo() {
    const QString path =
        at(kDataDir + QLatin1String("/metainfo/") + kAppId + QLatin1String(".metainfo.xml"));
    const QString text = QString::fromUtf8(readAll(path));
    // The component id, the desktop entry it launches, the binary it provides, and a release
    // entry for this version (software centres show the newest one).
    QVERIFY2(text.contains(QLatin1String("<id>") + kAppId + QLatin1String("</id>")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<launchable type=\"desktop-id\">") + kAppId +
                           QLatin1String(".desktop</launchable>")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<binary>portrelay</binary>")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<release version=\"" PORTRELAY_VERSION "\"")),
             "no <release> for version " PORTRELAY_VERSION " in the metainfo");

    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    // --strict: errors, warnings and infos fail. Pedantic remarks (e.g. the upper-case letters of
    // the reverse-DNS id, which is also the desktop file's name) are shown, not failed on.
    const QStringList args{QStringLiteral("validate"), QStringLiteral("--no-net"),
                           QStringLiteral("--strict"), QStringLiteral("--pedantic"), path};
    const ProgramRun validate = runProgram(appstreamcli, args);
    QVERIFY2(validate.finished, qPrintable(validate.err));
    qInfo().noquote() << "appstreamcli" << args.join(QLatin1Char(' ')) << "\n"
                      << validate.all().trimmed();
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.all()));
    const QRegularExpression problem(QStringLiteral("^[EWI]: "),
                                     QRegularExpression::MultilineOption);
    QVERIFY2(!problem.match(validate.all()).hasMatch(), qPrintable(validate.all()));
}

void TestInstall::icons() {
    const QString apps = kDataDir + QLatin1String("/icons/hicolor/%1/apps/portrelay.%2");
    const QByteArray svg = readAll(at(apps.arg(QLatin1String("scalable"), QLatin1String("svg"))));
    QVERIFY2(svg.contains("<svg"), "the scalable icon is not an SVG document");
    for (int size : {32, 64}) {
        const QString dir = QStringLiteral("%1x%1").arg(size);
        const QByteArray png = readAll(at(apps.arg(dir, QLatin1String("png"))));
        // The hicolor theme looks up a size by its directory: the image must have that size.
        QCOMPARE(pngSize(png), QSize(size, size));
    }
}

void TestInstall::translations() {
    // The program itself loads the translations embedded in it (LanguageLoader reads :/i18n),
    // so these installed copies are for packagers and other tools. They must at least be real
    // Qt translation files for their language.
    const QString dir = at(kDataDir + QLatin1String("/portrelay/translations/"));
    const QList<QPair<QString, QString>> files{
        {QStringLiteral("portrelay_de.qm"), QStringLiteral("de")},
        {QStringLiteral("portrelay_zh_CN.qm"), QStringLiteral("zh_CN")},
    };
    for (const auto &[file, language] : files) {
        QTranslator translator;
        QVERIFY2(translator.load(dir + file), qPrintable(dir + file));
        QVERIFY2(!translator.isEmpty(), qPrintable(file));
        QVERIFY2(translator.language().startsWith(language),
                 qPrintable(file + QLatin1String(": ") + translator.language()));
    }
}

void TestInstall::compareWithSource(const QString &installed, const QString &source) {
    const QByteArray installedBytes = readAll(at(installed));
    QVERIFY2(!installedBytes.isEmpty(), qPrintable(installed));
    QVERIFY2(installedBytes == readAll(QStringLiteral(PORTRELAY_SOURCE_DIR "/") + source),
             qPrintable(installed + QLatin1String(" differs from ") + source));
}

void TestInstall::manPage() {
    // Where man(1) finds it: <prefix>/<mandir>/man1/portrelay.1, as written in the source.
    compareWithSource(kManDir + QLatin1String("/man1/portrelay.1"),
                      QStringLiteral("resources/portrelay.1"));
}

void TestInstall::manPageFilesExist() {
    // The manual's FILES section names installed paths for the prefix /usr with the default
    // layout; each of them must be installed, here under the temporary prefix.
    if (kDataDir != QLatin1String("share") || kUnitDir != QLatin1String("lib/systemd/system"))
        QSKIP("the manual's paths are those of the default layout; this build has another one");
    const QString page =
        QString::fromUtf8(readAll(at(kManDir + QLatin1String("/man1/portrelay.1"))))
            .replace(QLatin1String("\\-"), QLatin1String("-"));
    const QRegularExpression usrPath(QStringLiteral("^\\.I /usr/(\\S+)$"),
                                     QRegularExpression::MultilineOption);
    int named = 0;
    for (auto it = usrPath.globalMatch(page); it.hasNext();) {
        const QString relative = it.next().captured(1);
        QVERIFY2(
            QFileInfo::exists(at(relative)),
            qPrintable(
                QStringLiteral("the manual names /usr/%1, which is not installed").arg(relative)));
        ++named;
    }
    // The docs, both examples and the unit at least.
    QVERIFY2(named >= 6, qPrintable(QString::number(named)));
}

void TestInstall::systemdUnit() {
    const QString path = at(kUnitDir + QLatin1String("/portrelay.service"));
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY2(text.contains(QLatin1String("[Service]")), qPrintable(path));
    QVERIFY2(!text.contains(QLatin1Char('@')), "an @VARIABLE@ was left unreplaced in the unit");

    // The unit is generated when CMake configures the tree, for CMAKE_INSTALL_PREFIX; the
    // --prefix of `cmake --install` moves the file but cannot change the path written in it. So
    // ExecStart names the binary under the configured prefix (not this temporary one), and the
    // test checks that this path, taken relative to the configured prefix, is where the install
    // put the binary.
    const QString execStart = keyValue(text, QStringLiteral("ExecStart"));
    const QString configured = QStringLiteral(PORTRELAY_CONFIGURED_BINARY);
    QCOMPARE(execStart, configured + QLatin1String(" --headless -c /etc/rinetd.conf"));
    const QString prefix = QDir::cleanPath(QStringLiteral(PORTRELAY_CONFIGURED_PREFIX));
    const QString relative = QDir(prefix).relativeFilePath(configured);
    QVERIFY2(!relative.startsWith(QLatin1String("..")), qPrintable(configured));
    QCOMPARE(relative, kBinDir + QLatin1String("/portrelay"));
    QVERIFY(QFileInfo(at(relative)).isExecutable());

    // Documentation= points at the installed headless.md the same way.
    const QRegularExpressionMatch doc = QRegularExpression(QStringLiteral("file://(\\S+)"))
                                            .match(keyValue(text, QStringLiteral("Documentation")));
    QVERIFY2(doc.hasMatch(), qPrintable(text));
    QVERIFY2(QFileInfo::exists(at(QDir(prefix).relativeFilePath(doc.captured(1)))),
             qPrintable(doc.captured(1)));
    // And at the installed manual page first: `systemctl help portrelay` opens it.
    QVERIFY(keyValue(text, QStringLiteral("Documentation"))
                .startsWith(QLatin1String("man:portrelay(1) ")));

    QCOMPARE(keyValue(text, QStringLiteral("Type")), QStringLiteral("simple"));
    QCOMPARE(keyValue(text, QStringLiteral("ExecReload")),
             QStringLiteral("/bin/kill -HUP $MAINPID"));
    QCOMPARE(keyValue(text, QStringLiteral("Conflicts")), QStringLiteral("rinetd.service"));

    // The control socket's directory and group, and the sysusers.d line that creates the group
    // the unit runs with (a unit naming a missing group does not start).
    QCOMPARE(keyValue(text, QStringLiteral("RuntimeDirectory")), QStringLiteral("portrelay"));
    QCOMPARE(keyValue(text, QStringLiteral("Group")), QStringLiteral("portrelay"));
    const QString sysusers =
        QString::fromUtf8(readAll(at(kSysusersDir + QLatin1String("/portrelay.conf"))));
    QVERIFY2(
        QRegularExpression(QStringLiteral("(^|\\n)g portrelay -\\n")).match(sysusers).hasMatch(),
        qPrintable(sysusers));
}

void TestInstall::socketActivationExamples() {
    const QString dir = kDataDir + QLatin1String("/doc/portrelay/examples/systemd/");
    const QString daemonSocket = QString::fromUtf8(readAll(at(dir + "portrelay.socket")));
    QCOMPARE(keyValue(daemonSocket, QStringLiteral("Service")),
             QStringLiteral("portrelay.service"));
    QVERIFY(!keyValue(daemonSocket, QStringLiteral("ListenStream")).isEmpty());
    // The Accept=yes pair: the socket's name is the template's name without "@".
    const QString inetdSocket = QString::fromUtf8(readAll(at(dir + "portrelay-inetd.socket")));
    QCOMPARE(keyValue(inetdSocket, QStringLiteral("Accept")), QStringLiteral("yes"));
    const QString service = QString::fromUtf8(readAll(at(dir + "portrelay-inetd@.service")));
    QVERIFY2(!service.contains(QLatin1String("@PORTRELAY")), "an @VARIABLE@ was left unreplaced");
    QVERIFY(
        keyValue(service, QStringLiteral("ExecStart"))
            .startsWith(QStringLiteral(PORTRELAY_CONFIGURED_BINARY) + QLatin1String(" inetd ")));
    QCOMPARE(keyValue(service, QStringLiteral("StandardInput")), QStringLiteral("socket"));
    QCOMPARE(keyValue(service, QStringLiteral("StandardOutput")), QStringLiteral("socket"));
}

void TestInstall::docs() {
    const QString doc = kDataDir + QLatin1String("/doc/portrelay/");
    for (const char *name :
         {"headless.md", "config-format.md", "log-formats.md", "control-protocol.md"})
        compareWithSource(doc + QLatin1String(name), QLatin1String("docs/") + QLatin1String(name));
    for (const char *name : {"portrelay-example.conf", "portrelay-example.json"})
        compareWithSource(doc + QLatin1String("examples/") + QLatin1String(name),
                          QLatin1String("resources/examples/") + QLatin1String(name));
    compareWithSource(kSysusersDir + QLatin1String("/portrelay.conf"),
                      QLatin1String("resources/sysusers/portrelay.conf"));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
