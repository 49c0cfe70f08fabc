#include "JsonConfigReader.h"

#include "JsonConfigWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("JsonConfigReader", text);
}

QString typeName(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString join(const QString &path, const char *key) {
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

// Whether a JSON number can be converted to int: converting a double outside int's range (1e300,
// say) is undefined behaviour. False for NaN and infinities too.
bool inIntRange(double d) {
    return d >= double(std::numeric_limits<int>::min()) &&
           d <= double(std::numeric_limits<int>::max());
}

QString numberText(double d) {
    return QString::number(d, 'g', 12);
}

} // namespace

JsonConfigReader::JsonConfigReader(QString fileName)
    : m_fileName(std::move(fileName)) {}

void JsonConfigReader::error(const QString &message, int line, int column) {
    m_diagnostics.append(
        ConfigDiagnostic{m_fileName, line, column, ConfigDiagnostic::Severity::Error, message});
}

void JsonConfigReader::warning(const QString &message) {
    m_diagnostics.append(
        ConfigDiagnostic{m_fileName, 0, 0, ConfigDiagnostic::Severity::Warning, message});
}

void JsonConfigReader::checkKeys(const QJsonObject &o, const QStringList &known,
                                 const QString &path) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            warning(tr("%1: unknown field '%2' is ignored")
                        .arg(path.isEmpty() ? tr("document") : path, it.key()));
    }
}

QString JsonConfigReader::string(const QJsonObject &o, const char *key, const QString &path,
                                 bool required) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            error(tr("%1: missing field").arg(join(path, key)));
        return QString();
    }
    if (!v.isString()) {
        error(tr("%1: expected a string, found %2").arg(join(path, key), typeName(v)));
        return QString();
    }
    return v.toString();
}

bool JsonConfigReader::boolean(const QJsonObject &o, const char *key, const QString &path,
                               bool fallback) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(tr("%1: expected true or false, found %2").arg(join(path, key), typeName(v)));
        return fallback;
    }
    return v.toBool();
}

QString JsonConfigReader::port(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = o.value(QLatin1String(key));
    // A hand-written file may give a port as a number; the native form is the text as written.
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!inIntRange(d)) {
            error(tr("%1: port %2 is out of range (1..65535)").arg(join(path, key), numberText(d)));
            return QString();
        }
        if (d != std::trunc(d)) {
            error(tr("%1: a port number must be whole").arg(join(path, key)));
            return QString();
        }
        return QString::number(int(d));
    }
    return string(o, key, path, true);
}

Protocol JsonConfigReader::protocol(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return Protocol::Tcp;
    if (v.isString() && v.toString() == QLatin1String("tcp"))
        return Protocol::Tcp;
    if (v.isString() && v.toString() == QLatin1String("udp"))
        return Protocol::Udp;
    error(tr("%1: expected \"tcp\" or \"udp\"").arg(join(path, key)));
    return Protocol::Tcp;
}

QStringList JsonConfigReader::stringList(const QJsonValue &v, const QString &path) {
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        error(tr("%1: expected an array of strings, found %2").arg(path, typeName(v)));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            error(
                tr("%1[%2]: expected a string, found %3").arg(path).arg(i).arg(typeName(a.at(i))));
            continue;
        }
        out << a.at(i).toString();
    }
    return out;
}

Annotations JsonConfigReader::notes(const QJsonObject &o, const char *key, const QString &path) {
    Annotations notes;
    const QJsonValue v = o.value(QLatin1String(key));
    const QString where = join(path, key);
    if (v.isUndefined())
        return notes;
    if (!v.isObject()) {
        error(tr("%1: expected an object, found %2").arg(where, typeName(v)));
        return notes;
    }
    const QJsonObject n = v.toObject();
    checkKeys(n, {QStringLiteral("leadingLines"), QStringLiteral("trailingComment")}, where);
    notes.leadingLines =
        stringList(n.value(QStringLiteral("leadingLines")), join(where, "leadingLines"));
    notes.trailingComment = string(n, "trailingComment", where, false);
    return notes;
}

AccessList JsonConfigReader::acl(const QJsonValue &v, const QString &path) {
    AccessList list;
    if (v.isUndefined())
        return list;
    if (!v.isArray()) {
        error(tr("%1: expected an array, found %2").arg(path, typeName(v)));
        return list;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!a.at(i).isObject()) {
            error(tr("%1: expected an object, found %2").arg(where, typeName(a.at(i))));
            continue;
        }
        const QJsonObject o = a.at(i).toObject();
        checkKeys(o, {QStringLiteral("kind"), QStringLiteral("pattern"), QStringLiteral("notes")},
                  where);
        AclEntry entry;
        const QString kind = string(o, "kind", where, true);
        if (kind == QLatin1String("deny"))
            entry.kind = AclEntry::Kind::Deny;
        else if (kind == QLatin1String("allow"))
            entry.kind = AclEntry::Kind::Allow;
        else if (o.value(QStringLiteral("kind")).isString())
            error(tr("%1.kind: expected \"allow\" or \"deny\", found \"%2\"").arg(where, kind));
        entry.pattern = string(o, "pattern", where, true);
        entry.notes = notes(o, "notes", where);
        list.entries.append(entry);
    }
    return list;
}

Rule JsonConfigReader::rule(const QJsonValue &v, const QString &path) {
    Rule r;
    if (!v.isObject()) {
        error(tr("%1: expected an object, found %2").arg(path, typeName(v)));
        return r;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o,
              {QStringLiteral("id"), QStringLiteral("enabled"), QStringLiteral("name"),
               QStringLiteral("bindProtocol"), QStringLiteral("bindProtocolExplicit"),
               QStringLiteral("bindHost"), QStringLiteral("bindPort"),
               QStringLiteral("connectProtocol"), QStringLiteral("connectProtocolExplicit"),
               QStringLiteral("connectHost"), QStringLiteral("connectPort"), QStringLiteral("acl"),
               QStringLiteral("options"), QStringLiteral("notes")},
              path);
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (id.isUndefined()) {
        error(tr("%1.id: missing field").arg(path));
    } else if (id.isDouble() && !inIntRange(id.toDouble())) {
        error(tr("%1.id: %2 is out of range").arg(path, numberText(id.toDouble())));
    } else if (!id.isDouble() || id.toDouble() != std::trunc(id.toDouble())) {
        error(tr("%1.id: expected a whole number, found %2").arg(path, typeName(id)));
    } else {
        r.id = id.toInt();
    }
    r.enabled = boolean(o, "enabled", path, true);
    r.name = string(o, "name", path, false);
    r.bindProtocol = protocol(o, "bindProtocol", path);
    r.connectProtocol = protocol(o, "connectProtocol", path);
    r.bindProtocolExplicit = boolean(o, "bindProtocolExplicit", path, false);
    r.connectProtocolExplicit = boolean(o, "connectProtocolExplicit", path, false);
    r.bindHost = string(o, "bindHost", path, true);
    r.bindPort = port(o, "bindPort", path);
    r.connectHost = string(o, "connectHost", path, true);
    r.connectPort = port(o, "connectPort", path);
    r.acl = acl(o.value(QStringLiteral("acl")), join(path, "acl"));
    const QJsonValue options = o.value(QStringLiteral("options"));
    if (!options.isUndefined() && !options.isArray()) {
        error(tr("%1.options: expected an array, found %2").arg(path, typeName(options)));
    } else {
        const QJsonArray a = options.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("%1.options[%2]").arg(path).arg(i);
            if (!a.at(i).isObject()) {
                error(tr("%1: expected an object, found %2").arg(where, typeName(a.at(i))));
                continue;
            }
            const QJsonObject oo = a.at(i).toObject();
            checkKeys(oo, {QStringLiteral("name"), QStringLiteral("value")}, where);
            r.options.append(
                RuleOption{string(oo, "name", where, true), string(oo, "value", where, true)});
        }
    }
    r.notes = notes(o, "notes", path);
    return r;
}

Config JsonConfigReader::read(const QByteArray &data) {
    m_diagnostics.clear();
    m_rejected = true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        error(tr("not valid JSON: %1").arg(parseError.errorString()), line, column);
        return Config();
    }
    if (!doc.isObject()) {
        error(tr("the document must be a JSON object"));
        return Config();
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        error(tr("version: missing field (the schema version of a PortRelay document)"));
        return Config();
    }
    if (version.isDouble() && !inIntRange(version.toDouble())) {
        error(tr("version %1 is out of range").arg(numberText(version.toDouble())));
        return Config();
    }
    if (!version.isDouble() || version.toDouble() != std::trunc(version.toDouble())) {
        error(tr("version: expected a whole number, found %1").arg(typeName(version)));
        return Config();
    }
    // Compared as numbers: a huge version is not converted to int.
    if (version.toDouble() > JsonConfigWriter::SchemaVersion) {
        error(tr("version %1 was written by a newer PortRelay; this one reads up to version %2")
                  .arg(QString::number(version.toDouble()))
                  .arg(JsonConfigWriter::SchemaVersion));
        return Config();
    }
    if (version.toDouble() < 1) {
        error(tr("version %1 is not a valid schema version")
                  .arg(QString::number(version.toDouble())));
        return Config();
    }
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined() && format != QJsonValue(QStringLiteral("portrelay-config")))
        error(tr("format: expected \"portrelay-config\""));
    checkKeys(root,
              {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("logFile"),
               QStringLiteral("logFormat"), QStringLiteral("pidFile"),
               QStringLiteral("logFileNotes"), QStringLiteral("logFormatNotes"),
               QStringLiteral("pidFileNotes"), QStringLiteral("globalAcl"), QStringLiteral("rules"),
               QStringLiteral("unsupportedLines"), QStringLiteral("trailingLines")},
              QString());

    Config config;
    config.logFile = string(root, "logFile", QString(), false);
    const QJsonValue logFormat = root.value(QStringLiteral("logFormat"));
    if (!logFormat.isUndefined()) {
        const QString f = logFormat.toString();
        if (f == QLatin1String("none"))
            config.logFormat = LogFormat::None;
        else if (f == QLatin1String("rinetd"))
            config.logFormat = LogFormat::Rinetd;
        else if (f == QLatin1String("common"))
            config.logFormat = LogFormat::Common;
        else if (f == QLatin1String("portrelay"))
            config.logFormat = LogFormat::PortRelay;
        else
            error(tr("logFormat: expected \"none\", \"rinetd\", \"common\" or \"portrelay\""));
    }
    config.pidFile = string(root, "pidFile", QString(), false);
    config.logFileNotes = notes(root, "logFileNotes", QString());
    config.logFormatNotes = notes(root, "logFormatNotes", QString());
    config.pidFileNotes = notes(root, "pidFileNotes", QString());
    config.globalAcl = acl(root.value(QStringLiteral("globalAcl")), QStringLiteral("globalAcl"));
    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (rules.isUndefined()) {
        error(tr("rules: missing field"));
    } else if (!rules.isArray()) {
        error(tr("rules: expected an array, found %1").arg(typeName(rules)));
    } else {
        const QJsonArray a = rules.toArray();
        for (int i = 0; i < a.size(); ++i)
            config.rules.append(rule(a.at(i), QStringLiteral("rules[%1]").arg(i)));
    }
    const QJsonValue unsupported = root.value(QStringLiteral("unsupportedLines"));
    if (!unsupported.isUndefined() && !unsupported.isArray()) {
        error(tr("unsupportedLines: expected an array, found %1").arg(typeName(unsupported)));
    } else {
        const QJsonArray a = unsupported.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("unsupportedLines[%1]").arg(i);
            if (!a.at(i).isObject()) {
                error(tr("%1: expected an object, found %2").arg(where, typeName(a.at(i))));
                continue;
            }
            const QJsonObject o = a.at(i).toObject();
            checkKeys(o, {QStringLiteral("text"), QStringLiteral("notes")}, where);
            config.unsupportedLines.append(
                VerbatimLine{string(o, "text", where, true), notes(o, "notes", where)});
        }
    }
    config.trailingLines =
        stringList(root.value(QStringLiteral("trailingLines")), QStringLiteral("trailingLines"));

    // All or nothing: a half-read document must never replace a whole one.
    if (hasErrors(m_diagnostics))
        return Config();
    m_rejected = false;
    return config; // what the rules mean together is ConfigValidator's to judge (ConfigLoader)
}
