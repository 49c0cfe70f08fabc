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

// One data connection announced on an FTP control connection: a listening socket on the
// relay's address, that takes one connection from the expected peer only (others are closed
// and logged) and expires when nobody came in time. Single use: closed once it has accepted.
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

    FtpDataListener(RelayContext *context, Plan plan);
    ~FtpDataListener();
    FtpDataListener(const FtpDataListener &) = delete;
    FtpDataListener &operator=(const FtpDataListener &) = delete;

    // Binds an ephemeral port and starts waiting at most timeoutMs.
    bool listen(int timeoutMs);
    quint16 port() const { return m_port; }
    bool isOpen() const { return m_fd >= 0; }

private:
    void pollEvent(uint32_t events) override;
    void wakeUp() override;
    void close();

    RelayContext *m_context;
    Plan m_plan;
    int m_fd = -1;
    quint16 m_port = 0;
};
