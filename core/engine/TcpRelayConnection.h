#pragma once

#include "ForwardingInfo.h"
#include "LogEvent.h"
#include "PollClient.h"
#include "RelayStoragePool.h"

#include <QHostAddress>

#include <cstdint>
#include <memory>

class HttpRequestRewriter;
struct RelayContext;

// One relayed TCP connection on raw non-blocking descriptors. Each direction moves bytes with
// splice() through a pooled pipe (or read()/write() through a pooled buffer), holds at most one
// pipe or buffer worth of bytes (backpressure: the source is not read while that is full), and
// half-closes its destination with shutdown(SHUT_WR) once its source has ended and everything
// read has been written. The connection ends when both directions have ended, or at once on an
// error or reset.
class ConnectionThrottle;
class FtpSession;

class TcpRelayConnection {
public:
    enum class State { Resolving, Connecting, Relaying, Closed };

    TcpRelayConnection(RelayContext *context, quint64 id, int clientFd,
                       const QHostAddress &clientAddress, quint16 clientPort,
                       std::shared_ptr<const ForwardingInfo> forwarding,
                       qint64 startedMsSinceEpoch);
    ~TcpRelayConnection();
    TcpRelayConnection(const TcpRelayConnection &) = delete;
    TcpRelayConnection &operator=(const TcpRelayConnection &) = delete;

    // Starts the non-blocking connect to the resolved target. Failures end the connection
    // (connectionFinished with LocalSocketFailed / LocalBindFailed / LocalConnectFailed).
    void connectTo(const QHostAddress &target, quint16 port);
    // The address and port the client reached, when a PROXY header said so: what the header
    // this connection sends (proxy=) names as destination instead of the socket's own.
    void setReachedAddress(const QHostAddress &address, quint16 port) {
        m_reachedAddress = address;
        m_reachedPort = port;
    }
    // Ends the connection now (target unresolvable, timeouts, operator); both sockets are closed.
    void abort(LogEvent::Result result);
    // Ends the connection now and throws away what is still buffered on its way (in the relay
    // and in the kernel's send buffers): both peers see a reset, not the rest of the data.
    // What an operator closing a connection means.
    void reset(LogEvent::Result result);
    // translate=http: the client's requests pass through an HttpRequestRewriter on their way
    // (see TcpRelayConnectionHttp.cpp). defaultAuthority names the original destination. Call
    // before connectTo().
    void enableHttpTranslation(const QByteArray &defaultAuthority);
    // A header block has been arriving for longer than timeoutMs, or a refused client has not
    // gone within it: the connection should end.
    bool httpDeadlinePassed(qint64 nowMs, qint64 timeoutMs) const;
    // When httpDeadlinePassed() will become true if nothing changes; -1 while no header block is
    // arriving and no refused client is waited for.
    qint64 httpDeadlineMs(qint64 timeoutMs) const;

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    const ForwardingInfo &forwarding() const { return *m_forwarding; }
    const QHostAddress &clientAddress() const { return m_clientAddress; }
    quint16 clientPort() const { return m_clientPort; }
    qint64 startedMsSinceEpoch() const { return m_startedMsSinceEpoch; }
    qint64 phaseStartedMs() const { return m_phaseStartedMs; }
    qint64 lastActivityMs() const { return m_lastActivityMs; }
    quint64 bytesFromClient() const { return m_up.bytesRead; }
    quint64 bytesToClient() const { return m_down.bytesRead; }
    // rinetd logs what was written to the client (its totalBytesOut).
    quint64 bytesWrittenToClient() const { return m_down.bytesWritten; }
    quint64 pendingBytes() const { return m_up.pending + m_down.pending; }
    QString debugState() const;

private:
    struct Side final : PollClient {
        TcpRelayConnection *owner = nullptr;
        int fd = -1;
        uint32_t interest = 0;
        bool registered = false; // in the poller (dropped after EPOLLHUP, see pollEvent)
        bool isClient = false;
        void pollEvent(uint32_t events) override { owner->onEvent(*this, events); }
        bool isBulk() const override { return owner->m_up.bulk || owner->m_down.bulk; }
    };
    struct Direction {
        Side *from = nullptr;
        Side *to = nullptr;
        RelayStoragePool::Pipe pipe;
        char *buffer = nullptr;
        uint32_t offset = 0;  // copy path: first unwritten byte in buffer
        uint32_t pending = 0; // read, not yet written
        bool pipeFull = false;
        // Bulk data seen: splice through a pipe. Until then (and again after small reads) the
        // copy path: for a small message recv()+send() cost less than two splice() calls.
        bool bulk = false;
        bool eof = false;
        bool shutdownDone = false;
        quint64 bytesRead = 0;
        quint64 bytesWritten = 0;
        bool done() const { return eof && pending == 0 && shutdownDone; }
    };
    enum class PumpResult { Ok, SourceError, DestinationError };

    void onEvent(Side &side, uint32_t events);
    void onConnectFinished();
    // transparent=yes: binds the outgoing socket to the client's address; false when it ended
    // the connection.
    bool bindTransparentSource(int family);
    bool sendProxyHeader();
    PumpResult pump(Direction &d);
    PumpResult pumpRewritten(Direction &d);
    void refuseHttp();
    bool canRead(const Direction &d) const;
    void passOnEnd(Direction &d);
    void releaseStorage(Direction &d);
    void updateInterest();
    void setInterest(Side &side, uint32_t events);
    void unregister(Side &side);
    void afterIo(bool pumpUp = true, bool pumpDown = true);
    void finish(LogEvent::Result result);
    void closeSockets();
    LogEvent::Result closedFirstResult(bool clientSide) const;

    RelayContext *m_context;
    quint64 m_id;
    std::shared_ptr<const ForwardingInfo> m_forwarding;
    QHostAddress m_clientAddress;
    quint16 m_clientPort;
    QHostAddress m_reachedAddress;
    quint16 m_reachedPort = 0;
    State m_state = State::Resolving;
    Side m_client;
    Side m_target;
    Direction m_up;   // client -> target
    Direction m_down; // target -> client
    qint64 m_startedMsSinceEpoch;
    qint64 m_phaseStartedMs = 0;
    qint64 m_lastActivityMs = 0;
    int m_firstClosed = 0; // 0: none yet, 1: client ended first, 2: target ended first
    std::unique_ptr<ConnectionThrottle> m_throttle; // rate= / rate-rule=; null: unlimited
    std::unique_ptr<FtpSession> m_ftp; // ftp=: this is a control connection (copy path only)
    // translate=http (null otherwise; dropped once the stream has become a tunnel)
    std::unique_ptr<HttpRequestRewriter> m_rewriter;
    QByteArray m_rewritten;      // rewritten bytes not yet written to the target
    qsizetype m_rewrittenAt = 0; // first unwritten byte of m_rewritten
    qint64 m_headStartedMs = -1; // when the header block now arriving began
    qint64 m_httpRefusedMs = -1; // when the client got a 400/431 (its input is then drained)
};
