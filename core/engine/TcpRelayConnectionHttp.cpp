// TcpRelayConnection's client-to-target direction for translate=http: read, rewrite, write (the
// copy path; splice() cannot change bytes). Once the stream has become a tunnel (CONNECT,
// Upgrade) and everything rewritten is written, the rewriter is dropped and the ordinary pump
// (and splice) takes over.
#include "HttpRequestRewriter.h"
#include "RelayContext.h"
#include "TcpRelayConnection.h"

#include <QLoggingCategory>

#include <cerrno>
#include <sys/socket.h>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {
constexpr size_t kReadSize = 64 * 1024;
constexpr int kMaxRounds = 16;
} // namespace

void TcpRelayConnection::enableHttpTranslation(const QByteArray &defaultAuthority) {
    m_rewriter = std::make_unique<HttpRequestRewriter>(defaultAuthority);
}

bool TcpRelayConnection::httpDeadlinePassed(qint64 nowMs, qint64 timeoutMs) const {
    if (m_httpRefusedMs >= 0)
        return nowMs - m_httpRefusedMs >= timeoutMs;
    return m_rewriter && m_headStartedMs >= 0 && m_rewriter->isInsideHead() &&
           nowMs - m_headStartedMs >= timeoutMs;
}

qint64 TcpRelayConnection::httpDeadlineMs(qint64 timeoutMs) const {
    if (m_httpRefusedMs >= 0)
        return m_httpRefusedMs + timeoutMs;
    if (m_rewriter && m_headStartedMs >= 0 && m_rewriter->isInsideHead())
        return m_headStartedMs + timeoutMs;
    return -1;
}

TcpRelayConnection::PumpResult TcpRelayConnection::pumpRewritten(Direction &d) {
    RelayContext &ctx = *m_context;
    char buffer[kReadSize];
    for (int round = 0; round < kMaxRounds; ++round) {
        if (m_httpRefusedMs >= 0) {
            // The client was answered 400/431: its remaining input is read and dropped until it
            // closes, so that closing does not reset the connection before it read the answer.
            const ssize_t n = ::recv(d.from->fd, buffer, sizeof buffer, 0);
            if (n > 0)
                continue;
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                return PumpResult::Ok;
            d.eof = true;
            d.shutdownDone = true;
            if (m_firstClosed == 0)
                m_firstClosed = 2; // PortRelay ended it
            return PumpResult::Ok;
        }
        // Write what was rewritten first.
        while (m_rewrittenAt < m_rewritten.size()) {
            const ssize_t n = ::send(d.to->fd, m_rewritten.constData() + m_rewrittenAt,
                                     size_t(m_rewritten.size() - m_rewrittenAt), MSG_NOSIGNAL);
            if (n > 0) {
                m_rewrittenAt += n;
                d.bytesWritten += quint64(n);
                d.pending -= uint32_t(n);
                ctx.bufferedBytes -= quint64(n);
                m_lastActivityMs = ctx.nowMs;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                return PumpResult::Ok; // EPOLLOUT on the target brings us back (d.pending > 0)
            return PumpResult::DestinationError;
        }
        m_rewritten.clear();
        m_rewrittenAt = 0;
        if (d.eof) {
            if (!d.shutdownDone)
                passOnEnd(d);
            return PumpResult::Ok;
        }
        if (m_rewriter->isTunnel()) {
            // Nothing of the tunnel is held here: the ordinary pump goes on from the socket.
            m_rewriter.reset();
            return pump(d);
        }
        const ssize_t n = ::recv(d.from->fd, buffer, sizeof buffer, 0);
        if (n == 0) {
            d.eof = true;
            if (m_firstClosed == 0)
                m_firstClosed = 1;
            ctx.statsDirty = true;
            continue;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN)
                return PumpResult::Ok;
            return PumpResult::SourceError;
        }
        d.bytesRead += quint64(n);
        m_forwarding->counters->bytesFromClient += quint64(n);
        ctx.statsDirty = true;
        m_lastActivityMs = ctx.nowMs;
        const bool wasInsideHead = m_rewriter->isInsideHead();
        if (!m_rewriter->feed(buffer, size_t(n), &m_rewritten)) {
            refuseHttp();
            return PumpResult::Ok;
        }
        if (!wasInsideHead && m_rewriter->isInsideHead())
            m_headStartedMs = ctx.nowMs;
        else if (!m_rewriter->isInsideHead())
            m_headStartedMs = -1;
        d.pending = uint32_t(m_rewritten.size());
        ctx.bufferedBytes += quint64(m_rewritten.size());
    }
    // Out of rounds: level-triggered interest brings us back for reading or writing, but not for
    // an end of stream already read, so pass it on now (as pump() does).
    if (d.eof && m_rewrittenAt >= m_rewritten.size() && !d.shutdownDone)
        passOnEnd(d);
    return PumpResult::Ok;
}

void TcpRelayConnection::refuseHttp() {
    RelayContext &ctx = *m_context;
    qCWarning(lcEngine, "connection %llu: HTTP request refused (translate=http): %s",
              static_cast<unsigned long long>(m_id), qPrintable(m_rewriter->errorText()));
    const QByteArray &answer = m_rewriter->errorResponse();
    // The target gets nothing more; whatever it still had to say is dropped.
    ::shutdown(m_target.fd, SHUT_RDWR);
    ctx.bufferedBytes -= quint64(m_rewritten.size() - m_rewrittenAt);
    m_rewritten.clear();
    m_rewrittenAt = 0;
    m_up.pending = 0;
    releaseStorage(m_down);
    m_down.eof = true;
    m_down.shutdownDone = true;
    // A small answer on a socket with nothing queued for it: one send() takes it whole.
    if (!answer.isEmpty())
        (void)::send(m_client.fd, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL);
    ::shutdown(m_client.fd, SHUT_WR);
    m_httpRefusedMs = ctx.nowMs;
    ctx.statsDirty = true;
}
