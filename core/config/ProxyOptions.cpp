#include "ProxyOptions.h"

#include <QCoreApplication>

namespace {

struct ProxyOptionsText {
    Q_DECLARE_TR_FUNCTIONS(ProxyOptions)
};

const QLatin1String kProxy("proxy");
const QLatin1String kAccept("accept-proxy");
const QLatin1String kAcceptFrom("accept-proxy-from");
const QLatin1String kAcceptTimeout("accept-proxy-timeout");

} // namespace

bool ProxyOptions::isProxyOption(const QString &name) {
    return name == kProxy || name == kAccept || name == kAcceptFrom || name == kAcceptTimeout;
}

bool ProxyOptions::checkValue(const QString &name, const QString &value, QString *why) {
    if (name == kProxy) {
        if (value == QLatin1String("v1") || value == QLatin1String("v2"))
            return true;
        *why = ProxyOptionsText::tr("proxy must be v1 or v2, not '%1'").arg(value);
        return false;
    }
    if (name == kAccept) {
        if (value == QLatin1String("v1") || value == QLatin1String("v2") ||
            value == QLatin1String("any"))
            return true;
        *why = ProxyOptionsText::tr("accept-proxy must be v1, v2 or any, not '%1'").arg(value);
        return false;
    }
    if (name == kAcceptFrom) {
        const QStringList patterns = value.split(QLatin1Char(';'));
        for (const QString &pattern : patterns) {
            QString reason;
            if (!AclPattern::parse(pattern, &reason)) {
                *why = ProxyOptionsText::tr("accept-proxy-from: %1").arg(reason);
                return false;
            }
        }
        return true;
    }
    if (name == kAcceptTimeout) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (ok && seconds >= 1 && seconds <= 3600)
            return true;
        *why = ProxyOptionsText::tr("accept-proxy-timeout must be 1..3600 seconds, not '%1'")
                   .arg(value);
        return false;
    }
    return true;
}

ProxyOptions ProxyOptions::of(const Rule &rule) {
    ProxyOptions options;
    QString why;
    const QString send = rule.option(kProxy);
    if (checkValue(kProxy, send, &why))
        options.sendVersion = send == QLatin1String("v1") ? 1 : 2;
    const QString accept = rule.option(kAccept);
    if (!accept.isEmpty() && checkValue(kAccept, accept, &why)) {
        options.accept = true;
        options.acceptedVersions = accept == QLatin1String("v1")   ? Accepted::V1
                                   : accept == QLatin1String("v2") ? Accepted::V2
                                                                   : Accepted::Any;
    }
    const QString from = rule.option(kAcceptFrom);
    if (!from.isEmpty() && checkValue(kAcceptFrom, from, &why))
        options.acceptFrom = from.split(QLatin1Char(';'));
    const QString timeout = rule.option(kAcceptTimeout);
    if (!timeout.isEmpty() && checkValue(kAcceptTimeout, timeout, &why))
        options.headerTimeoutSeconds = timeout.toInt();
    return options;
}

AccessList ProxyOptions::acceptFromList() const {
    AccessList list;
    for (const QString &pattern : acceptFrom)
        list.entries.append(AclEntry{AclEntry::Kind::Allow, pattern, {}});
    return list;
}

QStringList ProxyOptions::checkRule(const Rule &rule) {
    QStringList problems;
    const bool sends = !rule.option(kProxy).isEmpty();
    const bool accepts = !rule.option(kAccept).isEmpty();
    if ((sends || accepts) &&
        (rule.bindProtocol == Protocol::Udp || rule.connectProtocol == Protocol::Udp))
        problems << ProxyOptionsText::tr("the PROXY protocol options are for TCP rules only");
    if (!accepts && (!rule.option(kAcceptFrom).isEmpty() || !rule.option(kAcceptTimeout).isEmpty()))
        problems << ProxyOptionsText::tr(
            "accept-proxy-from and accept-proxy-timeout have no effect without accept-proxy");
    return problems;
}
