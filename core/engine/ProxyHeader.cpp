#include "ProxyHeader.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cstring>

namespace {

struct ProxyHeaderText {
    Q_DECLARE_TR_FUNCTIONS(ProxyHeader)
};

constexpr char kV2Signature[12] = {'\r', '\n', '\r', '\n', '\0', '\r',
                                   '\n', 'Q',  'U',  'I',  'T',  '\n'};
constexpr char kV1Prefix[] = "PROXY ";
constexpr size_t kV1PrefixLength = 6;

// The address as the header carries it: IPv4 for mapped addresses.
QHostAddress plain(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    QHostAddress copy(address);
    copy.setScopeId(QString());
    return copy;
}

QHostAddress mapped(const QHostAddress &v4) {
    return QHostAddress(QStringLiteral("::ffff:") + v4.toString());
}

void appendBigEndian16(QByteArray *out, quint16 value) {
    out->append(char(value >> 8));
    out->append(char(value & 0xff));
}

// v1 numbers: decimal, no leading zero (except "0" itself), at most max.
bool parseDecimal(const QByteArray &text, int max, int *value) {
    if (text.isEmpty() || text.size() > 5 || (text.size() > 1 && text.at(0) == '0'))
        return false;
    int v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    if (v > max)
        return false;
    *value = v;
    return true;
}

bool parseIpv4(const QByteArray &text, QHostAddress *out) {
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 4)
        return false;
    quint32 value = 0;
    for (const QByteArray &part : parts) {
        int octet = 0;
        if (part.size() > 3 || !parseDecimal(part, 255, &octet))
            return false;
        value = (value << 8) | quint32(octet);
    }
    *out = QHostAddress(value);
    return true;
}

bool parseIpv6(const QByteArray &text, QHostAddress *out) {
    // Hex groups and colons only: inet_pton would also take a dotted IPv4 tail.
    if (text.isEmpty() || text.size() > 39)
        return false;
    for (const char c : text) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && c != ':')
            return false;
    }
    in6_addr address;
    if (::inet_pton(AF_INET6, text.constData(), &address) != 1)
        return false;
    *out = QHostAddress(reinterpret_cast<const quint8 *>(&address));
    return true;
}

} // namespace

QByteArray ProxyHeader::build(Version version, const QHostAddress &source, quint16 sourcePort,
                              const QHostAddress &destination, quint16 destinationPort) {
    QHostAddress src = plain(source);
    QHostAddress dst = plain(destination);
    if (src.protocol() != dst.protocol()) {
        if (src.protocol() == QAbstractSocket::IPv4Protocol)
            src = mapped(src);
        else
            dst = mapped(dst);
    }
    const bool ipv4 = src.protocol() == QAbstractSocket::IPv4Protocol;
    if (version == Version::V1) {
        return QStringLiteral("PROXY %1 %2 %3 %4 %5\r\n")
            .arg(ipv4 ? QStringLiteral("TCP4") : QStringLiteral("TCP6"), src.toString(),
                 dst.toString())
            .arg(sourcePort)
            .arg(destinationPort)
            .toLatin1();
    }
    QByteArray out(kV2Signature, sizeof kV2Signature);
    out.append(char(0x21));               // version 2, command PROXY
    out.append(char(ipv4 ? 0x11 : 0x21)); // TCP over IPv4 / IPv6
    appendBigEndian16(&out, ipv4 ? 12 : 36);
    if (ipv4) {
        const quint32 s = src.toIPv4Address();
        const quint32 d = dst.toIPv4Address();
        for (const quint32 a : {s, d}) {
            for (int shift = 24; shift >= 0; shift -= 8)
                out.append(char((a >> shift) & 0xff));
        }
    } else {
        const Q_IPV6ADDR s = src.toIPv6Address();
        const Q_IPV6ADDR d = dst.toIPv6Address();
        out.append(reinterpret_cast<const char *>(s.c), 16);
        out.append(reinterpret_cast<const char *>(d.c), 16);
    }
    appendBigEndian16(&out, sourcePort);
    appendBigEndian16(&out, destinationPort);
    return out;
}

ProxyHeader::ProxyHeader(Accepted accepted)
    : m_accepted(accepted) {}

ProxyHeader::Status ProxyHeader::fail(const QString &why) {
    m_error = why;
    return Status::Invalid;
}

ProxyHeader::Status ProxyHeader::parse(const char *data, size_t size) {
    m_error.clear();
    m_local = false;
    m_length = 0;
    m_wanted = 1;
    m_source = m_destination = QHostAddress();
    m_sourcePort = m_destinationPort = 0;
    if (size == 0)
        return Status::NeedMore;
    if (data[0] == kV2Signature[0]) {
        if (m_accepted == Accepted::V1)
            return fail(ProxyHeaderText::tr("a PROXY v2 header where only v1 is accepted"));
        return parseV2(data, size);
    }
    if (data[0] == kV1Prefix[0]) {
        if (m_accepted == Accepted::V2)
            return fail(ProxyHeaderText::tr("a PROXY v1 header where only v2 is accepted"));
        return parseV1(data, size);
    }
    return fail(ProxyHeaderText::tr("no PROXY protocol header"));
}

ProxyHeader::Status ProxyHeader::parseV1(const char *data, size_t size) {
    m_version = Version::V1;
    const size_t prefix = qMin(size, kV1PrefixLength);
    if (std::memcmp(data, kV1Prefix, prefix) != 0)
        return fail(ProxyHeaderText::tr("no PROXY protocol header"));
    // The CRLF must come within the first 107 bytes; a lone CR or LF ends nothing.
    const size_t limit = qMin(size, size_t(kMaxV1Length));
    size_t end = 0;
    bool found = false;
    for (size_t i = 0; i < limit; ++i) {
        const char c = data[i];
        if (c == '\n')
            return fail(ProxyHeaderText::tr("PROXY v1 line ends with LF without CR"));
        if (c == '\r') {
            if (i + 1 >= size) {
                m_wanted = int(i + 2);
                return Status::NeedMore;
            }
            if (data[i + 1] != '\n')
                return fail(ProxyHeaderText::tr("PROXY v1 line has a CR without LF"));
            end = i;
            found = true;
            break;
        }
        if (c < 0x20 || c > 0x7e)
            return fail(ProxyHeaderText::tr("PROXY v1 line has a byte 0x%1 that is not printable")
                            .arg(quint8(c), 2, 16, QLatin1Char('0')));
    }
    if (!found) {
        if (size >= size_t(kMaxV1Length))
            return fail(ProxyHeaderText::tr("PROXY v1 line has no CRLF within 107 bytes"));
        m_wanted = int(size + 1);
        return Status::NeedMore;
    }
    m_length = int(end + 2);
    const QByteArray line(data, int(end));
    const QList<QByteArray> fields = line.split(' ');
    if (fields.size() >= 2 && fields.at(1) == "UNKNOWN") {
        m_local = true; // anything up to the CRLF is ignored, as the spec says
        return Status::Complete;
    }
    if (fields.size() != 6)
        return fail(ProxyHeaderText::tr("PROXY v1 line must have 6 fields separated by single "
                                        "spaces, not %1")
                        .arg(fields.size()));
    const bool ipv4 = fields.at(1) == "TCP4";
    if (!ipv4 && fields.at(1) != "TCP6")
        return fail(ProxyHeaderText::tr("PROXY v1 protocol must be TCP4, TCP6 or UNKNOWN"));
    const bool addressesOk =
        ipv4 ? parseIpv4(fields.at(2), &m_source) && parseIpv4(fields.at(3), &m_destination)
             : parseIpv6(fields.at(2), &m_source) && parseIpv6(fields.at(3), &m_destination);
    if (!addressesOk)
        return fail(ipv4 ? ProxyHeaderText::tr("PROXY v1 addresses are not canonical IPv4")
                         : ProxyHeaderText::tr("PROXY v1 addresses are not IPv6"));
    int sourcePort = 0;
    int destinationPort = 0;
    if (!parseDecimal(fields.at(4), 65535, &sourcePort) ||
        !parseDecimal(fields.at(5), 65535, &destinationPort))
        return fail(ProxyHeaderText::tr("PROXY v1 ports must be 0..65535 without leading zeros"));
    m_sourcePort = quint16(sourcePort);
    m_destinationPort = quint16(destinationPort);
    return Status::Complete;
}

ProxyHeader::Status ProxyHeader::parseV2(const char *data, size_t size) {
    m_version = Version::V2;
    const size_t signature = qMin(size, sizeof kV2Signature);
    if (std::memcmp(data, kV2Signature, signature) != 0)
        return fail(ProxyHeaderText::tr("no PROXY protocol header"));
    if (size < 16) {
        m_wanted = 16;
        return Status::NeedMore;
    }
    const auto versionCommand = quint8(data[12]);
    const auto familyProtocol = quint8(data[13]);
    const int length = (quint8(data[14]) << 8) | quint8(data[15]);
    if ((versionCommand >> 4) != 2)
        return fail(ProxyHeaderText::tr("PROXY v2 header has version %1").arg(versionCommand >> 4));
    const int command = versionCommand & 0x0f;
    if (command > 1)
        return fail(ProxyHeaderText::tr("PROXY v2 header has unknown command %1").arg(command));
    const int family = familyProtocol >> 4;
    const int protocol = familyProtocol & 0x0f;
    if (family > 3 || protocol > 2)
        return fail(ProxyHeaderText::tr("PROXY v2 header has unknown family/protocol 0x%1")
                        .arg(familyProtocol, 2, 16, QLatin1Char('0')));
    const int total = 16 + length;
    if (size < size_t(total)) {
        m_wanted = total;
        return Status::NeedMore;
    }
    m_length = total;
    if (command == 0) {
        m_local = true; // LOCAL: the family and any addresses are ignored
        return Status::Complete;
    }
    const unsigned char *block = reinterpret_cast<const unsigned char *>(data) + 16;
    if (family == 1) {
        if (length < 12)
            return fail(ProxyHeaderText::tr("PROXY v2 IPv4 block is %1 bytes, not 12").arg(length));
        auto v4 = [block](int at) {
            return (quint32(block[at]) << 24) | (quint32(block[at + 1]) << 16) |
                   (quint32(block[at + 2]) << 8) | quint32(block[at + 3]);
        };
        m_source = QHostAddress(v4(0));
        m_destination = QHostAddress(v4(4));
        m_sourcePort = quint16((block[8] << 8) | block[9]);
        m_destinationPort = quint16((block[10] << 8) | block[11]);
    } else if (family == 2) {
        if (length < 36)
            return fail(ProxyHeaderText::tr("PROXY v2 IPv6 block is %1 bytes, not 36").arg(length));
        m_source = QHostAddress(block);
        m_destination = QHostAddress(block + 16);
        m_sourcePort = quint16((block[32] << 8) | block[33]);
        m_destinationPort = quint16((block[34] << 8) | block[35]);
    } else if (family == 3 && length < 216) {
        return fail(ProxyHeaderText::tr("PROXY v2 UNIX block is %1 bytes, not 216").arg(length));
    }
    // UNSPEC family or protocol, and UNIX addresses: nothing a TCP relay can use as a client
    // address, so the connection's own endpoints stand.
    if (family == 0 || family == 3 || protocol == 0) {
        m_local = true;
        m_source = m_destination = QHostAddress();
        m_sourcePort = m_destinationPort = 0;
    }
    return Status::Complete;
}
