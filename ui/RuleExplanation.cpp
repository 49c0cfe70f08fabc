#include "RuleExplanation.h"

#include "ProxyOptions.h"
#include "RelayOptions.h"
#include "RinetdSyntax.h"

#include <QHostAddress>

namespace {
bool isWildcard(const QString &host) {
    const QHostAddress address(host);
    return host == QLatin1String("0.0.0.0") || host == QLatin1String("::") ||
           host == QLatin1String("*") || address == QHostAddress::AnyIPv4 ||
           address == QHostAddress::AnyIPv6;
}

bool isLoopback(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString joined(const QStringList &items) {
    return items.join(QStringLiteral(", "));
}
} // namespace

QString RuleExplanation::reach(const QString &host) {
    if (host == QLatin1String("::"))
        return tr("every address of this computer, IPv6 and (on most systems) IPv4: anyone who "
                  "can reach this computer over any network reaches the port");
    if (isWildcard(host))
        return tr("every IPv4 address of this computer: anyone who can reach this computer over "
                  "any network reaches the port");
    if (isLoopback(host))
        return tr("the loopback address only: only programs on this computer reach the port");
    return tr("the address %1 only: whoever can reach that address reaches the port").arg(host);
}

QVector<RuleExplanation::Section> RuleExplanation::explain(const Rule &rule, const Config &config,
                                                           RunState state, bool edited,
                                                           const QString &error) {
    QVector<Section> sections;
    const bool udp = rule.bindProtocol == Protocol::Udp;
    const QString listenWhat = udp ? tr("UDP datagrams") : tr("TCP connections");
    const QString port = rule.bindPort.isEmpty() ? tr("(no port)") : rule.bindPort;
    const QString host = rule.bindHost.isEmpty() ? tr("(no address)") : rule.bindHost;

    Section what{tr("What it does"), {}};
    what.lines.append(tr("Listens for %1 on %2 port %3.").arg(listenWhat, host, port));
    if (rule.forwardsToOriginalDestination()) {
        what.lines.append(tr("Relays each connection to where its client was going before the "
                             "kernel redirected it here (transparent interception with nftables "
                             "redirect, DNAT or TPROXY)."));
    } else {
        const QString target =
            tr("%1 port %2")
                .arg(rule.connectHost.isEmpty() ? tr("(no target address)") : rule.connectHost,
                     rule.connectPort.isEmpty() ? tr("(no port)") : rule.connectPort);
        if (rule.connectProtocol != rule.bindProtocol)
            what.lines.append(
                rule.connectProtocol == Protocol::Udp
                    ? tr("Sends what each client sends to %1 as UDP datagrams.").arg(target)
                    : tr("Relays each client's datagrams over a TCP connection to "
                         "%1.")
                          .arg(target));
        else if (udp)
            what.lines.append(tr("Relays each client's datagrams to %1 and the replies back; a "
                                 "client's datagrams form one session.")
                                  .arg(target));
        else
            what.lines.append(
                tr("Opens a connection to %1 for each client and relays the bytes both ways.")
                    .arg(target));
    }
    if (const auto bound = rule.resolvedBindPort(); bound && *bound < 1024)
        what.lines.append(tr("Port %1 is below 1024: binding it needs root, the system service, "
                             "or the CAP_NET_BIND_SERVICE capability.")
                              .arg(*bound));
    sections.append(what);

    Section access{tr("Who can connect"), {}};
    access.lines.append(tr("It listens on %1.").arg(reach(rule.bindHost)));
    QStringList allow;
    QStringList deny;
    for (const AclEntry &entry : config.globalAcl.entries)
        (entry.kind == AclEntry::Kind::Allow ? allow : deny).append(entry.pattern);
    QStringList ruleAllow;
    QStringList ruleDeny;
    for (const AclEntry &entry : rule.acl.entries)
        (entry.kind == AclEntry::Kind::Allow ? ruleAllow : ruleDeny).append(entry.pattern);
    if (config.globalAcl.isEmpty() && rule.acl.isEmpty()) {
        access.lines.append(
            tr("No allow or deny patterns: every client that reaches the port is relayed."));
        if (isWildcard(rule.bindHost))
            access.lines.append(tr("Exposed: anyone who can reach this computer can use this "
                                   "forwarding to reach its target."));
    } else {
        if (!config.globalAcl.isEmpty())
            access.lines.append(tr("The global list is checked first (allow: %1; deny: %2).")
                                    .arg(allow.isEmpty() ? tr("anyone") : joined(allow),
                                         deny.isEmpty() ? tr("nobody") : joined(deny)));
        if (!rule.acl.isEmpty())
            access.lines.append((config.globalAcl.isEmpty()
                                     ? tr("This rule's own list decides (allow: %1; deny: %2).")
                                     : tr("Then this rule's own list (allow: %1; deny: %2)."))
                                    .arg(ruleAllow.isEmpty() ? tr("anyone") : joined(ruleAllow),
                                         ruleDeny.isEmpty() ? tr("nobody") : joined(ruleDeny)));
        access.lines.append(tr("A client matching any deny pattern is refused; where allow "
                               "patterns exist, a client must match one of them."));
    }
    if (ProxyOptions::of(rule).accept)
        access.lines.append(tr("Clients must start with a PROXY protocol header; the address in "
                               "it is the one the lists check."));
    sections.append(access);

    Section options{tr("Options"), {}};
    if (rule.timeoutIsDefault()) {
        const int seconds = Rule::defaultTimeoutSeconds(rule.bindProtocol);
        options.lines.append(seconds > 0 ? tr("Idle sessions end after %n second(s) (the "
                                              "default).",
                                              nullptr, seconds)
                                         : tr("Idle connections stay open (no timeout set)."));
    } else if (const auto seconds = rule.timeoutSeconds()) {
        options.lines.append(
            udp ? tr("Idle sessions end after %n second(s).", nullptr, *seconds)
                : tr("Connections idle for %n second(s) are closed.", nullptr, *seconds));
    }
    if (!rule.sourceAddress().isEmpty())
        options.lines.append(
            tr("Connections to the target leave from %1.").arg(rule.sourceAddress()));
    if (RelayOptions::isTransparent(rule))
        options.lines.append(tr("Transparent: the target sees the client's own address as the "
                                "source (needs the transparent proxy routing set up)."));
    if (const quint64 rate = RelayOptions::connectionRate(rule))
        options.lines.append(tr("Each connection is limited to %1/s in each direction.")
                                 .arg(RelayOptions::formatRate(rate)));
    if (const quint64 rate = RelayOptions::ruleRate(rule))
        options.lines.append(tr("All connections of this rule together are limited to %1/s.")
                                 .arg(RelayOptions::formatRate(rate)));
    if (RelayOptions::ftpMode(rule) != RelayOptions::FtpMode::Off)
        options.lines.append(tr("FTP helper (%1): the data connections the FTP commands announce "
                                "are relayed too.")
                                 .arg(RelayOptions::ftpModeName(RelayOptions::ftpMode(rule))));
    if (rule.translateMode() == QLatin1String("http"))
        options.lines.append(tr("HTTP requests are rewritten for an HTTP proxy as the target."));
    if (const int version = ProxyOptions::of(rule).sendVersion)
        options.lines.append(tr("A PROXY protocol v%1 header tells the target the client's "
                                "address.")
                                 .arg(version));
    QStringList others;
    for (const RuleOption &option : rule.options)
        if (!RinetdSyntax::isKnownOption(option.name) &&
            !RelayOptions::isRelayOption(option.name) &&
            !ProxyOptions::isProxyOption(option.name) && option.name != QLatin1String("translate"))
            others.append(QStringLiteral("%1=%2").arg(option.name, option.value));
    if (!others.isEmpty())
        options.lines.append(tr("Kept as written: %1.").arg(joined(others)));
    options.lines.append(config.logFile.isEmpty()
                             ? tr("Connections are not logged to a file.")
                             : tr("Each connection is logged to %1.").arg(config.logFile));
    sections.append(options);

    Section now{tr("Now"), {}};
    if (!rule.enabled)
        now.lines.append(tr("Disabled: it does not listen."));
    else
        switch (state) {
        case RunState::NotApplied:
            now.lines.append(tr("Not applied yet: Apply starts it."));
            break;
        case RunState::Starting:
            now.lines.append(tr("Starting."));
            break;
        case RunState::Listening:
            now.lines.append(tr("Listening."));
            break;
        case RunState::Stopped:
            now.lines.append(tr("Stopped."));
            break;
        case RunState::Error:
            now.lines.append(error.isEmpty() ? tr("It could not start.")
                                             : tr("It could not start: %1").arg(error));
            break;
        }
    if (edited)
        now.lines.append(tr("The rule was edited; what runs is the previous version until "
                            "Apply."));
    sections.append(now);
    return sections;
}

QString RuleExplanation::toHtml(const QVector<Section> &sections, const QString &testerLink) {
    QString html;
    for (const Section &section : sections) {
        html += QStringLiteral("<h3>%1</h3>").arg(section.heading.toHtmlEscaped());
        for (const QString &line : section.lines)
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
        if (!testerLink.isEmpty() && section.heading == tr("Who can connect"))
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(testerLink.toHtmlEscaped(),
                             tr("Test a client address against these lists…").toHtmlEscaped());
    }
    return html;
}
