#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Turns the requests of a plain HTTP client that was intercepted on its way to a web server into
// requests for an HTTP proxy, incrementally, as bytes arrive in any pieces: each request line
// whose target is origin-form ("GET /x HTTP/1.1") gets the absolute form
// ("GET http://example.org/x HTTP/1.1") from the Host header, or from the original destination
// when there is no Host. Everything else passes byte for byte: the other header lines, bodies
// (Content-Length and chunked, trailers included, framing checked but not changed), requests
// already in absolute form, and after a CONNECT or an Upgrade request the rest of the stream
// (a tunnel). Each request of a keep-alive connection is rewritten, pipelined ones too.
// A header block larger than the limit is refused with 431, a malformed one with 400; the
// answer to send to the client is errorResponse(). A pure parser: no I/O, no clock.
class HttpRequestRewriter {
public:
    enum class State {
        Head,         // reading a request line and its header block
        FixedBody,    // Content-Length bytes left
        ChunkSize,    // a chunk-size line
        ChunkData,    // chunk bytes left
        ChunkDataEnd, // the CRLF after a chunk's data
        Trailers,     // trailer lines after the last chunk, up to the empty line
        Tunnel,       // CONNECT or Upgrade: the rest passes unchanged
        Failed,
    };

    static constexpr int kDefaultMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxChunkLineBytes = 4096;

    // defaultAuthority: "host" or "host:port" (IPv6 in brackets) used when a request has no
    // Host header; empty: such requests are refused (400).
    explicit HttpRequestRewriter(QByteArray defaultAuthority = QByteArray(),
                                 int maxHeaderBytes = kDefaultMaxHeaderBytes);

    // Consumes size bytes and appends what goes to the proxy to *out. False once the stream is
    // in error (then nothing more is accepted; see errorResponse()).
    bool feed(const char *data, size_t size, QByteArray *out);

    State state() const { return m_state; }
    bool failed() const { return m_state == State::Failed; }
    bool isTunnel() const { return m_state == State::Tunnel; }
    // Part of a header block has arrived and the rest has not (what a header timeout watches).
    bool isInsideHead() const { return m_state == State::Head && !m_head.isEmpty(); }
    // Requests whose header block was complete (and passed on).
    int requestCount() const { return m_requests; }
    int rewrittenCount() const { return m_rewritten; }
    // The HTTP answer for the client when the error came in a header block (400 or 431);
    // empty when it came in a body (the request was already passed on: just close).
    const QByteArray &errorResponse() const { return m_errorResponse; }
    // Why the stream was refused, for the log (no input quoted).
    const QString &errorText() const { return m_errorText; }
    // "host" for port 80, "host:port" otherwise; IPv6 addresses in brackets.
    static QByteArray authorityFor(const QString &host, quint16 port);

private:
    bool feedHead(const char *data, size_t size, size_t *used, QByteArray *out);
    bool finishHead(QByteArray *out);
    bool feedChunkLine(const char *data, size_t size, size_t *used, QByteArray *out);
    bool fail(int status, const QString &why);

    QByteArray m_defaultAuthority;
    int m_maxHeaderBytes;
    State m_state = State::Head;
    QByteArray m_head; // the header block so far (Head), or a chunk or trailer line
    qsizetype m_scanned = 0;
    qsizetype m_requestLineStart = -1;
    uint64_t m_remaining = 0; // FixedBody / ChunkData bytes
    int m_trailerBytes = 0;
    int m_requests = 0;
    int m_rewritten = 0;
    QByteArray m_errorResponse;
    QString m_errorText;
};
