#include "ConnectionLog.h"
#include "EngineFixture.h"
#include "LogLineFormatter.h"
#include "RawSocket.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <ctime>
#include <sys/stat.h>
#include <unistd.h>

using namespace RawSocket;

namespace {

void setTimeZone(const char *tz) {
    qputenv("TZ", tz);
    tzset();
}

time_t utcTime(int year, int month, int day, int hour, int minute, int second) {
    struct tm t {};
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_hour = hour;
    t.tm_min = minute;
    t.tm_sec = second;
    return timegm(&t);
}

const QString kTime = QStringLiteral("\\d\\d/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/"
                                     "\\d{4}:\\d\\d:\\d\\d:\\d\\d ");

// What rinetd 0.73 would print for this event, with the time as a pattern.
QRegularExpression expectedLine(LogFormat format, quint16 bindPort, const QString &connectHost,
                                quint16 connectPort, quint64 in, quint64 out,
                                const QString &result) {
    QString pattern;
    if (format == LogFormat::Common) {
        pattern = QStringLiteral("^127\\.0\\.0\\.1 - - \\[") + kTime +
                  QRegularExpression::escape(
                      QStringLiteral(" +0000] \"GET /rinetd-services/127.0.0.1/%1/%2/%3/%4 "
                                     "HTTP/1.0\" 200 %5 - - - %6")
                          .arg(bindPort)
                          .arg(connectHost)
                          .arg(connectPort)
                          .arg(result)
                          .arg(out)
                          .arg(in)) +
                  QStringLiteral("$");
    } else {
        pattern = QStringLiteral("^") + kTime +
                  QRegularExpression::escape(
                      QStringLiteral("\t127.0.0.1\t127.0.0.1\t%1\t%2\t%3\t%4\t%5\t%6")
                          .arg(bindPort)
                          .arg(connectHost)
                          .arg(connectPort)
                          .arg(in)
                          .arg(out)
                          .arg(result));
        if (format == LogFormat::PortRelay)
            pattern += QStringLiteral("\t\\d+\\.\\d{3}");
        pattern += QStringLiteral("$");
    }
    return QRegularExpression(pattern);
}

} // namespace

class TestConnectionLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesRinetdSamples();
    void timeZoneOffsetInCommonFormat_data();
    void timeZoneOffsetInCommonFormat();
    void clientAddressText();
    void portRelayFormatAddsDuration();
    void engineWritesRinetdLines_data();
    void engineWritesRinetdLines();
    void reloadReopensFileWithoutSpuriousLines();
    void noneFormatWritesNothing();
    void logFileModeWhateverTheUmask();
    void failedReopenKeepsWritingToOldFile();
    void rootDoesNotFollowPlantedLink();
};

void TestConnectionLog::initTestCase() {
    setTimeZone("UTC");
}

void TestConnectionLog::matchesRinetdSamples() {
    // Rebuild every sample line rinetd 0.73 wrote from its fields and compare byte for byte.
    QFile file(
        QStringLiteral(PORTRELAY_SOURCE_DIR
                       "/../shared/testdata/peers/observed/rinetd-0.73-debian-log-samples.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("rinetd log samples not available");
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QRegularExpression tab(QStringLiteral("^(\\d\\d)/Nov/(\\d{4}):(\\d\\d):(\\d\\d):(\\d\\d) "
                                                "\\t([^\\t]+)\\t([^\\t]+)\\t(\\d+)\\t([^\\t]+)"
                                                "\\t(\\d+)\\t(\\d+)\\t(\\d+)\\t(.+)$"));
    const QRegularExpression common(QStringLiteral(
        "^(\\S+) - - \\[(\\d\\d)/Nov/(\\d{4}):(\\d\\d):(\\d\\d):(\\d\\d)  \\+0000\\] \"GET "
        "/rinetd-services/([^/]+)/(\\d+)/([^/]+)/(\\d+)/(.+) HTTP/1\\.0\" 200 (\\d+) - - - "
        "(\\d+)$"));
    const QHash<QString, LogEvent::Result> results = {
        {QStringLiteral("opened"), LogEvent::Result::Opened},
        {QStringLiteral("done-local-closed"), LogEvent::Result::LocalClosedFirst},
        {QStringLiteral("done-remote-closed"), LogEvent::Result::RemoteClosedFirst},
        {QStringLiteral("denied"), LogEvent::Result::Denied},
        {QStringLiteral("(null)"), LogEvent::Result::NotAllowed},
        {QStringLiteral("local-connect-failed -"), LogEvent::Result::LocalConnectFailed},
    };
    // Both formats have the rule's endpoints in captures 7 to 10.
    const auto readEndpoints = [](const QRegularExpressionMatch &m, LogEvent *event) {
        event->bindHost = m.captured(7);
        event->bindPort = quint16(m.captured(8).toUInt());
        event->connectHost = m.captured(9);
        event->connectPort = quint16(m.captured(10).toUInt());
    };
    int compared = 0;
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        LogEvent event;
        LogFormat format;
        time_t when;
        QString result;
        QRegularExpressionMatch m = tab.match(line);
        if (m.hasMatch()) {
            format = LogFormat::Rinetd;
            when = utcTime(m.captured(2).toInt(), 11, m.captured(1).toInt(), m.captured(3).toInt(),
                           m.captured(4).toInt(), m.captured(5).toInt());
            event.client = QHostAddress(m.captured(6));
            readEndpoints(m, &event);
            event.bytesFromClient = m.captured(11).toULongLong();
            event.bytesToClient = m.captured(12).toULongLong();
            result = m.captured(13);
        } else if ((m = common.match(line)).hasMatch()) {
            format = LogFormat::Common;
            when = utcTime(m.captured(3).toInt(), 11, m.captured(2).toInt(), m.captured(4).toInt(),
                           m.captured(5).toInt(), m.captured(6).toInt());
            event.client = QHostAddress(m.captured(1));
            readEndpoints(m, &event);
            result = m.captured(11);
            event.bytesToClient = m.captured(12).toULongLong();
            event.bytesFromClient = m.captured(13).toULongLong();
        } else {
            continue;
        }
        // "?" lines are rinetd's reload bugs, which PortRelay does not reproduce.
        if (!results.contains(result) || event.client.isNull() || event.bindHost == "?")
            continue;
        event.result = results.value(result);
        QByteArray expected = raw;
        expected.replace("(null)", "not-allowed"); // rinetd's bug, fixed
        QCOMPARE(LogLineFormatter::format(format, event, when), expected + '\n');
        ++compared;
    }
    QVERIFY2(compared >= 16, qPrintable(QString::number(compared)));
}

void TestConnectionLog::timeZoneOffsetInCommonFormat_data() {
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utc") << QByteArray("UTC0") << QByteArray("[27/Nov/2026:02:52:34  +0000]");
    QTest::newRow("east") << QByteArray("IST-5:30") << QByteArray("[27/Nov/2026:08:22:34  +0530]");
    QTest::newRow("west") << QByteArray("EST5") << QByteArray("[26/Nov/2026:21:52:34  -0500]");
}

void TestConnectionLog::timeZoneOffsetInCommonFormat() {
    QFETCH(QByteArray, tz);
    QFETCH(QByteArray, expected);
    setTimeZone(tz.constData());
    LogEvent event;
    event.client = kLocal4;
    event.bindHost = QStringLiteral("0.0.0.0");
    event.bindPort = 80;
    event.connectHost = QStringLiteral("backend");
    event.connectPort = 8080;
    const QByteArray line =
        LogLineFormatter::format(LogFormat::Common, event, utcTime(2026, 11, 27, 2, 52, 34));
    setTimeZone("UTC");
    QVERIFY2(line.contains(expected), line.constData());
    const QByteArray tabLine =
        LogLineFormatter::format(LogFormat::Rinetd, event, utcTime(2026, 11, 27, 2, 52, 34));
    QVERIFY(tabLine.startsWith("27/Nov/2026:02:52:34 \t"));
}

void TestConnectionLog::clientAddressText() {
    QCOMPARE(LogLineFormatter::clientText(kLocal4), QByteArray("127.0.0.1"));
    QCOMPARE(LogLineFormatter::clientText(QHostAddress(QStringLiteral("::ffff:10.1.2.3"))),
             QByteArray("10.1.2.3"));
    QCOMPARE(LogLineFormatter::clientText(QHostAddress(QStringLiteral("::1"))), QByteArray("::1"));
    QCOMPARE(LogLineFormatter::clientText(QHostAddress()), QByteArray("?"));
}

void TestConnectionLog::portRelayFormatAddsDuration() {
    LogEvent event;
    event.result = LogEvent::Result::RemoteClosedFirst;
    event.client = kLocal4;
    event.bindHost = QStringLiteral("127.0.0.1");
    event.bindPort = 1;
    event.connectHost = QStringLiteral("localhost");
    event.connectPort = 2;
    event.bytesFromClient = 3;
    event.bytesToClient = 4;
    event.durationMs = 61234;
    QCOMPARE(LogLineFormatter::format(LogFormat::PortRelay, event, utcTime(2026, 1, 2, 3, 4, 5)),
             QByteArray("02/Jan/2026:03:04:05 \t127.0.0.1\t127.0.0.1\t1\tlocalhost\t2\t3\t4\t"
                        "done-remote-closed\t61.234\n"));
    QCOMPARE(LogLineFormatter::format(LogFormat::None, event, 0), QByteArray());
}

void TestConnectionLog::engineWritesRinetdLines_data() {
    QTest::addColumn<LogFormat>("format");
    QTest::newRow("rinetd") << LogFormat::Rinetd;
    QTest::newRow("common") << LogFormat::Common;
    QTest::newRow("portrelay") << LogFormat::PortRelay;
}

void TestConnectionLog::engineWritesRinetdLines() {
    QFETCH(LogFormat, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort);
    QVERIFY(backend >= 0);
    const quint16 port1 = freePort();
    const quint16 port2 = freePort();
    const quint16 port3 = freePort();
    const quint16 port4 = freePort();
    const quint16 closedPort = freePort();

    Config config;
    config.logFile = dir.filePath(QStringLiteral("relay.log"));
    config.logFormat = format;
    // The connect host is printed as written ("localhost"), the ports as numbers.
    config.rules << EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), port1,
                                           QStringLiteral("localhost"), backendPort);
    Rule denied = EngineFixture::loopbackRule(2, port2, backendPort);
    denied.acl.entries << AclEntry{AclEntry::Kind::Deny, QStringLiteral("127.0.0.*"), {}};
    Rule notAllowed = EngineFixture::loopbackRule(3, port3, backendPort);
    notAllowed.acl.entries << AclEntry{AclEntry::Kind::Allow, QStringLiteral("10.*"), {}};
    config.rules << denied << notAllowed << EngineFixture::loopbackRule(4, port4, closedPort);
    EngineFixture engine;
    QVERIFY(engine.apply(config));

    // 1. The client sends 12 bytes, gets 17, and closes first.
    int client = connectTo(kLocal4, port1);
    int server = acceptOne(backend);
    QVERIFY(client >= 0 && server >= 0);
    QVERIFY(sendAll(client, "twelve bytes"));
    QCOMPARE(recvExact(server, 12), QByteArray("twelve bytes"));
    QVERIFY(sendAll(server, "seventeen bytes!!"));
    QCOMPARE(recvExact(client, 17).size(), 17);
    closeFd(client);
    bool eof = false;
    recvUntilEof(server, &eof);
    QVERIFY(eof);
    closeFd(server);
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 1 && r.active == 0; }));

    // 2. The target sends 6 bytes and closes first.
    client = connectTo(kLocal4, port1);
    server = acceptOne(backend);
    QVERIFY(client >= 0 && server >= 0);
    QVERIFY(sendAll(server, "sixby!"));
    closeFd(server);
    QCOMPARE(recvUntilEof(client, &eof), QByteArray("sixby!"));
    QVERIFY(eof);
    closeFd(client);
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 2 && r.active == 0; }));

    // 3. denied, 4. not allowed, 5. the target refuses.
    for (quint16 port : {port2, port3, port4}) {
        client = connectTo(kLocal4, port);
        QVERIFY(client >= 0);
        QVERIFY(waitClosed(client));
        closeFd(client);
    }
    QVERIFY(engine.waitForRule(4, [](const RuleStats &r) { return r.failed == 1; }));
    QVERIFY(engine.waitForRule(2, [](const RuleStats &r) { return r.refused == 1; }));
    QVERIFY(engine.waitForRule(3, [](const RuleStats &r) { return r.refused == 1; }));
    engine.shutdown(); // flushes
    closeFd(backend);

    const QList<QByteArray> lines = readLines(config.logFile);
    // Rule 1's lines: its two connections, each opened and done.
    const auto ofRule1 = [&](quint64 in, quint64 out, const char *result) {
        return expectedLine(format, port1, QStringLiteral("localhost"), backendPort, in, out,
                            QLatin1String(result));
    };
    const QList<QRegularExpression> expected = {
        ofRule1(0, 0, "opened"),
        ofRule1(12, 17, "done-remote-closed"),
        ofRule1(0, 0, "opened"),
        ofRule1(0, 6, "done-local-closed"),
        expectedLine(format, port2, QStringLiteral("127.0.0.1"), backendPort, 0, 0,
                     QStringLiteral("denied")),
        expectedLine(format, port3, QStringLiteral("127.0.0.1"), backendPort, 0, 0,
                     QStringLiteral("not-allowed")),
        expectedLine(format, port4, QStringLiteral("127.0.0.1"), closedPort, 0, 0,
                     QStringLiteral("local-connect-failed -")),
    };
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        QVERIFY2(expected.at(i).match(line).hasMatch(),
                 qPrintable(QStringLiteral("line %1: %2\nexpected: %3")
                                .arg(i)
                                .arg(line, expected.at(i).pattern())));
    }
}

void TestConnectionLog::reloadReopensFileWithoutSpuriousLines() {
    QTemporaryDir dir;
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort);
    const quint16 port = freePort();
    Config config;
    config.logFile = dir.filePath(QStringLiteral("relay.log"));
    config.rules << EngineFixture::loopbackRule(1, port, backendPort);
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend, &client, &server));
    QTRY_COMPARE_WITH_TIMEOUT(readLines(config.logFile).size(), 1, 20000); // "opened"

    // logrotate: the file is moved away, then the relay is told to reload.
    const QString rotated = dir.filePath(QStringLiteral("relay.log.1"));
    QVERIFY(QFile::rename(config.logFile, rotated));
    QVERIFY(engine.apply(config));
    QVERIFY(sendAll(client, "abc"));
    QCOMPARE(recvExact(server, 3), QByteArray("abc"));
    closeFd(client);
    bool eof = false;
    recvUntilEof(server, &eof);
    closeFd(server);
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 1 && r.active == 0; }));
    engine.shutdown();
    closeFd(backend);

    const QList<QByteArray> before = readLines(rotated);
    const QList<QByteArray> after = readLines(config.logFile);
    QCOMPARE(before.size(), 1);
    QVERIFY(before.at(0).endsWith("\t0\t0\topened"));
    QCOMPARE(after.size(), 1); // the end of the connection, in the new file, and nothing else
    QVERIFY2(after.at(0).endsWith("\t3\t0\tdone-remote-closed"), after.at(0).constData());
    QVERIFY(after.at(0).contains("\t127.0.0.1\t127.0.0.1\t"));
}

void TestConnectionLog::noneFormatWritesNothing() {
    QTemporaryDir dir;
    quint16 backendPort = 0;
    const int backend = listenOn(kLocal4, &backendPort);
    const quint16 port = freePort();
    Config config;
    config.logFile = dir.filePath(QStringLiteral("relay.log"));
    config.logFormat = LogFormat::None;
    config.rules << EngineFixture::loopbackRule(1, port, backendPort);
    EngineFixture engine;
    QVERIFY(engine.apply(config));
    int client = -1, server = -1;
    QVERIFY(connectThrough(port, backend, &client, &server));
    closeFd(client);
    closeFd(server);
    QVERIFY(
        engine.waitForRule(1, [](const RuleStats &r) { return r.accepted == 1 && r.active == 0; }));
    engine.shutdown();
    closeFd(backend);
    QVERIFY(!QFile::exists(config.logFile) || QFile(config.logFile).size() == 0);
}

namespace {
LogEvent sampleEvent(quint16 port) {
    LogEvent event;
    event.client = kLocal4;
    event.bindHost = QStringLiteral("0.0.0.0");
    event.bindPort = port;
    event.connectHost = QStringLiteral("127.0.0.1");
    event.connectPort = 8080;
    return event;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// Under umask 000 the log used to be created 0666 (writable by everyone).
void TestConnectionLog::logFileModeWhateverTheUmask() {
    for (const mode_t mask : {mode_t(0), mode_t(022), mode_t(077)}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("relay.log"));
        const mode_t old = ::umask(mask);
        ConnectionLog log;
        QString error;
        const bool opened = log.open(path, LogFormat::Rinetd, &error);
        ::umask(old);
        QVERIFY2(opened, qPrintable(error));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }
}

// A reopen that fails (the file rotated away into a directory the process may not write, say)
// keeps the old file and says so: no line is lost. Before, the log was closed and every later
// line dropped.
void TestConnectionLog::failedReopenKeepsWritingToOldFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relay.log"));
    ConnectionLog log;
    QString error;
    QVERIFY2(log.open(path, LogFormat::Rinetd, &error), qPrintable(error));
    log.write(sampleEvent(1001));
    const QString unreachable = dir.filePath(QStringLiteral("gone/relay.log"));
    QVERIFY(!log.open(unreachable, LogFormat::Rinetd, &error));
    QVERIFY2(error.contains(unreachable) && error.contains(QLatin1String("still logged")),
             qPrintable(error));
    QVERIFY(log.isOpen());
    log.write(sampleEvent(1002));
    log.flush();
    const QByteArray content = readFile(path);
    QVERIFY2(content.contains("\t1001\t") && content.contains("\t1002\t"), content.constData());
}

void TestConnectionLog::rootDoesNotFollowPlantedLink() {
    if (::geteuid() != 0)
        QSKIP("only root refuses to follow a link at the log path; not running as root");
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("shadow"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("root only\n");
    }
    const QString path = dir.filePath(QStringLiteral("relay.log"));
    QVERIFY(QFile::link(target, path));
    ConnectionLog log;
    QString error;
    QVERIFY(!log.open(path, LogFormat::Rinetd, &error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    QCOMPARE(readFile(target), QByteArray("root only\n"));
}

QTEST_GUILESS_MAIN(TestConnectionLog)
#include "tst_connectionlog.moc"
