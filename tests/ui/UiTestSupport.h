#pragma once
// Loopback helpers shared by the UI tests that drive a real engine.

#include "Rule.h"

#include <QTcpServer>

// A free TCP port on 127.0.0.1 (0 when none could be found).
quint16 freePort();

// The first of COUNT consecutive TCP ports of 127.0.0.1 that could each be listened on just now,
// below the kernel's ephemeral range (which outgoing connections of other programs take at any
// moment); 0 when none was found.
quint16 freePortRun(int count);

// Whether something accepts TCP connections on 127.0.0.1:PORT right now.
bool acceptsConnections(quint16 port);

// A rule "rule ID" forwarding 127.0.0.1:BINDPORT to 127.0.0.1:TARGETPORT.
Rule makeRule(int id, quint16 bindPort, quint16 targetPort);

// Echoes everything back on every accepted connection.
class EchoServer : public QTcpServer {
public:
    EchoServer();
};
