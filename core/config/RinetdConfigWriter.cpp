#include "RinetdConfigWriter.h"

#include "PortRange.h"
#include "PortRangeFolding.h"
#include "RinetdSyntax.h"

#include <QCoreApplication>

using namespace RinetdSyntax;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RinetdConfigWriter", text);
}

QString hostText(const QString &host) {
    // rinetd 0.73 cannot resolve "[::1]": IPv6 is written bare.
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

QString portText(const QString &port, Protocol protocol, bool isExplicit) {
    if (protocol == Protocol::Udp || isExplicit)
        return port + QLatin1Char('/') + protocolName(protocol);
    return port;
}

QStringList optionItems(const Rule &rule) {
    QStringList items;
    for (const RuleOption &o : rule.options)
        items << o.name + QLatin1Char('=') + o.value;
    return items;
}

QString aclKeyword(AclEntry::Kind kind) {
    return kind == AclEntry::Kind::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
}

} // namespace

RinetdConfigWriter::RinetdConfigWriter(QString fileName)
    : m_fileName(std::move(fileName)) {}

void RinetdConfigWriter::warn(const QString &message) {
    m_warnings.append(
        ConfigDiagnostic{m_fileName, 0, 0, ConfigDiagnostic::Severity::Warning, message});
}

namespace {
// A '\r' before the line end would be read as part of a CRLF line end and vanish.
QString withoutTrailingCr(QString text) {
    while (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}
} // namespace

QString RinetdConfigWriter::singleLine(const QString &text, const QString &what) {
    if (!text.contains(QLatin1Char('\n')))
        return withoutTrailingCr(text);
    warn(tr("%1 spans several lines; written on one line").arg(what));
    QStringList parts = text.split(QLatin1Char('\n'));
    for (QString &part : parts)
        part = withoutTrailingCr(part);
    return withoutTrailingCr(parts.join(QLatin1Char(' ')));
}

void RinetdConfigWriter::writeLeading(const Annotations &notes) {
    for (const QString &line : notes.leadingLines) {
        const QStringList lines = line.split(QLatin1Char('\n'));
        for (const QString &text : lines) {
            const QString part = withoutTrailingCr(text);
            const QString trimmed = part.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
                m_out << part;
            } else {
                warn(tr("comment line '%1' does not start with '#'; written as a comment")
                         .arg(part));
                m_out << QStringLiteral("# ") + part;
            }
        }
    }
}

QString RinetdConfigWriter::trailing(const Annotations &notes) {
    if (notes.trailingComment.isEmpty())
        return QString();
    QString comment = singleLine(notes.trailingComment, tr("a trailing comment"));
    if (!comment.startsWith(QLatin1Char('#'))) {
        warn(
            tr("trailing comment '%1' does not start with '#'; written as a comment").arg(comment));
        comment.prepend(QStringLiteral("# "));
    }
    return QLatin1Char(' ') + comment;
}

QString RinetdConfigWriter::path(const QString &file, const char *directive) {
    const QString flat = singleLine(file, QString::fromLatin1(directive));
    if (flat.contains(QLatin1Char(' ')) || flat.contains(QLatin1Char('\t'))) {
        warn(tr("the %1 path '%2' contains blanks: written in double quotes, which rinetd 0.73 "
                "keeps as part of the file name")
                 .arg(QString::fromLatin1(directive), flat));
        return QLatin1Char('"') + flat + QLatin1Char('"');
    }
    return flat;
}

QString RinetdConfigWriter::ruleLine(const Rule &rule, bool allOptions) {
    QString line = hostText(rule.bindHost) + QLatin1Char(' ') +
                   portText(rule.bindPort, rule.bindProtocol, rule.bindProtocolExplicit) +
                   QLatin1Char(' ') + hostText(rule.connectHost) + QLatin1Char(' ') +
                   portText(rule.connectPort, rule.connectProtocol, rule.connectProtocolExplicit);
    QStringList items;
    for (const RuleOption &o : rule.options) {
        if (allOptions || isKnownOption(o.name))
            items << o.name + QLatin1Char('=') + o.value;
    }
    if (!items.isEmpty())
        line += QStringLiteral(" [") + items.join(QLatin1Char(',')) + QLatin1Char(']');
    return line;
}

void RinetdConfigWriter::writeAcl(const AccessList &acl, bool disabled, bool annotated) {
    for (const AclEntry &entry : acl.entries) {
        writeLeading(entry.notes);
        const QString keyword = aclKeyword(entry.kind);
        if (annotated) {
            m_out << QString::fromLatin1(AclPrefix) + QLatin1Char(' ') + keyword +
                         QLatin1Char(' ') + entry.pattern + trailing(entry.notes);
            continue;
        }
        if (disabled) {
            m_out << QString::fromLatin1(DisabledPrefix) + QLatin1Char(' ') + keyword +
                         QLatin1Char(' ') + entry.pattern + trailing(entry.notes);
            continue;
        }
        const std::optional<AclPattern> pattern = AclPattern::parse(entry.pattern);
        if (pattern && pattern->isCidr()) {
            if (const std::optional<QString> glob = cidrToGlob(entry.pattern)) {
                m_out << QString::fromLatin1(CidrPrefix) + QLatin1Char(' ') + entry.pattern;
                m_out << keyword + QLatin1Char(' ') + *glob + trailing(entry.notes);
                continue;
            }
            warn(entry.kind == AclEntry::Kind::Allow
                     ? tr("'allow %1' has no exact rinetd glob: written as an annotation that "
                          "rinetd 0.73 does not apply (it may then allow more clients)")
                           .arg(entry.pattern)
                     : tr("'deny %1' has no exact rinetd glob: written as an annotation that "
                          "rinetd 0.73 does not apply (it will not deny those clients)")
                           .arg(entry.pattern));
            m_out << QString::fromLatin1(AclPrefix) + QLatin1Char(' ') + keyword +
                         QLatin1Char(' ') + entry.pattern + trailing(entry.notes);
            continue;
        }
        m_out << keyword + QLatin1Char(' ') + entry.pattern + trailing(entry.notes);
    }
}

QString RinetdConfigWriter::write(const Config &config) {
    m_out.clear();
    m_warnings.clear();

    // A 'logcommon' line that a later "logformat=" annotation or disabled 'logfile' overrode keeps
    // its comments in logFormatNotes. It is written first, with them, so that the line setting
    // the format written below overrides it again when the file is read back; without it the
    // comments would be lost.
    if (config.logFormat != LogFormat::Common && !config.logFormatNotes.isEmpty()) {
        if (!config.logFile.isEmpty() && config.logFormat != LogFormat::None)
            warn(tr("'logcommon' is written for its comments although the log format is not the "
                    "common one: rinetd logs in its common format"));
        writeLeading(config.logFormatNotes);
        m_out << QStringLiteral("logcommon") + trailing(config.logFormatNotes);
        if (config.logFormat == LogFormat::Rinetd)
            m_out << QString::fromLatin1(AnnotationPrefix) + QStringLiteral(" logformat=rinetd");
    }
    if (config.logFormat == LogFormat::None && config.logFile.isEmpty())
        m_out << QString::fromLatin1(AnnotationPrefix) + QStringLiteral(" logformat=none");
    if (!config.logFile.isEmpty()) {
        writeLeading(config.logFileNotes);
        if (config.logFormat == LogFormat::PortRelay) {
            warn(tr("the PortRelay log format is written for rinetd as its tab format"));
            m_out << QString::fromLatin1(AnnotationPrefix) + QStringLiteral(" logformat=portrelay");
        }
        const QString line = QStringLiteral("logfile ") + path(config.logFile, "logfile") +
                             trailing(config.logFileNotes);
        if (config.logFormat == LogFormat::None)
            m_out << QString::fromLatin1(DisabledPrefix) + QLatin1Char(' ') + line;
        else
            m_out << line;
    } else if (config.logFormat == LogFormat::PortRelay) {
        m_out << QString::fromLatin1(AnnotationPrefix) + QStringLiteral(" logformat=portrelay");
    }
    if (config.logFormat == LogFormat::Common) {
        writeLeading(config.logFormatNotes);
        m_out << QStringLiteral("logcommon") + trailing(config.logFormatNotes);
    }
    if (!config.pidFile.isEmpty()) {
        writeLeading(config.pidFileNotes);
        m_out << QStringLiteral("pidlogfile ") + path(config.pidFile, "pidlogfile") +
                     trailing(config.pidFileNotes);
    }
    for (const VerbatimLine &line : config.unsupportedLines) {
        writeLeading(line.notes);
        m_out << QString::fromLatin1(UnsupportedPrefix) + QLatin1Char(' ') +
                     singleLine(line.text, tr("an unsupported line")) + trailing(line.notes);
    }
    writeAcl(config.globalAcl, false);
    for (const Rule &rule : config.rules) {
        writeLeading(rule.notes);
        if (!rule.name.isEmpty())
            m_out << QString::fromLatin1(AnnotationPrefix) + QStringLiteral(" name=") +
                         singleLine(rule.name, tr("the name of rule %1").arg(rule.id));
        if (!rule.enabled) {
            m_out << QString::fromLatin1(DisabledPrefix) + QLatin1Char(' ') + ruleLine(rule, true) +
                         trailing(rule.notes);
            writeAcl(rule.acl, true);
            continue;
        }
        if (rule.forwardsToOriginalDestination()) {
            // rinetd 0.73 would fail to resolve the host "original" and refuse to start: the
            // rule and its access list are annotations it ignores.
            m_out << QString::fromLatin1(OriginalPrefix) + QLatin1Char(' ') + ruleLine(rule, true) +
                         trailing(rule.notes);
            writeAcl(rule.acl, false, true);
            continue;
        }
        bool hasUnknown = false;
        for (const RuleOption &o : rule.options)
            hasUnknown = hasUnknown || !isKnownOption(o.name);
        const QVector<QPair<quint16, quint16>> ports = forwardedPorts(rule);
        const bool isRange =
            PortRange::looksLikeRange(rule.bindPort) || PortRange::looksLikeRange(rule.connectPort);
        if (isRange && !ports.isEmpty()) {
            // rinetd 0.73 has no ranges: one line per port (with its access list), after an
            // annotation that restores the range when PortRelay reads the file again.
            warn(tr("rule %1 is a port range: written for rinetd as %2 rules, one per port")
                     .arg(rule.id)
                     .arg(ports.size()));
            for (const RuleOption &o : rule.options) {
                if (!isKnownOption(o.name))
                    warn(tr("option '%1' of rule %2 is not understood by rinetd 0.73: written "
                            "as an annotation")
                             .arg(o.name)
                             .arg(rule.id));
            }
            m_out << QString::fromLatin1(RangePrefix) + QLatin1Char(' ') + ruleLine(rule, true);
            for (int i = 0; i < ports.size(); ++i) {
                const Rule port = PortRangeFolding::expanded(rule, i);
                if (hasUnknown)
                    m_out << QString::fromLatin1(OptionsPrefix) + QStringLiteral(" [") +
                                 optionItems(rule).join(QLatin1Char(',')) + QLatin1Char(']');
                m_out << ruleLine(port, false) + (i == 0 ? trailing(rule.notes) : QString());
                writeAcl(rule.acl, false);
            }
            continue;
        }
        if (hasUnknown) {
            QStringList items;
            for (const RuleOption &o : rule.options) {
                items << o.name + QLatin1Char('=') + o.value;
                if (!isKnownOption(o.name))
                    warn(tr("option '%1' of rule %2 is not understood by rinetd 0.73: written "
                            "as an annotation")
                             .arg(o.name)
                             .arg(rule.id));
            }
            m_out << QString::fromLatin1(OptionsPrefix) + QStringLiteral(" [") +
                         items.join(QLatin1Char(',')) + QLatin1Char(']');
        }
        m_out << ruleLine(rule, false) + trailing(rule.notes);
        writeAcl(rule.acl, false);
    }
    writeLeading(Annotations{config.trailingLines, QString()});
    if (m_out.isEmpty())
        return QString();
    return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
