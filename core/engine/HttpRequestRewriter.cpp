#include "HttpRequestRewriter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

#include <algorithm>
#include <cstring>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("HttpRequestRewriter", text);
}

bool isToken(const QByteArray &text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || std::strchr("\"(),/:;<=>?@[\\]{}", c))
            return false;
    }
    return true;
}

bool hasBlankOrControl(const QByteArray &text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) <= 32 || c == 127)
            return true;
    }
    return false;
}

// The value without the optional whitespace around it.
QByteArray fieldValue(const QByteArray &line, qsizetype colon) {
    QByteArray value = line.mid(colon + 1);
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove(0, 1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

} // namespace

HttpRequestRewriter::HttpRequestRewriter(QByteArray defaultAuthority, int maxHeaderBytes)
    : m_defaultAuthority(std::move(defaultAuthority))
    , m_maxHeaderBytes(maxHeaderBytes) {}

QByteArray HttpRequestRewriter::authorityFor(const QString &host, quint16 port) {
    QByteArray text = host.toLatin1();
    if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
        text = '[' + text + ']';
    if (port != 80)
        text += ':' + QByteArray::number(port);
    return text;
}

bool HttpRequestRewriter::fail(int status, const QString &why) {
    m_state = State::Failed;
    m_errorText = why;
    m_head.clear();
    if (status == 0)
        return false;
    const QByteArray reason = status == 431 ? QByteArrayLiteral("Request Header Fields Too Large")
                                            : QByteArrayLiteral("Bad Request");
    const QByteArray body = QByteArray::number(status) + ' ' + reason + ": " + why.toUtf8() + '\n';
    m_errorResponse = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return false;
}

bool HttpRequestRewriter::feed(const char *data, size_t size, QByteArray *out) {
    size_t at = 0;
    while (at < size) {
        const char *p = data + at;
        const size_t left = size - at;
        size_t used = 0;
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Tunnel:
            out->append(p, qsizetype(left));
            return true;
        case State::Head:
            if (!feedHead(p, left, &used, out))
                return false;
            break;
        case State::FixedBody:
        case State::ChunkData: {
            used = size_t(std::min<uint64_t>(m_remaining, left));
            out->append(p, qsizetype(used));
            m_remaining -= used;
            if (m_remaining == 0)
                m_state = m_state == State::FixedBody ? State::Head : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailers:
            if (!feedChunkLine(p, left, &used, out))
                return false;
            break;
        }
        at += used;
    }
    return m_state != State::Failed;
}

bool HttpRequestRewriter::feedHead(const char *data, size_t size, size_t *used, QByteArray *out) {
    // Takes bytes up to the end of the header block (or all of them, when it has not come).
    const char *end = data + size;
    const char *p = data;
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *stop = newline ? newline + 1 : end;
        m_head.append(p, qsizetype(stop - p));
        p = stop;
        if (m_head.size() > m_maxHeaderBytes)
            return fail(
                431, tr("the request header block is larger than %1 bytes").arg(m_maxHeaderBytes));
        if (!newline)
            break;
        // A complete line: [m_scanned, m_head.size()).
        const qsizetype lineStart = m_scanned;
        m_scanned = m_head.size();
        qsizetype lineLength = m_head.size() - lineStart - 1;
        if (lineLength > 0 && m_head.at(lineStart + lineLength - 1) == '\r')
            --lineLength;
        if (m_requestLineStart < 0) {
            // Empty lines before a request line are tolerated (RFC 9112 2.2) and passed on.
            if (lineLength > 0)
                m_requestLineStart = lineStart;
            continue;
        }
        if (lineLength == 0) {
            *used = size_t(p - data);
            return finishHead(out);
        }
    }
    *used = size_t(p - data);
    return true;
}

bool HttpRequestRewriter::finishHead(QByteArray *out) {
    QList<QByteArray> lines;
    {
        qsizetype start = m_requestLineStart;
        while (start < m_head.size()) {
            const qsizetype newline = m_head.indexOf('\n', start);
            QByteArray line = m_head.mid(start, newline - start);
            if (line.endsWith('\r'))
                line.chop(1);
            lines.append(line);
            start = newline + 1;
        }
    }
    const QByteArray &requestLine = lines.first();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() ||
        hasBlankOrControl(parts.at(1)) || !parts.at(2).startsWith("HTTP/1."))
        return fail(400, tr("malformed request line"));
    const QByteArray &method = parts.at(0);
    const QByteArray &target = parts.at(1);

    QByteArray host;
    int hostCount = 0;
    QByteArray contentLength;
    bool hasContentLength = false;
    QByteArray transferEncoding;
    bool upgrade = false;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) { // the last line is the empty one
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, tr("folded header line (obsolete line folding is refused)"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return fail(400, tr("malformed header line"));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = fieldValue(line, colon);
        if (name == "host") {
            ++hostCount;
            host = value;
        } else if (name == "content-length") {
            // "5, 5" (repeated by a sender or a list) is one length; different ones are not.
            for (QByteArray item : value.split(',')) {
                item = item.trimmed();
                if (item.isEmpty() || item.size() > 18 ||
                    !std::all_of(item.cbegin(), item.cend(),
                                 [](char c) { return c >= '0' && c <= '9'; }))
                    return fail(400, tr("invalid Content-Length"));
                if (hasContentLength && item.toULongLong() != contentLength.toULongLong())
                    return fail(400, tr("conflicting Content-Length values"));
                contentLength = item;
                hasContentLength = true;
            }
        } else if (name == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value.toLower();
        } else if (name == "upgrade") {
            upgrade = true;
        }
    }
    if (hostCount > 1)
        return fail(400, tr("more than one Host header"));
    if (hostCount == 1 && (host.isEmpty() || hasBlankOrControl(host)))
        return fail(400, tr("invalid Host header"));

    QByteArray rewrittenLine = requestLine;
    const bool connect = method == "CONNECT";
    if (!connect && target.startsWith('/')) {
        const QByteArray authority = hostCount == 1 ? host : m_defaultAuthority;
        if (authority.isEmpty())
            return fail(400, tr("origin-form request without Host and without an original "
                                "destination"));
        rewrittenLine = method + ' ' + "http://" + authority + target + ' ' + parts.at(2);
        ++m_rewritten;
    }
    out->append(m_head.constData(), m_requestLineStart);
    out->append(rewrittenLine);
    out->append(m_head.constData() + m_requestLineStart + requestLine.size(),
                m_head.size() - m_requestLineStart - requestLine.size());
    ++m_requests;

    m_head.clear();
    m_scanned = 0;
    m_requestLineStart = -1;
    if (connect || upgrade) {
        m_state = State::Tunnel;
        return true;
    }
    if (!transferEncoding.isEmpty()) {
        // RFC 9112 6.1: chunked must be the last coding of a request, or its length is unknown.
        QList<QByteArray> codings = transferEncoding.split(',');
        if (codings.last().trimmed() != "chunked")
            return fail(0, tr("request body with a Transfer-Encoding other than chunked last"));
        m_state = State::ChunkSize;
        return true;
    }
    if (hasContentLength && contentLength.toULongLong() > 0) {
        m_remaining = contentLength.toULongLong();
        m_state = State::FixedBody;
        return true;
    }
    m_state = State::Head;
    return true;
}

bool HttpRequestRewriter::feedChunkLine(const char *data, size_t size, size_t *used,
                                        QByteArray *out) {
    const char *newline = static_cast<const char *>(std::memchr(data, '\n', size));
    const size_t take = newline ? size_t(newline - data) + 1 : size;
    m_head.append(data, qsizetype(take));
    out->append(data, qsizetype(take));
    *used = take;
    if (m_state == State::Trailers)
        m_trailerBytes += int(take);
    if (m_head.size() > kMaxChunkLineBytes ||
        (m_state == State::Trailers && m_trailerBytes > m_maxHeaderBytes))
        return fail(0, tr("chunk line or trailers too long"));
    if (!newline)
        return true;
    QByteArray line = m_head;
    m_head.clear();
    line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    switch (m_state) {
    case State::ChunkDataEnd:
        if (!line.isEmpty())
            return fail(0, tr("chunk data longer than its size"));
        m_state = State::ChunkSize;
        return true;
    case State::Trailers:
        if (line.isEmpty()) {
            m_trailerBytes = 0;
            m_state = State::Head;
        }
        return true;
    default:
        break;
    }
    // chunk-size [; extensions]
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return fail(0, tr("invalid chunk size"));
    uint64_t chunk = 0;
    for (const char c : digits) {
        const int value = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (value < 0)
            return fail(0, tr("invalid chunk size"));
        chunk = chunk * 16 + uint64_t(value);
    }
    if (chunk == 0) {
        m_trailerBytes = 0;
        m_state = State::Trailers;
    } else {
        m_remaining = chunk;
        m_state = State::ChunkData;
    }
    return true;
}
