#pragma once

#include "AccessChecker.h"
#include "ConnectionObserver.h"
#include "LogEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class EpollPoller;
class TargetResolver;
class TcpRelayConnection;
struct ForwardingInfo;
struct RelayContext;

// Relays one already accepted connection (the socket an inetd or a systemd Accept=yes service
// hands over on standard input) to a target, with the engine's connection state machine: the
// same half-close, byte-exactness, access check, timeouts and log events as a rule's
// connections. Lives in the calling thread; finished() comes once, after the log event.
class SingleConnectionRelay : public QObject, private ConnectionObserver {
    Q_OBJECT
public:
    struct Options {
        QString connectHost;
        quint16 connectPort = 0;
        int idleTimeoutSeconds = 0; // 0: none
        int connectTimeoutMs = 30 * 1000;
        AccessList acl;             // rinetd semantics, checked against the client's address
        quint64 connectionRate = 0; // bytes/s in each direction, as rate=; 0: unlimited
    };

    explicit SingleConnectionRelay(QObject *parent = nullptr);
    ~SingleConnectionRelay() override;

    // Takes ownership of clientFd (a connected TCP socket). Reports through the signals.
    void start(int clientFd, const Options &options);
    bool isSuccess(LogEvent::Result result) const;

Q_SIGNALS:
    // Every event of the connection's log line ("opened", then how it ended), in the format the
    // daemon logs; bindHost/bindPort are the accepted socket's local address.
    void eventLogged(const LogEvent &event);
    void finished(LogEvent::Result result);

private:
    void connectionOpened(TcpRelayConnection *connection) override;
    void connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) override;
    void end(LogEvent::Result result, quint64 fromClient, quint64 toClient);
    void housekeeping();
    void refreshClock();

    std::unique_ptr<RelayContext> m_context;
    EpollPoller *m_poller = nullptr;
    TargetResolver *m_resolver = nullptr;
    std::shared_ptr<ForwardingInfo> m_forwarding;
    std::unique_ptr<TcpRelayConnection> m_connection;
    QHostAddress m_client;
    qint64 m_startedMs = 0;
    int m_connectTimeoutMs = 0;
    bool m_ended = false;
    QElapsedTimer m_clock;
    QTimer m_housekeeping{this};
};
