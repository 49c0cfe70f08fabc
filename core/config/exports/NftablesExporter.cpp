#include "NftablesExporter.h"

#include "ExportSupport.h"
#include "PortRange.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

using namespace ExportSupport;

namespace {

struct NftablesExporterText {
    Q_DECLARE_TR_FUNCTIONS(NftablesExporter)
};

QString tr(const char *text) {
    return NftablesExporterText::tr(text);
}

// Control characters of user text must not end a comment line early or confuse a terminal.
QString commentText(const QString &text) {
    QString out;
    for (const QChar c : text)
        out += c.unicode() < 0x20 || c.unicode() == 0x7f ? QLatin1Char('?') : c;
    return out;
}

QString setBlock(const QString &name, bool ipv6, const QStringList &elements) {
    return QStringLiteral("\tset %1 {\n\t\ttype %2\n\t\tflags interval\n\t\tauto-merge\n\t\t"
                          "elements = { %3 }\n\t}\n")
        .arg(name, ipv6 ? QStringLiteral("ipv6_addr") : QStringLiteral("ipv4_addr"),
             elements.join(QStringLiteral(", ")));
}

QString withPort(const QString &address, bool ipv6, quint16 port) {
    return (ipv6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(port);
}

} // namespace

struct NftablesExporter::Ruleset {
    QString sets;
    QStringList acl;  // filter lines, before NAT (prerouting and output alike)
    QStringList dnat; // nat lines (prerouting and output alike)
    QStringList postrouting;
    bool globalAclDone = false;
    bool globalAclFailed = false;
    CidrLists global;
};

NftablesExporter::NftablesExporter(QString sourceFile)
    : m_sourceFile(std::move(sourceFile)) {}

void NftablesExporter::error(const Rule &rule, const QString &message) {
    m_diagnostics.append(
        ruleDiagnostic(m_sourceFile, rule, ConfigDiagnostic::Severity::Error, message));
}

void NftablesExporter::warning(const Rule &rule, const QString &message) {
    m_diagnostics.append(
        ruleDiagnostic(m_sourceFile, rule, ConfigDiagnostic::Severity::Warning, message));
}

QByteArray NftablesExporter::write(const Config &config) {
    m_diagnostics.clear();
    Ruleset out;
    QStringList failed;
    out.global = aclToCidrs(config.globalAcl, &failed);
    for (const QString &pattern : qAsConst(failed))
        m_diagnostics.append(ConfigDiagnostic{
            m_sourceFile, 0, 0, ConfigDiagnostic::Severity::Error,
            tr("global access list: '%1' has no exact CIDR form; nftables matches addresses, "
               "not text (write it as a CIDR block)")
                .arg(escaped(pattern))});
    out.globalAclFailed = !failed.isEmpty();
    for (const auto &[name, ipv6, list] :
         {std::make_tuple(QStringLiteral("global_allow4"), false, out.global.allow4),
          std::make_tuple(QStringLiteral("global_allow6"), true, out.global.allow6),
          std::make_tuple(QStringLiteral("global_deny4"), false, out.global.deny4),
          std::make_tuple(QStringLiteral("global_deny6"), true, out.global.deny6)}) {
        if (!list.isEmpty())
            out.sets += setBlock(name, ipv6, list);
    }
    if (!config.logFile.isEmpty() && config.logFormat != LogFormat::None)
        m_diagnostics.append(ConfigDiagnostic{
            m_sourceFile, 0, 0, ConfigDiagnostic::Severity::Warning,
            tr("the connection log (%1) is not exported: the kernel does not write rinetd's "
               "log formats")
                .arg(config.logFile)});
    for (int i = 0; i < config.rules.size(); ++i)
        exportRule(config, config.rules.at(i), i, &out);

    QString text;
    text += QStringLiteral("#!/usr/sbin/nft -f\n");
    text += QStringLiteral("# The forwardings of %1, exported by PortRelay.\n")
                .arg(commentText(QFileInfo(m_sourceFile).fileName()));
    text += QStringLiteral(
        "# Load with 'nft -f FILE': the table inet portrelay is replaced as a whole, other tables\n"
        "# are left alone. Forwarding needs net.ipv4.ip_forward=1 (IPv6: "
        "net.ipv6.conf.all.forwarding=1),\n"
        "# and a forward chain elsewhere whose policy is drop must accept these connections.\n");
    // Declaring the table first makes the delete succeed when it does not exist yet; the three
    // statements are one transaction, so the old table is never half replaced.
    text += QStringLiteral("table inet portrelay {}\ndelete table inet portrelay\n");
    text += QStringLiteral("table inet portrelay {\n");
    text += out.sets;
    auto chain = [&text](const QString &name, const QString &hook, const QStringList &lines) {
        text += QStringLiteral("\tchain %1 {\n\t\t%2; policy accept;\n").arg(name, hook);
        for (const QString &line : lines)
            text += QStringLiteral("\t\t") + line + QLatin1Char('\n');
        text += QStringLiteral("\t}\n");
    };
    if (!out.acl.isEmpty()) {
        // Before NAT (priority -100) so that the addresses and ports are those the client used.
        chain(QStringLiteral("acl_prerouting"),
              QStringLiteral("type filter hook prerouting priority -110"), out.acl);
        chain(QStringLiteral("acl_output"), QStringLiteral("type filter hook output priority -110"),
              out.acl);
    }
    chain(QStringLiteral("nat_prerouting"),
          QStringLiteral("type nat hook prerouting priority dstnat"), out.dnat);
    // Clients on this host itself reach the forwardings too, as they do with the relay.
    chain(QStringLiteral("nat_output"), QStringLiteral("type nat hook output priority -100"),
          out.dnat);
    chain(QStringLiteral("nat_postrouting"),
          QStringLiteral("type nat hook postrouting priority srcnat"), out.postrouting);
    text += QStringLiteral("}\n");
    return text.toUtf8();
}

void NftablesExporter::exportRule(const Config &config, const Rule &rule, int index, Ruleset *out) {
    Q_UNUSED(config);
    const QString label = ruleLabel(rule, index);
    const QString summary = QStringLiteral("# %1: %2 %3/%4 -> %5 %6")
                                .arg(commentText(label), commentText(rule.bindHost),
                                     commentText(rule.bindPort), protocolName(rule.bindProtocol),
                                     commentText(rule.connectHost), commentText(rule.connectPort));
    if (!rule.enabled) {
        out->dnat << summary + QStringLiteral(" (disabled, not exported)");
        return;
    }
    QString why;
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(rule, &why);
    if (ports.isEmpty()) {
        error(rule, tr("%1: not exported: %2").arg(label, why));
        return;
    }
    if (rule.bindProtocol != rule.connectProtocol) {
        warning(rule, tr("%1: not exported: the kernel cannot forward between %2 and %3")
                          .arg(label, protocolName(rule.bindProtocol),
                               protocolName(rule.connectProtocol)));
        return;
    }
    const HostAddress bind = classifyHost(rule.bindHost);
    const HostAddress target = classifyHost(rule.connectHost);
    if (bind.kind == HostAddress::Kind::Name) {
        error(rule, tr("%1: not exported: the bind address '%2' is a host name; nftables needs "
                       "an address")
                        .arg(label, escaped(rule.bindHost)));
        return;
    }
    if (target.kind == HostAddress::Kind::Name || target.isAny()) {
        error(rule, tr("%1: not exported: the connect address '%2' is not an IP address; "
                       "nftables needs one")
                        .arg(label, escaped(rule.connectHost)));
        return;
    }
    const bool ipv6 = target.isIpv6();
    if (ipv6 ? bind.isIpv4() : bind.isIpv6()) {
        warning(rule, tr("%1: not exported: the kernel cannot translate between IPv4 and IPv6 "
                         "(%2 to %3)")
                          .arg(label, rule.bindHost, rule.connectHost));
        return;
    }
    if (bind.kind == HostAddress::Kind::AnyDualStack && !ipv6)
        warning(rule, tr("%1: only IPv4 clients are forwarded: the kernel cannot translate IPv6 "
                         "connections to the IPv4 target %2")
                          .arg(label, escaped(rule.connectHost)));
    QStringList failed;
    const CidrLists own = aclToCidrs(rule.acl, &failed);
    for (const QString &pattern : qAsConst(failed))
        error(rule, tr("%1: not exported: the pattern '%2' has no exact CIDR form; nftables "
                       "matches addresses, not text (write it as a CIDR block)")
                        .arg(label, escaped(pattern)));
    if (!failed.isEmpty() || out->globalAclFailed)
        return;
    if (target.isLoopback() && !bind.isLoopback())
        warning(rule, tr("%1: the target %2 is a loopback address: connections from other hosts "
                         "reach it only with net.ipv4.conf.*.route_localnet=1")
                          .arg(label, escaped(rule.connectHost)));

    // Options: src= becomes the SNAT address; nothing else has a kernel equivalent here.
    QString snatAddress;
    for (const RuleOption &o : rule.options) {
        if (o.name == QLatin1String("src")) {
            const HostAddress source = classifyHost(o.value);
            if ((ipv6 ? source.isIpv6() : source.kind == HostAddress::Kind::Ipv4)) {
                snatAddress = source.text;
                continue;
            }
            warning(rule, tr("%1: src=%2 is not exported (not an address of the target's "
                             "family); the connections are masqueraded instead")
                              .arg(label, escaped(o.value)));
            continue;
        }
        if (o.name == QLatin1String("timeout")) {
            warning(rule, tr("%1: timeout=%2 is not exported: the kernel's connection tracking "
                             "timeouts apply")
                              .arg(label, escaped(o.value)));
            continue;
        }
        warning(rule, tr("%1: option '%2=%3' cannot be expressed in nftables; not exported")
                          .arg(label, escaped(o.name), escaped(o.value)));
    }

    const QString family = ipv6 ? QStringLiteral("ip6") : QStringLiteral("ip");
    const QString proto = protocolName(rule.bindProtocol);
    QString match;
    if (bind.isAny())
        match = QStringLiteral("fib daddr type local meta nfproto %1")
                    .arg(ipv6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4"));
    else
        match = family + QStringLiteral(" daddr ") + bind.text;
    const quint16 firstBind = ports.first().first;
    const quint16 lastBind = ports.last().first;
    match += QLatin1Char(' ') + proto + QStringLiteral(" dport ") + QString::number(firstBind);
    if (lastBind != firstBind)
        match += QLatin1Char('-') + QString::number(lastBind);

    // Access lists: the global one first, then the rule's own, as the relay checks them.
    const QString prefix = QStringLiteral("r%1_").arg(index + 1);
    QStringList acl;
    auto addAcl = [&](const CidrLists &lists, const QString &setPrefix, bool declare) {
        const QStringList &deny = ipv6 ? lists.deny6 : lists.deny4;
        const QStringList &allow = ipv6 ? lists.allow6 : lists.allow4;
        const QString suffix = ipv6 ? QStringLiteral("6") : QStringLiteral("4");
        if (!deny.isEmpty()) {
            if (declare)
                out->sets += setBlock(setPrefix + QStringLiteral("deny") + suffix, ipv6, deny);
            acl << match + QLatin1Char(' ') + family + QStringLiteral(" saddr @") + setPrefix +
                       QStringLiteral("deny") + suffix + QStringLiteral(" drop");
        }
        if (lists.hasAllow()) {
            if (allow.isEmpty()) {
                acl << match + QStringLiteral(" drop"); // allow patterns, none of this family
            } else {
                if (declare)
                    out->sets +=
                        setBlock(setPrefix + QStringLiteral("allow") + suffix, ipv6, allow);
                acl << match + QLatin1Char(' ') + family + QStringLiteral(" saddr != @") +
                           setPrefix + QStringLiteral("allow") + suffix + QStringLiteral(" drop");
            }
        }
    };
    addAcl(out->global, QStringLiteral("global_"), false);
    addAcl(own, prefix, true);
    if (!acl.isEmpty())
        out->acl << summary << acl;

    QString dnat = match + QStringLiteral(" dnat ") + family + QStringLiteral(" to ");
    const bool keepsOffsets = ports.size() > 1 && ports.first().second != ports.last().second;
    if (keepsOffsets) {
        QStringList elements;
        for (const auto &pair : ports)
            elements << QString::number(pair.first) + QStringLiteral(" : ") +
                            QString::number(pair.second);
        dnat += (ipv6 ? QLatin1Char('[') + target.text + QLatin1Char(']') : target.text) +
                QStringLiteral(" : ") + proto + QStringLiteral(" dport map { ") +
                elements.join(QStringLiteral(", ")) + QStringLiteral(" }");
    } else {
        dnat += withPort(target.text, ipv6, ports.first().second);
    }
    out->dnat << summary << dnat;

    QString targetPorts = QString::number(ports.first().second);
    if (keepsOffsets)
        targetPorts += QLatin1Char('-') + QString::number(ports.last().second);
    // Connections from this host itself keep their address: replies to it come back anyway.
    QString post = QStringLiteral("ct status dnat %1 daddr %2 %3 dport %4 fib saddr type != local ")
                       .arg(family, target.text, proto, targetPorts);
    post += snatAddress.isEmpty() ? QStringLiteral("masquerade")
                                  : QStringLiteral("snat %1 to %2").arg(family, snatAddress);
    if (!out->postrouting.contains(post))
        out->postrouting << summary << post;
}
