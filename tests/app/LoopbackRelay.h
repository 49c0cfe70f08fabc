#pragma once

#include "ProgramRun.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Loopback traffic and rinetd.conf files for the tests that run the built binary as a relay:
// an echo server in the test's thread as the target, clients through the relay. Everything
// lives in the test's thread, so waits spin the event loop (qWaitFor), never block in
// waitFor*(). Every wait is bounded.

// A port that was free a moment ago (bind to 0, read it, close); 0 when none was found.
inline quint16 freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// Echoes every byte back, on every accepted connection.
class EchoServer : public QObject {
public:
    EchoServer() {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_accepted;
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket] { socket->write(socket->readAll()); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }

private:
    QTcpServer m_server;
    int m_accepted = 0;
};

// A client connection through the relay that collects what it receives.
class EchoClient {
public:
    bool connectTo(quint16 port) {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        (void)QTest::qWaitFor(
            [&] {
                return m_socket.state() == QAbstractSocket::ConnectedState ||
                       m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            kProgramWaitMs);
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    // Sends DATA and waits until the same bytes came back through the relay.
    bool roundTrip(const QByteArray &data) {
        m_received.clear();
        m_socket.write(data);
        (void)QTest::qWaitFor(
            [&] {
                m_received += m_socket.readAll();
                return m_received.size() >= data.size() ||
                       m_socket.state() != QAbstractSocket::ConnectedState;
            },
            kProgramWaitMs);
        m_received += m_socket.readAll();
        return m_received == data;
    }
    // What the last roundTrip() received.
    const QByteArray &received() const { return m_received; }
    // Ends the connection the orderly way (FIN, not a reset) and waits until it is closed.
    void close() {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            (void)QTest::qWaitFor(
                [&] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                kProgramWaitMs);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// Polls until a connection to PORT is accepted (something listens there), at most 100
// attempts; gives up early when RELAY (if given) is no longer running.
inline bool waitForListener(quint16 port, const RunningProgram *relay = nullptr) {
    for (int attempt = 0; attempt < 100 && (!relay || relay->isRunning()); ++attempt) {
        EchoClient probe;
        if (probe.connectTo(port)) {
            probe.close();
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

// Connects to PORT (retrying a bounded number of times while the relay or a starter is not
// listening yet), sends DATA, closes the connection the orderly way and returns what came back
// (empty when no connection was made).
inline QByteArray echoedThrough(quint16 port, const QByteArray &data) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        EchoClient client;
        if (client.connectTo(port)) {
            (void)client.roundTrip(data);
            client.close();
            return client.received();
        }
        QTest::qWait(100);
    }
    return QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

inline QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The rinetd.conf line forwarding 127.0.0.1:BINDPORT to 127.0.0.1:CONNECTPORT.
inline QByteArray rule(quint16 bindPort, quint16 connectPort) {
    return "127.0.0.1 " + QByteArray::number(bindPort) + " 127.0.0.1 " +
           QByteArray::number(connectPort) + '\n';
}

// Writes CONTENT to the config file CONF, starts RELAY on it (-c CONF) and waits until it serves
// PORT.
inline bool startServing(HeadlessRelay &relay, const QString &conf, const QByteArray &content,
                         quint16 port) {
    if (!writeFile(conf, content))
        return false;
    relay.start({QStringLiteral("-c"), conf});
    return waitForListener(port, &relay);
}

// What a test class that runs the relay has afresh for each test function: a temporary directory
// for its files and an echo server as the target. init() calls setUpBed(), cleanup()
// tearDownBed().
class RelayTestBed {
protected:
    bool setUpBed() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_echo = std::make_unique<EchoServer>();
        return m_dir->isValid() && m_echo->listen();
    }
    void tearDownBed() {
        m_echo.reset();
        m_dir.reset();
    }
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    // Lets other users (a relay that dropped root) into the directory, to read what is there.
    bool openBedToOthers() const {
        return QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ExeOwner | QFile::ReadOther |
                                                        QFile::ExeOther);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EchoServer> m_echo;
};
