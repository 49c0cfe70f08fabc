#include "PortRange.h"

#include <QCoreApplication>

namespace {

// A context lupdate can see: a bare tr() in a free function has none.
struct PortRangeText {
    Q_DECLARE_TR_FUNCTIONS(PortRange)
};

bool isDigits(const QString &s) {
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

std::optional<quint16> portNumber(const QString &text) {
    if (!isDigits(text) || text.size() > 5)
        return std::nullopt;
    const int value = text.toInt();
    if (value < 1 || value > 65535)
        return std::nullopt;
    return static_cast<quint16>(value);
}

} // namespace

bool PortRange::looksLikeRange(const QString &text) {
    const int dash = int(text.indexOf(QLatin1Char('-')));
    return dash > 0 && isDigits(text.left(dash)) && isDigits(text.mid(dash + 1));
}

std::optional<PortRange> PortRange::parse(const QString &text, Protocol protocol, QString *error,
                                          int *errorOffset) {
    auto fail = [&](int offset, const QString &why) -> std::optional<PortRange> {
        if (error)
            *error = why;
        if (errorOffset)
            *errorOffset = offset;
        return std::nullopt;
    };
    if (!looksLikeRange(text)) {
        const std::optional<quint16> port = resolvePort(text, protocol);
        if (!port)
            return fail(0, PortRangeText::tr("'%1' is not a port in 1..65535 or a known %2 "
                                             "service name")
                               .arg(text, protocolName(protocol)));
        return PortRange{*port, *port};
    }
    const int dash = int(text.indexOf(QLatin1Char('-')));
    const QString low = text.left(dash);
    const QString high = text.mid(dash + 1);
    const std::optional<quint16> first = portNumber(low);
    if (!first)
        return fail(0, PortRangeText::tr("port %1 is outside 1..65535").arg(low));
    const std::optional<quint16> last = portNumber(high);
    if (!last)
        return fail(dash + 1, PortRangeText::tr("port %1 is outside 1..65535").arg(high));
    if (*last < *first)
        return fail(
            dash + 1,
            PortRangeText::tr("range %1 is reversed: its end is below its start").arg(text));
    return PortRange{*first, *last};
}

QVector<QPair<quint16, quint16>> forwardedPorts(const Rule &rule, QString *error) {
    QVector<QPair<quint16, quint16>> ports;
    const std::optional<PortRange> bind = PortRange::parse(rule.bindPort, rule.bindProtocol, error);
    if (!bind)
        return ports;
    const std::optional<PortRange> connect =
        PortRange::parse(rule.connectPort, rule.connectProtocol, error);
    if (!connect)
        return ports;
    if (connect->isRange() && connect->count() != bind->count()) {
        if (error)
            *error = PortRangeText::tr("the connect range %1 has %n port(s), the bind range %2 "
                                       "has %3; give ranges of the same length or one connect "
                                       "port",
                                       nullptr, connect->count())
                         .arg(rule.connectPort, rule.bindPort)
                         .arg(bind->count());
        return ports;
    }
    ports.reserve(bind->count());
    for (int i = 0; i < bind->count(); ++i) {
        const auto from = static_cast<quint16>(bind->first + i);
        const auto to =
            connect->isRange() ? static_cast<quint16>(connect->first + i) : connect->first;
        ports.append(qMakePair(from, to));
    }
    return ports;
}
