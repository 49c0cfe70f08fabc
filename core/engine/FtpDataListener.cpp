#include "FtpDataListener.h"

#include "EpollPoller.h"
#include "RelayContext.h"
#include "SocketAddress.h"

#include <QLoggingCategory>

#include <cerrno>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFtp, "portrelay.ftp", QtInfoMsg)

FtpDataListener::FtpDataListener(RelayContext *context)
    : m_context(context) {}

FtpDataListener::~FtpDataListener() {
    close();
}

bool FtpDataListener::listen(Plan plan, int timeoutMs) {
    close();
    m_plan = std::move(plan);
    m_port = 0;
    sockaddr_storage address;
    const socklen_t length = SocketAddress::fill(m_plan.listenAddress, 0, &address);
    m_fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_storage bound;
    socklen_t boundLength = sizeof bound;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::listen(m_fd, 4) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&bound), &boundLength) != 0 ||
        !m_context->poller->add(m_fd, EPOLLIN, this)) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_port = SocketAddress::portOf(bound);
    m_context->wakeups->schedule(this, m_context->nowMs + timeoutMs);
    qCDebug(lcFtp, "rule %d, connection %llu: data listener on %s port %u for %s",
            m_plan.forwarding->ruleId, m_plan.controlId,
            qPrintable(m_plan.listenAddress.toString()), unsigned(m_port),
            qPrintable(m_plan.expectedPeer.toString()));
    return true;
}

void FtpDataListener::close() {
    m_context->wakeups->cancel(this);
    if (m_fd < 0)
        return;
    m_context->poller->remove(m_fd);
    ::close(m_fd);
    m_fd = -1;
}

void FtpDataListener::pollEvent(uint32_t) {
    // A few per wake-up: anyone but the expected peer is turned away without ending the wait.
    for (int i = 0; i < 8 && m_fd >= 0; ++i) {
        sockaddr_storage peer;
        socklen_t peerLength = sizeof peer;
        const int fd = ::accept4(m_fd, reinterpret_cast<sockaddr *>(&peer), &peerLength,
                                 SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        const QHostAddress peerAddress(reinterpret_cast<const sockaddr *>(&peer));
        if (!peerAddress.isEqual(m_plan.expectedPeer, QHostAddress::ConvertV4MappedToIPv4)) {
            ::close(fd);
            qCWarning(lcFtp, "rule %d: FTP data connection from %s refused: %s was expected",
                      m_plan.forwarding->ruleId, qPrintable(peerAddress.toString()),
                      qPrintable(m_plan.expectedPeer.toString()));
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
        close();
        m_context->ftpData->ftpDataAccepted(fd, peerAddress, SocketAddress::portOf(peer),
                                            m_plan.ftpClient, m_plan.forwarding, m_plan.destination,
                                            m_plan.destinationPort);
        return;
    }
}

void FtpDataListener::wakeUp() {
    qCInfo(lcFtp, "rule %d: FTP data listener on %s port %u expired: %s did not connect",
           m_plan.forwarding->ruleId, qPrintable(m_plan.listenAddress.toString()), unsigned(m_port),
           qPrintable(m_plan.expectedPeer.toString()));
    close();
}
