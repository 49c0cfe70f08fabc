#include "HttpRequestRewriter.h"

#include <QTest>

// The HTTP translate parser on whole streams, then on the same streams cut at every byte
// boundary and fed one byte at a time: the output must not depend on how the bytes arrive.

namespace {
struct Outcome {
    QByteArray out;
    bool ok = true;
    QByteArray response;
    HttpRequestRewriter::State state = HttpRequestRewriter::State::Head;
    int requests = 0;
    int rewritten = 0;
};

Outcome feedPieces(const QByteArray &input, const QVector<qsizetype> &cuts,
                   const QByteArray &authority) {
    HttpRequestRewriter rewriter(authority, 1024);
    Outcome outcome;
    qsizetype at = 0;
    for (qsizetype cut : cuts + QVector<qsizetype>{input.size()}) {
        if (cut < at)
            continue;
        outcome.ok =
            rewriter.feed(input.constData() + at, size_t(cut - at), &outcome.out) && outcome.ok;
        at = cut;
    }
    outcome.response = rewriter.errorResponse();
    outcome.state = rewriter.state();
    outcome.requests = rewriter.requestCount();
    outcome.rewritten = rewriter.rewrittenCount();
    return outcome;
}
} // namespace

class TestHttpRequestRewriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streams_data();
    void streams();
    void authority();
    void largeChunkedBodyPassesExactly();
};

void TestHttpRequestRewriter::streams_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("authority"); // the original destination
    QTest::addColumn<QByteArray>("expected");  // what reaches the proxy
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("status"); // of the answer to the client; 0: none
    QTest::addColumn<int>("requests");

    const QByteArray od = "10.0.0.1:8080";
    QTest::newRow("origin form with Host")
        << QByteArray("GET /x?y=1 HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n") << od
        << QByteArray("GET http://example.org/x?y=1 HTTP/1.1\r\nHost: example.org\r\n"
                      "Accept: */*\r\n\r\n")
        << true << 0 << 1;
    QTest::newRow("Host with port, case and blanks")
        << QByteArray("HEAD / HTTP/1.0\r\nhOsT:   example.org:81 \r\n\r\n") << od
        << QByteArray("HEAD http://example.org:81/ HTTP/1.0\r\nhOsT:   example.org:81 \r\n\r\n")
        << true << 0 << 1;
    QTest::newRow("absolute form kept")
        << QByteArray("GET http://a.example/p HTTP/1.1\r\nHost: b.example\r\n\r\n") << od
        << QByteArray("GET http://a.example/p HTTP/1.1\r\nHost: b.example\r\n\r\n") << true << 0
        << 1;
    QTest::newRow("asterisk form kept")
        << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n") << od
        << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n") << true << 0 << 1;
    QTest::newRow("no Host: original destination")
        << QByteArray("GET /old HTTP/1.0\r\n\r\n") << od
        << QByteArray("GET http://10.0.0.1:8080/old HTTP/1.0\r\n\r\n") << true << 0 << 1;
    QTest::newRow("no Host and no original destination")
        << QByteArray("GET /old HTTP/1.0\r\n\r\n") << QByteArray() << QByteArray() << false << 400
        << 0;
    QTest::newRow("keep-alive: three requests, a body that looks like one")
        << QByteArray("GET /1 HTTP/1.1\r\nHost: h\r\n\r\n"
                      "POST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 26\r\n\r\n"
                      "GET /fake HTTP/1.1\r\n\r\nxx"
                      "GET /3 HTTP/1.1\r\nHost: h2\r\n\r\n")
        << od
        << QByteArray("GET http://h/1 HTTP/1.1\r\nHost: h\r\n\r\n"
                      "POST http://h/2 HTTP/1.1\r\nHost: h\r\nContent-Length: 26\r\n\r\n"
                      "GET /fake HTTP/1.1\r\n\r\nxx"
                      "GET http://h2/3 HTTP/1.1\r\nHost: h2\r\n\r\n")
        << true << 0 << 3;
    QTest::newRow("chunked with extensions and trailers, then another request")
        << QByteArray("POST /u HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                      "5;name=x\r\nGET /\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n"
                      "Trailer-A: 1\r\n\r\nGET /n HTTP/1.1\r\nHost: h\r\n\r\n")
        << od
        << QByteArray("POST http://h/u HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked"
                      "\r\n\r\n5;name=x\r\nGET /\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n"
                      "Trailer-A: 1\r\n\r\nGET http://h/n HTTP/1.1\r\nHost: h\r\n\r\n")
        << true << 0 << 2;
    QTest::newRow("CONNECT: the rest is a tunnel")
        << QByteArray("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n"
                      "\x16\x03\x01GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        << od
        << QByteArray("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n"
                      "\x16\x03\x01GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        << true << 0 << 1;
    QTest::newRow("Upgrade: the rest is a tunnel")
        << QByteArray("GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\n\r\nGET /not-http HTTP/1.1\r\n\r\n")
        << od
        << QByteArray("GET http://h/ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\n\r\nGET /not-http HTTP/1.1\r\n\r\n")
        << true << 0 << 1;
    QTest::newRow("empty lines before a request, bare LF")
        << QByteArray("\r\n\nGET /a HTTP/1.1\nHost: h\n\n") << od
        << QByteArray("\r\n\nGET http://h/a HTTP/1.1\nHost: h\n\n") << true << 0 << 1;
    QTest::newRow("header block over the limit")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(1100, 'a') + "\r\n\r\n") << od
        << QByteArray() << false << 431 << 0;
    QTest::newRow("header block over the limit, no end in sight")
        << QByteArray("GET / HTTP/1.1\r\n" + QByteArray(2000, 'b')) << od << QByteArray() << false
        << 431 << 0;
    QTest::newRow("second request over the limit")
        << QByteArray("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nX: " +
                      QByteArray(1100, 'c'))
        << od << QByteArray("GET http://h/1 HTTP/1.1\r\nHost: h\r\n\r\n") << false << 431 << 1;
    QTest::newRow("malformed request line")
        << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << od << QByteArray() << false << 400 << 0;
    QTest::newRow("not HTTP/1.x") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << od
                                  << QByteArray() << false << 400 << 0;
    QTest::newRow("two Host headers") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
                                      << od << QByteArray() << false << 400 << 0;
    QTest::newRow("conflicting Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4"
                      "\r\n\r\nabc")
        << od << QByteArray() << false << 400 << 0;
    QTest::newRow("repeated equal Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 3\r\n\r\nabc") << od
        << QByteArray("POST http://h/ HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 3\r\n\r\nabc")
        << true << 0 << 1;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n x\r\n\r\n") << od
                                   << QByteArray() << false << 400 << 0;
    QTest::newRow("bad chunk size after the head was passed on")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << od
        << QByteArray("POST http://h/ HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "zz\r\n")
        << false << 0 << 1;
}

void TestHttpRequestRewriter::streams() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, authority);
    QFETCH(QByteArray, expected);
    QFETCH(bool, ok);
    QFETCH(int, status);
    QFETCH(int, requests);

    const Outcome whole = feedPieces(input, {}, authority);
    QCOMPARE(whole.out, expected);
    QCOMPARE(whole.ok, ok);
    QCOMPARE(whole.requests, requests);
    if (status == 0) {
        QVERIFY(whole.response.isEmpty());
    } else {
        QVERIFY2(whole.response.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '),
                 whole.response.constData());
        QVERIFY(whole.response.contains("\r\nConnection: close\r\n"));
        const qsizetype bodyAt = whole.response.indexOf("\r\n\r\n") + 4;
        QVERIFY(whole.response.contains("Content-Length: " +
                                        QByteArray::number(whole.response.size() - bodyAt)));
    }
    // Every cut into two pieces, and one byte at a time.
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const Outcome split = feedPieces(input, {cut}, authority);
        QVERIFY2(split.out == whole.out && split.ok == whole.ok &&
                     split.response == whole.response && split.state == whole.state &&
                     split.rewritten == whole.rewritten,
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
    QVector<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte << i;
    const Outcome bytes = feedPieces(input, everyByte, authority);
    QCOMPARE(bytes.out, whole.out);
    QCOMPARE(bytes.ok, whole.ok);
    QCOMPARE(bytes.response, whole.response);
}

void TestHttpRequestRewriter::authority() {
    QCOMPARE(HttpRequestRewriter::authorityFor(QStringLiteral("10.0.0.1"), 80),
             QByteArray("10.0.0.1"));
    QCOMPARE(HttpRequestRewriter::authorityFor(QStringLiteral("10.0.0.1"), 8080),
             QByteArray("10.0.0.1:8080"));
    QCOMPARE(HttpRequestRewriter::authorityFor(QStringLiteral("fd00::1"), 80),
             QByteArray("[fd00::1]"));
    QCOMPARE(HttpRequestRewriter::authorityFor(QStringLiteral("fd00::1"), 81),
             QByteArray("[fd00::1]:81"));
}

void TestHttpRequestRewriter::largeChunkedBodyPassesExactly() {
    // 10 MiB in chunks of varying size, fed in odd pieces: passes unchanged, and the request
    // after it is rewritten.
    QByteArray body;
    QByteArray payload;
    quint32 seed = 7;
    while (payload.size() < 10 * 1024 * 1024) {
        seed = seed * 1103515245 + 12345;
        const int size = 1 + int(seed % 70000);
        QByteArray chunk(size, Qt::Uninitialized);
        for (char &c : chunk) {
            seed = seed * 1103515245 + 12345;
            c = char(seed >> 24);
        }
        payload += chunk;
        body += QByteArray::number(size, 16) + "\r\n" + chunk + "\r\n";
    }
    body += "0\r\n\r\n";
    const QByteArray head = "PUT /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray next = "GET /after HTTP/1.1\r\nHost: h\r\n\r\n";
    const QByteArray input = head + body + next;
    HttpRequestRewriter rewriter("od");
    QByteArray out;
    for (qsizetype at = 0, piece = 1; at < input.size(); at += piece, piece = piece * 3 % 65537)
        QVERIFY(rewriter.feed(input.constData() + at,
                              size_t(std::min<qsizetype>(piece, input.size() - at)), &out));
    QCOMPARE(out.size(), input.size() + qsizetype(QByteArray("http://h").size() * 2));
    QVERIFY(out.mid(head.size() + 8, body.size()) == body);
    QVERIFY(out.endsWith("GET http://h/after HTTP/1.1\r\nHost: h\r\n\r\n"));
    QCOMPARE(rewriter.requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestHttpRequestRewriter)
#include "tst_httprequestrewriter.moc"
