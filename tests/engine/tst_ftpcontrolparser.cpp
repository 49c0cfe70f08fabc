#include "FtpControlParser.h"

#include <QTest>

using Kind = FtpControlParser::Kind;
using Stream = FtpControlParser::Stream;

namespace {

// Runs `input` through a parser in pieces of `chunk` bytes; every rewrite announces
// 10.9.8.7 port 5000 (IPv6 ::2 for EPRT), and the kinds asked for are collected.
QByteArray run(Stream stream, const QByteArray &input, int chunk, QList<Kind> *kinds = nullptr,
               QList<FtpEndpoint> *announced = nullptr, bool refuse = false) {
    FtpControlParser parser(
        stream, [&](Kind kind, const FtpEndpoint &endpoint) -> std::optional<FtpEndpoint> {
            if (kinds)
                *kinds << kind;
            if (announced)
                *announced << endpoint;
            if (refuse)
                return std::nullopt;
            FtpEndpoint instead;
            instead.address = QHostAddress(kind == Kind::EprtCommand ? QStringLiteral("::2")
                                                                     : QStringLiteral("10.9.8.7"));
            instead.port = 5000;
            return instead;
        });
    QByteArray out;
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        const QByteArray piece = input.mid(i, chunk);
        parser.feed(piece.constData(), size_t(piece.size()), &out);
        if (out.size() >
            (i + piece.size() + FtpControlParser::kMaxLine) * FtpControlParser::kMaxGrowth)
            return QByteArrayLiteral("GROWTH BOUND EXCEEDED");
    }
    parser.finish(&out);
    return out;
}

} // namespace

class TestFtpControlParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rewrites_data();
    void rewrites();
    void announcedEndpoints();
    void multiLineReplyIsNotRewritten();
    void refusedRewrite();
    void longLinePassesUnchanged();
    void garbagePassesUnchanged();
};

void TestFtpControlParser::rewrites_data() {
    QTest::addColumn<int>("stream");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("rewrites");
    const int replies = int(Stream::Replies);
    const int commands = int(Stream::Commands);
    QTest::newRow("pasv") << replies
                          << QByteArray("227 Entering Passive Mode (192,168,1,2,19,137).\r\n")
                          << QByteArray("227 Entering Passive Mode (10,9,8,7,19,136).\r\n") << 1;
    QTest::newRow("pasv without parentheses, LF")
        << replies << QByteArray("227 =192,168,1,2,4,1\n")
        << QByteArray("227 Entering Passive Mode (10,9,8,7,19,136).\n") << 1;
    QTest::newRow("epsv") << replies
                          << QByteArray("229 Entering Extended Passive Mode (|||6446|)\r\n")
                          << QByteArray("229 Entering Extended Passive Mode (|||5000|)\r\n") << 1;
    QTest::newRow("epsv other delimiter")
        << replies << QByteArray("229 ok (!!!21!)\r\n")
        << QByteArray("229 Entering Extended Passive Mode (|||5000|)\r\n") << 1;
    QTest::newRow("other replies untouched")
        << replies << QByteArray("220 hello\r\n230 Login ok (1,2,3,4,5,6)\r\n226 done\r\n")
        << QByteArray("220 hello\r\n230 Login ok (1,2,3,4,5,6)\r\n226 done\r\n") << 0;
    QTest::newRow("several in one read")
        << replies << QByteArray("150 here\r\n226 ok\r\n227 P (1,2,3,4,0,21)\r\n229 E (|||7|)\r\n")
        << QByteArray("150 here\r\n226 ok\r\n227 Entering Passive Mode (10,9,8,7,19,136).\r\n"
                      "229 Entering Extended Passive Mode (|||5000|)\r\n")
        << 2;
    QTest::newRow("port") << commands << QByteArray("PORT 192,168,1,2,7,138\r\n")
                          << QByteArray("PORT 10,9,8,7,19,136\r\n") << 1;
    QTest::newRow("port lower case") << commands << QByteArray("port 192,168,1,2,7,138\r\n")
                                     << QByteArray("PORT 10,9,8,7,19,136\r\n") << 1;
    QTest::newRow("eprt ipv6") << commands << QByteArray("EPRT |2|1080::8:800:200c:417a|5282|\r\n")
                               << QByteArray("EPRT |2|::2|5000|\r\n") << 1;
    QTest::newRow("eprt ipv4 mixed case") << commands << QByteArray("ePrT |1|132.235.1.2|6275|\r\n")
                                          << QByteArray("EPRT |2|::2|5000|\r\n") << 1;
    QTest::newRow("other commands untouched")
        << commands
        << QByteArray("USER a\r\nPORTX 1,2\r\nPASV\r\nEPSV\r\nRETR PORT 1,2,3,4,5,6\r\n")
        << QByteArray("USER a\r\nPORTX 1,2\r\nPASV\r\nEPSV\r\nRETR PORT 1,2,3,4,5,6\r\n") << 0;
    QTest::newRow("malformed port untouched")
        << commands << QByteArray("PORT 1,2,3,4,5\r\nPORT 300,1,1,1,1,1\r\nPORT 1,2,3,4,0,0\r\n")
        << QByteArray("PORT 1,2,3,4,5\r\nPORT 300,1,1,1,1,1\r\nPORT 1,2,3,4,0,0\r\n") << 0;
    QTest::newRow("malformed eprt untouched")
        << commands << QByteArray("EPRT |3|x|1|\r\nEPRT |1|::1|5|\r\nEPRT |2|::1|0|\r\n")
        << QByteArray("EPRT |3|x|1|\r\nEPRT |1|::1|5|\r\nEPRT |2|::1|0|\r\n") << 0;
}

void TestFtpControlParser::rewrites() {
    QFETCH(int, stream);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(int, rewrites);
    // Whole, in 1-byte writes, and in odd pieces: the same result.
    for (int chunk : {int(input.size()), 1, 2, 3, 7}) {
        QList<Kind> kinds;
        QCOMPARE(run(Stream(stream), input, chunk, &kinds), expected);
        QCOMPARE(kinds.size(), rewrites);
    }
}

void TestFtpControlParser::announcedEndpoints() {
    QList<FtpEndpoint> seen;
    QList<Kind> kinds;
    run(Stream::Replies, "227 P (192,168,1,2,19,137)\r\n229 E (|||6446|)\r\n", 1, &kinds, &seen);
    QCOMPARE(kinds, (QList<Kind>{Kind::PasvReply, Kind::EpsvReply}));
    QCOMPARE(seen.at(0).address, QHostAddress(QStringLiteral("192.168.1.2")));
    QCOMPARE(seen.at(0).port, quint16(19 * 256 + 137));
    QVERIFY(seen.at(1).address.isNull());
    QCOMPARE(seen.at(1).port, quint16(6446));
    seen.clear();
    kinds.clear();
    run(Stream::Commands, "PORT 10,0,0,1,1,2\r\nEPRT |2|fe80::1|7|\r\n", 2, &kinds, &seen);
    QCOMPARE(kinds, (QList<Kind>{Kind::PortCommand, Kind::EprtCommand}));
    QCOMPARE(seen.at(0).address, QHostAddress(QStringLiteral("10.0.0.1")));
    QCOMPARE(seen.at(0).port, quint16(258));
    QCOMPARE(seen.at(1).address, QHostAddress(QStringLiteral("fe80::1")));
    QCOMPARE(seen.at(1).port, quint16(7));
}

void TestFtpControlParser::multiLineReplyIsNotRewritten() {
    // Inside a multi-line reply a line starting with "227 " is text, not a reply.
    const QByteArray input = "211-Features:\r\n227 (1,2,3,4,5,6)\r\n EPSV\r\n211 End\r\n"
                             "227 P (1,2,3,4,5,6)\r\n";
    for (int chunk : {1, 5, int(input.size())}) {
        QList<Kind> kinds;
        const QByteArray out = run(Stream::Replies, input, chunk, &kinds);
        QCOMPARE(kinds.size(), 1);
        QVERIFY(out.startsWith("211-Features:\r\n227 (1,2,3,4,5,6)\r\n EPSV\r\n211 End\r\n227 "
                               "Entering Passive Mode (10,9,8,7,19,136).\r\n"));
    }
}

void TestFtpControlParser::refusedRewrite() {
    // No listener possible: a passive reply becomes an error the client understands, a command
    // passes unchanged.
    QCOMPARE(run(Stream::Replies, "227 P (1,2,3,4,5,6)\r\n", 1, nullptr, nullptr, true),
             QByteArray("425 Cannot open data connection\r\n"));
    QCOMPARE(run(Stream::Commands, "PORT 1,2,3,4,5,6\r\n", 1, nullptr, nullptr, true),
             QByteArray("PORT 1,2,3,4,5,6\r\n"));
}

void TestFtpControlParser::longLinePassesUnchanged() {
    const QByteArray input = "227 " + QByteArray(2000, '9') + "\r\n227 P (1,2,3,4,5,6)\r\n";
    QList<Kind> kinds;
    const QByteArray out = run(Stream::Replies, input, 100, &kinds);
    QVERIFY(out.startsWith("227 " + QByteArray(2000, '9') + "\r\n227 Entering"));
    QCOMPARE(kinds.size(), 1);
}

void TestFtpControlParser::garbagePassesUnchanged() {
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage += char((i * 7919) % 251);
    for (Stream stream : {Stream::Commands, Stream::Replies}) {
        const QByteArray out = run(stream, garbage, 13);
        // Byte-exact unless a line happened to be a valid address line (it cannot be here).
        QCOMPARE(out, garbage);
    }
    // Without a line end the held start of a line comes out when the stream ends.
    QCOMPARE(run(Stream::Commands, "POR", 1), QByteArray("POR"));
    QCOMPARE(run(Stream::Replies, "22", 1), QByteArray("22"));
}

QTEST_GUILESS_MAIN(TestFtpControlParser)
#include "tst_ftpcontrolparser.moc"
