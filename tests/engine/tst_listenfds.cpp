#include "ListenFds.h"
#include "RawSocket.h"

#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <unistd.h>

// The sd_listen_fds reader on descriptors this test makes (the environment path is exercised
// by tst_socketactivation with the real program): what matches which listener, what is refused,
// and how the "no rule" report follows the duplicates handed out.
class TestListenFds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { ListenFds::reset(); }
    void matchesAddressPortAndType();
    void refusesWhatCannotServe();
    void reportsSocketsNoListenerHolds();
    void environmentForAnotherProcessIsIgnored();

private:
    // Moves FDS to consecutive descriptors (as systemd passes them) and returns the first.
    static int consecutive(const QVector<int> &fds);
};

int TestListenFds::consecutive(const QVector<int> &fds) {
    // Find a run of free descriptors well above anything in use.
    const int first = 900;
    for (int i = 0; i < fds.size(); ++i) {
        if (::dup2(fds.at(i), first + i) < 0)
            return -1;
        ::close(fds.at(i));
    }
    return first;
}

void TestListenFds::matchesAddressPortAndType() {
    quint16 port4 = 0;
    quint16 port6 = 0;
    const int listen4 = RawSocket::listenOn(RawSocket::kLocal4, &port4);
    const int listen6 = RawSocket::listenOn(RawSocket::kLocal6, &port6);
    QVERIFY(listen4 >= 0 && listen6 >= 0);
    const int udp = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_storage address;
    const socklen_t length = RawSocket::toSockaddr(RawSocket::kLocal4, 0, &address);
    QVERIFY(::bind(udp, reinterpret_cast<sockaddr *>(&address), length) == 0);
    const quint16 udpPort = RawSocket::localPort(udp);
    const int first = consecutive({listen4, listen6, udp});
    QVERIFY(first > 0);
    QStringList problems;
    QCOMPARE(ListenFds::adopt(first, 3, {QStringLiteral("a"), QStringLiteral("b")}, &problems), 3);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QCOMPARE(ListenFds::take(RawSocket::kLocal4, port4, SOCK_DGRAM), -1);
    QCOMPARE(ListenFds::take(RawSocket::kLocal6, port4, SOCK_STREAM), -1);
    QCOMPARE(ListenFds::take(RawSocket::kLocal4, quint16(port4 + 1), SOCK_STREAM), -1);
    const int fd = ListenFds::take(RawSocket::kLocal4, port4, SOCK_STREAM);
    QVERIFY(fd >= 0);
    QVERIFY(fd != first); // a duplicate: the inherited one stays for the next listener
    QVERIFY(::fcntl(fd, F_GETFD) & FD_CLOEXEC);
    QVERIFY(::fcntl(fd, F_GETFL) & O_NONBLOCK);
    // It really is the listening socket: a client connects through it.
    const int client = RawSocket::connectTo(RawSocket::kLocal4, port4);
    QVERIFY(client >= 0);
    const int accepted = RawSocket::acceptOne(fd);
    QVERIFY(accepted >= 0);
    RawSocket::closeFd(accepted);
    RawSocket::closeFd(client);
    ::close(fd);
    const int again = ListenFds::take(RawSocket::kLocal4, port4, SOCK_STREAM);
    QVERIFY(again >= 0);
    ::close(again);
    // A mapped address names the same IPv4 socket.
    const int mapped =
        ListenFds::take(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), port4, SOCK_STREAM);
    QVERIFY(mapped >= 0);
    ::close(mapped);
    const int six = ListenFds::take(RawSocket::kLocal6, port6, SOCK_STREAM);
    QVERIFY(six >= 0);
    ::close(six);
    const int datagram = ListenFds::take(RawSocket::kLocal4, udpPort, SOCK_DGRAM);
    QVERIFY(datagram >= 0);
    ::close(datagram);
}

void TestListenFds::refusesWhatCannotServe() {
    quint16 port = 0;
    const int listening = RawSocket::listenOn(RawSocket::kLocal4, &port);
    const int connected = RawSocket::connectTo(RawSocket::kLocal4, port); // not listening
    int pipeFds[2];
    QVERIFY(::pipe(pipeFds) == 0);
    ::close(pipeFds[1]);
    const int first = consecutive({connected, pipeFds[0]});
    QVERIFY(first > 0);
    QStringList problems;
    // The third descriptor is not open at all.
    ::close(first + 2);
    QCOMPARE(ListenFds::adopt(first, 3, {}, &problems), 0);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains(QLatin1String("not listening")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QLatin1String("not an IPv4 or IPv6")),
             qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(QLatin1String("not open")), qPrintable(problems.at(2)));
    QCOMPARE(ListenFds::count(), 0);
    ::close(first);
    ::close(first + 1);
    RawSocket::closeFd(listening);
}

void TestListenFds::reportsSocketsNoListenerHolds() {
    quint16 port = 0;
    const int listening = RawSocket::listenOn(RawSocket::kLocal4, &port);
    const int first = consecutive({listening});
    QStringList problems;
    QCOMPARE(ListenFds::adopt(first, 1, {QStringLiteral("web")}, &problems), 1);
    const QString description = QStringLiteral("web (127.0.0.1:%1/tcp)").arg(port);
    QCOMPARE(ListenFds::unusedDescriptions(), QStringList{description});
    const int fd = ListenFds::take(RawSocket::kLocal4, port, SOCK_STREAM);
    QVERIFY(fd >= 0);
    QVERIFY(ListenFds::unusedDescriptions().isEmpty());
    ::close(fd);
    // Its number reused by something else is not the listener holding the socket.
    const int other = ::socket(AF_INET, SOCK_STREAM, 0);
    if (other != fd)
        QVERIFY(::dup2(other, fd) == fd);
    QCOMPARE(ListenFds::unusedDescriptions(), QStringList{description});
    ::close(fd);
    if (other != fd)
        ::close(other);
}

void TestListenFds::environmentForAnotherProcessIsIgnored() {
    qputenv("LISTEN_PID", QByteArray::number(qint64(::getpid()) + 1));
    qputenv("LISTEN_FDS", "1");
    qputenv("LISTEN_FDNAMES", "x");
    QStringList problems;
    QCOMPARE(ListenFds::collectFromEnvironment(&problems), 0);
    QVERIFY(problems.isEmpty());
    // Unset in any case, so that programs started later do not take them for theirs.
    QVERIFY(!qEnvironmentVariableIsSet("LISTEN_PID"));
    QVERIFY(!qEnvironmentVariableIsSet("LISTEN_FDS"));
    QVERIFY(!qEnvironmentVariableIsSet("LISTEN_FDNAMES"));
}

QTEST_GUILESS_MAIN(TestListenFds)
#include "tst_listenfds.moc"
