#include "FtpControlParser.h"

#include <cstring>

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

char upper(char c) {
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

bool startsWithWord(QByteArrayView line, const char *word) {
    const qsizetype n = qsizetype(std::strlen(word));
    if (line.size() < n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (upper(line.at(i)) != word[i])
            return false;
    }
    return line.size() == n || line.at(n) == ' ';
}

// Reads a decimal number of at most `maxDigits` at *pos; nullopt when there is none or it is
// greater than maxValue.
std::optional<unsigned> number(QByteArrayView text, qsizetype *pos, unsigned maxValue,
                               int maxDigits) {
    qsizetype i = *pos;
    unsigned value = 0;
    int digits = 0;
    while (i < text.size() && isDigit(text.at(i))) {
        if (++digits > maxDigits)
            return std::nullopt;
        value = value * 10 + unsigned(text.at(i) - '0');
        ++i;
    }
    if (digits == 0 || value > maxValue)
        return std::nullopt;
    *pos = i;
    return value;
}

// "h1,h2,h3,h4,p1,p2" at *pos (blanks allowed after commas, as some servers write them).
std::optional<FtpEndpoint> sixNumbers(QByteArrayView text, qsizetype pos) {
    unsigned values[6];
    for (int k = 0; k < 6; ++k) {
        while (k > 0 && pos < text.size() && text.at(pos) == ' ')
            ++pos;
        const std::optional<unsigned> v = number(text, &pos, 255, 3);
        if (!v)
            return std::nullopt;
        values[k] = *v;
        if (k < 5) {
            if (pos >= text.size() || text.at(pos) != ',')
                return std::nullopt;
            ++pos;
        }
    }
    FtpEndpoint endpoint;
    endpoint.address = QHostAddress((quint32(values[0]) << 24) | (quint32(values[1]) << 16) |
                                    (quint32(values[2]) << 8) | quint32(values[3]));
    endpoint.port = quint16(values[4] * 256 + values[5]);
    if (endpoint.port == 0)
        return std::nullopt;
    return endpoint;
}

QByteArray lineEnd(const QByteArray &line) {
    if (line.endsWith("\r\n"))
        return QByteArrayLiteral("\r\n");
    return QByteArrayLiteral("\n");
}

} // namespace

FtpControlParser::FtpControlParser(Stream stream, Rewriter rewriter)
    : m_stream(stream)
    , m_rewriter(std::move(rewriter)) {}

std::optional<FtpEndpoint> FtpControlParser::parsePasvReply(QByteArrayView line) {
    if (line.size() < 4 || !line.startsWith("227") || line.at(3) != ' ')
        return std::nullopt;
    // RFC 1123 4.1.2.6: the numbers' position is not fixed; take the first digit after the code.
    qsizetype pos = 4;
    while (pos < line.size() && !isDigit(line.at(pos)))
        ++pos;
    return sixNumbers(line, pos);
}

std::optional<quint16> FtpControlParser::parseEpsvReply(QByteArrayView line) {
    if (line.size() < 4 || !line.startsWith("229") || line.at(3) != ' ')
        return std::nullopt;
    // RFC 2428: "(<d><d><d><port><d>)" with any printable delimiter d.
    const qsizetype open = line.indexOf('(');
    if (open < 0 || open + 5 > line.size())
        return std::nullopt;
    const char d = line.at(open + 1);
    if (d < 33 || d > 126 || isDigit(d) || line.at(open + 2) != d || line.at(open + 3) != d)
        return std::nullopt;
    qsizetype pos = open + 4;
    const std::optional<unsigned> port = number(line, &pos, 65535, 5);
    if (!port || *port == 0 || pos + 1 >= line.size() || line.at(pos) != d ||
        line.at(pos + 1) != ')')
        return std::nullopt;
    return quint16(*port);
}

std::optional<FtpEndpoint> FtpControlParser::parsePortCommand(QByteArrayView line) {
    if (!startsWithWord(line, "PORT"))
        return std::nullopt;
    qsizetype pos = 4;
    while (pos < line.size() && line.at(pos) == ' ')
        ++pos;
    const std::optional<FtpEndpoint> endpoint = sixNumbers(line, pos);
    if (!endpoint)
        return std::nullopt;
    return endpoint;
}

std::optional<FtpEndpoint> FtpControlParser::parseEprtCommand(QByteArrayView line) {
    if (!startsWithWord(line, "EPRT"))
        return std::nullopt;
    qsizetype pos = 4;
    while (pos < line.size() && line.at(pos) == ' ')
        ++pos;
    // "<d>af<d>address<d>port<d>"
    if (pos >= line.size())
        return std::nullopt;
    const char d = line.at(pos);
    if (d < 33 || d > 126)
        return std::nullopt;
    const QByteArrayView rest = line.sliced(pos + 1);
    const qsizetype a = rest.indexOf(d);
    const qsizetype b = a < 0 ? -1 : rest.indexOf(d, a + 1);
    const qsizetype c = b < 0 ? -1 : rest.indexOf(d, b + 1);
    if (a < 0 || b < 0 || c < 0)
        return std::nullopt;
    const QByteArrayView family = rest.sliced(0, a);
    const QByteArrayView address = rest.sliced(a + 1, b - a - 1);
    const QByteArrayView portText = rest.sliced(b + 1, c - b - 1);
    qsizetype p = 0;
    const std::optional<unsigned> port = number(portText, &p, 65535, 5);
    if (!port || *port == 0 || p != portText.size() || address.size() > 64)
        return std::nullopt;
    FtpEndpoint endpoint;
    endpoint.address = QHostAddress(QString::fromLatin1(address.data(), address.size()));
    endpoint.port = quint16(*port);
    const bool v4 = family == "1" && endpoint.address.protocol() == QAbstractSocket::IPv4Protocol;
    const bool v6 = family == "2" && endpoint.address.protocol() == QAbstractSocket::IPv6Protocol &&
                    endpoint.address.scopeId().isEmpty();
    if (!v4 && !v6)
        return std::nullopt;
    return endpoint;
}

QByteArray FtpControlParser::formatPasvReply(const FtpEndpoint &endpoint) {
    const quint32 a = endpoint.address.toIPv4Address();
    return QByteArrayLiteral("227 Entering Passive Mode (") + QByteArray::number(a >> 24) + ',' +
           QByteArray::number((a >> 16) & 0xff) + ',' + QByteArray::number((a >> 8) & 0xff) + ',' +
           QByteArray::number(a & 0xff) + ',' + QByteArray::number(endpoint.port >> 8) + ',' +
           QByteArray::number(endpoint.port & 0xff) + ").";
}

QByteArray FtpControlParser::formatEpsvReply(quint16 port) {
    return QByteArrayLiteral("229 Entering Extended Passive Mode (|||") + QByteArray::number(port) +
           "|)";
}

QByteArray FtpControlParser::formatAddressCommand(const FtpEndpoint &endpoint) {
    bool isV4 = false;
    const quint32 a = endpoint.address.toIPv4Address(&isV4);
    if (isV4)
        return QByteArrayLiteral("PORT ") + QByteArray::number(a >> 24) + ',' +
               QByteArray::number((a >> 16) & 0xff) + ',' + QByteArray::number((a >> 8) & 0xff) +
               ',' + QByteArray::number(a & 0xff) + ',' + QByteArray::number(endpoint.port >> 8) +
               ',' + QByteArray::number(endpoint.port & 0xff);
    return QByteArrayLiteral("EPRT |2|") + endpoint.address.toString().toLatin1() + '|' +
           QByteArray::number(endpoint.port) + '|';
}

void FtpControlParser::decideLineStart() {
    // Called with the first bytes of a line held (up to 5, or fewer with the line's end).
    const QByteArray &h = m_held;
    const bool ended = h.endsWith('\n');
    if (m_stream == Stream::Replies) {
        const bool hasCode = h.size() >= 4 && isDigit(h[0]) && isDigit(h[1]) && isDigit(h[2]);
        if (!m_multiLineCode.isEmpty()) {
            // RFC 959: a multi-line reply ends with a line that starts with its code and a blank.
            if (hasCode && h.startsWith(m_multiLineCode) && h[3] == ' ')
                m_multiLineCode.clear();
            m_state = LineState::PassThrough;
            return;
        }
        if (hasCode && h[3] == '-') {
            m_multiLineCode = h.left(3);
            m_state = LineState::PassThrough;
            return;
        }
        const bool candidate =
            hasCode && h[3] == ' ' && (h.startsWith("227") || h.startsWith("229"));
        m_state = candidate ? LineState::Candidate : LineState::PassThrough;
        (void)ended;
        return;
    }
    const bool candidate =
        h.size() >= 5 && (startsWithWord(h.left(5), "PORT") || startsWithWord(h.left(5), "EPRT"));
    m_state = candidate ? LineState::Candidate : LineState::PassThrough;
}

QByteArray FtpControlParser::rewrite(const QByteArray &line) {
    QByteArray text = line;
    const QByteArray eol = lineEnd(line);
    text.chop(eol.size());
    if (m_stream == Stream::Replies) {
        if (const std::optional<FtpEndpoint> announced = parsePasvReply(text)) {
            const std::optional<FtpEndpoint> instead = m_rewriter(Kind::PasvReply, *announced);
            bool isV4 = false;
            if (instead)
                instead->address.toIPv4Address(&isV4);
            if (!instead || !isV4)
                return QByteArrayLiteral("425 Cannot open data connection") + eol;
            return formatPasvReply(*instead) + eol;
        }
        if (const std::optional<quint16> port = parseEpsvReply(text)) {
            FtpEndpoint announced;
            announced.port = *port;
            const std::optional<FtpEndpoint> instead = m_rewriter(Kind::EpsvReply, announced);
            if (!instead)
                return QByteArrayLiteral("425 Cannot open data connection") + eol;
            return formatEpsvReply(instead->port) + eol;
        }
        return line;
    }
    const bool isPort = startsWithWord(text, "PORT");
    const std::optional<FtpEndpoint> announced =
        isPort ? parsePortCommand(text) : parseEprtCommand(text);
    if (!announced)
        return line;
    const std::optional<FtpEndpoint> instead =
        m_rewriter(isPort ? Kind::PortCommand : Kind::EprtCommand, *announced);
    if (!instead)
        return line;
    return formatAddressCommand(*instead) + eol;
}

void FtpControlParser::completeCandidate(QByteArray *out) {
    out->append(rewrite(m_held));
    m_held.clear();
    m_state = LineState::Start;
}

void FtpControlParser::feed(const char *data, size_t size, QByteArray *out) {
    size_t i = 0;
    while (i < size) {
        switch (m_state) {
        case LineState::PassThrough: {
            const void *nl = std::memchr(data + i, '\n', size - i);
            const size_t end = nl ? size_t(static_cast<const char *>(nl) - data) + 1 : size;
            out->append(data + i, qsizetype(end - i));
            i = end;
            if (nl)
                m_state = LineState::Start;
            break;
        }
        case LineState::Start: {
            const char c = data[i++];
            m_held.append(c);
            const int needed = m_stream == Stream::Replies ? 4 : 5;
            if (c == '\n' || m_held.size() >= needed) {
                decideLineStart();
                if (m_state == LineState::PassThrough) {
                    out->append(m_held);
                    m_held.clear();
                    if (c == '\n')
                        m_state = LineState::Start;
                } else if (c == '\n') {
                    completeCandidate(out);
                }
            }
            break;
        }
        case LineState::Candidate: {
            const char c = data[i++];
            m_held.append(c);
            if (c == '\n') {
                completeCandidate(out);
            } else if (m_held.size() >= kMaxLine) {
                // Too long for an address line: not rewritten.
                out->append(m_held);
                m_held.clear();
                m_state = LineState::PassThrough;
            }
            break;
        }
        }
    }
}

void FtpControlParser::finish(QByteArray *out) {
    out->append(m_held);
    m_held.clear();
    m_state = LineState::Start;
}
