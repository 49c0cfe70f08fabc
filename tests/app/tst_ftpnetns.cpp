#include "NetnsLab.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

// The FTP helper (ftp=both) of the built program between three network namespaces: the client
// reaches only the relay, never the server (pyftpdlib), so every data connection that works
// went through a rewritten PASV/EPSV reply or PORT/EPRT command and a data listener of the
// relay. IPv4 and IPv6, both directions byte-exact, listings, parallel transfers, garbage on
// the control connection and a data connection that never comes.

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
constexpr qsizetype kBigSize = 20 * 1024 * 1024;
constexpr int kDataTimeoutMs = 1500;

QString script(const char *name) {
    return QStringLiteral(PORTRELAY_SOURCE_DIR "/tests/app/ftp/") + QLatin1String(name);
}

// "key=value" lines of the client's output.
QHash<QString, QString> results(const ProgramRun &run) {
    QHash<QString, QString> values;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return values;
}

QByteArray reversed(const QByteArray &data) {
    QByteArray copy = data;
    std::reverse(copy.begin(), copy.end());
    return copy;
}

QString sha256(const QByteArray &data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

int openDescriptors(qint64 pid) {
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                   .size());
}

} // namespace

class TestFtpNetns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clientCannotReachServer();
    void transfers_data();
    void transfers();
    void parallelTransfers();
    void garbageOnControlConnection();
    void dataConnectionThatNeverComes();
    void dataConnectionsAreLogged();

private:
    ProgramRun client(const QString &host, const QString &mode, const QStringList &action) {
        return m_lab->run(NetnsLab::Client, QStringList{kPython, script("ftpclient.py"), host,
                                                        QStringLiteral("21"), mode} +
                                                action);
    }

    std::unique_ptr<NetnsLab> m_lab;
    QTemporaryDir m_dir;
    QByteArray m_big;
    QProcess *m_relay = nullptr;
};

void TestFtpNetns::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("network namespaces need root");
    const ProgramRun python =
        runProgram(kPython, {QStringLiteral("-c"), QStringLiteral("import pyftpdlib")});
    if (!python.finished || python.exitCode != 0)
        QSKIP("python3-pyftpdlib is not installed (scripts/setup installs it)");
    m_lab = std::make_unique<NetnsLab>(QStringLiteral("f"));
    QString why;
    if (!m_lab->setUp(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    // The server's files, readable and writable by the anonymous user.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("root")));
    const QString root = m_dir.filePath(QStringLiteral("root"));
    m_big.resize(kBigSize);
    QRandomGenerator generator(12);
    generator.fillRange(reinterpret_cast<quint32 *>(m_big.data()), kBigSize / 4);
    for (const char *name : {"big.bin", "copy.bin"}) {
        QFile file(root + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_big), kBigSize);
    }
    QFile upload(m_dir.filePath(QStringLiteral("upload.bin")));
    QVERIFY(upload.open(QIODevice::WriteOnly));
    QCOMPARE(upload.write(reversed(m_big)), kBigSize);
    upload.close();
    QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7777));

    m_lab->start(NetnsLab::Server, {kPython, script("ftpserver.py"), QStringLiteral("10.77.2.2"),
                                    QStringLiteral("21"), root});
    m_lab->start(NetnsLab::Server, {kPython, script("ftpserver.py"), QStringLiteral("fd77:2::2"),
                                    QStringLiteral("21"), root});
    const QString conf = m_dir.filePath(QStringLiteral("relay.conf"));
    QFile config(conf);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("logfile " + m_dir.filePath(QStringLiteral("relay.log")).toLocal8Bit() +
                 "\n10.77.1.1 21 10.77.2.2 21 [ftp=both]\nfd77:1::1 21 fd77:2::2 21 [ftp=both]\n");
    config.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTRELAY_FTP_DATA_TIMEOUT_MS"), QString::number(kDataTimeoutMs));
    m_relay = m_lab->start(NetnsLab::Relay,
                           {QStringLiteral(PORTRELAY_BINARY), QStringLiteral("--headless"),
                            QStringLiteral("-c"), conf},
                           env);
    QVERIFY(m_lab->waitListening(NetnsLab::Server, 21));
    QVERIFY2(m_lab->waitListening(NetnsLab::Relay, 21), m_relay->readAll().constData());
}

void TestFtpNetns::cleanupTestCase() {
    m_lab.reset();
}

void TestFtpNetns::clientCannotReachServer() {
    for (const char *server : {"10.77.2.2", "fd77:2::2"}) {
        const ProgramRun direct = m_lab->run(
            NetnsLab::Client,
            {kPython, QStringLiteral("-c"),
             QStringLiteral("import socket\ntry:\n socket.create_connection(('%1',21),timeout=3)\n"
                            " print('reached')\nexcept OSError:\n print('unreachable')")
                 .arg(QLatin1String(server))});
        QCOMPARE(direct.out.trimmed(), QStringLiteral("unreachable"));
    }
}

void TestFtpNetns::transfers_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    QTest::newRow("IPv4 passive (PASV)") << "10.77.1.1"
                                         << "pasv";
    QTest::newRow("IPv4 active (PORT)") << "10.77.1.1"
                                        << "active";
    QTest::newRow("IPv6 passive (EPSV)") << "fd77:1::1"
                                         << "pasv";
    QTest::newRow("IPv6 active (EPRT)") << "fd77:1::1"
                                        << "active";
}

void TestFtpNetns::transfers() {
    QFETCH(QString, host);
    QFETCH(QString, mode);
    const ProgramRun get = client(host, mode, {QStringLiteral("get"), QStringLiteral("big.bin")});
    QVERIFY2(get.finished && get.exitCode == 0, qPrintable(get.all()));
    const QHash<QString, QString> got = results(get);
    QCOMPARE(got.value(QStringLiteral("size")).toLongLong(), kBigSize);
    QCOMPARE(got.value(QStringLiteral("sha256")), sha256(m_big));

    const QString name = QStringLiteral("up-%1-%2.bin").arg(QTest::currentDataTag()).remove(' ');
    const QString stored = QStringLiteral("up%1.bin").arg(qHash(name));
    const ProgramRun put = client(
        host, mode, {QStringLiteral("put"), m_dir.filePath(QStringLiteral("upload.bin")), stored});
    QVERIFY2(put.finished && put.exitCode == 0, qPrintable(put.all()));
    QFile uploaded(m_dir.filePath(QStringLiteral("root/") + stored));
    QVERIFY(uploaded.open(QIODevice::ReadOnly));
    const QByteArray content = uploaded.readAll();
    QCOMPARE(content.size(), kBigSize);
    QVERIFY(content == reversed(m_big));

    const ProgramRun list = client(host, mode, {QStringLiteral("list")});
    QVERIFY2(list.finished && list.exitCode == 0, qPrintable(list.all()));
    const QStringList names = results(list).value(QStringLiteral("names")).split(QLatin1Char(','));
    QVERIFY(names.contains(QStringLiteral("big.bin")));
    QVERIFY(names.contains(stored));
}

void TestFtpNetns::parallelTransfers() {
    for (const char *mode : {"pasv", "active"}) {
        const ProgramRun run = client(
            QStringLiteral("10.77.1.1"), QLatin1String(mode),
            {QStringLiteral("parallel"), QStringLiteral("big.bin"), QStringLiteral("copy.bin")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.all()));
        const QString expected = QStringLiteral("%1:%2").arg(kBigSize).arg(sha256(m_big));
        QCOMPARE(results(run).value(QStringLiteral("big.bin")), expected);
        QCOMPARE(results(run).value(QStringLiteral("copy.bin")), expected);
    }
}

void TestFtpNetns::garbageOnControlConnection() {
    const ProgramRun run =
        client(QStringLiteral("10.77.1.1"), QStringLiteral("pasv"), {QStringLiteral("garbage")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.all()));
    QVERIFY(results(run).value(QStringLiteral("banner")).toInt() > 0);
    // The bytes were relayed: the server answered the NOOP that followed them.
    QCOMPARE(results(run).value(QStringLiteral("noop_answered")), QStringLiteral("1"));
    QCOMPARE(m_relay->state(), QProcess::Running);
    const ProgramRun after =
        client(QStringLiteral("10.77.1.1"), QStringLiteral("pasv"), {QStringLiteral("list")});
    QVERIFY2(after.finished && after.exitCode == 0, qPrintable(after.all()));
}

void TestFtpNetns::dataConnectionThatNeverComes() {
    const qint64 pid = m_relay->processId();
    QVERIFY(pid > 0);
    const int before = openDescriptors(pid);
    for (const char *host : {"10.77.1.1", "fd77:1::1"}) {
        // Waits three times the listener's lifetime before trying the announced port.
        const ProgramRun run =
            client(QLatin1String(host), QStringLiteral("pasv"),
                   {QStringLiteral("idle"), QString::number(3 * kDataTimeoutMs / 1000.0)});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(results(run).value(QStringLiteral("port")).toInt() > 0);
        QCOMPARE(results(run).value(QStringLiteral("late_connect")), QStringLiteral("refused"));
    }
    // Every descriptor of those control connections and listeners is gone again.
    QVERIFY(QTest::qWaitFor([&] { return openDescriptors(pid) == before; }, 10000));
    QByteArray messages;
    (void)QTest::qWaitFor(
        [&] {
            m_relay->waitForReadyRead(100);
            messages += m_relay->readAll();
            return messages.count("expired") >= 2;
        },
        10000);
    QVERIFY2(messages.count("FTP data listener on") >= 2 && messages.count("expired") >= 2,
             messages.constData());
}

void TestFtpNetns::dataConnectionsAreLogged() {
    // Each data connection is a connection of its rule in the log: more lines than control
    // connections, all with the client's rule.
    QVERIFY(QTest::qWaitFor(
        [&] {
            QFile log(m_dir.filePath(QStringLiteral("relay.log")));
            if (!log.open(QIODevice::ReadOnly))
                return false;
            const QByteArray text = log.readAll();
            return text.count("\t10.77.2.2\t21\t") >= 10 && text.count("fd77:2::2") >= 4;
        },
        20000));
}

QTEST_GUILESS_MAIN(TestFtpNetns)
#include "tst_ftpnetns.moc"
