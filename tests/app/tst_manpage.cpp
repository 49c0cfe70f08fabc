#include "ProgramRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

// resources/portrelay.1 against the built program: every option `portrelay --help` prints must
// be documented in the manual's OPTIONS section, and the manual must not document options the
// program does not have. So a new option without documentation fails here, not in a user's
// terminal. With groff installed, the page must also render without a single warning.

namespace {
const QString kManPage = QStringLiteral(PORTRELAY_SOURCE_DIR "/resources/portrelay.1");

// troff source uses \- for a literal hyphen-minus in option names; "\-\-conf\-file" is
// "--conf-file".
QString unescapeHyphens(QString text) {
    return text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

// The lines of the section that starts with ".SH NAME" (quotes optional), up to the next .SH.
QStringList section(const QStringList &lines, const QString &name) {
    QStringList body;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(".SH "))) {
            QString title = line.mid(4).trimmed();
            if (title.startsWith(QLatin1Char('"')) && title.endsWith(QLatin1Char('"')))
                title = title.mid(1, title.size() - 2);
            inside = title == name;
            continue;
        }
        if (inside)
            body << line;
    }
    return body;
}

// Every "--name" and "-x" in the text, without the dashes' escapes.
QSet<QString> optionsIn(const QString &text) {
    QSet<QString> options;
    // Not preceded by a word character or another dash: "--help-all" yields "help-all" only.
    static const QRegularExpression longOption(QStringLiteral("(?<![\\w-])--([a-z][a-z0-9-]*)"));
    static const QRegularExpression shortOption(QStringLiteral("(?<![\\w-])-([a-zA-Z])(?![\\w-])"));
    for (auto it = longOption.globalMatch(text); it.hasNext();)
        options.insert(QStringLiteral("--") + it.next().captured(1));
    for (auto it = shortOption.globalMatch(text); it.hasNext();)
        options.insert(QStringLiteral("-") + it.next().captured(1));
    return options;
}
} // namespace

class TestManPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpOptionsAreDocumented();
    void documentedOptionsExist();
    void sections();
    void defaultsAgreeWithHelp();
    void rendersWithoutWarnings();
    void inetdOptionsAreDocumented();

private:
    QStringList m_lines;
    QString m_help;
    QSet<QString> m_helpOptions;
};

void TestManPage::initTestCase() {
    QFile file(kManPage);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(kManPage));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(!text.isEmpty());
    m_lines = text.split(QLatin1Char('\n'));

    QVERIFY2(QFile::exists(QStringLiteral(PORTRELAY_BINARY)),
             "the portrelay binary is not built: " PORTRELAY_BINARY);
    const ProgramRun help =
        runProgram(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--help")});
    QVERIFY2(help.finished, qPrintable(help.err));
    QCOMPARE(help.exitCode, 0);
    m_help = help.out;
    // Only the "Options:" block: the usage line names the program's path, which can contain
    // anything.
    const int options = m_help.indexOf(QLatin1String("\nOptions:\n"));
    QVERIFY2(options >= 0, qPrintable(m_help));
    m_helpOptions = optionsIn(m_help.mid(options));
    // The extraction itself must work, or every check below would pass on nothing.
    for (const char *expected : {"--help", "--version", "--headless", "--check", "-c"})
        QVERIFY2(m_helpOptions.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("%1 not found in --help:\n%2")
                                .arg(QLatin1String(expected), m_help)));
}

void TestManPage::helpOptionsAreDocumented() {
    const QSet<QString> documented =
        optionsIn(unescapeHyphens(section(m_lines, QStringLiteral("OPTIONS")).join('\n')));
    QStringList missing;
    for (const QString &option : m_helpOptions) {
        if (!documented.contains(option))
            missing << option;
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("printed by --help but not in the OPTIONS section of %1: %2")
                            .arg(kManPage, missing.join(QLatin1String(", ")))));
}

void TestManPage::documentedOptionsExist() {
    // The option entries are the lines right after each .TP (the tag); the prose below them may
    // mention other options.
    const QStringList options = section(m_lines, QStringLiteral("OPTIONS"));
    QStringList tags;
    for (int i = 0; i + 1 < options.size(); ++i) {
        if (options.at(i).trimmed() == QLatin1String(".TP"))
            tags << unescapeHyphens(options.at(i + 1));
    }
    QVERIFY2(tags.size() >= m_helpOptions.size() / 2, qPrintable(tags.join('\n')));
    QStringList invented;
    for (const QString &option : optionsIn(tags.join('\n'))) {
        if (!m_helpOptions.contains(option))
            invented << option;
    }
    invented.sort();
    QVERIFY2(invented.isEmpty(),
             qPrintable(QStringLiteral("documented in %1 but unknown to --help: %2")
                            .arg(kManPage, invented.join(QLatin1String(", ")))));
}

void TestManPage::sections() {
    // Section 1, named for the program.
    const QStringList th = m_lines.filter(QRegularExpression(QStringLiteral("^\\.TH ")));
    QCOMPARE(th.size(), 1);
    QVERIFY2(th.first().startsWith(QLatin1String(".TH PORTRELAY 1 ")), qPrintable(th.first()));

    // What whatis/apropos index: "portrelay \- summary" on one line.
    const QStringList name = section(m_lines, QStringLiteral("NAME"));
    QCOMPARE(name.size(), 1);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^portrelay \\\\- \\S")).match(name.first()).hasMatch(),
        qPrintable(name.first()));

    for (const char *title : {"SYNOPSIS", "DESCRIPTION", "OPTIONS", "SIGNALS", "FILES",
                              "EXIT STATUS", "EXAMPLES", "SEE ALSO"}) {
        QVERIFY2(!section(m_lines, QLatin1String(title)).isEmpty(), title);
    }
    QVERIFY(section(m_lines, QStringLiteral("SEE ALSO"))
                .join(' ')
                .contains(QLatin1String("rinetd (8)")));
    // Every signal the headless mode handles has an entry.
    const QString signalsText = section(m_lines, QStringLiteral("SIGNALS")).join('\n');
    for (const char *signal : {"SIGHUP", "SIGTERM", "SIGINT"})
        QVERIFY2(signalsText.contains(QLatin1String(signal)), signal);
}

void TestManPage::defaultsAgreeWithHelp() {
    // "Default: /etc/rinetd.conf." in --help must be the default the manual names.
    const QRegularExpressionMatch defaultConf =
        QRegularExpression(QStringLiteral("Default: (/\\S+)\\.")).match(m_help);
    QVERIFY2(defaultConf.hasMatch(), qPrintable(m_help));
    const QString page = unescapeHyphens(m_lines.join('\n'));
    QVERIFY2(page.contains(defaultConf.captured(1)), qPrintable(defaultConf.captured(1)));
    // --check's exit codes as --help states them.
    QVERIFY2(m_help.contains(QLatin1String("0: no")) &&
                 m_help.contains(QLatin1String("1: errors")) &&
                 m_help.contains(QLatin1String("2: unreadable")),
             qPrintable(m_help));
    const QString exitStatus = section(m_lines, QStringLiteral("EXIT STATUS")).join('\n');
    for (const char *code : {".B 0", ".B 1", ".B 2"})
        QVERIFY2(exitStatus.contains(QLatin1String(code)), code);
}

void TestManPage::rendersWithoutWarnings() {
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed (Debian package groff-base): rendering not checked");
    // -ww: every warning; -z: no output, only the diagnostics.
    const ProgramRun render =
        runProgram(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                           QStringLiteral("-z"), kManPage});
    QVERIFY2(render.finished, qPrintable(render.err));
    QVERIFY2(render.err.trimmed().isEmpty(), qPrintable(render.err));
    QCOMPARE(render.exitCode, 0);

    // And the text a reader sees has the options with real hyphens (troff's "\-").
    const ProgramRun text =
        runProgram(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), kManPage});
    QVERIFY2(text.finished, qPrintable(text.err));
    QCOMPARE(text.exitCode, 0);
    // Bold and italics come as SGR escapes or as backspace overstrikes, depending on grotty's
    // settings; neither is part of the text.
    QString plain = text.out;
    plain.remove(QRegularExpression(QStringLiteral("\\x1b\\[[0-9;]*m")));
    plain.remove(QRegularExpression(QStringLiteral(".\\x08")));
    for (const QString &option : m_helpOptions) {
        if (option.startsWith(QLatin1String("--")))
            QVERIFY2(plain.contains(option), qPrintable(option));
    }
}

void TestManPage::inetdOptionsAreDocumented() {
    // `portrelay inetd --help` has its own options; the INETD MODE section lists exactly those.
    const ProgramRun help = runProgram(QStringLiteral(PORTRELAY_BINARY),
                                       {QStringLiteral("inetd"), QStringLiteral("--help")});
    QVERIFY2(help.finished, qPrintable(help.err));
    QCOMPARE(help.exitCode, 0);
    const int at = help.out.indexOf(QLatin1String("\nOptions:\n"));
    QVERIFY2(at >= 0, qPrintable(help.out));
    QSet<QString> printed = optionsIn(help.out.mid(at));
    printed.remove(QStringLiteral("-h"));
    printed.remove(QStringLiteral("--help"));
    printed.remove(QStringLiteral("--help-all"));
    QVERIFY(printed.contains(QStringLiteral("--allow")));
    const QStringList lines = section(m_lines, QStringLiteral("INETD MODE"));
    QStringList tags;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).trimmed() == QLatin1String(".TP") ||
            lines.at(i).trimmed() == QLatin1String(".TQ"))
            tags << unescapeHyphens(lines.at(i + 1));
    }
    const QSet<QString> documented = optionsIn(tags.join('\n'));
    QCOMPARE(documented, printed);
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
