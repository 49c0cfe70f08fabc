#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <cstddef>

// HAProxy's PROXY protocol (doc/proxy-protocol.txt): the header a proxy puts before the first
// byte of a relayed TCP stream to tell the receiver the original client's address.
//
// build() makes a header (v1 text line or v2 binary block). parse() reads one from the bytes a
// connection has received so far, as the spec demands: v1 is "PROXY TCP4|TCP6|UNKNOWN ..." ended
// by CRLF within 107 bytes, canonical addresses and ports without leading zeros; v2 is the
// 12-byte signature, version 2, command LOCAL or PROXY, a known family and protocol, and the
// length that says where the header ends (TLVs in it are skipped). parse() is pure: it looks
// at the whole buffer each time, so the caller may peek at the socket (MSG_PEEK) until the
// header is complete and then consume exactly headerLength() bytes.
class ProxyHeader {
public:
    enum class Version { V1 = 1, V2 = 2 };
    enum class Accepted { V1, V2, Any };
    enum class Status { NeedMore, Complete, Invalid };

    // The longest header: a v2 block with 65535 bytes of addresses and TLVs.
    static constexpr int kMaxLength = 16 + 65535;
    static constexpr int kMaxV1Length = 107;

    // A header for a TCP connection from source to destination. IPv4-mapped IPv6 addresses
    // count as IPv4; when one side is IPv4 and the other IPv6, the IPv4 one is written mapped.
    static QByteArray build(Version version, const QHostAddress &source, quint16 sourcePort,
                            const QHostAddress &destination, quint16 destinationPort);

    explicit ProxyHeader(Accepted accepted = Accepted::Any);

    Status parse(const char *data, size_t size);
    Status parse(const QByteArray &data) { return parse(data.constData(), size_t(data.size())); }

    // After Complete:
    Version version() const { return m_version; }
    int headerLength() const { return m_length; }
    // LOCAL (v2), UNKNOWN (v1) or an address family without addresses to use: the connection's
    // own endpoints stand, as the spec says.
    bool isLocal() const { return m_local; }
    const QHostAddress &source() const { return m_source; }
    quint16 sourcePort() const { return m_sourcePort; }
    const QHostAddress &destination() const { return m_destination; }
    quint16 destinationPort() const { return m_destinationPort; }
    // While NeedMore: how many bytes from the start are needed at least (a v2 header's length
    // is known after its first 16 bytes).
    int bytesWanted() const { return m_wanted; }
    // After Invalid: why, for the log (no bytes of the input quoted unescaped).
    const QString &error() const { return m_error; }

private:
    Status parseV1(const char *data, size_t size);
    Status parseV2(const char *data, size_t size);
    Status fail(const QString &why);

    Accepted m_accepted;
    Version m_version = Version::V1;
    int m_length = 0;
    int m_wanted = 0;
    bool m_local = false;
    QHostAddress m_source;
    QHostAddress m_destination;
    quint16 m_sourcePort = 0;
    quint16 m_destinationPort = 0;
    QString m_error;
};
