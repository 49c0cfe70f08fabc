#include "EngineFixture.h"
#include "FtpControlParser.h"
#include "RawSocket.h"
#include "RelayEngine.h"

#include <QTest>

#include <thread>

using namespace RawSocket;

// The FTP helper inside the engine on loopback, with a scripted server: what the namespace test
// (tests/app/tst_ftpnetns) cannot easily arrange. A reply written one byte at a time, a data
// connection from the wrong peer, and a rule whose access list changed after the control
// connection was accepted.

namespace {

struct Listener {
    int fd = -1;
    quint16 port = 0;
    Listener() { fd = listenOn(kLocal4, &port); }
    ~Listener() { closeFd(fd); }
};

// Reads one CRLF-terminated line.
QByteArray readLine(int fd) {
    QByteArray line;
    while (!line.endsWith("\r\n")) {
        const QByteArray c = recvExact(fd, 1);
        if (c.isEmpty())
            break;
        line += c;
    }
    return line;
}

class FtpHelperSetup {
public:
    Listener control; // the "FTP server"'s control port
    Listener data;    // its passive data port
    EngineFixture engine;
    Config config;
    quint16 relayPort = 0;
    int client = -1;
    int server = -1;

    ~FtpHelperSetup() {
        closeFd(client);
        closeFd(server);
    }
    bool start() {
        relayPort = freePort();
        Rule rule = EngineFixture::tcpRule(1, QStringLiteral("127.0.0.1"), relayPort,
                                           QStringLiteral("127.0.0.1"), control.port);
        rule.setOption(QStringLiteral("ftp"), QStringLiteral("passive"));
        rule.acl.entries << AclEntry{AclEntry::Kind::Allow, QStringLiteral("127.0.0.1"), {}};
        config.rules << rule;
        if (!engine.apply(config) || !engine.lastErrors().isEmpty())
            return false;
        client = connectTo(kLocal4, relayPort);
        server = client >= 0 ? acceptOne(control.fd) : -1;
        return server >= 0;
    }
    // The server announces its data port, one byte per write; returns the port the client is
    // told (the relay's listener).
    quint16 announce() {
        const QByteArray reply = QByteArrayLiteral("227 Entering Passive Mode (127,0,0,1,") +
                                 QByteArray::number(data.port >> 8) + ',' +
                                 QByteArray::number(data.port & 0xff) + ").\r\n";
        for (char c : reply) {
            if (!sendAll(server, QByteArray(1, c)))
                return 0;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        const QByteArray line = readLine(client);
        const std::optional<FtpEndpoint> told =
            FtpControlParser::parsePasvReply(line.left(line.size() - 2));
        if (!told || told->address != kLocal4 || told->port == data.port)
            return 0;
        return told->port;
    }
};

} // namespace

class TestFtpHelper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void passiveDataThroughTheRelay();
    void wrongPeerIsTurnedAway();
    void accessListAppliesToDataConnections();
};

void TestFtpHelper::passiveDataThroughTheRelay() {
    FtpHelperSetup setup;
    QVERIFY(setup.start());
    const quint16 port = setup.announce();
    QVERIFY(port != 0);
    const int dataClient = connectTo(kLocal4, port);
    QVERIFY(dataClient >= 0);
    const int dataServer = acceptOne(setup.data.fd);
    QVERIFY(dataServer >= 0);
    const QByteArray file = randomBytes(3 * 1024 * 1024 + 11, 5);
    QByteArray atClient;
    QByteArray atServer;
    QVERIFY(exchange(dataServer, dataClient, file, QByteArray(), &atClient, &atServer));
    QVERIFY(atClient == file);
    closeFd(dataClient);
    closeFd(dataServer);
    // The data connection is a connection of the rule: two accepted, the download counted as
    // bytes to the client.
    QVERIFY(setup.engine.waitForRule(1, [&](const RuleStats &r) {
        return r.accepted == 2 && r.active == 1 && r.bytesToClient >= quint64(file.size());
    }));
}

void TestFtpHelper::wrongPeerIsTurnedAway() {
    FtpHelperSetup setup;
    QVERIFY(setup.start());
    const quint16 port = setup.announce();
    QVERIFY(port != 0);
    // 127.0.0.2 is this host too, but not the FTP client: closed, and the listener keeps
    // waiting for the right one.
    const int intruder = connectTo(kLocal4, port, QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(intruder >= 0);
    QVERIFY(waitClosed(intruder));
    closeFd(intruder);
    QVERIFY(isQuiet(setup.data.fd, 200)); // nothing reached the server
    const int dataClient = connectTo(kLocal4, port);
    QVERIFY(dataClient >= 0);
    const int dataServer = acceptOne(setup.data.fd);
    QVERIFY(dataServer >= 0);
    QVERIFY(sendAll(dataClient, "upload"));
    QCOMPARE(recvExact(dataServer, 6), QByteArray("upload"));
    closeFd(dataClient);
    closeFd(dataServer);
}

void TestFtpHelper::accessListAppliesToDataConnections() {
    FtpHelperSetup setup;
    QVERIFY(setup.start());
    const quint16 port = setup.announce();
    QVERIFY(port != 0);
    // The rule now denies the client: its open control connection stays (as for any rule), but
    // a new data connection is refused and counted.
    Config denying = setup.config;
    denying.rules[0].acl.entries = {
        AclEntry{AclEntry::Kind::Deny, QStringLiteral("127.0.0.1"), {}}};
    QVERIFY(setup.engine.apply(denying));
    const int dataClient = connectTo(kLocal4, port);
    QVERIFY(dataClient >= 0);
    QVERIFY(waitClosed(dataClient));
    closeFd(dataClient);
    QVERIFY(isQuiet(setup.data.fd, 200));
    QVERIFY(setup.engine.waitForRule(
        1, [](const RuleStats &r) { return r.refused == 1 && r.accepted == 1 && r.active == 1; }));
}

QTEST_GUILESS_MAIN(TestFtpHelper)
#include "tst_ftphelper.moc"
