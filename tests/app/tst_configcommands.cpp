#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

// `portrelay --check FILE` and `portrelay --export OUT FILE` run as a user runs them: the built
// binary, its exit code, what it prints and what it writes.
class TestConfigCommands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void checkUnreadable_data();
    void checkUnreadable();
    void exportFile_data();
    void exportFile();
    void exportUnreadable();
    void exportUnwritable();
    void exportModeUnderUmask000();
    void exportOntoFullDisk();
    void checkEscapesControlCharacters();
    void bundledExamples_data();
    void bundledExamples();
    void bundledExamplesAgree();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QStringList errLines;
    };
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void TestConfigCommands::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PORTRELAY_BINARY)), PORTRELAY_BINARY);
}

TestConfigCommands::Run TestConfigCommands::run(const QStringList &args) {
    QProcess process;
    process.start(QStringLiteral(PORTRELAY_BINARY), args);
    Run result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    result.errLines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return result;
}

QString TestConfigCommands::write(const QString &name, const QByteArray &content) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(content);
    return path;
}

void TestConfigCommands::check_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    // Expected stderr lines, in order; "@" stands for the file's path.
    QTest::addColumn<QStringList>("errPrefixes");

    QTest::newRow("valid rinetd.conf")
        << QByteArray("# ok\nlogfile /tmp/x.log\n127.0.0.1 8080 127.0.0.1 80\nallow 127.*\n") << 0
        << QStringList();
    QTest::newRow("warnings only") << QByteArray("0.0.0.0 80 127.0.0.1 8080 [foo=1]\n"
                                                 "allow 10..*\n"
                                                 "0.0.0.0 81 127.0.0.1 8081")
                                   << 0
                                   << QStringList{"@:1:28: warning: unknown option 'foo'",
                                                  "@:2:7: warning: 'allow 10..*' can never match",
                                                  "@:3:26: warning: no newline at the end"};
    // The kernel refuses the second bind and a rule forwarding to its own listener would
    // multiply each connection: errors, on the field that makes them so.
    QTest::newRow("bind conflict and self-loop")
        << QByteArray("127.0.0.1 9090 127.0.0.1 8080\n"
                      "0.0.0.0 9090 127.0.0.1 8081\n"
                      "127.0.0.1 9091 localhost 9091\n")
        << 1
        << QStringList{"@:2:1: error: TCP 0.0.0.0 port 9090 is also bound by the rule on line 1",
                       "@:3:16: error: the target localhost port 9091 is its own listener"};
    QTest::newRow("errors and warnings")
        << QByteArray("bad\n0.0.0.0 80 127.0.0.1 8080\nallow 10.* 11.*\n"
                      "0.0.0.0 80/udp 127.0.0.1 8080\n0.0.0.0 99999 127.0.0.1 80\n")
        << 1
        << QStringList{"@:1:1: error: unknown directive 'bad'",
                       "@:3:12: error: 'allow' takes exactly one pattern",
                       "@:4:26: warning: protocols differ", "@:5:9: error: port 99999"};
    QTest::newRow("rinetd-uv file") << QByteArray("pidfile /run/x.pid\n") << 0
                                    << QStringList{"@:1:1: warning: rinetd-uv directive"};
    QTest::newRow("valid json")
        << QByteArray("{\"version\": 1, \"rules\": [{\"id\": 1, \"bindHost\": \"127.0.0.1\", "
                      "\"bindPort\": \"8080\", \"connectHost\": \"127.0.0.1\", \"connectPort\": "
                      "\"80\"}]}")
        << 0 << QStringList();
    QTest::newRow("json missing field")
        << QByteArray("{\"version\": 1}") << 1 << QStringList{"@: error: rules: missing field"};
    QTest::newRow("json newer version") << QByteArray("{\"version\": 99, \"rules\": []}") << 1
                                        << QStringList{"@: error: version 99 was written by a "
                                                       "newer PortRelay"};
    QTest::newRow("json syntax") << QByteArray("{\n  \"version\": 1,\n  ]") << 1
                                 << QStringList{"@:3:"};
}

void TestConfigCommands::check() {
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QStringList, errPrefixes);
    const QString path = write(QStringLiteral("check.conf"), content);
    QVERIFY(!path.isEmpty());
    const Run r = run({QStringLiteral("--check"), path});
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1\n%2").arg(r.exitCode).arg(r.errLines.join('\n'))));
    QCOMPARE(r.errLines.size(), errPrefixes.size());
    for (int i = 0; i < errPrefixes.size(); ++i) {
        const QString prefix = QString(errPrefixes.at(i)).replace(QLatin1Char('@'), path);
        QVERIFY2(r.errLines.at(i).startsWith(prefix),
                 qPrintable(r.errLines.at(i) + QStringLiteral("\n  expected: ") + prefix));
    }
    // One summary line on stdout with the counts.
    QVERIFY2(r.out.startsWith(path + QStringLiteral(": ")), qPrintable(r.out));
    QVERIFY(
        r.out.contains(exitCode == 0 ? QStringLiteral("errors: 0,") : QStringLiteral("errors: ")));
}

void TestConfigCommands::checkUnreadable_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << QStringLiteral("does-not-exist.conf");
    QTest::newRow("directory") << QStringLiteral(".");
}

void TestConfigCommands::checkUnreadable() {
    QFETCH(QString, path);
    const QString full = QDir(m_dir.path()).filePath(path);
    const Run r = run({QStringLiteral("--check"), full});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines.size(), 1);
    QVERIFY2(r.errLines.first().startsWith(QStringLiteral("portrelay: cannot read ")),
             qPrintable(r.errLines.first()));
}

void TestConfigCommands::exportFile_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("outName");
    QTest::addColumn<bool>("force");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expected"); // the written file; empty: must stay "old"

    const QByteArray valid("# web\r\nlogfile \"/var/log/r.log\"\r\n0.0.0.0 80 127.0.0.1 8080 "
                           "#t\r\nallow 10.0.0.0/8\r\ndeny 10.1.0.0/17");
    const QByteArray validOut("# web\nlogfile /var/log/r.log\n0.0.0.0 80 127.0.0.1 8080 #t\n"
                              "#portrelay-cidr: 10.0.0.0/8\nallow 10.*\n"
                              "#portrelay-acl: deny 10.1.0.0/17\n");
    const QByteArray broken("3387 10.87.0.2 3389\n0.0.0.0 80 127.0.0.1 80\n");
    QTest::newRow("rinetd to rinetd") << valid << "out.conf" << false << 0 << validOut;
    QTest::newRow("no extension is rinetd") << valid << "rinetd" << false << 0 << validOut;
    QTest::newRow("errors refused") << broken << "out.conf" << false << 1 << QByteArray();
    QTest::newRow("errors refused for json") << broken << "out.json" << false << 1 << QByteArray();
    QTest::newRow("errors forced")
        << broken << "out.conf" << true << 0
        << QByteArray("#portrelay-invalid: 3387 10.87.0.2 3389\n0.0.0.0 80 127.0.0.1 80\n");
    QTest::newRow("broken json refused even with force")
        << QByteArray("{\"version\": 2, \"rules\": []}") << "out.conf" << true << 1 << QByteArray();
    QTest::newRow("to json") << valid << "out.json" << false << 0 << QByteArray("{");
    QTest::newRow("json to rinetd")
        << QByteArray("{\"version\": 1, \"rules\": [{\"id\": 4, \"enabled\": false, \"name\": "
                      "\"off\", \"bindHost\": \"[::1]\", \"bindPort\": 8080, \"bindProtocol\": "
                      "\"udp\", \"connectHost\": \"::1\", \"connectPort\": \"53\", "
                      "\"connectProtocol\": \"udp\"}]}")
        << "out.conf" << false << 0
        << QByteArray("#portrelay: name=off\n#portrelay-disabled: ::1 8080/udp ::1 53/udp\n");
}

void TestConfigCommands::exportFile() {
    QFETCH(QByteArray, input);
    QFETCH(QString, outName);
    QFETCH(bool, force);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expected);
    const QString in = write(QStringLiteral("in.data"), input);
    const QString out = write(outName, "old");
    QStringList args{QStringLiteral("--export"), out, in};
    if (force)
        args.prepend(QStringLiteral("--force"));
    const Run r = run(args);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1\n%2").arg(r.exitCode).arg(r.errLines.join('\n'))));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    if (expected.isEmpty()) {
        // Refused: the target is untouched and the user is told why.
        QCOMPARE(written, QByteArray("old"));
        QVERIFY(r.errLines.last().contains(force ? QLatin1String("nothing of")
                                                 : QLatin1String("--force")));
        QVERIFY(r.errLines.first().startsWith(in + QLatin1String(force ? ":" : ":1:")));
        return;
    }
    if (expected == "{") {
        const QJsonDocument doc = QJsonDocument::fromJson(written);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QStringLiteral("version")).toInt(), 1);
        // And the JSON checks clean and converts back to the same rinetd.conf.
        const Run check = run({QStringLiteral("--check"), out});
        QCOMPARE(check.exitCode, 0);
        const QString back = m_dir.filePath(QStringLiteral("back.conf"));
        QCOMPARE(run({QStringLiteral("--export"), back, out}).exitCode, 0);
        QFile backFile(back);
        QVERIFY(backFile.open(QIODevice::ReadOnly));
        QCOMPARE(backFile.readAll(),
                 QByteArray("# web\nlogfile /var/log/r.log\n0.0.0.0 80 127.0.0.1 8080 #t\n"
                            "#portrelay-cidr: 10.0.0.0/8\nallow 10.*\n"
                            "#portrelay-acl: deny 10.1.0.0/17\n"));
        return;
    }
    QCOMPARE(written, expected);
    QVERIFY(r.out.contains(out));
}

void TestConfigCommands::exportUnreadable() {
    const QString out = m_dir.filePath(QStringLiteral("never.conf"));
    const Run r = run({QStringLiteral("--export"), out, m_dir.filePath(QStringLiteral("none"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(out));
}

void TestConfigCommands::exportUnwritable() {
    const QString in = write(QStringLiteral("ok.conf"), "0.0.0.0 80 127.0.0.1 8080\n");
    const QString out = m_dir.filePath(QStringLiteral("missing-dir/out.conf"));
    const Run r = run({QStringLiteral("--export"), out, in});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.errLines.isEmpty());
    QVERIFY(r.errLines.last().contains(QLatin1String("missing-dir/out.conf")));
}

// Under umask 000 the export used to be created 0666; a new file gets 0644 whatever the umask.
void TestConfigCommands::exportModeUnderUmask000() {
    const QString in = write(QStringLiteral("umask.conf"), "0.0.0.0 80 127.0.0.1 8080\n");
    for (const QString &name :
         {QStringLiteral("umask-out.conf"), QStringLiteral("umask-out.json")}) {
        const QString out = m_dir.filePath(name);
        const mode_t old = ::umask(0); // inherited by the child
        const Run r = run({QStringLiteral("--export"), out, in});
        ::umask(old);
        QCOMPARE(r.exitCode, 0);
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(out).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0644));
    }
}

// A full disk is named as such (Qt's own text for the failed write was "Unknown error"). The
// disk is a 16 KiB tmpfs mounted in a private mount namespace of the child only.
void TestConfigCommands::exportOntoFullDisk() {
    QByteArray conf;
    for (int i = 0; i < 2000; ++i)
        conf += "127.0.0.1 " + QByteArray::number(10000 + i) + " 127.0.0.1 " +
                QByteArray::number(20000 + i) + "\n";
    const QString in = write(QStringLiteral("big.conf"), conf);
    const QString mountPoint = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QString out = mountPoint + QStringLiteral("/out.conf");
    const QString script = QStringLiteral("mount -t tmpfs -o size=16k portrelay-test \"$1\" || "
                                          "exit 77; shift; exec \"$@\"");
    QProcess process;
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                   QStringLiteral("sh"), mountPoint, QStringLiteral(PORTRELAY_BINARY),
                   QStringLiteral("--export"), out, in});
    if (!process.waitForStarted(30000))
        QSKIP("unshare(1) is not available: cannot make a small private file system");
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    if (process.exitCode() == 77 ||
        (process.exitCode() != 0 && err.startsWith(QLatin1String("unshare"))))
        QSKIP("no private mount namespace or tmpfs mount allowed here (needs root or "
              "CAP_SYS_ADMIN)");
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Unknown error")), qPrintable(err));
}

// A terminal escape in a rinetd.conf field reached the terminal raw from --check.
void TestConfigCommands::checkEscapesControlCharacters() {
    const QString in = write(QStringLiteral("escape.conf"), "0.0.0.0 80 ho\x1b"
                                                            "c\x07st 80\n");
    QProcess process;
    process.start(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--check"), in});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(!err.isEmpty(), "no diagnostic");
    QVERIFY2(!err.contains('\x1b') && !err.contains('\x07'), err.toPercentEncoding().constData());
    QVERIFY2(err.contains("'ho\\x1bc\\x07st'"), err.constData());
}

void TestConfigCommands::bundledExamples_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("conf") << QStringLiteral(PORTRELAY_SOURCE_DIR
                                            "/resources/examples/portrelay-example.conf");
    QTest::newRow("json") << QStringLiteral(PORTRELAY_SOURCE_DIR
                                            "/resources/examples/portrelay-example.json");
}

void TestConfigCommands::bundledExamples() {
    QFETCH(QString, path);
    const Run r = run({QStringLiteral("--check"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.errLines.isEmpty(), qPrintable(r.errLines.join(QLatin1Char('\n'))));
    QVERIFY2(r.out.contains(QLatin1String("rules: 4,")), qPrintable(r.out));
}

void TestConfigCommands::bundledExamplesAgree() {
    // The JSON example is the rinetd.conf example converted: exporting either gives the same.
    const QString fromConf = m_dir.filePath(QStringLiteral("from-conf.json"));
    const QString fromJson = m_dir.filePath(QStringLiteral("from-json.json"));
    QCOMPARE(
        run({QStringLiteral("--export"), fromConf,
             QStringLiteral(PORTRELAY_SOURCE_DIR "/resources/examples/portrelay-example.conf")})
            .exitCode,
        0);
    QCOMPARE(
        run({QStringLiteral("--export"), fromJson,
             QStringLiteral(PORTRELAY_SOURCE_DIR "/resources/examples/portrelay-example.json")})
            .exitCode,
        0);
    QFile a(fromConf);
    QFile b(fromJson);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

QTEST_GUILESS_MAIN(TestConfigCommands)
#include "tst_configcommands.moc"
