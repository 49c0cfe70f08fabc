#pragma once

#include "PollClient.h"

#include <QByteArray>
#include <QHostAddress>

#include <list>
#include <sys/socket.h>
#include <vector>

class UdpRuleRelay;

// One client address:port of a UDP rule: its own upstream socket, connected to the target, so
// that the target's replies find their way back to this client and no other.
struct UdpSession final : PollClient {
    UdpRuleRelay *owner = nullptr;
    quint64 id = 0;
    sockaddr_storage client{};
    socklen_t clientLength = 0;
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    int fd = -1;         // upstream socket; -1 while resolving or when denied
    bool denied = false; // refused by access control: its datagrams are dropped (logged once)
    bool resolving = false;
    std::vector<QByteArray> waiting; // datagrams received while the target name resolves
    qint64 startedMsSinceEpoch = 0;
    qint64 lastActivityMs = 0;
    quint64 bytesFromClient = 0;
    quint64 bytesToClient = 0;
    quint64 datagramsFromClient = 0;
    quint64 datagramsToClient = 0;
    std::list<UdpSession *>::iterator lruPosition;

    void pollEvent(uint32_t events) override;
};
