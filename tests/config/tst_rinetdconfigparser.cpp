#include "RinetdConfigParser.h"
#include "RinetdLexer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The rinetd.conf reader: one row per grammar construct and per diagnostic kind, with the line
// and severity of every expected diagnostic; then what the accepted lines mean.
class TestRinetdConfigParser : public QObject {
    Q_OBJECT

private slots:
    void diagnostics_data();
    void diagnostics();
    void diagnosticFormat();
    void columns_data();
    void columns();
    void aclScope();
    void comments();
    void forwardingFields();
    void sourceLines();
    void options();
    void globalSettings();
    void lexerKeepsEveryCharacter_data();
    void lexerKeepsEveryCharacter();
    void invalidLinesKeptAsComments();
    void unsupportedLines();
    void annotations();
    void staleAnnotationsStayComments();
    void latin1Fallback();
    void agreesWithRinetdOnPeers_data();
    void agreesWithRinetdOnPeers();

private:
    static Config parse(const QString &text, QVector<ConfigDiagnostic> *diagnostics = nullptr);
};

Config TestRinetdConfigParser::parse(const QString &text, QVector<ConfigDiagnostic> *diagnostics) {
    RinetdConfigParser parser(QStringLiteral("test.conf"));
    const Config config = parser.parse(text.toUtf8());
    if (diagnostics)
        *diagnostics = parser.diagnostics();
    return config;
}

void TestRinetdConfigParser::diagnostics_data() {
    QTest::addColumn<QString>("text");
    // Every expected diagnostic as "LINE:E" (error) or "LINE:W" (warning), in order.
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("rules");

    const QStringList none;
    // Constructs rinetd 0.73 accepts: no diagnostic.
    QTest::newRow("forwarding") << "127.0.0.1 8080 127.0.0.1 80\n" << none << 1;
    QTest::newRow("tabs and double blanks") << "127.0.0.1\t8080  \t127.0.0.1\t\t80\n" << none << 1;
    QTest::newRow("leading and trailing blanks") << "   127.0.0.1 8080 127.0.0.1 80  \n"
                                                 << none << 1;
    QTest::newRow("udp both sides") << "0.0.0.0 5353/udp 127.0.0.1 53/udp\n" << none << 1;
    QTest::newRow("explicit tcp") << "0.0.0.0 8080/tcp 127.0.0.1 80/tcp\n" << none << 1;
    QTest::newRow("service names") << "0.0.0.0 http 127.0.0.1 https\n" << none << 1;
    QTest::newRow("options") << "0.0.0.0 5353/udp 127.0.0.1 53/udp [timeout=30,src=127.0.0.1]\n"
                             << none << 1;
    QTest::newRow("options with blanks")
        << "0.0.0.0 8080 127.0.0.1 80 [ timeout = 30 , src = 127.0.0.1 ]\n"
        << none << 1;
    QTest::newRow("options glued") << "0.0.0.0 8080 127.0.0.1 80[timeout=30]\n" << none << 1;
    QTest::newRow("ipv6") << ":: 8080 ::1 80\n" << none << 1;
    QTest::newRow("zero address") << "0 8080 127.0.0.1 80\n" << none << 1;
    QTest::newRow("host names") << "localhost 8080 db.example.com 80\n" << none << 1;
    QTest::newRow("global allow") << "allow 10.*\n0.0.0.0 8080 127.0.0.1 80\n" << none << 1;
    QTest::newRow("per-rule deny") << "0.0.0.0 8080 127.0.0.1 80\ndeny 192.168.1.?\n" << none << 1;
    QTest::newRow("ipv6 glob") << "allow fe80:*\ndeny 2001:618:*:e43f\n" << none << 0;
    QTest::newRow("logfile") << "logfile /var/log/rinetd.log\n" << none << 0;
    QTest::newRow("logcommon") << "logcommon\n" << none << 0;
    QTest::newRow("pidlogfile") << "pidlogfile /run/rinetd.pid\n" << none << 0;
    QTest::newRow("whole-line comment") << "# a comment\n  # indented\n" << none << 0;
    QTest::newRow("trailing comment") << "0.0.0.0 8080 127.0.0.1 80 # web\n" << none << 1;
    QTest::newRow("glued comment") << "0.0.0.0 8080 127.0.0.1 6000#web\n" << none << 1;
    QTest::newRow("blank lines") << "\n\n0.0.0.0 8080 127.0.0.1 80\n\n" << none << 1;
    QTest::newRow("CRLF") << "# c\r\n0.0.0.0 8080 127.0.0.1 80\r\nallow 10.*\r\n" << none << 1;
    QTest::newRow("empty file") << "" << none << 0;
    QTest::newRow("comment without final newline")
        << "0.0.0.0 8080 127.0.0.1 80\n# end" << none << 1;

    // Accepted, but the user is told.
    QTest::newRow("no final newline")
        << "# x\n0.0.0.0 8080 127.0.0.1 80" << QStringList{"2:W"} << 1;
    QTest::newRow("no final newline CRLF")
        << "0.0.0.0 8080 127.0.0.1 80\r\n127.0.0.1 8081 127.0.0.1 81" << QStringList{"2:W"} << 2;
    QTest::newRow("quoted logfile") << "logfile \"/var/log/rinetd.log\"\n"
                                    << QStringList{"1:W"} << 0;
    QTest::newRow("hash inside logfile path") << "logfile /var/log/a#b\n"
                                              << QStringList{"1:W"} << 0;
    // rinetd 0.73 reads a path up to the next blank: a '[' is part of it, not an option list.
    QTest::newRow("bracket inside logfile path") << "logfile /path/rinetd[old.log\n" << none << 0;
    QTest::newRow("bracket inside pidlogfile path") << "pidlogfile /run/r[1.pid\n" << none << 0;
    QTest::newRow("bracket inside disabled logfile path")
        << "#portrelay-disabled: logfile /var/log/a[b\n"
        << none << 0;
    QTest::newRow("unknown option") << "0.0.0.0 8080 127.0.0.1 80 [foo=bar]\n"
                                    << QStringList{"1:W"} << 1;
    QTest::newRow("rinetd-uv option") << "0.0.0.0 8080 127.0.0.1 80 [keepalive=on]\n"
                                      << QStringList{"1:W"} << 1;
    QTest::newRow("relay options") << "0.0.0.0 21 10.0.0.2 21 [ftp=both,rate=512k,rate-rule=1M,"
                                      "transparent=yes]\n"
                                   << QStringList{"1:W", "1:W", "1:W", "1:W"} << 1;
    QTest::newRow("rate without suffix") << "0.0.0.0 80 127.0.0.1 80 [rate=1500]\n"
                                         << QStringList{"1:W"} << 1;
    QTest::newRow("timeout zero") << "0.0.0.0 8080/udp 127.0.0.1 80/udp [timeout=0]\n"
                                  << QStringList{"1:W"} << 1;
    // Binds that collide and protocols that differ are ConfigValidator's verdicts (errors and
    // warnings there, see tests/config/ValidationCases.cpp); each line on its own is valid.
    QTest::newRow("duplicate bind")
        << "0.0.0.0 8080 127.0.0.1 80\n# c\n0.0.0.0 8080/tcp 127.0.0.1 81\n"
        << none << 2;
    QTest::newRow("duplicate bind via service name")
        << "0.0.0.0 80 127.0.0.1 80\n0.0.0.0 http 127.0.0.1 81\n"
        << none << 2;
    QTest::newRow("same port other protocol is no duplicate")
        << "0.0.0.0 53/tcp 127.0.0.1 53\n0.0.0.0 53/udp 127.0.0.1 53/udp\n"
        << none << 2;
    QTest::newRow("protocols differ") << "0.0.0.0 8000/udp 10.1.1.2 80\n" << none << 1;
    QTest::newRow("rinetd-uv pidfile") << "pidfile /var/run/rinetd-uv.pid\n"
                                       << QStringList{"1:W"} << 0;
    QTest::newRow("rinetd-uv include") << "# x\ninclude /etc/rinetd-uv.d/*.conf\n"
                                       << QStringList{"2:W"} << 0;
    QTest::newRow("rinetd-uv buffersize") << "buffersize 65536   # bytes\n"
                                          << QStringList{"1:W"} << 0;
    QTest::newRow("rinetd-uv unix socket")
        << "0.0.0.0 2375/tcp unix:/var/run/docker.sock\nallow 10.*\n"
        << QStringList{"1:W", "2:W"} << 0;
    QTest::newRow("cidr pattern") << "allow 10.0.0.0/8\n" << QStringList{"1:W"} << 0;
    QTest::newRow("malformed options annotation") << "#portrelay-options: nope\n"
                                                  << QStringList{"1:W"} << 0;
    QTest::newRow("malformed disabled rule annotation")
        << "#portrelay-disabled: 0.0.0.0 99999 127.0.0.1 80\n"
        << QStringList{"1:W"} << 0;
    QTest::newRow("malformed acl annotation") << "#portrelay-acl: permit 10.*\n"
                                              << QStringList{"1:W"} << 0;
    QTest::newRow("unknown annotation key") << "#portrelay: colour=blue\n"
                                            << QStringList{"1:W"} << 0;
    QTest::newRow("bracketed ipv6") << "[::1] 8080 ::1 80\n" << QStringList{"1:W"} << 1;

    // Errors: the line is not used, the others are.
    QTest::newRow("missing field") << "3387 10.87.0.2 3389\n" << QStringList{"1:E"} << 0;
    QTest::newRow("missing field after valid") << "0.0.0.0 80 127.0.0.1 80\n0.0.0.0 81 127.0.0.1\n"
                                               << QStringList{"2:E"} << 1;
    QTest::newRow("extra field") << "0.0.0.0 80 127.0.0.1 80 90\n" << QStringList{"1:E"} << 0;
    QTest::newRow("unknown directive") << "frobnicate auto\n" << QStringList{"1:E"} << 0;
    // rinetd-epoll's directives are kept verbatim, like rinetd-uv's.
    QTest::newRow("rinetd-epoll events") << "events auto\n" << QStringList{"1:W"} << 0;
    QTest::newRow("rinetd-epoll user") << "# u\nuser www-data\n" << QStringList{"2:W"} << 0;
    QTest::newRow("unknown single word") << "\nfoo\n" << QStringList{"2:E"} << 0;
    QTest::newRow("upper-case keyword") << "LOGCOMMON\n" << QStringList{"1:E"} << 0;
    QTest::newRow("upper-case protocol") << "0.0.0.0 80/TCP 127.0.0.1 80\n"
                                         << QStringList{"1:E"} << 0;
    QTest::newRow("allow without pattern") << "allow\n" << QStringList{"1:E"} << 0;
    QTest::newRow("allow two patterns") << "allow 10.* 11.*\n" << QStringList{"1:E"} << 0;
    QTest::newRow("deny two patterns") << "deny 10.* 11.*\n" << QStringList{"1:E"} << 0;
    QTest::newRow("empty option list") << "0.0.0.0 80 127.0.0.1 80 []\n" << QStringList{"1:E"} << 0;
    QTest::newRow("blank option list") << "0.0.0.0 80 127.0.0.1 80 [  ]\n"
                                       << QStringList{"1:E"} << 0;
    QTest::newRow("unclosed option list") << "0.0.0.0 80 127.0.0.1 80 [timeout=5\n"
                                          << QStringList{"1:E"} << 0;
    QTest::newRow("two option lists") << "0.0.0.0 80 127.0.0.1 80 [timeout=5] [src=127.0.0.1]\n"
                                      << QStringList{"1:E"} << 0;
    QTest::newRow("option without value") << "0.0.0.0 80 127.0.0.1 80 [timeout]\n"
                                          << QStringList{"1:E"} << 0;
    QTest::newRow("empty option in list") << "0.0.0.0 80 127.0.0.1 80 [timeout=5,,src=0]\n"
                                          << QStringList{"1:E"} << 0;
    QTest::newRow("timeout not a number") << "0.0.0.0 80/udp 127.0.0.1 80/udp [timeout=abc]\n"
                                          << QStringList{"1:E"} << 0;
    QTest::newRow("timeout negative") << "0.0.0.0 80/udp 127.0.0.1 80/udp [timeout=-5]\n"
                                      << QStringList{"1:E"} << 0;
    QTest::newRow("rate zero") << "0.0.0.0 80 127.0.0.1 80 [rate=0]\n" << QStringList{"1:E"} << 0;
    QTest::newRow("rate unknown suffix") << "0.0.0.0 80 127.0.0.1 80 [rate=5T]\n"
                                         << QStringList{"1:E"} << 0;
    QTest::newRow("rate-rule not a number") << "0.0.0.0 80 127.0.0.1 80 [rate-rule=fast]\n"
                                            << QStringList{"1:E"} << 0;
    QTest::newRow("ftp unknown mode") << "0.0.0.0 21 127.0.0.1 21 [ftp=sideways]\n"
                                      << QStringList{"1:E"} << 0;
    QTest::newRow("transparent not a switch") << "0.0.0.0 80 127.0.0.1 80 [transparent=maybe]\n"
                                              << QStringList{"1:E"} << 0;
    QTest::newRow("src not an address") << "0.0.0.0 80 127.0.0.1 80 [src=a/b]\n"
                                        << QStringList{"1:E"} << 0;
    QTest::newRow("port above 65535") << "0.0.0.0 111111 127.0.0.1 80\n" << QStringList{"1:E"} << 0;
    QTest::newRow("port 65536") << "0.0.0.0 80 127.0.0.1 65536\n" << QStringList{"1:E"} << 0;
    QTest::newRow("port zero") << "0.0.0.0 0 127.0.0.1 80\n" << QStringList{"1:E"} << 0;
    QTest::newRow("unknown service") << "0.0.0.0 nosuchservice 127.0.0.1 80\n"
                                     << QStringList{"1:E"} << 0;
    QTest::newRow("service not for udp") << "0.0.0.0 http/udp 127.0.0.1 80/udp\n"
                                         << QStringList{"1:E"} << 0;
    QTest::newRow("bad port text") << "0.0.0.0 8o8o! 127.0.0.1 80\n" << QStringList{"1:E"} << 0;
    QTest::newRow("unknown protocol") << "0.0.0.0 80/sctp 127.0.0.1 80\n"
                                      << QStringList{"1:E"} << 0;
    QTest::newRow("short ipv4") << "1.2.3 80 127.0.0.1 80\n" << QStringList{"1:E"} << 0;
    QTest::newRow("ipv4 out of range") << "0.0.0.0 80 10.0.0.300 80\n" << QStringList{"1:E"} << 0;
    QTest::newRow("quoted host") << "\"server ip\" 8080 \"other\" 8080\n"
                                 << QStringList{"1:E", "1:E"} << 0;
    QTest::newRow("ipv6 scope") << "fe80::1%lo 80 127.0.0.1 80\n" << QStringList{"1:E"} << 0;
    // rinetd 0.73 starts with patterns that can never match; ConfigValidator warns about them.
    QTest::newRow("malformed pattern") << "allow 10..*\n" << none << 0;
    QTest::newRow("host name pattern") << "deny example.com\n" << none << 0;
    QTest::newRow("bad cidr") << "allow 10.0.0.0/40\n" << none << 0;
    QTest::newRow("logfile without path") << "logfile\n" << QStringList{"1:E"} << 0;
    QTest::newRow("logfile extra field") << "logfile /a b\n" << QStringList{"1:E"} << 0;
    QTest::newRow("logfile empty quotes") << "logfile \"\"\n" << QStringList{"1:E"} << 0;
    QTest::newRow("logcommon with value") << "logcommon yes\n" << QStringList{"1:E"} << 0;
    QTest::newRow("pidlogfile without path") << "pidlogfile   # none\n" << QStringList{"1:E"} << 0;
    QTest::newRow("option list alone") << "[timeout=5]\n" << QStringList{"1:E"} << 0;
    QTest::newRow("every bad line reported, valid kept")
        << "bad\n0.0.0.0 80 127.0.0.1 80\nallow\r\n\n0.0.0.0 81 127.0.0.1 99999\n"
           "0.0.0.0 82 127.0.0.1 82\n"
        << QStringList{"1:E", "3:E", "5:E"} << 2;
    // Original-destination targets and translate=: PortRelay extensions.
    QTest::newRow("original target") << "0.0.0.0 3129 original original\n"
                                     << QStringList{"1:W"} << 1;
    QTest::newRow("original target annotation") << "#portrelay-original: 0.0.0.0 3129 original "
                                                   "original [translate=http]\n"
                                                << none << 1;
    QTest::newRow("original annotation of a fixed target stays a comment")
        << "#portrelay-original: 0.0.0.0 3129 127.0.0.1 80\n"
        << QStringList{"1:W"} << 0;
    QTest::newRow("original target for udp") << "0.0.0.0 53/udp original original\n"
                                             << QStringList{"1:E"} << 0;
    QTest::newRow("original host with a real port is a host name") << "0.0.0.0 3129 original 80\n"
                                                                   << none << 1;
    QTest::newRow("translate http") << "0.0.0.0 3129 127.0.0.1 3128 [translate=http]\n"
                                    << QStringList{"1:W"} << 1;
    QTest::newRow("translate unknown") << "0.0.0.0 3129 127.0.0.1 3128 [translate=ftp]\n"
                                       << QStringList{"1:E"} << 0;
}

void TestRinetdConfigParser::diagnostics() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(int, rules);
    QVector<ConfigDiagnostic> diagnostics;
    const Config config = parse(text, &diagnostics);
    QStringList actual;
    QStringList full;
    for (const ConfigDiagnostic &d : diagnostics) {
        actual << QStringLiteral("%1:%2").arg(d.line).arg(d.isError() ? 'E' : 'W');
        full << d.toString();
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.toString()));
        QVERIFY2(d.column >= 1, qPrintable(d.toString()));
    }
    QVERIFY2(actual == expected, qPrintable(full.join(QLatin1Char('\n'))));
    QCOMPARE(config.rules.size(), rules);
    QCOMPARE(hasErrors(diagnostics), expected.join(QString()).contains(QLatin1Char('E')));
}

void TestRinetdConfigParser::diagnosticFormat() {
    ConfigDiagnostic d{QStringLiteral("/etc/rinetd.conf"), 12, 5, ConfigDiagnostic::Severity::Error,
                       QStringLiteral("bad")};
    QCOMPARE(d.toString(), QStringLiteral("/etc/rinetd.conf:12:5: error: bad"));
    d.severity = ConfigDiagnostic::Severity::Warning;
    QCOMPARE(d.toString(), QStringLiteral("/etc/rinetd.conf:12:5: warning: bad"));
    d.column = 0;
    QCOMPARE(d.toString(), QStringLiteral("/etc/rinetd.conf:12: warning: bad"));
    d.line = 0;
    QCOMPARE(d.toString(), QStringLiteral("/etc/rinetd.conf: warning: bad"));
}

void TestRinetdConfigParser::columns_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::newRow("bind port") << "127.0.0.1 70000 127.0.0.1 80\n" << 11;
    QTest::newRow("connect host") << "127.0.0.1 80 1.2.3 80\n" << 14;
    QTest::newRow("after tabs") << "\t127.0.0.1\t80\t127.0.0.1\t0\n" << 25;
    QTest::newRow("second pattern") << "deny 10.* 11.*\n" << 11;
    QTest::newRow("option") << "0.0.0.0 80 127.0.0.1 80 [src=1.2.3.4, timeout=x]\n" << 39;
    QTest::newRow("extra field") << "0.0.0.0 80 127.0.0.1 80 90\n" << 25;
}

void TestRinetdConfigParser::columns() {
    QFETCH(QString, text);
    QFETCH(int, column);
    QVector<ConfigDiagnostic> diagnostics;
    parse(text, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().column, column);
}

void TestRinetdConfigParser::aclScope() {
    const Config config = parse(QStringLiteral("allow 192.168.*\n"
                                               "deny 192.168.1.1\n"
                                               "logfile /tmp/x.log\n"
                                               "0.0.0.0 80 127.0.0.1 80\n"
                                               "allow 10.*\n"
                                               "0.0.0.0 81 127.0.0.1 81\n"
                                               "0.0.0.0 82 127.0.0.1 82\n"
                                               "deny 10.0.0.1\n"
                                               "allow 10.0.0.0/8\n"));
    QCOMPARE(config.globalAcl.entries.size(), 2);
    QCOMPARE(config.globalAcl.entries.at(0).kind, AclEntry::Kind::Allow);
    QCOMPARE(config.globalAcl.entries.at(0).pattern, QStringLiteral("192.168.*"));
    QCOMPARE(config.globalAcl.entries.at(1).kind, AclEntry::Kind::Deny);
    QCOMPARE(config.rules.size(), 3);
    QCOMPARE(config.rules.at(0).acl.entries.size(), 1);
    QCOMPARE(config.rules.at(0).acl.entries.at(0).pattern, QStringLiteral("10.*"));
    QVERIFY(config.rules.at(1).acl.isEmpty());
    QCOMPARE(config.rules.at(2).acl.entries.size(), 2);
    QCOMPARE(config.rules.at(2).acl.entries.at(1).pattern, QStringLiteral("10.0.0.0/8"));
    QCOMPARE(config.rules.at(0).id, 1);
    QCOMPARE(config.rules.at(2).id, 3);
}

void TestRinetdConfigParser::comments() {
    const Config config = parse(QStringLiteral("# header\r\n"
                                               "\r\n"
                                               "logfile /var/log/r.log # where\r\n"
                                               "  # about web\r\n"
                                               "0.0.0.0 80 127.0.0.1 6000#web\r\n"
                                               "\t# about the allow\r\n"
                                               "allow 10.*   #lan\r\n"
                                               "# footer 1\r\n"
                                               "\r\n"
                                               "# footer 2"));
    QCOMPARE(config.logFileNotes.leadingLines, (QStringList{"# header", ""}));
    QCOMPARE(config.logFileNotes.trailingComment, QStringLiteral("# where"));
    QCOMPARE(config.rules.size(), 1);
    const Rule &rule = config.rules.first();
    QCOMPARE(rule.connectPort, QStringLiteral("6000"));
    QCOMPARE(rule.notes.leadingLines, QStringList{"  # about web"});
    QCOMPARE(rule.notes.trailingComment, QStringLiteral("#web"));
    QCOMPARE(rule.acl.entries.first().notes.leadingLines, QStringList{"\t# about the allow"});
    QCOMPARE(rule.acl.entries.first().notes.trailingComment, QStringLiteral("#lan"));
    QCOMPARE(config.trailingLines, (QStringList{"# footer 1", "", "# footer 2"}));
}

void TestRinetdConfigParser::sourceLines() {
    // Messages about a rule (a port in use at start-up) name its line, so each rule keeps it;
    // it is where the rule was, not what it is, so it does not make two rules differ.
    const Config config = parse(QStringLiteral("# comment\n"
                                               "logfile /tmp/x.log\n"
                                               "127.0.0.1 8080 127.0.0.1 80\n"
                                               "\n"
                                               "allow 10.*\n"
                                               "0.0.0.0 5353/udp 127.0.0.1 53/udp\n"));
    QCOMPARE(config.rules.size(), 2);
    QCOMPARE(config.rules.at(0).sourceLine, 3);
    QCOMPARE(config.rules.at(1).sourceLine, 6);
    Rule moved = config.rules.at(0);
    moved.sourceLine = 9;
    QVERIFY(moved == config.rules.at(0));
}

void TestRinetdConfigParser::forwardingFields() {
    const Config config = parse(QStringLiteral("0.0.0.0 5353/udp 127.0.0.1 53/udp\n"
                                               ":: http/tcp ::1 8080\n"
                                               "[::1] 8081 localhost 8081\n"));
    QCOMPARE(config.rules.size(), 3);
    const Rule &udp = config.rules.at(0);
    QCOMPARE(udp.bindProtocol, Protocol::Udp);
    QCOMPARE(udp.connectProtocol, Protocol::Udp);
    QVERIFY(udp.bindProtocolExplicit);
    QCOMPARE(udp.resolvedBindPort(), std::optional<quint16>(5353));
    const Rule &v6 = config.rules.at(1);
    QCOMPARE(v6.bindHost, QStringLiteral("::"));
    QCOMPARE(v6.bindPort, QStringLiteral("http"));
    QVERIFY(v6.bindProtocolExplicit);
    QVERIFY(!v6.connectProtocolExplicit);
    QCOMPARE(v6.resolvedBindPort(), std::optional<quint16>(80));
    QCOMPARE(config.rules.at(2).bindHost, QStringLiteral("::1"));
    QCOMPARE(config.rules.at(2).connectHost, QStringLiteral("localhost"));
}

void TestRinetdConfigParser::options() {
    const Config config =
        parse(QStringLiteral("0.0.0.0 53/udp 127.0.0.1 53/udp [ timeout = 30 , src = 127.0.0.2 ,"
                             "keepalive=on]\n"));
    QCOMPARE(config.rules.size(), 1);
    const Rule &rule = config.rules.first();
    QCOMPARE(rule.options.size(), 3);
    QCOMPARE(rule.options.at(0), (RuleOption{"timeout", "30"}));
    QCOMPARE(rule.options.at(2), (RuleOption{"keepalive", "on"}));
    QCOMPARE(rule.timeoutSeconds(), std::optional<int>(30));
    QCOMPARE(rule.sourceAddress(), QStringLiteral("127.0.0.2"));
    QCOMPARE(rule.option(QStringLiteral("keepalive")), QStringLiteral("on"));
}

void TestRinetdConfigParser::globalSettings() {
    QVector<ConfigDiagnostic> diagnostics;
    const Config config = parse(QStringLiteral("logfile \"/var/log/my log.txt\"\n"
                                               "pidlogfile /run/r.pid\n"
                                               "logcommon\n"),
                                &diagnostics);
    QCOMPARE(config.logFile, QStringLiteral("/var/log/my log.txt"));
    QCOMPARE(config.pidFile, QStringLiteral("/run/r.pid"));
    QCOMPARE(config.logFormat, LogFormat::Common);
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("quotes")));
    QCOMPARE(parse(QStringLiteral("logfile /a\n")).logFormat, LogFormat::Rinetd);

    // A '[' without ']' in a path, which rinetd 0.73 accepts (it failed as an unclosed option
    // list before the lexer and the grammar were separated).
    const Config bracket = parse(QStringLiteral("logfile /path/rinetd[old.log\n"
                                                "pidlogfile /run/a]b[.pid # pid\n"),
                                 &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    QCOMPARE(bracket.logFile, QStringLiteral("/path/rinetd[old.log"));
    QCOMPARE(bracket.pidFile, QStringLiteral("/run/a]b[.pid"));
    QCOMPARE(bracket.pidFileNotes.trailingComment, QStringLiteral("# pid"));
}

void TestRinetdConfigParser::lexerKeepsEveryCharacter_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("LF") << "a b c d\n# x\n\n";
    QTest::newRow("CRLF and no final newline") << "  0.0.0.0  80\t1.2.3.4 80 # c\r\n\r\nx";
    QTest::newRow("stray CRs") << "a\r\r\nb\r";
    QTest::newRow("unclosed bracket and quote") << "0.0.0.0 80 [timeout=1\n\"x\n";
    QTest::newRow("non-ASCII") << "# caf\u00e9\n0.0.0.0 80 h\u00f6st 80\n";
}

void TestRinetdConfigParser::lexerKeepsEveryCharacter() {
    QFETCH(QString, text);
    const QVector<RinetdLine> lines = RinetdLexer::split(text);
    QString joined;
    for (const RinetdLine &line : lines) {
        joined += line.text + line.ending;
        QVERIFY(!line.text.contains(QLatin1Char('\n')));
        // Each field's span is where its text is in the line.
        for (const RinetdToken &token : line.tokens) {
            const QString span = line.text.mid(token.column - 1, token.length);
            QCOMPARE(token.quoted ? span.mid(1, span.size() - 2) : span, token.text);
        }
        if (line.commentColumn > 0)
            QCOMPARE(line.text.mid(line.commentColumn - 1), line.trailingComment);
    }
    QCOMPARE(joined, text);
}

void TestRinetdConfigParser::invalidLinesKeptAsComments() {
    const Config config =
        parse(QStringLiteral("# c\n3387 10.87.0.2 3389\n0.0.0.0 80 127.0.0.1 80\n"));
    QCOMPARE(config.rules.size(), 1);
    QCOMPARE(config.rules.first().notes.leadingLines,
             (QStringList{"# c", "#portrelay-invalid: 3387 10.87.0.2 3389"}));
}

void TestRinetdConfigParser::unsupportedLines() {
    const Config config = parse(QStringLiteral("# pid\n"
                                               "pidfile /var/run/x.pid # where\n"
                                               "0.0.0.0 2375/tcp unix:/var/run/docker.sock\n"
                                               "allow 10.*\n"
                                               "0.0.0.0 22 127.0.0.1 22\n"
                                               "allow 10.0.0.*\n"));
    QCOMPARE(config.unsupportedLines.size(), 3);
    QCOMPARE(config.unsupportedLines.at(0).text, QStringLiteral("pidfile /var/run/x.pid"));
    QCOMPARE(config.unsupportedLines.at(0).notes.leadingLines, QStringList{"# pid"});
    QCOMPARE(config.unsupportedLines.at(0).notes.trailingComment, QStringLiteral("# where"));
    QCOMPARE(config.unsupportedLines.at(1).text,
             QStringLiteral("0.0.0.0 2375/tcp unix:/var/run/docker.sock"));
    QCOMPARE(config.unsupportedLines.at(2).text, QStringLiteral("allow 10.*"));
    QVERIFY(config.globalAcl.isEmpty());
    QCOMPARE(config.rules.size(), 1);
    QCOMPARE(config.rules.first().acl.entries.size(), 1);
}

void TestRinetdConfigParser::annotations() {
    QVector<ConfigDiagnostic> diagnostics;
    const Config config = parse(QStringLiteral("#portrelay: logformat=portrelay\n"
                                               "logfile /var/log/r.log\n"
                                               "#portrelay-unsupported: pidfile /x.pid # p\n"
                                               "#portrelay-cidr: 10.0.0.0/8\n"
                                               "allow 10.*\n"
                                               "#portrelay-acl: deny 10.0.0.0/9\n"
                                               "#portrelay: name=Web server\n"
                                               "#portrelay-options: [keepalive=on,timeout=5]\n"
                                               "0.0.0.0 80 127.0.0.1 80 [timeout=5]\n"
                                               "#portrelay-cidr: 192.168.1.0/24\n"
                                               "deny 192.168.1.*\n"
                                               "# about the disabled one\n"
                                               "#portrelay: name=Off\n"
                                               "#portrelay-disabled: 0.0.0.0 81 127.0.0.1 81 "
                                               "[foo=bar] # t\n"
                                               "#portrelay-disabled: allow 172.16.0.0/12\n"
                                               "allow 10.1.*\n"),
                                &diagnostics);
    QCOMPARE(config.logFormat, LogFormat::PortRelay);
    QCOMPARE(config.unsupportedLines.size(), 1);
    QCOMPARE(config.unsupportedLines.first().text, QStringLiteral("pidfile /x.pid"));
    QCOMPARE(config.globalAcl.entries.size(), 2);
    QCOMPARE(config.globalAcl.entries.at(0).pattern, QStringLiteral("10.0.0.0/8"));
    QCOMPARE(config.globalAcl.entries.at(1).pattern, QStringLiteral("10.0.0.0/9"));
    QCOMPARE(config.globalAcl.entries.at(1).kind, AclEntry::Kind::Deny);
    QCOMPARE(config.rules.size(), 2);
    const Rule &web = config.rules.at(0);
    QCOMPARE(web.name, QStringLiteral("Web server"));
    QVERIFY(web.enabled);
    QCOMPARE(web.options, (QVector<RuleOption>{{"keepalive", "on"}, {"timeout", "5"}}));
    QCOMPARE(web.acl.entries.size(), 2);
    QCOMPARE(web.acl.entries.at(0).pattern, QStringLiteral("192.168.1.0/24"));
    QCOMPARE(web.acl.entries.at(1).pattern, QStringLiteral("10.1.*"));
    const Rule &off = config.rules.at(1);
    QVERIFY(!off.enabled);
    QCOMPARE(off.name, QStringLiteral("Off"));
    QCOMPARE(off.notes.leadingLines, QStringList{"# about the disabled one"});
    QCOMPARE(off.notes.trailingComment, QStringLiteral("# t"));
    QCOMPARE(off.options, (QVector<RuleOption>{{"foo", "bar"}}));
    QCOMPARE(off.acl.entries.size(), 1);
    QCOMPARE(off.acl.entries.first().pattern, QStringLiteral("172.16.0.0/12"));
    QVERIFY(!hasErrors(diagnostics));
}

void TestRinetdConfigParser::staleAnnotationsStayComments() {
    QVector<ConfigDiagnostic> diagnostics;
    const Config config = parse(QStringLiteral("#portrelay: name=lost\n"
                                               "logfile /a\n"
                                               "#portrelay-cidr: 10.0.0.0/8\n"
                                               "allow 11.*\n"
                                               "#portrelay: colour=blue\n"),
                                &diagnostics);
    QCOMPARE(config.logFileNotes.leadingLines, QStringList{"#portrelay: name=lost"});
    QCOMPARE(config.globalAcl.entries.first().pattern, QStringLiteral("11.*"));
    QCOMPARE(config.trailingLines, QStringList{"#portrelay: colour=blue"});
    QCOMPARE(diagnostics.size(), 3);
    QVERIFY(!hasErrors(diagnostics));
}

void TestRinetdConfigParser::latin1Fallback() {
    RinetdConfigParser parser(QStringLiteral("x.conf"));
    const Config config = parser.parse(QByteArray("# caf\xe9\n0.0.0.0 80 127.0.0.1 80\n"));
    QCOMPARE(config.rules.size(), 1);
    QCOMPARE(config.rules.first().notes.leadingLines.first(), QString::fromLatin1("# caf\xe9"));
    QCOMPARE(parser.diagnostics().size(), 1);
    QVERIFY(!parser.diagnostics().first().isError());
}

void TestRinetdConfigParser::agreesWithRinetdOnPeers_data() {
    // What Debian's rinetd 0.73 did with each peer file (observed/...txt): our first error must be
    // on the line where rinetd reported invalid syntax, and files rinetd parsed must have none.
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("rinetdErrorLine"); // 0: rinetd parsed the file
    const QString root = QStringLiteral(PORTRELAY_SOURCE_DIR "/../shared/testdata/peers");
    QFile observed(root + QStringLiteral("/observed/rinetd-0.73-debian-on-sample-files.txt"));
    if (!observed.open(QIODevice::ReadOnly)) {
        QTest::newRow("absent") << QString() << 0;
        return;
    }
    QString file;
    int errorLine = 0;
    const auto flush = [&] {
        if (file.isEmpty())
            return;
        QString path = root + QStringLiteral("/upstream/") + file;
        if (!QFile::exists(path))
            path = root + QStringLiteral("/real-world/") + file;
        QTest::newRow(qPrintable(file)) << path << errorLine;
    };
    static const QRegularExpression syntax(QStringLiteral("invalid syntax at line (\\d+)"));
    const QStringList lines = QString::fromUtf8(observed.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("== "))) {
            flush();
            file = line.mid(3).trimmed();
            errorLine = 0;
            continue;
        }
        const QRegularExpressionMatch m = syntax.match(line);
        if (m.hasMatch())
            errorLine = m.captured(1).toInt();
    }
    flush();
}

void TestRinetdConfigParser::agreesWithRinetdOnPeers() {
    QFETCH(QString, path);
    QFETCH(int, rinetdErrorLine);
    if (path.isEmpty())
        QSKIP("../shared/testdata/peers is not present");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    RinetdConfigParser parser(path);
    parser.parse(file.readAll());
    int firstError = 0;
    for (const ConfigDiagnostic &d : parser.diagnostics()) {
        if (d.isError()) {
            firstError = d.line;
            break;
        }
    }
    // The issue asks for rinetd-uv's extensions to be warnings, where rinetd 0.73 stops.
    // So are rinetd-epoll's "events" and "user": kept verbatim, with a warning.
    if (path.contains(QLatin1String("rinetd-uv")) || path.contains(QLatin1String("rinetd-epoll"))) {
        QCOMPARE(firstError, 0);
        QVERIFY(!parser.diagnostics().isEmpty());
        return;
    }
    QCOMPARE(firstError, rinetdErrorLine);
}

QTEST_APPLESS_MAIN(TestRinetdConfigParser)
#include "tst_rinetdconfigparser.moc"
