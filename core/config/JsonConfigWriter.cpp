#include "JsonConfigWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString logFormatName(LogFormat f) {
    switch (f) {
    case LogFormat::None:
        return QStringLiteral("none");
    case LogFormat::Rinetd:
        return QStringLiteral("rinetd");
    case LogFormat::Common:
        return QStringLiteral("common");
    case LogFormat::PortRelay:
        return QStringLiteral("portrelay");
    }
    return QStringLiteral("rinetd");
}

QJsonObject notesJson(const Annotations &notes) {
    QJsonObject o;
    o.insert(QStringLiteral("leadingLines"), QJsonArray::fromStringList(notes.leadingLines));
    o.insert(QStringLiteral("trailingComment"), notes.trailingComment);
    return o;
}

QJsonArray aclJson(const AccessList &acl) {
    QJsonArray entries;
    for (const AclEntry &e : acl.entries) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), e.kind == AclEntry::Kind::Allow ? QStringLiteral("allow")
                                                                         : QStringLiteral("deny"));
        o.insert(QStringLiteral("pattern"), e.pattern);
        o.insert(QStringLiteral("notes"), notesJson(e.notes));
        entries.append(o);
    }
    return entries;
}

} // namespace

QJsonObject JsonConfigWriter::toJson(const Config &config) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("portrelay-config"));
    root.insert(QStringLiteral("version"), SchemaVersion);
    root.insert(QStringLiteral("logFile"), config.logFile);
    root.insert(QStringLiteral("logFormat"), logFormatName(config.logFormat));
    root.insert(QStringLiteral("pidFile"), config.pidFile);
    root.insert(QStringLiteral("logFileNotes"), notesJson(config.logFileNotes));
    root.insert(QStringLiteral("logFormatNotes"), notesJson(config.logFormatNotes));
    root.insert(QStringLiteral("pidFileNotes"), notesJson(config.pidFileNotes));
    root.insert(QStringLiteral("globalAcl"), aclJson(config.globalAcl));
    QJsonArray rules;
    for (const Rule &r : config.rules) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), r.id);
        o.insert(QStringLiteral("enabled"), r.enabled);
        o.insert(QStringLiteral("name"), r.name);
        o.insert(QStringLiteral("bindProtocol"), protocolName(r.bindProtocol));
        o.insert(QStringLiteral("bindProtocolExplicit"), r.bindProtocolExplicit);
        o.insert(QStringLiteral("bindHost"), r.bindHost);
        o.insert(QStringLiteral("bindPort"), r.bindPort);
        o.insert(QStringLiteral("connectProtocol"), protocolName(r.connectProtocol));
        o.insert(QStringLiteral("connectProtocolExplicit"), r.connectProtocolExplicit);
        o.insert(QStringLiteral("connectHost"), r.connectHost);
        o.insert(QStringLiteral("connectPort"), r.connectPort);
        o.insert(QStringLiteral("acl"), aclJson(r.acl));
        QJsonArray options;
        for (const RuleOption &opt : r.options) {
            QJsonObject oo;
            oo.insert(QStringLiteral("name"), opt.name);
            oo.insert(QStringLiteral("value"), opt.value);
            options.append(oo);
        }
        o.insert(QStringLiteral("options"), options);
        o.insert(QStringLiteral("notes"), notesJson(r.notes));
        rules.append(o);
    }
    root.insert(QStringLiteral("rules"), rules);
    QJsonArray unsupported;
    for (const VerbatimLine &line : config.unsupportedLines) {
        QJsonObject o;
        o.insert(QStringLiteral("text"), line.text);
        o.insert(QStringLiteral("notes"), notesJson(line.notes));
        unsupported.append(o);
    }
    root.insert(QStringLiteral("unsupportedLines"), unsupported);
    root.insert(QStringLiteral("trailingLines"), QJsonArray::fromStringList(config.trailingLines));
    return root;
}

QByteArray JsonConfigWriter::write(const Config &config) {
    return QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
}
