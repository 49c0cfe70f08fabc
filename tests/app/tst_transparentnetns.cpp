#include "NetnsLab.h"

#include <QTest>

#include <unistd.h>

// transparent=yes (portrelay forward --transproxy) between network namespaces: client
// 10.77.1.2 -> relay 10.77.1.1 -> server 10.77.2.2, with the policy routing of
// docs/transparent.md in the relay's namespace and the server routing back through the relay.
// The server reports the address and port it sees.

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Answers every connection with "ADDRESS:PORT\n" of its peer.
const char kServer[] = "import socket\n"
                       "s = socket.socket()\n"
                       "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                       "s.bind(('10.77.2.2', 80))\n"
                       "s.listen(16)\n"
                       "while True:\n"
                       "    c, peer = s.accept()\n"
                       "    c.sendall(('%s:%d\\n' % peer).encode())\n"
                       "    c.close()\n";

// Connects from local port argv[1] to the relay and prints what the server saw.
const char kClient[] = "import socket, sys\n"
                       "def ask(port):\n"
                       "    c = socket.socket()\n"
                       "    c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                       "    c.bind(('10.77.1.2', port))\n"
                       "    c.settimeout(10)\n"
                       "    c.connect(('10.77.1.1', 80))\n"
                       "    data = b''\n"
                       "    while not data.endswith(b'\\n'):\n"
                       "        chunk = c.recv(100)\n"
                       "        if not chunk: break\n"
                       "        data += chunk\n"
                       "    return c, data.decode().strip()\n"
                       "held, first = ask(int(sys.argv[1]))\n"
                       "print('seen=' + first)\n";

QString seen(const ProgramRun &run) {
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("seen=")))
            return line.mid(5).trimmed();
    }
    return QString();
}

} // namespace

class TestTransparentNetns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverSeesClientAddressAndPort();
    void busyPortFallsBackToAnotherPort();
    void checkReportsTheRouting();
    void withoutCapabilityTheRuleFails();
    void userSwitchIsRefused();

private:
    ProgramRun askFrom(quint16 port) {
        return m_lab->run(NetnsLab::Client, {kPython, QStringLiteral("-c"),
                                             QString::fromLatin1(kClient), QString::number(port)});
    }

    std::unique_ptr<NetnsLab> m_lab;
    QProcess *m_relay = nullptr;
};

void TestTransparentNetns::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("network namespaces need root");
    if (QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty())
        QSKIP("nft is not installed (Debian package nftables, see scripts/setup)");
    m_lab = std::make_unique<NetnsLab>(QStringLiteral("t"));
    QString why;
    if (!m_lab->setUp(&why))
        QSKIP(qPrintable(why));
    // docs/transparent.md's routing, in the relay's namespace: replies to the client's address
    // that belong to a transparent socket are marked and delivered locally.
    const ProgramRun nft = m_lab->run(
        NetnsLab::Relay,
        {QStringLiteral("nft"),
         QStringLiteral("add table inet portrelay; add chain inet portrelay prerouting { type "
                        "filter hook prerouting priority mangle; policy accept; }; add rule inet "
                        "portrelay prerouting socket transparent 1 meta mark set 1")});
    if (!nft.finished || nft.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("nftables cannot match transparent sockets here: ") +
                         nft.all()));
    QVERIFY2(
        m_lab->ip(
            QStringLiteral("-n %1 rule add fwmark 1 lookup 100").arg(m_lab->name(NetnsLab::Relay)),
            &why),
        qPrintable(why));
    QVERIFY2(m_lab->ip(QStringLiteral("-n %1 route add local 0.0.0.0/0 dev lo table 100")
                           .arg(m_lab->name(NetnsLab::Relay)),
                       &why),
             qPrintable(why));
    // The backend's return route: through the relay.
    QVERIFY2(m_lab->ip(QStringLiteral("-n %1 route add default via 10.77.2.1")
                           .arg(m_lab->name(NetnsLab::Server)),
                       &why),
             qPrintable(why));
    m_lab->start(NetnsLab::Server, {kPython, QStringLiteral("-c"), QString::fromLatin1(kServer)});
    QVERIFY(m_lab->waitListening(NetnsLab::Server, 80));
    m_relay = m_lab->start(NetnsLab::Relay,
                           {QStringLiteral(PORTRELAY_BINARY), QStringLiteral("forward"),
                            QStringLiteral("--transproxy"), QStringLiteral("10.77.1.1:80"),
                            QStringLiteral("10.77.2.2:80")});
    QVERIFY2(m_lab->waitListening(NetnsLab::Relay, 80), m_relay->readAll().constData());
}

void TestTransparentNetns::cleanupTestCase() {
    m_lab.reset();
}

void TestTransparentNetns::serverSeesClientAddressAndPort() {
    const ProgramRun run = askFrom(40001);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.all()));
    QCOMPARE(seen(run), QStringLiteral("10.77.1.2:40001"));
}

void TestTransparentNetns::busyPortFallsBackToAnotherPort() {
    // Port 40002 is taken in the relay's namespace: the relay cannot use the client's port, and
    // connects from the client's address with another one.
    QProcess *squatter = m_lab->start(
        NetnsLab::Relay,
        {kPython, QStringLiteral("-c"),
         QStringLiteral("import socket,time\ns=socket.socket()\ns.bind(('0.0.0.0',40002))\n"
                        "s.listen(1)\ntime.sleep(60)")});
    QVERIFY(m_lab->waitListening(NetnsLab::Relay, 40002));
    const ProgramRun run = askFrom(40002);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.all()));
    const QString address = seen(run);
    QVERIFY2(address.startsWith(QLatin1String("10.77.1.2:")), qPrintable(address));
    QVERIFY2(address != QLatin1String("10.77.1.2:40002"), qPrintable(address));
    squatter->kill();
    QByteArray messages;
    QVERIFY(QTest::qWaitFor(
        [&] {
            m_relay->waitForReadyRead(100);
            messages += m_relay->readAll();
            return messages.contains("port 40002 of 10.77.1.2 is in use here");
        },
        10000));
    // And the next connection gets its own port again.
    QCOMPARE(seen(askFrom(40003)), QStringLiteral("10.77.1.2:40003"));
}

void TestTransparentNetns::checkReportsTheRouting() {
    const QString conf = QStringLiteral("/tmp/portrelay-transparent-check-%1.conf")
                             .arg(QCoreApplication::applicationPid());
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("10.77.1.1 81 10.77.2.2 80 [transparent=yes]\n");
    file.close();
    // In the relay's namespace everything is in place; in the client's nothing is.
    const ProgramRun ready = m_lab->run(
        NetnsLab::Relay, {QStringLiteral(PORTRELAY_BINARY), QStringLiteral("--check"), conf});
    const ProgramRun bare = m_lab->run(
        NetnsLab::Client, {QStringLiteral(PORTRELAY_BINARY), QStringLiteral("--check"), conf});
    QFile::remove(conf);
    QCOMPARE(ready.exitCode, 0);
    QVERIFY2(!ready.err.contains(QLatin1String("transparent: missing")), qPrintable(ready.err));
    QCOMPARE(ready.err.count(QLatin1String("transparent: ok")), 4);
    QVERIFY2(bare.err.contains(QLatin1String("transparent: missing: policy rule")),
             qPrintable(bare.err));
    QVERIFY2(bare.err.contains(QLatin1String("transparent: missing: nftables rule")),
             qPrintable(bare.err));
}

void TestTransparentNetns::withoutCapabilityTheRuleFails() {
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    // Root without CAP_NET_ADMIN and CAP_NET_RAW: the rule cannot start, and says why.
    const ProgramRun run = m_lab->run(
        NetnsLab::Relay,
        {QStringLiteral("setpriv"), QStringLiteral("--bounding-set=-net_admin,-net_raw"),
         QStringLiteral("--inh-caps=-net_admin,-net_raw"), QStringLiteral(PORTRELAY_BINARY),
         QStringLiteral("forward"), QStringLiteral("--transproxy"), QStringLiteral("10.77.1.1:82"),
         QStringLiteral("10.77.2.2:80")},
        30000);
    QVERIFY2(run.finished, qPrintable(run.all()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("needs the CAP_NET_ADMIN or CAP_NET_RAW capability")),
             qPrintable(run.err));
}

void TestTransparentNetns::userSwitchIsRefused() {
    const ProgramRun run =
        m_lab->run(NetnsLab::Relay,
                   {QStringLiteral(PORTRELAY_BINARY), QStringLiteral("forward"),
                    QStringLiteral("--transproxy"), QStringLiteral("--user=nobody"),
                    QStringLiteral("10.77.1.1:83"), QStringLiteral("10.77.2.2:80")},
                   30000);
    QVERIFY2(run.finished, qPrintable(run.all()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("--user nobody would give it up")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestTransparentNetns)
#include "tst_transparentnetns.moc"
