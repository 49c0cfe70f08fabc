#include "Rule.h"

#include <QMutex>
#include <QMutexLocker>

#include <netdb.h>

QString protocolName(Protocol p) {
    return p == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}

std::optional<int> Rule::timeoutSeconds() const {
    const QString text = option(QStringLiteral("timeout"));
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

QString Rule::sourceAddress() const {
    return option(QStringLiteral("src"));
}

bool Rule::forwardsToOriginalDestination() const {
    return connectHost == QLatin1String(kOriginal) && connectPort == QLatin1String(kOriginal);
}

QString Rule::translateMode() const {
    const QString mode = option(QStringLiteral("translate"));
    return mode.isEmpty() ? QStringLiteral("none") : mode;
}

QString Rule::option(const QString &optionName) const {
    // The last occurrence wins, as in rinetd where each option overwrites the previous one.
    for (auto it = options.crbegin(); it != options.crend(); ++it) {
        if (it->name == optionName)
            return it->value;
    }
    return QString();
}

void Rule::setOption(const QString &optionName, const QString &value) {
    bool replaced = false;
    for (int i = options.size() - 1; i >= 0; --i) {
        if (options.at(i).name != optionName)
            continue;
        if (value.isEmpty() || replaced) {
            options.removeAt(i);
        } else {
            options[i].value = value;
            replaced = true;
        }
    }
    if (!replaced && !value.isEmpty())
        options.append(RuleOption{optionName, value});
}

std::optional<quint16> Rule::resolvedBindPort() const {
    return resolvePort(bindPort, bindProtocol);
}

std::optional<quint16> Rule::resolvedConnectPort() const {
    return resolvePort(connectPort, connectProtocol);
}

bool Rule::sameForwarding(const Rule &o) const {
    // Only what identifies the listening socket and the target; ACLs, options, names and
    // comments can change on a running rule without reopening its socket.
    return bindProtocol == o.bindProtocol && connectProtocol == o.connectProtocol &&
           bindHost.compare(o.bindHost, Qt::CaseInsensitive) == 0 &&
           connectHost.compare(o.connectHost, Qt::CaseInsensitive) == 0 &&
           resolvedBindPort() == o.resolvedBindPort() &&
           resolvedConnectPort() == o.resolvedConnectPort() &&
           (resolvedBindPort() || bindPort == o.bindPort) &&
           (resolvedConnectPort() || connectPort == o.connectPort);
}

bool Rule::timeoutIsDefault() const {
    const QString text = option(QStringLiteral("timeout")).trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    return text.toUInt(&ok) == 0 && ok;
}

void Rule::setTimeoutSeconds(int seconds) {
    const bool same = seconds <= 0 ? timeoutIsDefault() : timeoutSeconds() == seconds;
    if (!same)
        setOption(QStringLiteral("timeout"), seconds > 0 ? QString::number(seconds) : QString());
}

void Rule::setProtocol(Protocol protocol) {
    if (protocol == bindProtocol && protocol == connectProtocol)
        return;
    bindProtocol = protocol;
    connectProtocol = protocol;
    bindProtocolExplicit = protocol == Protocol::Udp || bindProtocolExplicit;
    connectProtocolExplicit = protocol == Protocol::Udp || connectProtocolExplicit;
}

bool Rule::operator==(const Rule &o) const {
    return id == o.id && enabled == o.enabled && name == o.name && bindProtocol == o.bindProtocol &&
           connectProtocol == o.connectProtocol && bindProtocolExplicit == o.bindProtocolExplicit &&
           connectProtocolExplicit == o.connectProtocolExplicit && bindHost == o.bindHost &&
           bindPort == o.bindPort && connectHost == o.connectHost && connectPort == o.connectPort &&
           acl == o.acl && options == o.options && notes == o.notes;
}

std::optional<quint16> resolvePort(const QString &text, Protocol protocol) {
    if (text.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127) {
            allDigits = false;
            break;
        }
    }
    if (allDigits) {
        bool ok = false;
        const qulonglong value = text.toULongLong(&ok);
        if (!ok || value < 1 || value > 65535)
            return std::nullopt;
        return static_cast<quint16>(value);
    }
    // getservbyname() returns a pointer to static storage, so lookups are serialised.
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    const QByteArray name = text.toLatin1();
    const QByteArray proto = protocolName(protocol).toLatin1();
    const servent *entry = ::getservbyname(name.constData(), proto.constData());
    if (!entry)
        return std::nullopt;
    const int port = ntohs(static_cast<uint16_t>(entry->s_port));
    if (port < 1 || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}
