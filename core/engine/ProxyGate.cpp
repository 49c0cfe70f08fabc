#include "ProxyGate.h"

#include "EpollPoller.h"
#include "ForwardingInfo.h"
#include "PollClient.h"
#include "ProxyHeader.h"
#include "RelayContext.h"
#include "SocketAddress.h"

#include <QCoreApplication>

#include <cerrno>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct ProxyGateText {
    Q_DECLARE_TR_FUNCTIONS(ProxyGate)
};

// A first look big enough for any v1 line and a v2 header with a few TLVs: the smallest TCP
// segment every host takes (576 - 40), which the spec sizes its headers for.
constexpr int kFirstPeek = 536;

} // namespace

void applyProxyOptions(const ProxyOptions &options, ForwardingInfo *forwarding) {
    forwarding->proxyVersion = options.sendVersion;
    forwarding->acceptProxy = options.accept;
    forwarding->acceptedProxyVersions = int(options.acceptedVersions);
    forwarding->acceptProxyFrom = options.acceptFromList();
    forwarding->proxyHeaderTimeoutMs = options.headerTimeoutSeconds * 1000;
}

struct ProxyGate::Pending final : PollClient {
    ProxyGate *gate = nullptr;
    quint64 id = 0;
    int ruleId = 0;
    int fd = -1;
    bool registered = false;
    QHostAddress peer;
    quint16 peerPort = 0;
    std::shared_ptr<const ForwardingInfo> forwarding;
    qint64 deadlineMs = 0;
    ProxyHeader header;
    QByteArray buffer;
    explicit Pending(ProxyHeader::Accepted accepted)
        : header(accepted) {}
    void pollEvent(uint32_t events) override { gate->onEvent(*this, events); }
};

ProxyGate::ProxyGate(RelayContext *context, AdmitHandler admit, RefuseHandler refuse)
    : m_context(context)
    , m_admit(std::move(admit))
    , m_refuse(std::move(refuse)) {}

ProxyGate::~ProxyGate() {
    for (auto &entry : m_pending) {
        Pending &pending = *entry.second;
        if (pending.registered)
            m_context->poller->remove(pending.fd);
        if (pending.fd >= 0)
            ::close(pending.fd);
    }
}

int ProxyGate::pendingCount() const {
    return int(m_pending.size());
}

void ProxyGate::receive(int ruleId, int descriptor, const QHostAddress &peer, quint16 peerPort,
                        std::shared_ptr<const ForwardingInfo> portForwarding) {
    const ForwardingInfo &forwarding = *portForwarding;
    const ProxyHeader::Accepted accepted =
        forwarding.acceptedProxyVersions == int(ProxyOptions::Accepted::V1)
            ? ProxyHeader::Accepted::V1
        : forwarding.acceptedProxyVersions == int(ProxyOptions::Accepted::V2)
            ? ProxyHeader::Accepted::V2
            : ProxyHeader::Accepted::Any;
    auto pending = std::make_unique<Pending>(accepted);
    pending->gate = this;
    pending->id = m_nextId++;
    pending->ruleId = ruleId;
    pending->fd = descriptor;
    pending->peer = peer;
    pending->peerPort = peerPort;
    pending->forwarding = std::move(portForwarding);
    pending->deadlineMs = m_context->nowMs + forwarding.proxyHeaderTimeoutMs;
    Pending &ref = *pending;
    m_pending.emplace(ref.id, std::move(pending));
    // Never trusted from anyone: only the listed peers may speak for a client.
    if (forwarding.acceptProxyFrom.isEmpty() ||
        !forwarding.acceptProxyFrom.evaluate(peer).allowed()) {
        finish(ref, false,
               forwarding.acceptProxyFrom.isEmpty()
                   ? ProxyGateText::tr("no peer may send a PROXY header (accept-proxy-from is "
                                       "empty)")
                   : ProxyGateText::tr("peer is not in accept-proxy-from"));
        return;
    }
    // Edge-triggered: peeking leaves the bytes in the socket, so level-triggered interest
    // would report them again and again until the rest of the header arrives.
    ref.registered = m_context->poller->add(ref.fd, EPOLLIN | EPOLLRDHUP | EPOLLET, &ref);
    if (!ref.registered)
        finish(ref, false, ProxyGateText::tr("cannot watch the connection"));
}

void ProxyGate::onEvent(Pending &pending, uint32_t events) {
    if (pending.fd < 0)
        return;
    for (;;) {
        const int want =
            qMin(ProxyHeader::kMaxLength, qMax(kFirstPeek, pending.header.bytesWanted()));
        if (pending.buffer.size() < want)
            pending.buffer.resize(want);
        const ssize_t n = ::recv(pending.fd, pending.buffer.data(), size_t(want), MSG_PEEK);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            break;
        if (n <= 0) {
            finish(pending, false,
                   n == 0 ? ProxyGateText::tr("connection closed before a PROXY header")
                          : ProxyGateText::tr("connection failed before a PROXY header"));
            return;
        }
        const ProxyHeader::Status status =
            pending.header.parse(pending.buffer.constData(), size_t(n));
        if (status == ProxyHeader::Status::Invalid) {
            finish(pending, false, pending.header.error());
            return;
        }
        if (status == ProxyHeader::Status::Complete) {
            // Consume exactly the header; the client's own bytes stay for the relay.
            const int length = pending.header.headerLength();
            const ssize_t taken = ::recv(pending.fd, pending.buffer.data(), size_t(length), 0);
            if (taken != length) {
                finish(pending, false, ProxyGateText::tr("cannot read the PROXY header"));
                return;
            }
            finish(pending, true);
            return;
        }
        // Incomplete: a bigger look if the header announced more than was asked for, else
        // wait for the next bytes (or the end of the connection).
        if (n == want && pending.header.bytesWanted() > want)
            continue;
        if (events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
            finish(pending, false,
                   ProxyGateText::tr("connection closed before the PROXY header was complete"));
            return;
        }
        break;
    }
}

void ProxyGate::finish(Pending &pending, bool admitted, const QString &why) {
    if (pending.registered) {
        m_context->poller->remove(pending.fd);
        pending.registered = false;
    }
    const int fd = pending.fd;
    pending.fd = -1;
    auto it = m_pending.find(pending.id);
    std::unique_ptr<Pending> owned = std::move(it->second);
    m_pending.erase(it);
    pending.buffer = QByteArray();
    if (!admitted) {
        ::close(fd);
        m_refuse(pending.ruleId, pending.peer, why);
    } else {
        Admitted result;
        result.descriptor = fd;
        result.forwarding = pending.forwarding;
        result.proxied = !pending.header.isLocal();
        if (result.proxied) {
            result.client = pending.header.source();
            result.clientPort = pending.header.sourcePort();
            result.destination = pending.header.destination();
            result.destinationPort = pending.header.destinationPort();
        } else {
            result.client = pending.peer;
            result.clientPort = pending.peerPort;
        }
        m_admit(pending.ruleId, result);
    }
    m_finished.push_back(std::move(owned));
}

void ProxyGate::expire(qint64 nowMs) {
    m_finished.clear();
    std::vector<Pending *> late;
    for (auto &entry : m_pending) {
        if (nowMs >= entry.second->deadlineMs)
            late.push_back(entry.second.get());
    }
    for (Pending *pending : late)
        finish(*pending, false, ProxyGateText::tr("no complete PROXY header in time"));
}
