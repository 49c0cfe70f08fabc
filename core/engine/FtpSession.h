#pragma once

#include "FtpControlParser.h"
#include "FtpDataListener.h"

#include <memory>

struct RelayContext;

// The FTP helper of one control connection (rule option ftp=): parses the replies (passive) or
// the commands (active), opens a data listener for each announced data connection and makes the
// line announce the listener instead. The latest announcement wins: a new one closes the
// previous listener, so a control connection holds at most one.
class FtpSession {
public:
    FtpSession(RelayContext *context, quint64 connectionId, int clientFd, int targetFd,
               const QHostAddress &client, const std::shared_ptr<const ForwardingInfo> &forwarding);

    // Rewrites the `size` bytes just read into `buffer` (which holds `capacity` bytes) for the
    // direction client->target (up) or back; returns how many bytes to forward from `buffer`.
    size_t filter(bool up, char *buffer, size_t size, size_t capacity);
    // End of the direction's stream: what the parser still held, into `buffer`.
    size_t finish(bool up, char *buffer, size_t capacity);
    // Most bytes to read at once so that the rewritten result fits `capacity`.
    static size_t maxRead(size_t capacity);
    // The control connection ended: a data listener still waiting goes with it.
    void closeListener() { m_listener.close(); }

private:
    std::optional<FtpEndpoint> rewrite(FtpControlParser::Kind kind, const FtpEndpoint &announced);
    static size_t store(const QByteArray &out, char *buffer, size_t capacity);

    RelayContext *m_context;
    quint64 m_connectionId;
    QHostAddress m_client;
    QHostAddress m_clientSideLocal; // the relay's address the client reached
    QHostAddress m_serverSideLocal; // the relay's address towards the server
    QHostAddress m_server;          // the server's address on the control connection
    std::shared_ptr<const ForwardingInfo> m_dataForwarding;
    std::unique_ptr<FtpControlParser> m_commands; // active mode
    std::unique_ptr<FtpControlParser> m_replies;  // passive mode
    FtpDataListener m_listener;
};
