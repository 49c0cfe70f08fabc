#pragma once

#include "RelayStoragePool.h"
#include "TcpRelayConnection.h"
#include "UdpSession.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <vector>

class ConnectionObserver;
class EpollPoller;
class WakeupScheduler;
class FtpDataSink;

// Everything the connections of one event-loop thread share: today the engine's thread; with
// several worker threads later, one context per worker.
struct RelayContext {
    EpollPoller *poller = nullptr;
    ConnectionObserver *observer = nullptr;
    WakeupScheduler *wakeups = nullptr; // deadlines (bandwidth limits, FTP data listeners)
    FtpDataSink *ftpData = nullptr;     // takes the data connections of ftp= rules
    int ftpDataTimeoutMs = 30 * 1000;   // how long an FTP data listener waits for its peer
    RelayStoragePool storage;
    bool spliceEnabled = true; // false: always use the copy path (tests cover both)
    qint64 nowMs = 0;          // monotonic clock, refreshed before each batch of events
    quint64 bufferedBytes = 0; // bytes pending in all directions of all connections
    bool statsDirty = false;   // something a snapshot shows has changed

    // What nowMs is read from (refreshClock()); started by the engine.
    QElapsedTimer clock;
    // How long a TCP target may take to accept, and (translate=http) a request's header block.
    int connectTimeoutMs = 30 * 1000;
    int httpHeaderTimeoutMs = 60 * 1000;
    // Ended UDP sessions, deleted after the current batch of events (one may still be pending).
    std::vector<std::unique_ptr<UdpSession>> deadSessions;
    // Ended TCP connections, handed over by their rule's relay from inside their own call and
    // destroyed after the current batch of events.
    std::vector<std::unique_ptr<TcpRelayConnection>> finishedConnections;
    std::vector<char> datagramBuffer; // one datagram at a time, shared by all UDP rules
    // Whether address:port (UDP) is one of the engine's own listening sockets: a session sent
    // there would create sessions from itself without end. Set by the engine.
    std::function<bool(const QHostAddress &, quint16)> isOwnUdpListener;
    // The same for TCP (a connection relayed there would come back as a new one without end).
    std::function<bool(const QHostAddress &, quint16)> isOwnTcpListener;

    void refreshClock() { nowMs = clock.elapsed(); }
};
