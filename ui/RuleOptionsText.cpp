#include "RuleOptionsText.h"

#include "HumanUnits.h"
#include "ProxyOptions.h"
#include "RelayOptions.h"

#include <QStringList>

namespace {

QString versionsText(const QString &value) {
    if (value == QLatin1String("v1"))
        return RuleOptionsText::tr("version 1");
    if (value == QLatin1String("v2"))
        return RuleOptionsText::tr("version 2");
    return RuleOptionsText::tr("either version");
}

} // namespace

bool RuleOptionsText::isSummarized(const QString &name) {
    return name != QLatin1String("timeout") && name != QLatin1String("src");
}

QString RuleOptionsText::summary(const Rule &rule) {
    QStringList parts;
    for (const RuleOption &o : rule.options) {
        if (!isSummarized(o.name))
            continue;
        // A switch that is on reads best as its name alone.
        if (o.name == QLatin1String(RelayOptions::Transparent) &&
            RelayOptions::parseSwitch(o.value).value_or(false))
            parts << o.name;
        else
            parts << QStringLiteral("%1=%2").arg(o.name, o.value);
    }
    return parts.join(QStringLiteral(", "));
}

QString RuleOptionsText::description(const Rule &rule) {
    using namespace RelayOptions;
    QStringList lines;
    const ProxyOptions proxy = ProxyOptions::of(rule);
    for (const RuleOption &o : rule.options) {
        if (!isSummarized(o.name))
            continue;
        const QString &name = o.name;
        QString line;
        if (name == QLatin1String(Rate) || name == QLatin1String(RuleRate)) {
            if (const auto rate = parseRate(o.value))
                line = name == QLatin1String(Rate)
                           ? tr("Each connection is limited to %1 in each direction.")
                                 .arg(HumanUnits::rate(double(*rate)))
                           : tr("All connections of this rule together are limited to %1 in "
                                "each direction.")
                                 .arg(HumanUnits::rate(double(*rate)));
        } else if (name == QLatin1String(Ftp)) {
            if (const auto mode = parseFtpMode(o.value)) {
                switch (*mode) {
                case FtpMode::Passive:
                    line = tr("FTP helper, passive mode: the server's PASV and EPSV answers are "
                              "rewritten to point at this relay.");
                    break;
                case FtpMode::Active:
                    line = tr("FTP helper, active mode: the client's PORT and EPRT commands are "
                              "rewritten so that the server connects back through this relay.");
                    break;
                case FtpMode::Both:
                    line = tr("FTP helper for passive and active transfers.");
                    break;
                case FtpMode::Off:
                    break;
                }
            }
        } else if (name == QLatin1String(Transparent)) {
            if (const auto on = parseSwitch(o.value))
                line = *on ? tr("Connects to the target from the client's own address and port "
                                "(transparent source).")
                           : tr("Connects to the target from this host's address.");
        } else if (name == QLatin1String("proxy")) {
            if (proxy.sendVersion > 0)
                line = tr("Sends a PROXY protocol header (%1) to the target before any data.")
                           .arg(versionsText(o.value));
        } else if (name == QLatin1String("accept-proxy")) {
            if (proxy.accept)
                line = proxy.acceptFrom.isEmpty()
                           ? tr("Expects a PROXY protocol header (%1), but no peer may send one "
                                "(accept-proxy-from is empty): every connection is refused.")
                                 .arg(versionsText(o.value))
                           : tr("Expects a PROXY protocol header (%1) from %2; the client "
                                "address in it counts for access, logs and statistics.")
                                 .arg(versionsText(o.value),
                                      proxy.acceptFrom.join(QStringLiteral(", ")));
        } else if (name == QLatin1String("accept-proxy-from") ||
                   name == QLatin1String("accept-proxy-timeout")) {
            continue; // said with accept-proxy
        } else if (name == QLatin1String("translate")) {
            if (o.value == QLatin1String("http"))
                line = tr("Rewrites HTTP requests to absolute form for an HTTP proxy as target.");
            else if (o.value == QLatin1String("none"))
                line = tr("Relays the stream unchanged.");
        } else {
            line = tr("%1=%2 is kept as written.").arg(name, o.value);
        }
        if (line.isEmpty()) // a value the validator marks
            line = tr("%1=%2 is not valid.").arg(name, o.value);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
