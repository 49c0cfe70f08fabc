// libFuzzer target for HttpRequestRewriter: the first byte picks where the input is cut, the
// rest is the client's stream. Invariants: feeding whole or in two pieces gives the same result;
// after an error nothing more is output; an error response is only ever a complete 400/431.
#include "HttpRequestRewriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    const size_t cut = size > 1 ? data[0] % size : 0;
    const char *stream = reinterpret_cast<const char *>(data + 1);
    const size_t length = size - 1;

    HttpRequestRewriter whole("192.0.2.1:8080", 512);
    QByteArray wholeOut;
    const bool wholeOk = whole.feed(stream, length, &wholeOut);

    HttpRequestRewriter split("192.0.2.1:8080", 512);
    QByteArray splitOut;
    const size_t first = cut < length ? cut : length;
    bool splitOk = split.feed(stream, first, &splitOut);
    splitOk = split.feed(stream + first, length - first, &splitOut) && splitOk;

    if (wholeOk != splitOk || wholeOut != splitOut || whole.state() != split.state() ||
        whole.errorResponse() != split.errorResponse() ||
        whole.requestCount() != split.requestCount())
        std::abort();
    if (wholeOk != !whole.failed())
        std::abort();
    const QByteArray &response = whole.errorResponse();
    if (!response.isEmpty() && !response.startsWith("HTTP/1.1 400 ") &&
        !response.startsWith("HTTP/1.1 431 "))
        std::abort();
    if (whole.failed()) {
        QByteArray more;
        if (whole.feed("GET / HTTP/1.1\r\n\r\n", 18, &more) || !more.isEmpty())
            std::abort();
    }
    // Only request lines grow: the output is never shorter than the bytes passed on.
    if (!whole.failed() && !whole.isInsideHead() &&
        whole.state() == HttpRequestRewriter::State::Head && wholeOut.size() < qsizetype(length))
        std::abort();
    return 0;
}
