#include "HaproxyExporter.h"

#include "ExportSupport.h"
#include "PortRange.h"
#include "RinetdSyntax.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

using namespace ExportSupport;

namespace {

struct HaproxyExporterText {
    Q_DECLARE_TR_FUNCTIONS(HaproxyExporter)
};

QString tr(const char *text) {
    return HaproxyExporterText::tr(text);
}

QString commentText(const QString &text) {
    QString out;
    for (const QChar c : text)
        out += c.unicode() < 0x20 || c.unicode() == 0x7f ? QLatin1Char('?') : c;
    return out;
}

QString addressWithPort(const HostAddress &host, const QString &port) {
    switch (host.kind) {
    case HostAddress::Kind::AnyDualStack:
        return QStringLiteral(":::") + port + QStringLiteral(" v4v6");
    case HostAddress::Kind::Ipv6:
        return QLatin1Char('[') + host.text + QStringLiteral("]:") + port;
    default:
        return host.text + QLatin1Char(':') + port;
    }
}

// HAProxy's src lists take CIDR blocks of both families together.
QString srcList(const QStringList &v4, const QStringList &v6) {
    return QStringLiteral("{ src ") + (v4 + v6).join(QLatin1Char(' ')) + QStringLiteral(" }");
}

// Access-list lines for one list; `when` is "connection" or, after a PROXY header, "session".
QStringList aclLines(const CidrLists &lists, const QString &when) {
    QStringList lines;
    if (!lists.deny4.isEmpty() || !lists.deny6.isEmpty())
        lines << QStringLiteral("tcp-request %1 reject if %2")
                     .arg(when, srcList(lists.deny4, lists.deny6));
    if (lists.hasAllow())
        lines << QStringLiteral("tcp-request %1 reject unless %2")
                     .arg(when, srcList(lists.allow4, lists.allow6));
    return lines;
}

} // namespace

HaproxyExporter::HaproxyExporter(QString sourceFile)
    : m_sourceFile(std::move(sourceFile)) {}

void HaproxyExporter::error(const Rule &rule, const QString &message) {
    m_diagnostics.append(
        ruleDiagnostic(m_sourceFile, rule, ConfigDiagnostic::Severity::Error, message));
}

void HaproxyExporter::warning(const Rule &rule, const QString &message) {
    m_diagnostics.append(
        ruleDiagnostic(m_sourceFile, rule, ConfigDiagnostic::Severity::Warning, message));
}

QByteArray HaproxyExporter::write(const Config &config) {
    m_diagnostics.clear();
    QStringList failed;
    const CidrLists global = aclToCidrs(config.globalAcl, &failed);
    for (const QString &pattern : qAsConst(failed))
        m_diagnostics.append(ConfigDiagnostic{
            m_sourceFile, 0, 0, ConfigDiagnostic::Severity::Error,
            tr("global access list: '%1' has no exact CIDR form; HAProxy matches addresses, not "
               "text (write it as a CIDR block)")
                .arg(escaped(pattern))});
    const bool logging = !config.logFile.isEmpty() && config.logFormat != LogFormat::None;
    if (logging)
        m_diagnostics.append(ConfigDiagnostic{
            m_sourceFile, 0, 0, ConfigDiagnostic::Severity::Warning,
            tr("the connection log goes to syslog (/dev/log) in HAProxy's tcplog format, not to "
               "%1")
                .arg(config.logFile)});

    QString text;
    text += QStringLiteral("# The forwardings of %1, exported by PortRelay.\n")
                .arg(commentText(QFileInfo(m_sourceFile).fileName()));
    text += QStringLiteral("# Check with 'haproxy -c -f FILE'.\n\nglobal\n");
    if (logging)
        text += QStringLiteral("    log /dev/log local0\n");
    // PortRelay never ends an idle TCP connection by itself; HAProxy wants some bound.
    text += QStringLiteral("\ndefaults\n    mode tcp\n    timeout connect 10s\n"
                           "    timeout client 24h\n    timeout server 24h\n");
    if (logging)
        text += QStringLiteral("    log global\n    option tcplog\n");
    for (int i = 0; i < config.rules.size(); ++i) {
        if (!failed.isEmpty())
            break; // every rule would lack the global list: nothing is exported
        text += exportRule(config.rules.at(i), i, global);
    }
    if (!text.contains(QLatin1String("\nfrontend ")))
        m_diagnostics.append(ConfigDiagnostic{
            m_sourceFile, 0, 0, ConfigDiagnostic::Severity::Warning,
            tr("no rule was exported: HAProxy does not start without a frontend")});
    return text.toUtf8();
}

QString HaproxyExporter::exportRule(const Rule &rule, int index, const CidrLists &global) {
    const QString label = ruleLabel(rule, index);
    const QString summary = QStringLiteral("\n# %1: %2 %3/%4 -> %5 %6\n")
                                .arg(commentText(label), commentText(rule.bindHost),
                                     commentText(rule.bindPort), protocolName(rule.bindProtocol),
                                     commentText(rule.connectHost), commentText(rule.connectPort));
    if (!rule.enabled)
        return summary + QStringLiteral("# (disabled, not exported)\n");
    if (rule.bindProtocol != Protocol::Tcp || rule.connectProtocol != Protocol::Tcp) {
        warning(rule, tr("%1: not exported: HAProxy relays TCP only").arg(label));
        return summary + QStringLiteral("# (UDP, not exported)\n");
    }
    QString why;
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(rule, &why);
    if (ports.isEmpty()) {
        error(rule, tr("%1: not exported: %2").arg(label, why));
        return QString();
    }
    QStringList failed;
    const CidrLists own = aclToCidrs(rule.acl, &failed);
    for (const QString &pattern : qAsConst(failed))
        error(rule, tr("%1: not exported: the pattern '%2' has no exact CIDR form; HAProxy "
                       "matches addresses, not text (write it as a CIDR block)")
                        .arg(label, escaped(pattern)));
    if (!failed.isEmpty())
        return QString();

    const QString name = QStringLiteral("rule%1").arg(index + 1);
    QStringList frontend;
    QStringList backend;
    QString serverOptions;
    bool acceptProxy = false;
    QString acceptFrom;
    for (const RuleOption &o : rule.options) {
        bool isNumber = false;
        const uint seconds = o.value.toUInt(&isNumber);
        if (o.name == QLatin1String("timeout") && isNumber && seconds > 0) {
            frontend << QStringLiteral("timeout client %1s").arg(seconds);
            backend << QStringLiteral("timeout server %1s").arg(seconds);
        } else if (o.name == QLatin1String("src") && RinetdSyntax::isValidHost(o.value)) {
            serverOptions += QStringLiteral(" source ") + o.value;
        } else if (o.name == QLatin1String("proxy") && o.value == QLatin1String("v1")) {
            serverOptions += QStringLiteral(" send-proxy");
        } else if (o.name == QLatin1String("proxy") && o.value == QLatin1String("v2")) {
            serverOptions += QStringLiteral(" send-proxy-v2");
        } else if (o.name == QLatin1String("accept-proxy")) {
            acceptProxy = true;
            if (o.value != QLatin1String("any"))
                warning(rule, tr("%1: accept-proxy=%2: HAProxy accepts headers of both versions")
                                  .arg(label, o.value));
        } else if (o.name == QLatin1String("accept-proxy-from")) {
            acceptFrom = o.value;
        } else {
            warning(rule, tr("%1: option '%2=%3' cannot be expressed in HAProxy; not exported")
                              .arg(label, escaped(o.name), escaped(o.value)));
        }
    }
    QString when = QStringLiteral("connection");
    if (acceptProxy) {
        // HAProxy's "tcp-request connection" rules see the peer, later ones the address from the
        // header: the peer check goes first, the access lists then apply to the session.
        CidrLists peers;
        bool peersOk = true;
        for (const QString &pattern : acceptFrom.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!patternToCidrs(pattern, &peers.allow4, &peers.allow6)) {
                error(rule, tr("%1: not exported: the accept-proxy-from pattern '%2' has no "
                               "exact CIDR form")
                                .arg(label, escaped(pattern)));
                peersOk = false;
            }
        }
        if (!peersOk)
            return QString();
        if (!peers.hasAllow()) {
            warning(rule, tr("%1: accept-proxy without accept-proxy-from: every connection is "
                             "refused, as PortRelay does")
                              .arg(label));
            frontend << QStringLiteral("tcp-request connection reject");
        } else {
            const QString list = srcList(peers.allow4, peers.allow6);
            frontend << QStringLiteral("tcp-request connection reject unless ") + list;
        }
        when = QStringLiteral("session");
    }
    frontend << aclLines(global, when);
    frontend << aclLines(own, when);

    const HostAddress bind = classifyHost(rule.bindHost);
    const HostAddress target = classifyHost(rule.connectHost);
    QString bindPorts = QString::number(ports.first().first);
    if (ports.size() > 1)
        bindPorts += QLatin1Char('-') + QString::number(ports.last().first);
    QString targetPort = QString::number(ports.first().second);
    if (ports.size() > 1 && ports.first().second != ports.last().second) {
        // HAProxy adds the offset to the port the client connected to.
        const int offset = int(ports.first().second) - int(ports.first().first);
        targetPort = (offset >= 0 ? QStringLiteral("+") : QString()) + QString::number(offset);
    }

    QString text = summary;
    text += QStringLiteral("frontend %1\n").arg(name);
    text += QStringLiteral("    bind %1%2\n")
                .arg(addressWithPort(bind, bindPorts),
                     acceptProxy ? QStringLiteral(" accept-proxy") : QString());
    for (const QString &line : qAsConst(frontend))
        text += QStringLiteral("    ") + line + QLatin1Char('\n');
    text += QStringLiteral("    default_backend %1\n\nbackend %1\n").arg(name);
    for (const QString &line : qAsConst(backend))
        text += QStringLiteral("    ") + line + QLatin1Char('\n');
    text += QStringLiteral("    server target %1%2\n")
                .arg(addressWithPort(target, targetPort).remove(QStringLiteral(" v4v6")),
                     serverOptions);
    return text;
}
