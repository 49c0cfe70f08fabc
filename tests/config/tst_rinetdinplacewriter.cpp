#include "ConfigLoader.h"
#include "RinetdConfigParser.h"
#include "RinetdInPlaceWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Saving a document that came from a rinetd.conf: only the lines of what was edited change.
class TestRinetdInPlaceWriter : public QObject {
    Q_OBJECT

private slots:
    void unchangedIsIdentical();
    void editsOneRuleOfEachPeerFile_data();
    void editsOneRuleOfEachPeerFile();
    void keepsAlignment();
    void latin1FileStaysLatin1();
    void unknownDirectivesVerbatim();
    void removeAndAdd();
    void namesOptionsAndAcl();
    void settings();
    void refusesAFileChangedSinceRead();
    void savesWithBackup();
    void backupDoesNotFollowALinkAsRoot();

private:
    static Config parse(const QByteArray &text) {
        RinetdConfigParser parser(QStringLiteral("t.conf"));
        return parser.parse(text);
    }
    static QByteArray rewrite(const QByteArray &original, const Config &edited) {
        RinetdInPlaceWriter writer(QStringLiteral("t.conf"));
        QByteArray out;
        QString error;
        if (!writer.write(original, edited, &out, &error))
            qWarning("%s", qPrintable(error));
        return out;
    }
    // Lines with their endings.
    static QList<QByteArray> lines(const QByteArray &text) {
        QList<QByteArray> result;
        for (int start = 0; start < text.size();) {
            const int nl = text.indexOf('\n', start);
            const int end = nl < 0 ? int(text.size()) : nl + 1;
            result.append(text.mid(start, end - start));
            start = end;
        }
        return result;
    }
};

void TestRinetdInPlaceWriter::unchangedIsIdentical() {
    const QByteArray text("# head\r\n  0.0.0.0\t80   127.0.0.1 8080 # web\r\nallow 10.*\r\n"
                          "events auto\r\nbad line here\r\nlogfile /var/log/r[1.log");
    QCOMPARE(rewrite(text, parse(text)), text);
}

void TestRinetdInPlaceWriter::editsOneRuleOfEachPeerFile_data() {
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(PORTRELAY_SOURCE_DIR "/../shared/testdata/peers");
    int files = 0;
    for (const QString &dir : {QStringLiteral("/real-world"), QStringLiteral("/upstream")}) {
        const QDir d(root + dir);
        for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(name)) << d.filePath(name);
            ++files;
        }
    }
    if (files == 0)
        QTest::newRow("absent") << QString();
}

void TestRinetdInPlaceWriter::editsOneRuleOfEachPeerFile() {
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/testdata/peers is not present");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    Config config = parse(original);
    if (config.rules.isEmpty()) {
        // Nothing to edit: a rule added by the user is appended, the rest stays.
        Rule rule;
        rule.id = 1;
        rule.bindHost = QStringLiteral("127.0.0.1");
        rule.bindPort = QStringLiteral("8080");
        rule.connectHost = QStringLiteral("127.0.0.1");
        rule.connectPort = QStringLiteral("80");
        config.rules << rule;
        const QByteArray out = rewrite(original, config);
        const QByteArray kept = original.endsWith('\n') || original.isEmpty()
                                    ? original
                                    : original + (original.contains("\r\n") ? "\r\n" : "\n");
        QVERIFY2(out.startsWith(kept), out.constData());
        QVERIFY(out.mid(kept.size()).startsWith("127.0.0.1 8080 127.0.0.1 80"));
        return;
    }
    // The last rule gets another target port: that line and nothing else changes.
    Rule &rule = config.rules.last();
    const int line = rule.sourceLine;
    rule.connectPort = QStringLiteral("4321");
    const QByteArray out = rewrite(original, config);
    const QList<QByteArray> before = lines(original);
    const QList<QByteArray> after = lines(out);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        if (i + 1 == line) {
            QVERIFY(after.at(i) != before.at(i));
            QVERIFY2(after.at(i).contains(" 4321"), after.at(i).constData());
            // Same line ending as before.
            QCOMPARE(after.at(i).endsWith("\r\n"), before.at(i).endsWith("\r\n"));
        } else {
            QCOMPARE(after.at(i), before.at(i));
        }
    }
    const Config back = parse(out);
    QCOMPARE(back.rules.size(), config.rules.size());
    QCOMPARE(back.rules.last().connectPort, QStringLiteral("4321"));
}

void TestRinetdInPlaceWriter::keepsAlignment() {
    const QByteArray text("# bind        port  target      port\n"
                          "0.0.0.0       80    127.0.0.1   8080   # web\n"
                          "0.0.0.0\t\t443\t127.0.0.1\t8443\n");
    Config config = parse(text);
    config.rules[0].connectHost = QStringLiteral("10.0.0.1");
    config.rules[1].connectPort = QStringLiteral("9443");
    QCOMPARE(rewrite(text, config), QByteArray("# bind        port  target      port\n"
                                               "0.0.0.0       80    10.0.0.1    8080   # web\n"
                                               "0.0.0.0\t\t443\t127.0.0.1\t9443\n"));
}

// A file that is not valid UTF-8 is read as Latin-1; an edited line is written back in Latin-1
// too (a no-break space before the rule, a byte that is whitespace only in Latin-1, stays one
// byte, and the rule reads back).
void TestRinetdInPlaceWriter::latin1FileStaysLatin1() {
    const QByteArray text("# caf\xe9\n"
                          "\xa0:: 53/udp ::1 5353/udp\n");
    Config config = parse(text);
    QCOMPARE(config.rules.size(), 1);
    config.rules[0].connectPort = QStringLiteral("4321");
    const QByteArray out = rewrite(text, config);
    QCOMPARE(out, QByteArray("# caf\xe9\n"
                             "\xa0:: 53/udp ::1 4321/udp\n"));
    const Config back = parse(out);
    QCOMPARE(back.rules.size(), 1);
    QCOMPARE(back.rules.first().connectPort, QStringLiteral("4321"));
}

void TestRinetdInPlaceWriter::unknownDirectivesVerbatim() {
    const QByteArray text("events auto\n"
                          "user www-data\n"
                          "pidfile /run/uv.pid\n"
                          "::           80        127.0.0.1     8080\n"
                          "this line has errors\n"
                          "::           443       127.0.0.1     8443\n");
    Config config = parse(text);
    QCOMPARE(config.rules.size(), 2);
    config.rules[1].connectPort = QStringLiteral("9443");
    RinetdInPlaceWriter writer(QStringLiteral("t.conf"));
    QByteArray out;
    QString error;
    QVERIFY(writer.write(text, config, &out, &error));
    QCOMPARE(out, QByteArray("events auto\n"
                             "user www-data\n"
                             "pidfile /run/uv.pid\n"
                             "::           80        127.0.0.1     8080\n"
                             "this line has errors\n"
                             "::           443       127.0.0.1     9443\n"));
    // The user is told that these lines are kept but not run.
    QCOMPARE(writer.warnings().size(), 3);
    QVERIFY(writer.warnings().at(1).message.contains(QLatin1String("user www-data")));
}

void TestRinetdInPlaceWriter::removeAndAdd() {
    const QByteArray text("# first\n"
                          "0.0.0.0 81 127.0.0.1 8081\n"
                          "allow 10.*\n"
                          "# second\n"
                          "0.0.0.0 82 127.0.0.1 8082\n"
                          "\n"
                          "logfile /var/log/r.log\n");
    Config config = parse(text);
    config.rules.removeFirst();
    Rule added;
    added.id = 7;
    added.name = QStringLiteral("new one");
    added.bindHost = QStringLiteral("127.0.0.1");
    added.bindPort = QStringLiteral("83");
    added.connectHost = QStringLiteral("127.0.0.1");
    added.connectPort = QStringLiteral("8083");
    config.rules << added;
    RinetdInPlaceWriter writer;
    QByteArray out;
    QString error;
    QVERIFY(writer.write(text, config, &out, &error));
    // The removed rule's lines go (its comment stays); the new rule follows the last rule.
    QCOMPARE(out, QByteArray("# first\n"
                             "# second\n"
                             "0.0.0.0 82 127.0.0.1 8082\n"
                             "#portrelay: name=new one\n"
                             "127.0.0.1 83 127.0.0.1 8083\n"
                             "\n"
                             "logfile /var/log/r.log\n"));
    QCOMPARE(writer.newLines(), (QVector<int>{3, 5}));
}

void TestRinetdInPlaceWriter::namesOptionsAndAcl() {
    const QByteArray text("#portrelay: name=web\n"
                          "0.0.0.0 80 127.0.0.1 8080\n"
                          "allow 10.*\n"
                          "0.0.0.0 81 127.0.0.1 8081 [timeout=5]\n"
                          "# end\n");
    Config config = parse(text);
    config.rules[0].name.clear();
    config.rules[0].acl.entries[0].pattern = QStringLiteral("192.168.*");
    config.rules[1].name = QStringLiteral("api");
    config.rules[1].enabled = false;
    QCOMPARE(rewrite(text, config), QByteArray("0.0.0.0 80 127.0.0.1 8080\n"
                                               "allow 192.168.*\n"
                                               "#portrelay: name=api\n"
                                               "#portrelay-disabled: 0.0.0.0 81 127.0.0.1 8081 "
                                               "[timeout=5]\n"
                                               "# end\n"));
}

void TestRinetdInPlaceWriter::settings() {
    const QByteArray text("0.0.0.0 80 127.0.0.1 8080\n"
                          "\n"
                          "# logging\n"
                          "logfile /var/log/old.log\n");
    Config config = parse(text);
    config.logFile = QStringLiteral("/var/log/new.log");
    config.globalAcl.entries.append(AclEntry{AclEntry::Kind::Deny, QStringLiteral("10.*"), {}});
    QCOMPARE(rewrite(text, config), QByteArray("deny 10.*\n"
                                               "0.0.0.0 80 127.0.0.1 8080\n"
                                               "\n"
                                               "# logging\n"
                                               "logfile /var/log/new.log\n"));
}

void TestRinetdInPlaceWriter::refusesAFileChangedSinceRead() {
    const QByteArray text("0.0.0.0 80 127.0.0.1 8080\n");
    const Config read = parse(text);
    Config edited = read;
    edited.rules[0].connectPort = QStringLiteral("9090");
    // Someone else replaced the rule on that line in the meantime.
    const QByteArray changed("0.0.0.0 22 127.0.0.1 2222\n");
    RinetdInPlaceWriter writer;
    QByteArray out;
    QString error;
    QVERIFY(!writer.write(changed, edited, &out, &error, &read));
    QVERIFY(error.contains(QLatin1String("changed")));
    QVERIFY(writer.write(text, edited, &out, &error, &read));
}

void TestRinetdInPlaceWriter::savesWithBackup() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rinetd.conf"));
    const QByteArray text("# keep\n0.0.0.0 80 127.0.0.1 8080\n");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    }
    const ConfigLoadResult loaded = loadConfigFile(path);
    Config edited = loaded.config;
    edited.rules[0].connectPort = QStringLiteral("9090");
    QString error;
    QVector<int> newLines;
    QVERIFY2(saveConfigInPlace(edited, path, &error, nullptr, &loaded.config, &newLines),
             qPrintable(error));
    QCOMPARE(newLines, QVector<int>{2});
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("# keep\n0.0.0.0 80 127.0.0.1 9090\n"));
    QFile backup(path + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), text);
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    // Owner, group and other bits (the "user" bits repeat the owner's for the file's owner).
    QCOMPARE(saved.permissions() & 0x7077, mode & 0x7077);
    QCOMPARE(backup.permissions() & 0x7077, mode & 0x7077);
}

void TestRinetdInPlaceWriter::backupDoesNotFollowALinkAsRoot() {
    if (geteuid() != 0)
        QSKIP("the symbolic-link refusal applies to root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rinetd.conf"));
    const QString victim = dir.filePath(QStringLiteral("victim"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0.0.0.0 80 127.0.0.1 8080\n");
        QFile v(victim);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write("precious\n");
    }
    QVERIFY(QFile::link(victim, path + QStringLiteral(".bak")));
    Config edited = loadConfigFile(path).config;
    edited.rules[0].connectPort = QStringLiteral("9090");
    QString error;
    QVERIFY2(saveConfigInPlace(edited, path, &error), qPrintable(error));
    QFile v(victim);
    QVERIFY(v.open(QIODevice::ReadOnly));
    QCOMPARE(v.readAll(), QByteArray("precious\n"));
    QVERIFY(!QFileInfo(path + QStringLiteral(".bak")).isSymLink());

    // The config file itself as a link: refused, nothing written.
    const QString linked = dir.filePath(QStringLiteral("linked.conf"));
    QVERIFY(QFile::link(path, linked));
    edited.rules[0].connectPort = QStringLiteral("7070");
    QVERIFY(!saveConfigInPlace(edited, linked, &error));
    QVERIFY(error.contains(QLatin1String("symbolic link")));
}

QTEST_GUILESS_MAIN(TestRinetdInPlaceWriter)
#include "tst_rinetdinplacewriter.moc"
