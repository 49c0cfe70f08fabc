// libFuzzer target: ACL patterns (globs and CIDR) and access-list evaluation. The input is split
// at newlines: the first line is a pattern, the others are client addresses (text, or 4/16 raw
// bytes when a line does not parse). Checks that parsing and matching never misbehave and that a
// valid pattern matches what it spells: a CIDR its own network address, a literal address (in
// any spelling that is not ambiguous) that address, also in its IPv4 or IPv4-mapped form.
#include "AccessList.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

[[noreturn]] void fail(const char *what, const QString &pattern) {
    std::fprintf(stderr, "fuzz_aclpattern: %s: pattern '%s'\n", what,
                 pattern.toUtf8().toPercentEncoding(" /:.*?").constData());
    std::abort();
}

QList<QHostAddress> addressesFrom(const QList<QByteArray> &lines) {
    QList<QHostAddress> out;
    for (const QByteArray &line : lines) {
        QHostAddress address(QString::fromUtf8(line));
        if (address.isNull() && line.size() == 4) {
            quint32 v4 = 0;
            std::memcpy(&v4, line.constData(), 4);
            address = QHostAddress(v4);
        } else if (address.isNull() && line.size() == 16) {
            address = QHostAddress(reinterpret_cast<const quint8 *>(line.constData()));
        }
        out << address;
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            out << QHostAddress(QStringLiteral("::ffff:") + address.toString());
    }
    out << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHostIPv6)
        << QHostAddress(QHostAddress::AnyIPv4) << QHostAddress(QHostAddress::AnyIPv6)
        << QHostAddress(QStringLiteral("fe80::1%1"));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> lines = bytes.split('\n');
    const QString text = QString::fromUtf8(lines.takeFirst());
    const QList<QHostAddress> addresses = addressesFrom(lines);

    QString error;
    const std::optional<AclPattern> pattern = AclPattern::parse(text, &error);
    if (!pattern) {
        if (error.isEmpty())
            fail("refused without a reason", text);
    } else {
        if (pattern->text() != text)
            fail("the pattern does not keep its text", text);
        for (const QHostAddress &address : addresses)
            (void)pattern->matches(address);
        if (pattern->isCidr()) {
            const QHostAddress network(text.left(text.indexOf(QLatin1Char('/'))));
            if (!pattern->matches(network))
                fail("a CIDR pattern does not match its own address", text);
        } else if (!text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('?')) &&
                   AclPattern::ambiguityWarning(text).isEmpty()) {
            // However it is spelt, a literal matches its address, and an IPv4 address and its
            // mapped IPv6 form alike.
            const QHostAddress literal(text);
            if (!literal.isNull() && !pattern->matches(literal))
                fail("a literal address does not match itself", text);
            // ::ffff:a.b.c.d only (Qt's toIPv4Address() also converts "::" to 0.0.0.0).
            const Q_IPV6ADDR v6 = literal.toIPv6Address();
            bool isMapped = literal.protocol() == QAbstractSocket::IPv6Protocol && v6[10] == 0xff &&
                            v6[11] == 0xff;
            for (int i = 0; i < 10; ++i)
                isMapped = isMapped && v6[i] == 0;
            if (isMapped && !pattern->matches(QHostAddress(literal.toIPv4Address())))
                fail("a mapped literal does not match its IPv4 address", text);
            if (literal.protocol() == QAbstractSocket::IPv4Protocol &&
                !pattern->matches(QHostAddress(QStringLiteral("::ffff:") + literal.toString())))
                fail("an IPv4 literal does not match its mapped form", text);
        }
    }

    // The same pattern in an access list, as allow and as deny, before a catch-all.
    AccessList list;
    list.entries.append(AclEntry{AclEntry::Kind::Deny, text, {}});
    list.entries.append(AclEntry{AclEntry::Kind::Allow, QStringLiteral("*"), {}});
    for (const QHostAddress &address : addresses) {
        const AccessDecision decision = list.evaluate(address);
        const bool denied = decision.result == AccessDecision::Result::Denied;
        if (pattern && !address.isNull() && denied != pattern->matches(address))
            fail("a matching deny did not refuse, or a refusal without a match", text);
        if (decision.decidingEntry >= list.entries.size())
            fail("the deciding entry is out of range", text);
    }
    return 0;
}
