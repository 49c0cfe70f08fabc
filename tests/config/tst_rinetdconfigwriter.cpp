#include "JsonConfigWriter.h"
#include "RandomConfigGenerator.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

// The rinetd.conf writer: what it prints, that import -> export -> import is lossless (on
// hand-written cases, on every peer file and on many generated configs), and that Debian's real
// rinetd 0.73 starts with what it writes and forwards as the config says.
class TestRinetdConfigWriter : public QObject {
    Q_OBJECT

private slots:
    void exportText_data();
    void exportText();
    void disabledAndNamedRules();
    void roundTrip_data();
    void roundTrip();
    void roundTripPeerFiles_data();
    void roundTripPeerFiles();
    void roundTripGenerated();
    void roundTripGarbage_data();
    void roundTripGarbage();
    void sanitisesForeignAnnotations();
    void realRinetdAcceptsExport();
    void realRinetdAcceptsGenerated();

private:
    static Config parse(const QString &text, QVector<ConfigDiagnostic> *diagnostics = nullptr);
    static void checkRoundTrip(const Config &config, const QString &what);
    static QVector<quint16> freePorts(int count);
    static void runRinetd(const Config &config, const QVector<quint16> &tcpPorts,
                          const QVector<quint16> &closedPorts, QTcpServer *backend);
};

Config TestRinetdConfigWriter::parse(const QString &text, QVector<ConfigDiagnostic> *diagnostics) {
    RinetdConfigParser parser(QStringLiteral("in.conf"));
    const Config config = parser.parseText(text);
    if (diagnostics)
        *diagnostics = parser.diagnostics();
    return config;
}

void TestRinetdConfigWriter::exportText_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("warnings");

    QTest::newRow("globals first")
        << "0.0.0.0 80 127.0.0.1 80\nlogfile /var/log/r.log\nlogcommon\npidlogfile /run/r.pid\n"
        << "logfile /var/log/r.log\nlogcommon\npidlogfile /run/r.pid\n0.0.0.0 80 127.0.0.1 80\n"
        << 0;
    QTest::newRow("global acl before rules, rule acl after its rule")
        << "allow 10.*\n0.0.0.0 80 127.0.0.1 80\ndeny 10.0.0.1\n0.0.0.0 81 127.0.0.1 81\n"
        << "allow 10.*\n0.0.0.0 80 127.0.0.1 80\ndeny 10.0.0.1\n0.0.0.0 81 127.0.0.1 81\n"
        << 0;
    QTest::newRow("exact cidr becomes glob")
        << "allow 10.0.0.0/8\ndeny 192.168.0.0/16\nallow 172.16.5.0/24\ndeny 127.0.0.1/32\n"
           "allow 0.0.0.0/0\n"
        << "#portrelay-cidr: 10.0.0.0/8\nallow 10.*\n#portrelay-cidr: 192.168.0.0/16\n"
           "deny 192.168.*\n#portrelay-cidr: 172.16.5.0/24\nallow 172.16.5.*\n"
           "#portrelay-cidr: 127.0.0.1/32\ndeny 127.0.0.1\n#portrelay-cidr: 0.0.0.0/0\nallow *\n"
        << 0;
    QTest::newRow("inexact cidr becomes annotation")
        << "0.0.0.0 80 127.0.0.1 80\nallow 10.0.0.0/9 # lan\ndeny 2001:db8::/32\n"
        << "0.0.0.0 80 127.0.0.1 80\n#portrelay-acl: allow 10.0.0.0/9 # lan\n"
           "#portrelay-acl: deny 2001:db8::/32\n"
        << 2;
    QTest::newRow("no brackets around ipv6") << "[::1] 80 [2001:db8::1] 81\n"
                                             << "::1 80 2001:db8::1 81\n"
                                             << 0;
    QTest::newRow("quoted path unquoted") << "logfile \"/var/log/r.log\"\n"
                                          << "logfile /var/log/r.log\n"
                                          << 0;
    QTest::newRow("path with blank stays quoted, with a warning") << "logfile \"/var/log/my log\"\n"
                                                                  << "logfile \"/var/log/my log\"\n"
                                                                  << 1;
    QTest::newRow("final newline added") << "0.0.0.0 80 127.0.0.1 80"
                                         << "0.0.0.0 80 127.0.0.1 80\n"
                                         << 0;
    QTest::newRow("CRLF becomes LF") << "# c\r\n0.0.0.0 80 127.0.0.1 80\r\n"
                                     << "# c\n0.0.0.0 80 127.0.0.1 80\n"
                                     << 0;
    QTest::newRow("comments in their places")
        << "# head\n\n  # indented\n0.0.0.0 80 127.0.0.1 6000#web\n\t# acl\nallow 10.*  # lan\n"
           "# tail\n\n"
        << "# head\n\n  # indented\n0.0.0.0 80 127.0.0.1 6000 #web\n\t# acl\nallow 10.* # lan\n"
           "# tail\n\n"
        << 0;
    QTest::newRow("options normalised") << "0.0.0.0 53/udp 127.0.0.1 53/udp [ timeout = 5 , "
                                           "src = 127.0.0.1 ]\n"
                                        << "0.0.0.0 53/udp 127.0.0.1 53/udp "
                                           "[timeout=5,src=127.0.0.1]\n"
                                        << 0;
    QTest::newRow("explicit tcp kept") << "0.0.0.0 80/tcp 127.0.0.1 80\n"
                                       << "0.0.0.0 80/tcp 127.0.0.1 80\n"
                                       << 0;
    QTest::newRow("unknown options as annotation")
        << "0.0.0.0 80 127.0.0.1 80 [foo=1,timeout=5]\n"
        << "#portrelay-options: [foo=1,timeout=5]\n0.0.0.0 80 127.0.0.1 80 [timeout=5]\n"
        << 1;
    QTest::newRow("relay options as annotation")
        << "0.0.0.0 21 10.0.0.2 21 [timeout=60,ftp=passive,rate=1M,rate-rule=4M,transparent=yes]\n"
        << "#portrelay-options: [timeout=60,ftp=passive,rate=1M,rate-rule=4M,transparent=yes]\n"
           "0.0.0.0 21 10.0.0.2 21 [timeout=60]\n"
        << 4;
    QTest::newRow("unsupported lines as annotations")
        << "pidfile /run/x.pid # p\n0.0.0.0 80 127.0.0.1 80\n"
        << "#portrelay-unsupported: pidfile /run/x.pid # p\n0.0.0.0 80 127.0.0.1 80\n"
        << 0;
    QTest::newRow("invalid line kept as comment")
        << "3387 10.87.0.2 3389\n0.0.0.0 80 127.0.0.1 80\n"
        << "#portrelay-invalid: 3387 10.87.0.2 3389\n0.0.0.0 80 127.0.0.1 80\n"
        << 0;
    QTest::newRow("original target and its acl as annotations")
        << "0.0.0.0 3129 original original [translate=http]\nallow 10.*\n"
           "0.0.0.0 80 127.0.0.1 80\n"
        << "#portrelay-original: 0.0.0.0 3129 original original [translate=http]\n"
           "#portrelay-acl: allow 10.*\n0.0.0.0 80 127.0.0.1 80\n"
        << 0;
    QTest::newRow("translate as annotation")
        << "0.0.0.0 3129 127.0.0.1 3128 [translate=http]\n"
        << "#portrelay-options: [translate=http]\n0.0.0.0 3129 127.0.0.1 3128\n"
        << 1;
    QTest::newRow("empty") << ""
                           << "" << 0;
}

void TestRinetdConfigWriter::exportText() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, warnings);
    RinetdConfigWriter writer;
    QCOMPARE(writer.write(parse(input)), expected);
    QCOMPARE(writer.warnings().size(), warnings);
}

void TestRinetdConfigWriter::disabledAndNamedRules() {
    Config config;
    config.logFile = QStringLiteral("/var/log/r.log");
    config.logFormat = LogFormat::None;
    Rule on;
    on.id = 1;
    on.name = QStringLiteral("Web");
    on.bindHost = QStringLiteral("0.0.0.0");
    on.bindPort = QStringLiteral("80");
    on.connectHost = QStringLiteral("127.0.0.1");
    on.connectPort = QStringLiteral("8080");
    Rule off = on;
    off.id = 2;
    off.enabled = false;
    off.name = QStringLiteral("Old web");
    off.bindPort = QStringLiteral("81");
    off.acl.entries << AclEntry{AclEntry::Kind::Allow, QStringLiteral("10.0.0.0/9"), {}};
    off.notes.trailingComment = QStringLiteral("# retired");
    config.rules << on << off;
    RinetdConfigWriter writer;
    const QString text = writer.write(config);
    QCOMPARE(text, QStringLiteral("#portrelay-disabled: logfile /var/log/r.log\n"
                                  "#portrelay: name=Web\n"
                                  "0.0.0.0 80 127.0.0.1 8080\n"
                                  "#portrelay: name=Old web\n"
                                  "#portrelay-disabled: 0.0.0.0 81 127.0.0.1 8080 # retired\n"
                                  "#portrelay-disabled: allow 10.0.0.0/9\n"));
    QVector<ConfigDiagnostic> diagnostics;
    QCOMPARE(parse(text, &diagnostics), config);
    QVERIFY(diagnostics.isEmpty());
}

void TestRinetdConfigWriter::checkRoundTrip(const Config &config, const QString &what) {
    RinetdConfigWriter writer;
    const QString first = writer.write(config);
    QVector<ConfigDiagnostic> diagnostics;
    const Config again = parse(first, &diagnostics);
    if (again != config) {
        RinetdConfigWriter second;
        qWarning().noquote() << what << "\n--- exported:\n"
                             << first << "--- re-exported:\n"
                             << second.write(again) << "--- documents (JSON):\n"
                             << JsonConfigWriter::write(config) << "---\n"
                             << JsonConfigWriter::write(again);
    }
    QVERIFY2(again == config, qPrintable(what));
    QVERIFY2(first.isEmpty() || first.endsWith(QLatin1Char('\n')), qPrintable(what));
    QVERIFY2(!first.contains(QStringLiteral("\r\n")), qPrintable(what));
    for (const ConfigDiagnostic &d : diagnostics)
        QVERIFY2(!d.isError(), qPrintable(what + QStringLiteral(": ") + d.toString()));
    RinetdConfigWriter writer2;
    QCOMPARE(writer2.write(again), first);
}

void TestRinetdConfigWriter::roundTrip_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("everything") << QStringLiteral(
        "# rinetd.conf\r\n\r\nlogfile \"/var/log/r.log\" # log\r\nlogcommon\r\n"
        "pidlogfile /run/r.pid\r\nallow 192.168.*\r\ndeny 192.168.1.1 # bad host\r\n"
        "allow 10.0.0.0/8\r\n# web\r\n0.0.0.0 80 127.0.0.1 8080 # web\r\nallow 10.1.*\r\n"
        "deny 10.1.2.0/23\r\n:: 53/udp ::1 5353/udp [timeout=30 , src=::1]\r\n"
        "[::1] 8081/tcp localhost http [keepalive=on,timeout=9]\r\n"
        "pidfile /x.pid\r\n0.0.0.0 2375 unix:/run/docker.sock\r\nallow 10.*\r\n"
        "# the end\r\n\r\n\r\n");
    QTest::newRow("relay options") << QStringLiteral(
        "0.0.0.0 21 10.0.0.2 21 [ftp=both,rate=512k,timeout=60,rate-rule=1G,transparent=no]\n"
        "0.0.0.0 2121 10.0.0.2 21 [ftp=pasv]\n");
    QTest::newRow("no final newline") << QStringLiteral("0.0.0.0 80 127.0.0.1 80");
    QTest::newRow("only comments") << QStringLiteral("# a\n\n# b");
    QTest::newRow("logfile after rules") << QStringLiteral("0.0.0.0 80 127.0.0.1 80\nlogfile /a\n");
    QTest::newRow("annotated") << QStringLiteral(
        "#portrelay: logformat=portrelay\nlogfile /l\n#portrelay: name=n\n"
        "#portrelay-disabled: 0.0.0.0 80 127.0.0.1 80 [x=1]\n"
        "#portrelay-disabled: deny 10.0.0.0/9 # c\n0.0.0.0 81 127.0.0.1 81\n");
    // A '#' inside quotes is text when the line is read and when its annotation is read back
    // (found by fuzz_rinetdconf).
    QTest::newRow("quoted hash in an unsupported line")
        << QStringLiteral("include \"/etc/#x.conf\" # c\npidfile \"/run/a#b\"\n");
    QTest::newRow("original destination") << QStringLiteral(
        "0.0.0.0 80 127.0.0.1 80\n#portrelay: name=intercept\n"
        "0.0.0.0 3129 original original [translate=http,timeout=60] # squid\n"
        "allow 10.0.0.0/9\ndeny 10.0.0.1\n"
        "#portrelay-disabled: :: 3130 original original\n0.0.0.0 81 127.0.0.1 81\nallow 1.*\n");
    // A 'logcommon' line overridden later keeps its comments for every format it can give way to.
    QTest::newRow("logcommon overridden by none")
        << QStringLiteral("# log\nlogcommon # c\n#portrelay: logformat=none\n");
    QTest::newRow("logcommon overridden by rinetd")
        << QStringLiteral("logcommon # c\nlogfile /a\n#portrelay: logformat=rinetd\n");
    QTest::newRow("logcommon overridden by portrelay")
        << QStringLiteral("# log\nlogcommon\nlogfile /a # l\n#portrelay: logformat=portrelay\n");
    QTest::newRow("logcommon overridden by a disabled logfile")
        << QStringLiteral("logcommon # c\n#portrelay-disabled: logfile /a\n");
    // Garbage the generator of roundTripGarbage makes when clang orders its draws (found under
    // the sanitizer build and by fuzz_rinetdconf).
    QTest::newRow("garbage 310 of the clang order") << QStringLiteral(
        "#\t= \r\nallow\u00e9 [] [foo=1,src=127.0.0.1]10.0.0.0/9\r\nlocalhost\thttp \"/a b\"\t\r\n"
        "#portrelay-disabled: unix:/x80localhost\t\r\tlocalhost  \r\nlogcommon\t"
        "#portrelay-options: [x=1]  \r\n10.0.0.0/9 0.0.0.0  10.*\t[::1]\t80#portrelay-acl:  \r\n"
        ",  99999  # c\t\r\n#portrelay: logformat=none  \r\n#portrelay-acl:\t127.0.0.1\r\n"
        "] ::1\"/a b\"  #portrelay: logformat=none  http deny\r\n\n");
    // An allow line of an unsupported forwarding that ends in a vertical tab (found by
    // fuzz_rinetdconf): it reads back as it was kept.
    QTest::newRow("unsupported rule's allow line ending in a vertical tab")
        << QStringLiteral("0.0.0.0 2375 unix:/a\nallow 10.*\v");
    QTest::newRow("errors become comments") << QStringLiteral("bad\n0.0.0.0 80 127.0.0.1 80\n"
                                                              "allow 1 2\n");
}

void TestRinetdConfigWriter::roundTrip() {
    QFETCH(QString, text);
    checkRoundTrip(parse(text), QString::fromLatin1(QTest::currentDataTag()));
}

void TestRinetdConfigWriter::roundTripPeerFiles_data() {
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(PORTRELAY_SOURCE_DIR "/../shared/testdata/peers");
    int rows = 0;
    for (const char *sub : {"upstream", "real-world"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(sub), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("absent") << QString();
}

void TestRinetdConfigWriter::roundTripPeerFiles() {
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/testdata/peers is not present");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RinetdConfigParser parser(path);
    const Config config = parser.parse(file.readAll());
    checkRoundTrip(config, path);
}

void TestRinetdConfigWriter::roundTripGenerated() {
    RandomConfigGenerator generator(20261127);
    int rules = 0;
    int disabled = 0;
    int cidr = 0;
    for (int i = 0; i < 500; ++i) {
        const Config config = generator.next();
        rules += int(config.rules.size());
        for (const Rule &r : config.rules) {
            disabled += r.enabled ? 0 : 1;
            for (const AclEntry &e : r.acl.entries)
                cidr += e.pattern.contains(QLatin1Char('/')) ? 1 : 0;
        }
        checkRoundTrip(config, QStringLiteral("generated config %1").arg(i));
        if (QTest::currentTestFailed())
            return;
    }
    // The generator really varies what matters.
    QVERIFY(rules > 1000);
    QVERIFY(disabled > 100);
    QVERIFY(cidr > 100);
}

void TestRinetdConfigWriter::roundTripGarbage_data() {
    QTest::addColumn<bool>("separatorFirst");
    QTest::newRow("fragment, then separator (clang's order)") << false;
    QTest::newRow("separator, then fragment (gcc's order)") << true;
}

void TestRinetdConfigWriter::roundTripGarbage() {
    // Whatever a file holds, good or bad: what PortRelay keeps of it exports to a file that reads
    // back without errors as the same document.
    static const QStringList fragments = {"0.0.0.0",
                                          "127.0.0.1",
                                          "::1",
                                          "[::1]",
                                          "80",
                                          "http",
                                          "99999",
                                          "8080/udp",
                                          "53/tcp",
                                          "0",
                                          "allow",
                                          "deny",
                                          "10.*",
                                          "10.0.0.0/9",
                                          "10.0.0.0/8",
                                          "logfile",
                                          "\"/a b\"",
                                          "/var/log/x",
                                          "logcommon",
                                          "pidlogfile",
                                          "#",
                                          "# c",
                                          "[timeout=5]",
                                          "[",
                                          "]",
                                          "[]",
                                          "[foo=1,src=127.0.0.1]",
                                          "pidfile",
                                          "unix:/x",
                                          "#portrelay: name=n",
                                          "#portrelay-disabled:",
                                          "#portrelay-cidr: 10.0.0.0/8",
                                          "#portrelay-acl:",
                                          "#portrelay-options: [x=1]",
                                          "#portrelay-unsupported:",
                                          "#portrelay: logformat=none",
                                          "\"",
                                          "=",
                                          ",",
                                          "é",
                                          "#portrelay-invalid: x",
                                          "localhost",
                                          "\r"};
    static const QStringList separators = {" ", "\t", "", "  "};
    // Each draw is its own statement: the operands of one expression are evaluated in an order
    // the compiler chooses (gcc and clang differ), which would feed each compiler other inputs.
    // Both orders the test once had, one per compiler, are kept as rows.
    QFETCH(bool, separatorFirst);
    QRandomGenerator random(555);
    for (int round = 0; round < 400; ++round) {
        QStringList lines;
        const int count = int(random.bounded(12));
        for (int i = 0; i < count; ++i) {
            QString line;
            const int parts = int(random.bounded(7));
            for (int p = 0; p < parts; ++p) {
                int fragment = 0;
                int separator = 0;
                if (separatorFirst) {
                    separator = int(random.bounded(separators.size()));
                    fragment = int(random.bounded(fragments.size()));
                } else {
                    fragment = int(random.bounded(fragments.size()));
                    separator = int(random.bounded(separators.size()));
                }
                line += fragments.at(fragment) + separators.at(separator);
            }
            lines << line;
        }
        bool lf = false;
        bool finalNewline = false;
        if (separatorFirst) {
            finalNewline = random.bounded(3) != 0;
            lf = random.bounded(2) != 0;
        } else {
            lf = random.bounded(2) != 0;
            finalNewline = random.bounded(3) != 0;
        }
        const QString text = lines.join(lf ? "\n" : "\r\n") + (finalNewline ? "\n" : "");
        checkRoundTrip(parse(text), QStringLiteral("garbage %1:\n%2").arg(round).arg(text));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestRinetdConfigWriter::sanitisesForeignAnnotations() {
    // Data from the editor or JSON that is not a comment must not become a directive.
    Config config;
    config.trailingLines << QStringLiteral("0.0.0.0 1 127.0.0.1 1");
    Rule r;
    r.id = 1;
    r.bindHost = QStringLiteral("0.0.0.0");
    r.bindPort = QStringLiteral("80");
    r.connectHost = QStringLiteral("127.0.0.1");
    r.connectPort = QStringLiteral("80");
    r.name = QStringLiteral("two\nlines");
    r.notes.trailingComment = QStringLiteral("no hash");
    config.rules << r;
    RinetdConfigWriter writer;
    const QString text = writer.write(config);
    QCOMPARE(text, QStringLiteral("#portrelay: name=two lines\n0.0.0.0 80 127.0.0.1 80 # no hash\n"
                                  "# 0.0.0.0 1 127.0.0.1 1\n"));
    QCOMPARE(writer.warnings().size(), 3);
    QCOMPARE(parse(text).rules.size(), 1);
}

QVector<quint16> TestRinetdConfigWriter::freePorts(int count) {
    QVector<quint16> ports;
    QList<QTcpServer *> servers;
    for (int i = 0; i < count; ++i) {
        auto *server = new QTcpServer;
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            delete server;
            continue;
        }
        ports << server->serverPort();
        servers << server;
    }
    qDeleteAll(servers);
    return ports;
}

void TestRinetdConfigWriter::runRinetd(const Config &config, const QVector<quint16> &tcpPorts,
                                       const QVector<quint16> &closedPorts, QTcpServer *backend) {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Config withLog = config;
    withLog.logFile = dir.filePath(QStringLiteral("rinetd.log"));
    RinetdConfigWriter writer;
    const QString text = writer.write(withLog);
    const QString confPath = dir.filePath(QStringLiteral("rinetd.conf"));
    QFile conf(confPath);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(text.toUtf8());
    conf.close();

    QProcess rinetd;
    rinetd.setProcessChannelMode(QProcess::MergedChannels);
    rinetd.start(QStringLiteral("/usr/sbin/rinetd"),
                 {QStringLiteral("-f"), QStringLiteral("-c"), confPath});
    QVERIFY2(rinetd.waitForStarted(10000), qPrintable(rinetd.errorString()));
    auto stop = qScopeGuard([&] {
        rinetd.terminate();
        if (!rinetd.waitForFinished(5000))
            rinetd.kill();
        rinetd.waitForFinished(5000);
    });
    // rinetd opens every listener before it reads from any, so once the first accepts the
    // config was read completely; each enabled TCP rule must then reach the backend.
    for (const quint16 port : tcpPorts) {
        QTcpSocket client;
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                if (rinetd.state() != QProcess::Running)
                    return false;
                client.abort();
                client.connectToHost(QHostAddress::LocalHost, port);
                return client.waitForConnected(1000);
            }(),
            qPrintable(QStringLiteral("rinetd does not listen on %1 (state %2): %3\n%4")
                           .arg(port)
                           .arg(int(rinetd.state()))
                           .arg(QString::fromLocal8Bit(rinetd.readAll()), text)),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(backend->hasPendingConnections(), 15000);
        delete backend->nextPendingConnection();
    }
    for (const quint16 port : closedPorts) {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY2(!client.waitForConnected(5000),
                 qPrintable(QStringLiteral("disabled rule on port %1 is listening").arg(port)));
    }
    QCOMPARE(rinetd.state(), QProcess::Running);
    // The unquoted log path was read as a path: rinetd opened it.
    QVERIFY(QFile::exists(withLog.logFile));
}

void TestRinetdConfigWriter::realRinetdAcceptsExport() {
    if (!QFile::exists(QStringLiteral("/usr/sbin/rinetd")))
        QSKIP("/usr/sbin/rinetd is not installed");
    QTcpServer backend;
    QVERIFY(backend.listen(QHostAddress::LocalHost, 0));
    const QVector<quint16> ports = freePorts(4);
    QCOMPARE(ports.size(), 4);
    const QString b = QString::number(backend.serverPort());
    // Bracketed IPv6 (exported bare) where this machine has an IPv6 loopback.
    QUdpSocket probe;
    const QString udpBindHost = probe.bind(QHostAddress::LocalHostIPv6, 0)
                                    ? QStringLiteral("[::1]")
                                    : QStringLiteral("127.0.0.1");
    probe.close();
    const QString text =
        QStringLiteral("# PortRelay features rinetd 0.73 cannot read, exported for it\n"
                       "logcommon\n"
                       "pidfile /run/never-used.pid\n"
                       "allow 127.0.0.0/8\n"
                       "deny 10.0.0.0/9\n"
                       "#portrelay: name=Relay one\n"
                       "127.0.0.1 %1 127.0.0.1 %4 [ timeout = 30, keepalive=on ] # first\n"
                       "allow 127.0.0.1/32\n"
                       "deny 192.168.0.0/17\n"
                       "#portrelay-disabled: 127.0.0.1 %2 127.0.0.1 %4\n"
                       "#portrelay-disabled: allow 10.0.0.0/9\n"
                       "%5 %3/udp 127.0.0.1 %4/udp [timeout=5]\n"
                       "127.0.0.1 %3 127.0.0.1 %4\n"
                       "deny 172.16.0.0/12\n"
                       "127.0.0.1 %6 original original [translate=http]\n"
                       "allow 10.0.0.0/9\n")
            .arg(ports.at(0))
            .arg(ports.at(1))
            .arg(ports.at(2))
            .arg(b, udpBindHost)
            .arg(ports.at(3));
    QVector<ConfigDiagnostic> diagnostics;
    const Config config = parse(text, &diagnostics);
    for (const ConfigDiagnostic &d : diagnostics)
        QVERIFY2(!d.isError(), qPrintable(d.toString()));
    QCOMPARE(config.rules.size(), 5);
    runRinetd(config, {ports.at(0), ports.at(2)}, {ports.at(1), ports.at(3)}, &backend);
}

void TestRinetdConfigWriter::realRinetdAcceptsGenerated() {
    if (!QFile::exists(QStringLiteral("/usr/sbin/rinetd")))
        QSKIP("/usr/sbin/rinetd is not installed");
    RandomConfigGenerator generator(4242);
    for (int round = 0; round < 4; ++round) {
        QTcpServer backend;
        QVERIFY(backend.listen(QHostAddress::LocalHost, 0));
        const QVector<quint16> ports = freePorts(4);
        QCOMPARE(ports.size(), 4);
        const Config config = generator.nextLoopback(ports, backend.serverPort());
        checkRoundTrip(config, QStringLiteral("loopback config %1").arg(round));
        QVector<quint16> open;
        QVector<quint16> closed;
        for (const Rule &r : config.rules) {
            if (r.bindProtocol != Protocol::Tcp)
                continue;
            (r.enabled ? open : closed) << r.resolvedBindPort().value_or(0);
        }
        runRinetd(config, open, closed, &backend);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestRinetdConfigWriter)
#include "tst_rinetdconfigwriter.moc"
