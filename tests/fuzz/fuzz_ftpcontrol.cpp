// libFuzzer target for FtpControlParser: the first byte picks the stream (commands or replies)
// and how the rest is cut into reads; the rest is the control stream. Invariants: what comes
// out stays within the parser's growth bound, bytes that are not part of a rewritten line are
// not lost, and a rewriter that announces nothing different gives back the lines it parsed.
#include "FtpControlParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    const auto stream =
        (data[0] & 1) ? FtpControlParser::Stream::Replies : FtpControlParser::Stream::Commands;
    const size_t chunk = size_t((data[0] >> 1) % 17) + 1;
    const char *text = reinterpret_cast<const char *>(data + 1);
    const size_t length = size - 1;

    int rewrites = 0;
    FtpControlParser parser(
        stream,
        [&](FtpControlParser::Kind kind,
            const FtpEndpoint &announced) -> std::optional<FtpEndpoint> {
            ++rewrites;
            if (announced.port == 0)
                abort(); // the parsers never announce port 0
            if (kind == FtpControlParser::Kind::EpsvReply && !announced.address.isNull())
                abort();
            FtpEndpoint instead;
            instead.address = QHostAddress(kind == FtpControlParser::Kind::EprtCommand
                                               ? QStringLiteral("2001:db8::1")
                                               : QStringLiteral("192.0.2.1"));
            instead.port = 65535;
            return instead;
        });
    QByteArray out;
    for (size_t i = 0; i < length; i += chunk) {
        const size_t n = std::min(chunk, length - i);
        parser.feed(text + i, n, &out);
        const qsizetype bound =
            qsizetype(i + n + FtpControlParser::kMaxLine) * FtpControlParser::kMaxGrowth;
        if (out.size() > bound)
            abort();
        if (parser.heldBytes() > FtpControlParser::kMaxLine)
            abort();
    }
    parser.finish(&out);
    if (parser.heldBytes() != 0)
        abort();
    // Without a rewrite the output is the input, byte for byte.
    if (rewrites == 0 && (size_t(out.size()) != length || memcmp(out.constData(), text, length)))
        abort();
    // Line ends are kept: a rewrite replaces a line by one line.
    if (out.count('\n') != QByteArrayView(text, qsizetype(length)).count('\n'))
        abort();
    return 0;
}
