#pragma once

#include "ForwardingInfo.h"
#include "PollClient.h"
#include "WakeupScheduler.h"

#include <QHostAddress>

#include <memory>

struct RelayContext;

// Where an FTP data listener hands the data connection it accepted: the engine, which relays it
// like any connection of the rule (counted, logged, spliced, subject to the rule's ACL).
class FtpDataSink {
public:
    virtual void ftpDataAccepted(int fd, const QHostAddress &peer, quint16 peerPort,
                                 const QHostAddress &ftpClient,
                                 const std::shared_ptr<const ForwardingInfo> &forwarding,
                                 const QHostAddress &destination, quint16 destinationPort) = 0;

protected:
    ~FtpDataSink() = default;
};

// The data connection announced on an FTP control connection: a listening socket on the
// relay's address, that takes one connection from the expected peer only (others are closed
// and logged) and expires when nobody came in time. Closed once it has accepted. One object
// serves every announcement of its control connection and lives as long as that connection:
// an epoll batch may still hold an event for it after it closed (the event then finds nothing
// to accept), so it must not be deleted in the middle of a batch.
class FtpDataListener final : public PollClient, private WakeupClient {
public:
    struct Plan {
        QHostAddress listenAddress; // the relay's address the peer reaches
        QHostAddress expectedPeer;
        QHostAddress destination; // where the data connection is relayed to
        quint16 destinationPort = 0;
        QHostAddress ftpClient; // the control connection's client (ACL, log)
        std::shared_ptr<const ForwardingInfo> forwarding;
        quint64 controlId = 0;
    };

    explicit FtpDataListener(RelayContext *context);
    ~FtpDataListener();
    FtpDataListener(const FtpDataListener &) = delete;
    FtpDataListener &operator=(const FtpDataListener &) = delete;

    // Closes what it listened for before, binds an ephemeral port for `plan` and waits at most
    // timeoutMs.
    bool listen(Plan plan, int timeoutMs);
    void close();
    quint16 port() const { return m_port; }
    bool isOpen() const { return m_fd >= 0; }

private:
    void pollEvent(uint32_t events) override;
    void wakeUp() override;

    RelayContext *m_context;
    Plan m_plan;
    int m_fd = -1;
    quint16 m_port = 0;
};
