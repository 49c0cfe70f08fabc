#include "UiTestSupport.h"

#include <QRandomGenerator>
#include <QTcpSocket>

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

quint16 freePortRun(int count) {
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto base = quint16(QRandomGenerator::global()->bounded(20000, 32000 - count));
        bool free = true;
        for (int i = 0; i < count && free; ++i) {
            QTcpServer probe;
            free = probe.listen(QHostAddress(QHostAddress::LocalHost), quint16(base + i));
        }
        if (free)
            return base;
    }
    return 0;
}

bool acceptsConnections(quint16 port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    const bool connected = socket.waitForConnected(2000);
    socket.abort();
    return connected;
}

Rule makeRule(int id, quint16 bindPort, quint16 targetPort) {
    Rule rule;
    rule.id = id;
    rule.name = QStringLiteral("rule %1").arg(id);
    rule.bindHost = QStringLiteral("127.0.0.1");
    rule.bindPort = QString::number(bindPort);
    rule.connectHost = QStringLiteral("127.0.0.1");
    rule.connectPort = QString::number(targetPort);
    return rule;
}

EchoServer::EchoServer() {
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}
