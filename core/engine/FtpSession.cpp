#include "FtpSession.h"

#include "RelayContext.h"

#include <cstring>
#include <sys/socket.h>

namespace {

QHostAddress socketAddress(int fd, bool peer) {
    sockaddr_storage storage;
    socklen_t length = sizeof storage;
    const int rc = peer ? ::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length)
                        : ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
    if (rc != 0)
        return QHostAddress();
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    // A client of a dual-stack listener appears as ::ffff:a.b.c.d; PASV and PORT need a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    address.setScopeId(QString());
    return address;
}

} // namespace

FtpSession::FtpSession(RelayContext *context, quint64 connectionId, int clientFd, int targetFd,
                       const QHostAddress &client,
                       const std::shared_ptr<const ForwardingInfo> &forwarding)
    : m_context(context)
    , m_connectionId(connectionId)
    , m_client(client)
    , m_listener(context) {
    bool isV4 = false;
    const quint32 v4 = m_client.toIPv4Address(&isV4);
    if (isV4)
        m_client = QHostAddress(v4);
    m_clientSideLocal = socketAddress(clientFd, false);
    m_serverSideLocal = socketAddress(targetFd, false);
    m_server = socketAddress(targetFd, true);
    // Data connections belong to the same rule but carry no FTP commands of their own.
    auto data = std::make_shared<ForwardingInfo>(*forwarding);
    data->ftpMode = RelayOptions::FtpMode::Off;
    data->transparent = false;
    m_dataForwarding = data;
    auto rewriter = [this](FtpControlParser::Kind kind, const FtpEndpoint &announced) {
        return rewrite(kind, announced);
    };
    const int mode = int(forwarding->ftpMode);
    if (mode & int(RelayOptions::FtpMode::Passive))
        m_replies = std::make_unique<FtpControlParser>(FtpControlParser::Stream::Replies, rewriter);
    if (mode & int(RelayOptions::FtpMode::Active))
        m_commands =
            std::make_unique<FtpControlParser>(FtpControlParser::Stream::Commands, rewriter);
}

size_t FtpSession::maxRead(size_t capacity) {
    return capacity / FtpControlParser::kMaxGrowth - FtpControlParser::kMaxLine;
}

size_t FtpSession::store(const QByteArray &out, char *buffer, size_t capacity) {
    // maxRead() keeps the result within capacity; the check guards the buffer all the same.
    const size_t size = std::min(size_t(out.size()), capacity);
    std::memcpy(buffer, out.constData(), size);
    return size;
}

size_t FtpSession::filter(bool up, char *buffer, size_t size, size_t capacity) {
    FtpControlParser *parser = up ? m_commands.get() : m_replies.get();
    if (!parser)
        return size;
    QByteArray out;
    parser->feed(buffer, size, &out);
    return store(out, buffer, capacity);
}

size_t FtpSession::finish(bool up, char *buffer, size_t capacity) {
    FtpControlParser *parser = up ? m_commands.get() : m_replies.get();
    if (!parser)
        return 0;
    QByteArray out;
    parser->finish(&out);
    return store(out, buffer, capacity);
}

std::optional<FtpEndpoint> FtpSession::rewrite(FtpControlParser::Kind kind,
                                               const FtpEndpoint &announced) {
    using Kind = FtpControlParser::Kind;
    const bool passive = kind == Kind::PasvReply || kind == Kind::EpsvReply;
    FtpDataListener::Plan plan;
    plan.forwarding = m_dataForwarding;
    plan.ftpClient = m_client;
    plan.controlId = m_connectionId;
    // The data connection goes to the host of the control connection whatever address the line
    // names: the relay is not made to connect elsewhere (FTP bounce), and a server behind NAT
    // that announces its private address still works.
    if (passive) {
        plan.listenAddress = m_clientSideLocal;
        plan.expectedPeer = m_client;
        plan.destination = m_server;
    } else {
        plan.listenAddress = m_serverSideLocal;
        plan.expectedPeer = m_server;
        plan.destination = m_client;
    }
    plan.destinationPort = announced.port;
    if (plan.listenAddress.isNull() || plan.destination.isNull())
        return std::nullopt;
    // PASV can only announce IPv4.
    if (kind == Kind::PasvReply && plan.listenAddress.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    const QHostAddress listenAddress = plan.listenAddress;
    if (!m_listener.listen(std::move(plan), m_context->ftpDataTimeoutMs))
        return std::nullopt;
    FtpEndpoint instead;
    instead.address = listenAddress;
    instead.port = m_listener.port();
    return instead;
}
