#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

#include <functional>
#include <optional>

// An address and port an FTP control line announces for a data connection. For an EPSV reply
// the address is null: the data connection goes to the host of the control connection.
struct FtpEndpoint {
    QHostAddress address;
    quint16 port = 0;
};

// Reads one direction of an FTP control connection and rewrites the lines that announce a data
// connection: the server's replies 227 (PASV) and 229 (EPSV), or the client's commands PORT and
// EPRT (case-insensitive, IPv4 and IPv6). Everything else passes unchanged and without delay
// once the start of its line shows it cannot be one of those (or it is inside a multi-line
// reply), so bytes may arrive split anywhere, and several lines may come in one read. A line
// that may be rewritten is held until its end, at most kMaxLine bytes; a longer one is passed on
// unchanged. Pure: no sockets; the caller's rewriter supplies the endpoint to announce.
class FtpControlParser {
public:
    enum class Stream { Commands, Replies };
    enum class Kind { PasvReply, EpsvReply, PortCommand, EprtCommand };
    // Gets what a line announces and returns what to announce instead; nullopt when no data
    // connection can be offered (a command is then passed on unchanged, a reply replaced by a
    // 425 reply). For PasvReply the returned address must be IPv4.
    using Rewriter = std::function<std::optional<FtpEndpoint>(Kind, const FtpEndpoint &)>;

    static constexpr int kMaxLine = 512;

    FtpControlParser(Stream stream, Rewriter rewriter);

    // Appends to *out what to forward for these bytes.
    void feed(const char *data, size_t size, QByteArray *out);
    // The stream ended: appends what is still held.
    void finish(QByteArray *out);
    qsizetype heldBytes() const { return m_held.size(); }
    // Most bytes feed() can append per byte given (a rewritten line is longer than the original).
    static constexpr int kMaxGrowth = 5;

    // The pieces, public for tests and fuzzing. `line` is without its line end.
    static std::optional<FtpEndpoint> parsePasvReply(QByteArrayView line);
    static std::optional<quint16> parseEpsvReply(QByteArrayView line);
    static std::optional<FtpEndpoint> parsePortCommand(QByteArrayView line);
    static std::optional<FtpEndpoint> parseEprtCommand(QByteArrayView line);
    static QByteArray formatPasvReply(const FtpEndpoint &endpoint);
    static QByteArray formatEpsvReply(quint16 port);
    // PORT for IPv4, EPRT for IPv6.
    static QByteArray formatAddressCommand(const FtpEndpoint &endpoint);

private:
    enum class LineState { Start, PassThrough, Candidate };

    void decideLineStart();
    void completeCandidate(QByteArray *out);
    QByteArray rewrite(const QByteArray &line);

    Stream m_stream;
    Rewriter m_rewriter;
    LineState m_state = LineState::Start;
    QByteArray m_held;
    QByteArray m_multiLineCode; // inside a multi-line reply "xyz-": its code
};
