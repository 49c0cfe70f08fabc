#include "ProxyHeader.h"

#include <QtTest>

namespace {
QByteArray v2Signature() {
    return QByteArray("\r\n\r\n\0\r\nQUIT\n", 12);
}
QByteArray v2(quint8 versionCommand, quint8 familyProtocol, const QByteArray &block) {
    QByteArray out = v2Signature();
    out.append(char(versionCommand));
    out.append(char(familyProtocol));
    out.append(char(block.size() >> 8));
    out.append(char(block.size() & 0xff));
    return out + block;
}
} // namespace

class tst_ProxyHeader : public QObject {
    Q_OBJECT

private slots:
    void buildV1() {
        QCOMPARE(ProxyHeader::build(ProxyHeader::Version::V1, QHostAddress("192.168.0.1"), 56324,
                                    QHostAddress("192.168.0.11"), 443),
                 QByteArray("PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\r\n"));
        QCOMPARE(ProxyHeader::build(ProxyHeader::Version::V1, QHostAddress("2001:db8::1"), 1,
                                    QHostAddress("::1"), 2),
                 QByteArray("PROXY TCP6 2001:db8::1 ::1 1 2\r\n"));
        // Mapped addresses are the IPv4 clients of a dual-stack socket.
        QCOMPARE(ProxyHeader::build(ProxyHeader::Version::V1, QHostAddress("::ffff:10.0.0.1"), 5,
                                    QHostAddress("::ffff:10.0.0.2"), 6),
                 QByteArray("PROXY TCP4 10.0.0.1 10.0.0.2 5 6\r\n"));
    }

    void buildV2() {
        const QByteArray header =
            ProxyHeader::build(ProxyHeader::Version::V2, QHostAddress("172.19.0.1"), 42578,
                               QHostAddress("172.19.0.3"), 80);
        QCOMPARE(header.toHex(), QByteArray("0d0a0d0a000d0a515549540a" // signature
                                            "2111000c"                 // PROXY, TCP4, 12 bytes
                                            "ac130001ac130003a6520050"));
        const QByteArray six =
            ProxyHeader::build(ProxyHeader::Version::V2, QHostAddress("2001:db8::1"), 1,
                               QHostAddress("2001:db8::2"), 2);
        QCOMPARE(six.size(), 16 + 36);
        QCOMPARE(quint8(six.at(13)), quint8(0x21));
        QCOMPARE(six.mid(14, 2), QByteArray("\x00\x24", 2));
    }

    void roundTrip_data() {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination");
        for (int v : {1, 2}) {
            QTest::addRow("v%d ipv4", v) << v << "10.1.2.3"
                                         << "10.9.8.7";
            QTest::addRow("v%d ipv6", v) << v << "2001:db8::abcd"
                                         << "fe80::1";
            QTest::addRow("v%d max", v) << v << "255.255.255.255"
                                        << "0.0.0.0";
        }
    }
    void roundTrip() {
        QFETCH(int, version);
        QFETCH(QString, source);
        QFETCH(QString, destination);
        const QByteArray header =
            ProxyHeader::build(ProxyHeader::Version(version), QHostAddress(source), 65535,
                               QHostAddress(destination), 0);
        const QByteArray stream = header + "payload";
        ProxyHeader parser;
        QCOMPARE(parser.parse(stream), ProxyHeader::Status::Complete);
        QCOMPARE(parser.headerLength(), header.size());
        QCOMPARE(int(parser.version()), version);
        QVERIFY(!parser.isLocal());
        QCOMPARE(parser.source(), QHostAddress(source));
        QCOMPARE(parser.destination(), QHostAddress(destination));
        QCOMPARE(parser.sourcePort(), quint16(65535));
        QCOMPARE(parser.destinationPort(), quint16(0));
        // Every proper prefix asks for more, never completes or fails.
        for (int n = 0; n < header.size(); ++n) {
            QCOMPARE(parser.parse(header.constData(), size_t(n)), ProxyHeader::Status::NeedMore);
            QVERIFY(parser.bytesWanted() > n);
        }
    }

    void invalid_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("why");
        QTest::newRow("garbage") << QByteArray("GET / HTTP/1.1\r\n") << "no PROXY";
        QTest::newRow("lowercase")
            << QByteArray("proxy TCP4 1.1.1.1 2.2.2.2 1 2\r\n") << "no PROXY";
        QTest::newRow("lf only") << QByteArray("PROXY TCP4 1.1.1.1 2.2.2.2 1 2\n") << "LF";
        QTest::newRow("cr only") << QByteArray("PROXY TCP4 1.1.1.1 2.2.2.2 1 2\rX") << "CR";
        QTest::newRow("two spaces")
            << QByteArray("PROXY TCP4  1.1.1.1 2.2.2.2 1 2\r\n") << "6 fields";
        QTest::newRow("leading zero octet")
            << QByteArray("PROXY TCP4 01.1.1.1 2.2.2.2 1 2\r\n") << "canonical";
        QTest::newRow("octet 256")
            << QByteArray("PROXY TCP4 256.1.1.1 2.2.2.2 1 2\r\n") << "canonical";
        QTest::newRow("v6 in TCP4") << QByteArray("PROXY TCP4 ::1 ::1 1 2\r\n") << "canonical";
        QTest::newRow("v4 in TCP6") << QByteArray("PROXY TCP6 1.1.1.1 2.2.2.2 1 2\r\n") << "IPv6";
        QTest::newRow("port leading zero")
            << QByteArray("PROXY TCP4 1.1.1.1 2.2.2.2 01 2\r\n") << "ports";
        QTest::newRow("port 65536")
            << QByteArray("PROXY TCP4 1.1.1.1 2.2.2.2 1 65536\r\n") << "ports";
        QTest::newRow("udp4") << QByteArray("PROXY UDP4 1.1.1.1 2.2.2.2 1 2\r\n") << "TCP4";
        QTest::newRow("no crlf in 107")
            << QByteArray("PROXY UNKNOWN ") + QByteArray(100, 'f') << "107";
        QTest::newRow("control byte")
            << QByteArray("PROXY TCP4 1.1.1.1\t2.2.2.2 1 2\r\n") << "printable";
        QTest::newRow("v2 version 1") << v2(0x11, 0x11, QByteArray(12, 0)) << "version";
        QTest::newRow("v2 command 2") << v2(0x22, 0x11, QByteArray(12, 0)) << "command";
        QTest::newRow("v2 family 4") << v2(0x21, 0x41, QByteArray(12, 0)) << "family";
        QTest::newRow("v2 protocol 3") << v2(0x21, 0x13, QByteArray(12, 0)) << "family";
        QTest::newRow("v2 short ipv4") << v2(0x21, 0x11, QByteArray(11, 0)) << "not 12";
        QTest::newRow("v2 short ipv6") << v2(0x21, 0x21, QByteArray(12, 0)) << "not 36";
        QTest::newRow("v2 bad signature") << QByteArray("\r\n\r\n\0\r\nQUIX\n", 12) << "no PROXY";
    }
    void invalid() {
        QFETCH(QByteArray, input);
        QFETCH(QString, why);
        ProxyHeader parser;
        QCOMPARE(parser.parse(input), ProxyHeader::Status::Invalid);
        QVERIFY2(parser.error().contains(why), qPrintable(parser.error()));
    }

    void v1Unknown() {
        ProxyHeader parser;
        QCOMPARE(parser.parse(QByteArray("PROXY UNKNOWN\r\nrest")), ProxyHeader::Status::Complete);
        QVERIFY(parser.isLocal());
        QCOMPARE(parser.headerLength(), 15);
        const QByteArray longest = "PROXY UNKNOWN ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff "
                                   "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff 65535 65535\r\n";
        QCOMPARE(longest.size(), 107);
        QCOMPARE(parser.parse(longest), ProxyHeader::Status::Complete);
    }

    void v2LocalAndTlvs() {
        ProxyHeader parser;
        // LOCAL with a family and addresses: all ignored, the length still counts.
        QCOMPARE(parser.parse(v2(0x20, 0x11, QByteArray(12, 1)) + "x"),
                 ProxyHeader::Status::Complete);
        QVERIFY(parser.isLocal());
        QCOMPARE(parser.headerLength(), 28);
        // PROXY over IPv4 followed by TLVs: the TLVs are skipped.
        QByteArray block = QByteArray::fromHex("0a0000010a000002 1f90 0050");
        block += QByteArray::fromHex("0200 03 616263"); // PP2_TYPE_AUTHORITY "abc"
        QCOMPARE(parser.parse(v2(0x21, 0x11, block) + "payload"), ProxyHeader::Status::Complete);
        QCOMPARE(parser.headerLength(), 16 + block.size());
        QCOMPARE(parser.source(), QHostAddress("10.0.0.1"));
        QCOMPARE(parser.sourcePort(), quint16(8080));
        QCOMPARE(parser.destinationPort(), quint16(80));
        // UNSPEC: the connection's own addresses stand.
        QCOMPARE(parser.parse(v2(0x21, 0x00, QByteArray())), ProxyHeader::Status::Complete);
        QVERIFY(parser.isLocal());
    }

    void acceptedVersions() {
        const QByteArray one = "PROXY TCP4 1.1.1.1 2.2.2.2 1 2\r\n";
        const QByteArray two = ProxyHeader::build(ProxyHeader::Version::V2, QHostAddress("1.1.1.1"),
                                                  1, QHostAddress("2.2.2.2"), 2);
        QCOMPARE(ProxyHeader(ProxyHeader::Accepted::V1).parse(two), ProxyHeader::Status::Invalid);
        QCOMPARE(ProxyHeader(ProxyHeader::Accepted::V2).parse(one), ProxyHeader::Status::Invalid);
        QCOMPARE(ProxyHeader(ProxyHeader::Accepted::V1).parse(one), ProxyHeader::Status::Complete);
        QCOMPARE(ProxyHeader(ProxyHeader::Accepted::V2).parse(two), ProxyHeader::Status::Complete);
    }

    void v2AnnouncesItsLength() {
        ProxyHeader parser;
        const QByteArray start = v2(0x21, 0x11, QByteArray(300, 0)).left(16);
        QCOMPARE(parser.parse(start), ProxyHeader::Status::NeedMore);
        QCOMPARE(parser.bytesWanted(), 316);
    }
};

QTEST_GUILESS_MAIN(tst_ProxyHeader)
#include "tst_proxyheader.moc"
