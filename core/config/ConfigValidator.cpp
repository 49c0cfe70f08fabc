#include "ConfigValidator.h"

#include "PortRange.h"
#include "ProxyOptions.h"
#include "RinetdSyntax.h"

#include <QCoreApplication>
#include <QSet>

using namespace RinetdSyntax;

namespace {

// A context lupdate can see: a bare tr() in a free function has none, and its strings would
// never reach the translations.
struct ConfigValidatorText {
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)
};

QString bare(const QString &host) {
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

class Collector {
public:
    explicit Collector(const QString &fileName)
        : m_fileName(fileName) {}
    void error(const QString &m) { add(ConfigDiagnostic::Severity::Error, m); }
    void warning(const QString &m) { add(ConfigDiagnostic::Severity::Warning, m); }
    QVector<ConfigDiagnostic> result;

private:
    void add(ConfigDiagnostic::Severity s, const QString &m) {
        result.append(ConfigDiagnostic{m_fileName, 0, 0, s, m});
    }
    QString m_fileName;
};

void checkAcl(const AccessList &acl, const QString &where, Collector *out) {
    for (const AclEntry &entry : acl.entries) {
        QString why;
        if (!AclPattern::parse(entry.pattern, &why))
            out->error(where + QStringLiteral(": ") + why);
    }
}

// Same port, or ranges sharing one.
bool bindPortsOverlap(const Rule &a, const Rule &b) {
    const std::optional<PortRange> x = PortRange::parse(a.bindPort, a.bindProtocol);
    const std::optional<PortRange> y = PortRange::parse(b.bindPort, b.bindProtocol);
    return x && y && qMax(x->first, y->first) <= qMin(x->last, y->last);
}

void checkPort(const QString &port, Protocol protocol, const QString &where, Collector *out) {
    QString why;
    if (PortRange::looksLikeRange(port)) {
        if (!PortRange::parse(port, protocol, &why))
            out->error(where + QStringLiteral(": ") + why);
        return;
    }
    if (!resolvePort(port, protocol))
        out->error(
            ConfigValidatorText::tr("%1: '%2' is not a port in 1..65535 or a known %3 service name")
                .arg(where, port, protocolName(protocol)));
}

} // namespace

QVector<ConfigDiagnostic> ConfigValidator::validate(const Config &config, const QString &fileName) {
    Collector out(fileName);
    checkAcl(config.globalAcl, ConfigValidatorText::tr("global access list"), &out);
    QSet<int> ids;
    for (int i = 0; i < config.rules.size(); ++i) {
        const Rule &rule = config.rules.at(i);
        const QString where = ConfigValidatorText::tr("rule %1 (id %2)").arg(i + 1).arg(rule.id);
        if (rule.id <= 0)
            out.error(ConfigValidatorText::tr("%1: the id must be a positive number").arg(where));
        else if (ids.contains(rule.id))
            out.error(ConfigValidatorText::tr("%1: the id is used by another rule").arg(where));
        ids.insert(rule.id);
        if (!isValidHost(bare(rule.bindHost)))
            out.error(ConfigValidatorText::tr("%1: '%2' is not a valid bind address")
                          .arg(where, rule.bindHost));
        if (!isValidHost(bare(rule.connectHost)))
            out.error(ConfigValidatorText::tr("%1: '%2' is not a valid connect address")
                          .arg(where, rule.connectHost));
        checkPort(rule.bindPort, rule.bindProtocol, where, &out);
        checkPort(rule.connectPort, rule.connectProtocol, where, &out);
        if (PortRange::looksLikeRange(rule.bindPort) ||
            PortRange::looksLikeRange(rule.connectPort)) {
            QString why;
            const int ports = int(forwardedPorts(rule, &why).size());
            if (ports == 0 && !why.isEmpty() &&
                PortRange::parse(rule.bindPort, rule.bindProtocol) &&
                PortRange::parse(rule.connectPort, rule.connectProtocol))
                out.error(where + QStringLiteral(": ") + why);
            else if (ports > kPortRangeWarningSize)
                out.warning(ConfigValidatorText::tr("%1: the range %2 has %3 ports: one listening "
                                                    "descriptor each")
                                .arg(where, rule.bindPort)
                                .arg(ports));
        }
        if (rule.bindProtocol != rule.connectProtocol)
            out.warning(ConfigValidatorText::tr(
                            "%1: protocols differ: %2 on the bind side, %3 on the connect side")
                            .arg(where, protocolName(rule.bindProtocol),
                                 protocolName(rule.connectProtocol)));
        for (const RuleOption &o : rule.options) {
            if (!isOptionName(o.name) || o.value.isEmpty() || o.value.contains(QLatin1Char(',')) ||
                o.value.contains(QLatin1Char(']')) || o.value.contains(QLatin1Char(' '))) {
                out.error(
                    ConfigValidatorText::tr("%1: option '%2=%3' cannot be written as name=value")
                        .arg(where, o.name, o.value));
            } else if (o.name == QLatin1String("timeout")) {
                bool ok = false;
                o.value.toUInt(&ok);
                if (!ok)
                    out.error(ConfigValidatorText::tr(
                                  "%1: timeout must be a whole number of seconds, not '%2'")
                                  .arg(where, o.value));
            } else if (o.name == QLatin1String("src")) {
                if (!isValidHost(o.value))
                    out.error(
                        ConfigValidatorText::tr("%1: src must be an address or host name, not '%2'")
                            .arg(where, o.value));
            } else if (ProxyOptions::isProxyOption(o.name)) {
                QString why;
                if (!ProxyOptions::checkValue(o.name, o.value, &why))
                    out.error(where + QStringLiteral(": ") + why);
            } else {
                out.warning(
                    ConfigValidatorText::tr(
                        "%1: option '%2' is not understood by rinetd 0.73; it is kept verbatim")
                        .arg(where, o.name));
            }
        }
        for (const QString &problem : ProxyOptions::checkRule(rule))
            out.warning(where + QStringLiteral(": ") + problem);
        checkAcl(rule.acl, where, &out);
        if (!rule.enabled)
            continue;
        for (int j = 0; j < i; ++j) {
            const Rule &other = config.rules.at(j);
            if (other.enabled && other.bindProtocol == rule.bindProtocol &&
                bare(other.bindHost).compare(bare(rule.bindHost), Qt::CaseInsensitive) == 0 &&
                bindPortsOverlap(other, rule)) {
                out.warning(
                    ConfigValidatorText::tr("%1: duplicate bind: %2 %3/%4 is also used by rule %5")
                        .arg(where, rule.bindHost, rule.bindPort, protocolName(rule.bindProtocol))
                        .arg(j + 1));
                break;
            }
        }
    }
    return out.result;
}
