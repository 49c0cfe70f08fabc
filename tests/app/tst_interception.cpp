#include "RawSocket.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

// Intercepted connections end to end, in network namespaces this test creates: a client
// namespace routes through a router namespace, where nftables sends the client's connections
// (redirect, or tproxy) to `portrelay --headless` with targets "original original"; PortRelay
// relays each one to where the client was going, in a server namespace. The test's own sockets
// are made inside the namespaces (setns on this thread, then back); the relay is the built
// binary under `ip netns exec`. Skips when not root or when ip/nft/namespaces are missing.

namespace {
constexpr int kWait = 20000;
using namespace RawSocket;

const QHostAddress kServer4(QStringLiteral("10.13.2.2"));
const QHostAddress kServer6(QStringLiteral("fd13:2::2"));
const QHostAddress kRouterClientSide4(QStringLiteral("10.13.1.1"));
constexpr quint16 kRedirectedPort = 80;
constexpr quint16 kTproxiedPort = 81;
constexpr quint16 kRedirectListener = 3129;
constexpr quint16 kTproxyListener = 3130;
constexpr quint16 kHttpPort = 8080; // redirected to the translating rule
constexpr quint16 kTranslateListener = 3131;
constexpr quint16 kProxyPort = 3128; // the test "proxy", in the server namespace

bool run(const QString &program, const QStringList &args, QString *output = nullptr) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    const bool ok = process.waitForFinished(kWait) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return ok;
}

// Runs the calling thread in namespace NAME while it exists.
class InNamespace {
public:
    explicit InNamespace(const QString &name) {
        m_home = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        const int target =
            ::open(qPrintable(QStringLiteral("/run/netns/") + name), O_RDONLY | O_CLOEXEC);
        m_ok = m_home >= 0 && target >= 0 && ::setns(target, CLONE_NEWNET) == 0;
        if (target >= 0)
            ::close(target);
    }
    ~InNamespace() {
        if (m_home >= 0) {
            if (m_ok)
                (void)::setns(m_home, CLONE_NEWNET);
            ::close(m_home);
        }
    }
    bool ok() const { return m_ok; }

private:
    int m_home = -1;
    bool m_ok = false;
};

int listenAt(const QHostAddress &address, quint16 port) {
    sockaddr_storage storage;
    const socklen_t length = toSockaddr(address, port, &storage);
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 ||
        ::listen(fd, 16) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}
} // namespace

class TestInterception : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redirected_data();
    void redirected();
    void loopIsRefused();
    void httpTranslatedForProxy();
    void httpConnectPassesThrough();
    void httpOversizedHeaderRefused();

private:
    bool sh(const QStringList &args) {
        QString output;
        const bool ok = run(m_ip, args, &output);
        if (!ok)
            qWarning().noquote() << "ip" << args.join(QLatin1Char(' ')) << output;
        return ok;
    }
    QString ns(const char *role) const {
        return QStringLiteral("pr%1-%2").arg(QLatin1String(role)).arg(::getpid());
    }
    bool waitForLog(const QByteArray &text);
    bool openHttp(int *client, int *proxy);

    QString m_ip;
    bool m_created = false;
    bool m_tproxy = false;
    QTemporaryDir m_dir;
    QProcess m_relay;
};

void TestInterception::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root to create network namespaces and nftables rules");
    m_ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    const QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"));
    if (m_ip.isEmpty() || nft.isEmpty())
        QSKIP("needs ip (iproute2) and nft (nftables; scripts/setup installs it)");
    const QString c = ns("c");
    const QString r = ns("r");
    const QString s = ns("s");
    if (!run(m_ip, {QStringLiteral("netns"), QStringLiteral("add"), c}))
        QSKIP("cannot create network namespaces here");
    m_created = true;
    QVERIFY(sh({"netns", "add", r}));
    QVERIFY(sh({"netns", "add", s}));
    QVERIFY(
        sh({"link", "add", "vc", "netns", c, "type", "veth", "peer", "name", "vr", "netns", r}));
    QVERIFY(
        sh({"link", "add", "vs", "netns", s, "type", "veth", "peer", "name", "vr2", "netns", r}));
    const QList<QStringList> setup = {
        {"-n", c, "addr", "add", "10.13.1.2/24", "dev", "vc"},
        {"-n", c, "addr", "add", "fd13:1::2/64", "dev", "vc", "nodad"},
        {"-n", r, "addr", "add", "10.13.1.1/24", "dev", "vr"},
        {"-n", r, "addr", "add", "fd13:1::1/64", "dev", "vr", "nodad"},
        {"-n", r, "addr", "add", "10.13.2.1/24", "dev", "vr2"},
        {"-n", r, "addr", "add", "fd13:2::1/64", "dev", "vr2", "nodad"},
        {"-n", s, "addr", "add", "10.13.2.2/24", "dev", "vs"},
        {"-n", s, "addr", "add", "fd13:2::2/64", "dev", "vs", "nodad"},
        {"-n", c, "link", "set", "vc", "up"},
        {"-n", c, "link", "set", "lo", "up"},
        {"-n", r, "link", "set", "vr", "up"},
        {"-n", r, "link", "set", "vr2", "up"},
        {"-n", r, "link", "set", "lo", "up"},
        {"-n", s, "link", "set", "vs", "up"},
        {"-n", s, "link", "set", "lo", "up"},
        {"-n", c, "route", "add", "default", "via", "10.13.1.1"},
        {"-n", c, "-6", "route", "add", "default", "via", "fd13:1::1"},
        {"-n", s, "route", "add", "default", "via", "10.13.2.1"},
        {"-n", s, "-6", "route", "add", "default", "via", "fd13:2::1"},
        {"netns", "exec", r, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1"},
        {"netns", "exec", r, "sysctl", "-q", "-w", "net.ipv6.conf.all.forwarding=1"},
        // tproxy: marked packets are delivered locally, whatever their destination.
        {"-n", r, "rule", "add", "fwmark", "1", "lookup", "100"},
        {"-n", r, "route", "add", "local", "0.0.0.0/0", "dev", "lo", "table", "100"},
        {"-n", r, "-6", "rule", "add", "fwmark", "1", "lookup", "100"},
        {"-n", r, "-6", "route", "add", "local", "::/0", "dev", "lo", "table", "100"},
    };
    for (const QStringList &args : setup)
        QVERIFY(sh(args));
    const QString redirect = QStringLiteral("table inet portrelaytest {\n"
                                            "  chain nat {\n"
                                            "    type nat hook prerouting priority -100;\n"
                                            "    tcp dport %1 redirect to :%2\n"
                                            "    tcp dport %3 redirect to :%4\n"
                                            "  }\n"
                                            "}\n")
                                 .arg(kRedirectedPort)
                                 .arg(kRedirectListener)
                                 .arg(kHttpPort)
                                 .arg(kTranslateListener);
    const QString tproxy = QStringLiteral("table inet portrelaytproxy {\n"
                                          "  chain mangle {\n"
                                          "    type filter hook prerouting priority -150;\n"
                                          "    meta nfproto ipv4 tcp dport %1 tproxy ip to :%2 "
                                          "meta mark set 1 accept\n"
                                          "    meta nfproto ipv6 tcp dport %1 tproxy ip6 to :%2 "
                                          "meta mark set 1 accept\n"
                                          "  }\n"
                                          "}\n")
                               .arg(kTproxiedPort)
                               .arg(kTproxyListener);
    const QString rules = m_dir.filePath(QStringLiteral("rules.nft"));
    QFile file(rules);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(redirect.toUtf8());
    file.close();
    QVERIFY(sh({"netns", "exec", r, nft, "-f", rules}));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(tproxy.toUtf8());
    file.close();
    m_tproxy = run(m_ip, {"netns", "exec", r, nft, "-f", rules});

    const QString conf = m_dir.filePath(QStringLiteral("rinetd.conf"));
    QFile confFile(conf);
    QVERIFY(confFile.open(QIODevice::WriteOnly));
    confFile.write(QStringLiteral("#portrelay: logformat=portrelay\nlogfile %1\n"
                                  ":: %2 original original\n:: %3 original original\n"
                                  ":: %4 10.13.2.2 %5 [translate=http]\n")
                       .arg(m_dir.filePath(QStringLiteral("relay.log")))
                       .arg(kRedirectListener)
                       .arg(kTproxyListener)
                       .arg(kTranslateListener)
                       .arg(kProxyPort)
                       .toUtf8());
    confFile.close();
    m_relay.setProcessChannelMode(QProcess::MergedChannels);
    m_relay.start(m_ip, {QStringLiteral("netns"), QStringLiteral("exec"), r,
                         QStringLiteral(PORTRELAY_BINARY), QStringLiteral("--headless"),
                         QStringLiteral("-c"), conf});
    QVERIFY(m_relay.waitForStarted(kWait));
    QByteArray output;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     output += m_relay.readAll();
                     return output.contains("3 of 3 rule(s) started") ||
                            m_relay.state() == QProcess::NotRunning;
                 },
                 kWait) &&
                 output.contains("3 of 3 rule(s) started"),
             output.constData());
}

void TestInterception::cleanupTestCase() {
    if (m_relay.state() != QProcess::NotRunning) {
        m_relay.terminate();
        if (!m_relay.waitForFinished(kWait))
            m_relay.kill();
        m_relay.waitForFinished(kWait);
    }
    if (m_created) {
        for (const char *role : {"c", "r", "s"})
            run(m_ip, {QStringLiteral("netns"), QStringLiteral("del"), ns(role)});
    }
}

bool TestInterception::waitForLog(const QByteArray &text) {
    const QString path = m_dir.filePath(QStringLiteral("relay.log"));
    return QTest::qWaitFor(
        [&] {
            QFile log(path);
            return log.open(QIODevice::ReadOnly) && log.readAll().contains(text);
        },
        kWait);
}

void TestInterception::redirected_data() {
    QTest::addColumn<QHostAddress>("server");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QHostAddress>("routerAddress");
    QTest::newRow("nft redirect, IPv4")
        << kServer4 << kRedirectedPort << QHostAddress(QStringLiteral("10.13.2.1"));
    QTest::newRow("nft redirect, IPv6")
        << kServer6 << kRedirectedPort << QHostAddress(QStringLiteral("fd13:2::1"));
    QTest::newRow("tproxy, IPv4") << kServer4 << kTproxiedPort
                                  << QHostAddress(QStringLiteral("10.13.2.1"));
    QTest::newRow("tproxy, IPv6") << kServer6 << kTproxiedPort
                                  << QHostAddress(QStringLiteral("fd13:2::1"));
}

void TestInterception::redirected() {
    QFETCH(QHostAddress, server);
    QFETCH(quint16, port);
    QFETCH(QHostAddress, routerAddress);
    if (port == kTproxiedPort && !m_tproxy)
        QSKIP("the kernel here has no nftables tproxy support");
    int listener = -1;
    {
        InNamespace in(ns("s"));
        QVERIFY(in.ok());
        listener = listenAt(server, port);
    }
    QVERIFY(listener >= 0);
    int client = -1;
    {
        InNamespace in(ns("c"));
        QVERIFY(in.ok());
        client = connectTo(server, port);
    }
    QVERIFY2(client >= 0, m_relay.readAll().constData());
    const int accepted = acceptOne(listener);
    QVERIFY2(accepted >= 0, m_relay.readAll().constData());
    // The server sees the relay (the router), not the client: the connection went through it.
    QCOMPARE(peerAddress(accepted), routerAddress);
    const QByteArray up = randomBytes(512 * 1024 + 3, 11);
    const QByteArray down = randomBytes(256 * 1024 + 1, 12);
    QByteArray atServer;
    QByteArray atClient;
    QVERIFY(exchange(client, accepted, up, down, &atServer, &atClient));
    QVERIFY(atServer == up);
    QVERIFY(atClient == down);
    closeFd(client);
    closeFd(accepted);
    closeFd(listener);
    // The log line names the original destination as the target.
    const QByteArray target = '\t' + server.toString().toLatin1() + '\t' +
                              QByteArray::number(port) + '\t' + QByteArray::number(up.size()) +
                              '\t' + QByteArray::number(down.size()) + "\tdone-";
    QVERIFY2(waitForLog(target), target.constData());
}

void TestInterception::loopIsRefused() {
    // Straight to the relay's own port: no interception, the original destination is the
    // listener itself.
    int client = -1;
    {
        InNamespace in(ns("c"));
        QVERIFY(in.ok());
        client = connectTo(kRouterClientSide4, kRedirectListener);
    }
    QVERIFY(client >= 0);
    QVERIFY(waitClosed(client));
    closeFd(client);
    QVERIFY(waitForLog("\t10.13.1.1\t" + QByteArray::number(kRedirectListener) +
                       "\t0\t0\tlocal-connect-failed"));
    QByteArray output;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     output += m_relay.readAll();
                     return output.contains("(a loop)");
                 },
                 kWait),
             output.constData());
}

// A client connection to the intercepted web server 10.13.2.2:8080 and the proxy's end of it.
bool TestInterception::openHttp(int *client, int *proxy) {
    int listener = -1;
    {
        InNamespace in(ns("s"));
        if (!in.ok())
            return false;
        listener = listenAt(kServer4, kProxyPort);
    }
    {
        InNamespace in(ns("c"));
        if (!in.ok())
            return false;
        *client = connectTo(kServer4, kHttpPort);
    }
    *proxy = *client >= 0 ? acceptOne(listener) : -1;
    closeFd(listener);
    return *client >= 0 && *proxy >= 0;
}

void TestInterception::httpTranslatedForProxy() {
    int client = -1;
    int proxy = -1;
    QVERIFY2(openHttp(&client, &proxy), m_relay.readAll().constData());
    // Keep-alive: origin form with Host, absolute form, origin form without Host, then a 10 MiB
    // chunked upload; what the proxy gets is the same stream with only the request lines of
    // origin-form requests changed.
    QByteArray chunked;
    const QByteArray payload = randomBytes(10 * 1024 * 1024, 21);
    for (qsizetype at = 0, size = 1; at < payload.size(); at += size, size = size * 7 % 99991 + 1) {
        const QByteArray chunk = payload.mid(at, size);
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    chunked += "0\r\n\r\n";
    const QByteArray sent = "GET /a HTTP/1.1\r\nHost: www.example\r\n\r\n"
                            "GET http://abs.example/b HTTP/1.1\r\nHost: abs.example\r\n\r\n"
                            "GET /c HTTP/1.1\r\n\r\n"
                            "POST /up HTTP/1.1\r\nHost: www.example\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n" +
                            chunked;
    const QByteArray expected = "GET http://www.example/a HTTP/1.1\r\nHost: www.example\r\n\r\n"
                                "GET http://abs.example/b HTTP/1.1\r\nHost: abs.example\r\n\r\n"
                                "GET http://10.13.2.2:8080/c HTTP/1.1\r\n\r\n"
                                "POST http://www.example/up HTTP/1.1\r\nHost: www.example\r\n"
                                "Transfer-Encoding: chunked\r\n\r\n" +
                                chunked;
    const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    QByteArray atProxy;
    QByteArray atClient;
    QVERIFY(exchange(client, proxy, sent, answer, &atProxy, &atClient));
    // The request lines the proxy recorded, then the whole stream byte for byte.
    QList<QByteArray> requestLines;
    for (const QByteArray &line : atProxy.left(300).split('\n')) {
        if (line.startsWith("GET ") || line.startsWith("POST "))
            requestLines << line.trimmed();
    }
    QCOMPARE(requestLines, (QList<QByteArray>{"GET http://www.example/a HTTP/1.1",
                                              "GET http://abs.example/b HTTP/1.1",
                                              "GET http://10.13.2.2:8080/c HTTP/1.1",
                                              "POST http://www.example/up HTTP/1.1"}));
    QCOMPARE(atProxy.size(), expected.size());
    QVERIFY(atProxy == expected);
    QCOMPARE(atClient, answer);
    closeFd(client);
    closeFd(proxy);
}

void TestInterception::httpConnectPassesThrough() {
    int client = -1;
    int proxy = -1;
    QVERIFY2(openHttp(&client, &proxy), m_relay.readAll().constData());
    const QByteArray sent = "CONNECT www.example:443 HTTP/1.1\r\nHost: www.example:443\r\n\r\n" +
                            randomBytes(1024 * 1024, 22);
    const QByteArray answer =
        "HTTP/1.1 200 Connection established\r\n\r\n" + randomBytes(512 * 1024, 23);
    QByteArray atProxy;
    QByteArray atClient;
    QVERIFY(exchange(client, proxy, sent, answer, &atProxy, &atClient));
    QVERIFY(atProxy == sent);
    QVERIFY(atClient == answer);
    closeFd(client);
    closeFd(proxy);
}

void TestInterception::httpOversizedHeaderRefused() {
    int client = -1;
    int proxy = -1;
    QVERIFY2(openHttp(&client, &proxy), m_relay.readAll().constData());
    const QByteArray sent =
        "GET / HTTP/1.1\r\nHost: www.example\r\nX-Big: " + QByteArray(70 * 1024, 'x') + "\r\n\r\n";
    QVERIFY(sendAll(client, sent));
    shutdownWrite(client);
    bool eof = false;
    const QByteArray answer = recvUntilEof(client, &eof);
    QVERIFY2(eof, answer.constData());
    QVERIFY2(answer.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
             answer.constData());
    QVERIFY(answer.contains("larger than 65536 bytes"));
    // The proxy got nothing of it.
    bool proxyEof = false;
    QCOMPARE(recvUntilEof(proxy, &proxyEof), QByteArray());
    QVERIFY(proxyEof);
    closeFd(client);
    closeFd(proxy);
    QByteArray output;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     output += m_relay.readAll();
                     return output.contains("HTTP request refused");
                 },
                 kWait),
             output.constData());
}

QTEST_GUILESS_MAIN(TestInterception)
#include "tst_interception.moc"
