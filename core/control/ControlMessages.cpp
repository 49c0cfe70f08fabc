#include "ControlMessages.h"

#include "JsonConfigReader.h"
#include "JsonConfigWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {
class ControlText {
    Q_DECLARE_TR_FUNCTIONS(ControlText)
};

// JSON numbers are doubles: an integer field is a finite, whole, non-negative number that a
// double represents exactly.
bool readCount(const QJsonValue &value, quint64 *out) {
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
        return false;
    *out = quint64(d);
    return true;
}

quint64 countOr(const QJsonObject &o, const QString &key, quint64 fallback = 0) {
    quint64 v = 0;
    return readCount(o.value(key), &v) ? v : fallback;
}

int intOr(const QJsonObject &o, const QString &key, int fallback = 0) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < -2147483648.0 || d > 2147483647.0 || std::floor(d) != d)
        return fallback;
    return int(d);
}

QJsonValue count(quint64 v) {
    return QJsonValue(double(v));
}

QString timeText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QString &text) {
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

struct RequestName {
    ControlRequest::Type type;
    const char *name;
};
constexpr RequestName kRequestNames[] = {
    {ControlRequest::Type::Status, "status"},
    {ControlRequest::Type::GetConfig, "config"},
    {ControlRequest::Type::Apply, "apply"},
    {ControlRequest::Type::SetRuleEnabled, "setRuleEnabled"},
    {ControlRequest::Type::CloseConnection, "closeConnection"},
    {ControlRequest::Type::ResetCounters, "resetCounters"},
    {ControlRequest::Type::Save, "save"},
    {ControlRequest::Type::Reload, "reload"},
    {ControlRequest::Type::Subscribe, "subscribe"},
};

QJsonArray diagnosticsJson(const QVector<ConfigDiagnostic> &diagnostics) {
    QJsonArray a;
    for (const ConfigDiagnostic &d : diagnostics)
        a.append(ControlMessages::diagnosticToJson(d));
    return a;
}

QVector<ConfigDiagnostic> diagnosticsFrom(const QJsonValue &value) {
    QVector<ConfigDiagnostic> out;
    const QJsonArray a = value.toArray();
    for (const QJsonValue &v : a) {
        if (auto d = ControlMessages::diagnosticFromJson(v.toObject()))
            out << *d;
    }
    return out;
}

QString escaped(const QString &text) {
    // Error messages quote what the client sent; keep control characters out of them.
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out.left(200);
}
} // namespace

QString ControlRequest::typeName(Type type) {
    for (const RequestName &n : kRequestNames) {
        if (n.type == type)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

bool ControlRequest::changes(Type type) {
    switch (type) {
    case Type::Status:
    case Type::GetConfig:
    case Type::Subscribe:
        return false;
    case Type::Apply:
    case Type::SetRuleEnabled:
    case Type::CloseConnection:
    case Type::ResetCounters:
    case Type::Save:
    case Type::Reload:
        return true;
    }
    return true;
}

namespace ControlMessages {

QByteArray encode(const QJsonObject &message) {
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

// ---- requests ---------------------------------------------------------------------------------

QJsonObject requestToJson(const ControlRequest &r) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), count(r.id));
    o.insert(QStringLiteral("request"), ControlRequest::typeName(r.type));
    switch (r.type) {
    case ControlRequest::Type::Status:
    case ControlRequest::Type::GetConfig:
    case ControlRequest::Type::Save:
    case ControlRequest::Type::Reload:
        break;
    case ControlRequest::Type::Apply:
        o.insert(QStringLiteral("baseRevision"), count(r.baseRevision));
        o.insert(QStringLiteral("config"), configToJson(r.config));
        break;
    case ControlRequest::Type::SetRuleEnabled:
        o.insert(QStringLiteral("baseRevision"), count(r.baseRevision));
        o.insert(QStringLiteral("ruleId"), r.ruleId);
        o.insert(QStringLiteral("enabled"), r.enabled);
        break;
    case ControlRequest::Type::CloseConnection:
        o.insert(QStringLiteral("connectionId"), count(r.connectionId));
        break;
    case ControlRequest::Type::ResetCounters:
        o.insert(QStringLiteral("ruleId"), r.ruleId);
        break;
    case ControlRequest::Type::Subscribe:
        o.insert(QStringLiteral("stats"), r.subscribeStats);
        o.insert(QStringLiteral("log"), r.subscribeLog);
        o.insert(QStringLiteral("statsIntervalMs"), r.statsIntervalMs);
        break;
    }
    return o;
}

std::optional<ControlRequest> parseRequest(const QByteArray &line, ControlRequestError *error) {
    auto fail = [error](quint64 id, const QString &code, const QString &message) {
        if (error) {
            error->id = id;
            error->error = ControlError();
            error->error.code = code;
            error->error.message = message;
        }
        return std::nullopt;
    };
    if (line.size() > ControlProtocol::kMaxMessageBytes)
        return fail(
            0, ControlProtocol::kTooLarge,
            ControlText::tr("message longer than %1 bytes").arg(ControlProtocol::kMaxMessageBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(0, ControlProtocol::kMalformed,
                    ControlText::tr("not JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(0, ControlProtocol::kMalformed,
                    ControlText::tr("a message must be a JSON object"));
    const QJsonObject o = doc.object();

    ControlRequest r;
    if (!readCount(o.value(QStringLiteral("id")), &r.id) || r.id == 0)
        return fail(0, ControlProtocol::kMalformed,
                    ControlText::tr("a request needs \"id\", a positive integer"));
    const QJsonValue nameValue = o.value(QStringLiteral("request"));
    if (!nameValue.isString())
        return fail(r.id, ControlProtocol::kMalformed,
                    ControlText::tr("a request needs \"request\", a string"));
    const QString name = nameValue.toString();
    bool known = false;
    for (const RequestName &n : kRequestNames) {
        if (name == QLatin1String(n.name)) {
            r.type = n.type;
            known = true;
            break;
        }
    }
    if (!known)
        return fail(r.id, ControlProtocol::kUnknownRequest,
                    ControlText::tr("unknown request \"%1\"").arg(escaped(name)));

    auto missing = [&](const char *field) {
        return fail(r.id, ControlProtocol::kMissingField,
                    ControlText::tr("%1 needs \"%2\"")
                        .arg(ControlRequest::typeName(r.type), QLatin1String(field)));
    };
    auto wrongType = [&](const char *field, const QString &expected) {
        return fail(r.id, ControlProtocol::kMalformed,
                    ControlText::tr("\"%1\" must be %2").arg(QLatin1String(field), expected));
    };
    const QString aCount = ControlText::tr("a non-negative integer");
    const QString aBool = ControlText::tr("true or false");

    auto readRevision = [&]() -> bool {
        const QJsonValue v = o.value(QStringLiteral("baseRevision"));
        if (v.isUndefined()) {
            missing("baseRevision");
            return false;
        }
        if (!readCount(v, &r.baseRevision)) {
            wrongType("baseRevision", aCount);
            return false;
        }
        return true;
    };
    auto readRuleId = [&](bool required) -> bool {
        const QJsonValue v = o.value(QStringLiteral("ruleId"));
        if (v.isUndefined()) {
            if (required)
                missing("ruleId");
            return !required;
        }
        quint64 id = 0;
        if (!readCount(v, &id) || id > quint64(std::numeric_limits<int>::max())) {
            wrongType("ruleId", aCount);
            return false;
        }
        r.ruleId = int(id);
        return true;
    };

    switch (r.type) {
    case ControlRequest::Type::Status:
    case ControlRequest::Type::GetConfig:
    case ControlRequest::Type::Save:
    case ControlRequest::Type::Reload:
        break;
    case ControlRequest::Type::Apply: {
        if (!readRevision())
            return std::nullopt;
        const QJsonValue v = o.value(QStringLiteral("config"));
        if (v.isUndefined())
            return missing("config");
        if (!v.isObject())
            return wrongType("config", ControlText::tr("a PortRelay JSON configuration object"));
        QVector<ConfigDiagnostic> diagnostics;
        std::optional<Config> config = configFromJson(v.toObject(), &diagnostics);
        if (!config) {
            fail(r.id, ControlProtocol::kInvalid,
                 ControlText::tr("the configuration cannot be read"));
            if (error)
                error->error.diagnostics = diagnostics;
            return std::nullopt;
        }
        r.config = *config;
        break;
    }
    case ControlRequest::Type::SetRuleEnabled: {
        if (!readRevision() || !readRuleId(true))
            return std::nullopt;
        const QJsonValue v = o.value(QStringLiteral("enabled"));
        if (v.isUndefined())
            return missing("enabled");
        if (!v.isBool())
            return wrongType("enabled", aBool);
        r.enabled = v.toBool();
        break;
    }
    case ControlRequest::Type::CloseConnection: {
        const QJsonValue v = o.value(QStringLiteral("connectionId"));
        if (v.isUndefined())
            return missing("connectionId");
        if (!readCount(v, &r.connectionId))
            return wrongType("connectionId", aCount);
        break;
    }
    case ControlRequest::Type::ResetCounters:
        if (!readRuleId(false))
            return std::nullopt;
        break;
    case ControlRequest::Type::Subscribe: {
        for (const auto &[field, target] :
             {std::pair<const char *, bool *>{"stats", &r.subscribeStats},
              std::pair<const char *, bool *>{"log", &r.subscribeLog}}) {
            const QJsonValue v = o.value(QLatin1String(field));
            if (v.isUndefined())
                continue;
            if (!v.isBool())
                return wrongType(field, aBool);
            *target = v.toBool();
        }
        const QJsonValue v = o.value(QStringLiteral("statsIntervalMs"));
        if (!v.isUndefined()) {
            quint64 ms = 0;
            if (!readCount(v, &ms))
                return wrongType("statsIntervalMs", aCount);
            r.statsIntervalMs =
                int(qBound<quint64>(ControlProtocol::kMinStatsIntervalMs, ms, 24 * 3600 * 1000));
        }
        break;
    }
    }
    return r;
}

// ---- replies ----------------------------------------------------------------------------------

QJsonObject okReply(quint64 id, const QJsonObject &result) {
    QJsonObject o = result;
    o.insert(QStringLiteral("reply"), count(id));
    o.insert(QStringLiteral("ok"), true);
    return o;
}

QJsonObject errorReply(quint64 id, const ControlError &error) {
    QJsonObject e;
    e.insert(QStringLiteral("code"), error.code);
    e.insert(QStringLiteral("message"), error.message);
    if (error.currentRevision != 0)
        e.insert(QStringLiteral("currentRevision"), count(error.currentRevision));
    if (!error.diagnostics.isEmpty())
        e.insert(QStringLiteral("diagnostics"), diagnosticsJson(error.diagnostics));
    QJsonObject o;
    o.insert(QStringLiteral("reply"), id == 0 ? QJsonValue(QJsonValue::Null) : count(id));
    o.insert(QStringLiteral("ok"), false);
    o.insert(QStringLiteral("error"), e);
    return o;
}

QJsonObject resultToJson(const ControlResult &result) {
    QJsonObject o;
    if (result.revision != 0)
        o.insert(QStringLiteral("revision"), count(result.revision));
    if (!result.diagnostics.isEmpty())
        o.insert(QStringLiteral("diagnostics"), diagnosticsJson(result.diagnostics));
    if (!result.ruleErrors.isEmpty()) {
        QJsonArray a;
        for (const RuleStartError &e : result.ruleErrors) {
            QJsonObject eo;
            eo.insert(QStringLiteral("ruleId"), e.ruleId);
            eo.insert(QStringLiteral("reason"), e.reason);
            a.append(eo);
        }
        o.insert(QStringLiteral("ruleErrors"), a);
    }
    if (!result.path.isEmpty())
        o.insert(QStringLiteral("path"), result.path);
    return o;
}

ControlResult resultFromJson(const QJsonObject &o) {
    ControlResult r;
    r.revision = countOr(o, QStringLiteral("revision"));
    r.diagnostics = diagnosticsFrom(o.value(QStringLiteral("diagnostics")));
    const QJsonArray errors = o.value(QStringLiteral("ruleErrors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject eo = v.toObject();
        RuleStartError e;
        e.ruleId = intOr(eo, QStringLiteral("ruleId"));
        e.reason = eo.value(QStringLiteral("reason")).toString();
        r.ruleErrors << e;
    }
    r.path = o.value(QStringLiteral("path")).toString();
    return r;
}

QJsonObject statusToJson(const ControlStatus &s) {
    QJsonObject o;
    o.insert(QStringLiteral("revision"), count(s.revision));
    o.insert(QStringLiteral("version"), s.version);
    o.insert(QStringLiteral("configPath"), s.configPath);
    o.insert(QStringLiteral("configFormat"), s.configFormat);
    o.insert(QStringLiteral("clients"), s.clients);
    o.insert(QStringLiteral("config"), configToJson(s.config));
    o.insert(QStringLiteral("stats"), statsToJson(s.stats));
    return o;
}

std::optional<ControlStatus> statusFromJson(const QJsonObject &o) {
    ControlStatus s;
    s.revision = countOr(o, QStringLiteral("revision"));
    s.version = o.value(QStringLiteral("version")).toString();
    s.configPath = o.value(QStringLiteral("configPath")).toString();
    s.configFormat = o.value(QStringLiteral("configFormat")).toString();
    s.clients = intOr(o, QStringLiteral("clients"));
    std::optional<Config> config = configFromJson(o.value(QStringLiteral("config")).toObject());
    std::optional<StatsSnapshot> stats = statsFromJson(o.value(QStringLiteral("stats")).toObject());
    if (!config || !stats)
        return std::nullopt;
    s.config = *config;
    s.stats = *stats;
    return s;
}

ControlError errorFromReply(const QJsonObject &reply) {
    const QJsonObject e = reply.value(QStringLiteral("error")).toObject();
    ControlError error;
    error.code = e.value(QStringLiteral("code")).toString();
    error.message = e.value(QStringLiteral("message")).toString();
    error.currentRevision = countOr(e, QStringLiteral("currentRevision"));
    error.diagnostics = diagnosticsFrom(e.value(QStringLiteral("diagnostics")));
    return error;
}

// ---- events -----------------------------------------------------------------------------------

namespace {
QJsonObject event(const char *name) {
    QJsonObject o;
    o.insert(QStringLiteral("event"), QLatin1String(name));
    return o;
}
} // namespace

QJsonObject helloEvent(const ControlHello &h) {
    QJsonObject o = event("hello");
    o.insert(QStringLiteral("protocol"), h.protocol);
    o.insert(QStringLiteral("program"), h.program);
    o.insert(QStringLiteral("version"), h.version);
    QJsonObject p;
    p.insert(QStringLiteral("change"), h.permissions.canChange);
    p.insert(QStringLiteral("reason"), h.permissions.reason);
    o.insert(QStringLiteral("permissions"), p);
    o.insert(QStringLiteral("user"), h.user);
    o.insert(QStringLiteral("uid"), double(h.uid));
    o.insert(QStringLiteral("configPath"), h.configPath);
    o.insert(QStringLiteral("configFormat"), h.configFormat);
    o.insert(QStringLiteral("revision"), count(h.revision));
    o.insert(QStringLiteral("clients"), h.clients);
    return o;
}

std::optional<ControlHello> helloFromJson(const QJsonObject &o) {
    if (o.value(QStringLiteral("event")).toString() != QLatin1String("hello"))
        return std::nullopt;
    ControlHello h;
    h.protocol = intOr(o, QStringLiteral("protocol"), -1);
    if (h.protocol <= 0)
        return std::nullopt;
    h.program = o.value(QStringLiteral("program")).toString();
    h.version = o.value(QStringLiteral("version")).toString();
    const QJsonObject p = o.value(QStringLiteral("permissions")).toObject();
    h.permissions.canChange = p.value(QStringLiteral("change")).toBool(false);
    h.permissions.reason = p.value(QStringLiteral("reason")).toString();
    h.user = o.value(QStringLiteral("user")).toString();
    h.uid = qint64(o.value(QStringLiteral("uid")).toDouble(-1));
    h.configPath = o.value(QStringLiteral("configPath")).toString();
    h.configFormat = o.value(QStringLiteral("configFormat")).toString();
    h.revision = countOr(o, QStringLiteral("revision"));
    h.clients = intOr(o, QStringLiteral("clients"));
    return h;
}

QJsonObject configChangedEvent(quint64 revision, const Config &config) {
    QJsonObject o = event("configChanged");
    o.insert(QStringLiteral("revision"), count(revision));
    o.insert(QStringLiteral("config"), configToJson(config));
    return o;
}

QJsonObject statsEvent(const StatsSnapshot &snapshot) {
    QJsonObject o = event("stats");
    o.insert(QStringLiteral("stats"), statsToJson(snapshot));
    return o;
}

QJsonObject logEvent(const QVector<LogEvent> &entries, quint64 dropped) {
    QJsonObject o = event("log");
    QJsonArray a;
    for (const LogEvent &e : entries)
        a.append(logEntryToJson(e));
    o.insert(QStringLiteral("entries"), a);
    o.insert(QStringLiteral("dropped"), count(dropped));
    return o;
}

QVector<LogEvent> logEntriesFromJson(const QJsonObject &event, quint64 *dropped) {
    QVector<LogEvent> out;
    const QJsonArray a = event.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : a) {
        if (auto e = logEntryFromJson(v.toObject()))
            out << *e;
    }
    if (dropped)
        *dropped = countOr(event, QStringLiteral("dropped"));
    return out;
}

QJsonObject goodbyeEvent(const QString &reason) {
    QJsonObject o = event("goodbye");
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

QString goodbyeReason(const QJsonObject &event) {
    return event.value(QStringLiteral("reason")).toString();
}

std::optional<ControlServerMessage> parseServerMessage(const QByteArray &line) {
    if (line.size() > ControlProtocol::kMaxServerMessageBytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    ControlServerMessage m;
    m.object = doc.object();
    if (m.object.contains(QStringLiteral("reply"))) {
        m.kind = ControlServerMessage::Kind::Reply;
        const QJsonValue id = m.object.value(QStringLiteral("reply"));
        if (!id.isNull() && !readCount(id, &m.replyTo))
            return std::nullopt;
        const QJsonValue ok = m.object.value(QStringLiteral("ok"));
        if (!ok.isBool())
            return std::nullopt;
        m.ok = ok.toBool();
        return m;
    }
    const QJsonValue name = m.object.value(QStringLiteral("event"));
    if (!name.isString())
        return std::nullopt;
    m.kind = ControlServerMessage::Kind::Event;
    m.event = name.toString();
    return m;
}

// ---- parts ------------------------------------------------------------------------------------

QJsonObject configToJson(const Config &config) {
    return JsonConfigWriter::toJson(config);
}

std::optional<Config> configFromJson(const QJsonObject &object,
                                     QVector<ConfigDiagnostic> *diagnostics) {
    // The reader is the one that reads JSON files: same checks, same messages.
    JsonConfigReader reader(QStringLiteral("<control>"));
    Config config = reader.read(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (diagnostics)
        *diagnostics = reader.diagnostics();
    if (reader.rejectedDocument() || hasErrors(reader.diagnostics()))
        return std::nullopt;
    return config;
}

QString ruleStateName(RuleState state) {
    switch (state) {
    case RuleState::Disabled:
        return QStringLiteral("disabled");
    case RuleState::Listening:
        return QStringLiteral("listening");
    case RuleState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

std::optional<RuleState> ruleStateFromName(const QString &name) {
    for (RuleState s : {RuleState::Disabled, RuleState::Listening, RuleState::Error}) {
        if (ruleStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject statsToJson(const StatsSnapshot &snapshot) {
    QJsonObject o;
    o.insert(QStringLiteral("takenAt"), timeText(snapshot.takenAt));
    o.insert(QStringLiteral("bufferedBytes"), count(snapshot.bufferedBytes));
    QJsonArray rules;
    for (const RuleStats &r : snapshot.rules) {
        QJsonObject ro;
        ro.insert(QStringLiteral("ruleId"), r.ruleId);
        ro.insert(QStringLiteral("state"), ruleStateName(r.state));
        ro.insert(QStringLiteral("error"), r.error);
        ro.insert(QStringLiteral("active"), count(r.active));
        ro.insert(QStringLiteral("accepted"), count(r.accepted));
        ro.insert(QStringLiteral("refused"), count(r.refused));
        ro.insert(QStringLiteral("failed"), count(r.failed));
        ro.insert(QStringLiteral("bytesFromClient"), count(r.bytesFromClient));
        ro.insert(QStringLiteral("bytesToClient"), count(r.bytesToClient));
        ro.insert(QStringLiteral("datagramsFromClient"), count(r.datagramsFromClient));
        ro.insert(QStringLiteral("datagramsToClient"), count(r.datagramsToClient));
        ro.insert(QStringLiteral("dropped"), count(r.dropped));
        rules.append(ro);
    }
    o.insert(QStringLiteral("rules"), rules);
    QJsonArray connections;
    const qsizetype listed =
        qMin<qsizetype>(snapshot.connections.size(), ControlProtocol::kMaxConnectionsPerSnapshot);
    for (qsizetype i = 0; i < listed; ++i) {
        const ConnectionStats &c = snapshot.connections.at(i);
        QJsonObject co;
        co.insert(QStringLiteral("id"), count(c.id));
        co.insert(QStringLiteral("ruleId"), c.ruleId);
        co.insert(QStringLiteral("clientAddress"), c.clientAddress.toString());
        co.insert(QStringLiteral("clientPort"), int(c.clientPort));
        if (!c.originalAddress.isNull()) { // intercepted connections only
            co.insert(QStringLiteral("originalAddress"), c.originalAddress.toString());
            co.insert(QStringLiteral("originalPort"), int(c.originalPort));
        }
        co.insert(QStringLiteral("started"), timeText(c.started));
        co.insert(QStringLiteral("bytesFromClient"), count(c.bytesFromClient));
        co.insert(QStringLiteral("bytesToClient"), count(c.bytesToClient));
        co.insert(QStringLiteral("udp"), c.udp);
        connections.append(co);
    }
    o.insert(QStringLiteral("connections"), connections);
    o.insert(QStringLiteral("connectionsOmitted"),
             count(quint64(snapshot.connections.size() - listed)));
    return o;
}

std::optional<StatsSnapshot> statsFromJson(const QJsonObject &o) {
    if (!o.value(QStringLiteral("rules")).isArray() ||
        !o.value(QStringLiteral("connections")).isArray())
        return std::nullopt;
    StatsSnapshot s;
    s.takenAt = timeFrom(o.value(QStringLiteral("takenAt")).toString());
    s.bufferedBytes = countOr(o, QStringLiteral("bufferedBytes"));
    const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject ro = v.toObject();
        RuleStats r;
        r.ruleId = intOr(ro, QStringLiteral("ruleId"));
        r.state = ruleStateFromName(ro.value(QStringLiteral("state")).toString())
                      .value_or(RuleState::Error);
        r.error = ro.value(QStringLiteral("error")).toString();
        r.active = countOr(ro, QStringLiteral("active"));
        r.accepted = countOr(ro, QStringLiteral("accepted"));
        r.refused = countOr(ro, QStringLiteral("refused"));
        r.failed = countOr(ro, QStringLiteral("failed"));
        r.bytesFromClient = countOr(ro, QStringLiteral("bytesFromClient"));
        r.bytesToClient = countOr(ro, QStringLiteral("bytesToClient"));
        r.datagramsFromClient = countOr(ro, QStringLiteral("datagramsFromClient"));
        r.datagramsToClient = countOr(ro, QStringLiteral("datagramsToClient"));
        r.dropped = countOr(ro, QStringLiteral("dropped"));
        s.rules << r;
    }
    const QJsonArray connections = o.value(QStringLiteral("connections")).toArray();
    for (const QJsonValue &v : connections) {
        const QJsonObject co = v.toObject();
        ConnectionStats c;
        c.id = countOr(co, QStringLiteral("id"));
        c.ruleId = intOr(co, QStringLiteral("ruleId"));
        c.clientAddress = QHostAddress(co.value(QStringLiteral("clientAddress")).toString());
        c.clientPort = quint16(qBound(0, intOr(co, QStringLiteral("clientPort")), 65535));
        c.originalAddress = QHostAddress(co.value(QStringLiteral("originalAddress")).toString());
        c.originalPort = quint16(qBound(0, intOr(co, QStringLiteral("originalPort")), 65535));
        c.started = timeFrom(co.value(QStringLiteral("started")).toString());
        c.bytesFromClient = countOr(co, QStringLiteral("bytesFromClient"));
        c.bytesToClient = countOr(co, QStringLiteral("bytesToClient"));
        c.udp = co.value(QStringLiteral("udp")).toBool();
        s.connections << c;
    }
    return s;
}

QJsonObject logEntryToJson(const LogEvent &e) {
    QJsonObject o;
    o.insert(QStringLiteral("time"),
             e.msSinceEpoch > 0 ? timeText(QDateTime::fromMSecsSinceEpoch(e.msSinceEpoch, Qt::UTC))
                                : QString());
    o.insert(QStringLiteral("ruleId"), e.ruleId);
    o.insert(QStringLiteral("result"), QLatin1String(LogEvent::resultText(e.result)));
    o.insert(QStringLiteral("client"), e.client.toString());
    o.insert(QStringLiteral("bindHost"), e.bindHost);
    o.insert(QStringLiteral("bindPort"), int(e.bindPort));
    o.insert(QStringLiteral("connectHost"), e.connectHost);
    o.insert(QStringLiteral("connectPort"), int(e.connectPort));
    o.insert(QStringLiteral("bytesFromClient"), count(e.bytesFromClient));
    o.insert(QStringLiteral("bytesToClient"), count(e.bytesToClient));
    o.insert(QStringLiteral("durationMs"), double(e.durationMs));
    return o;
}

std::optional<LogEvent> logEntryFromJson(const QJsonObject &o) {
    const QString resultText = o.value(QStringLiteral("result")).toString();
    std::optional<LogEvent::Result> result;
    for (int i = int(LogEvent::Result::Opened); i <= int(LogEvent::Result::ClosedByOperator); ++i) {
        if (resultText == QLatin1String(LogEvent::resultText(LogEvent::Result(i))))
            result = LogEvent::Result(i);
    }
    if (!result)
        return std::nullopt;
    LogEvent e;
    e.result = *result;
    const QDateTime time = timeFrom(o.value(QStringLiteral("time")).toString());
    e.msSinceEpoch = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    e.ruleId = intOr(o, QStringLiteral("ruleId"));
    e.client = QHostAddress(o.value(QStringLiteral("client")).toString());
    e.bindHost = o.value(QStringLiteral("bindHost")).toString();
    e.bindPort = quint16(qBound(0, intOr(o, QStringLiteral("bindPort")), 65535));
    e.connectHost = o.value(QStringLiteral("connectHost")).toString();
    e.connectPort = quint16(qBound(0, intOr(o, QStringLiteral("connectPort")), 65535));
    e.bytesFromClient = countOr(o, QStringLiteral("bytesFromClient"));
    e.bytesToClient = countOr(o, QStringLiteral("bytesToClient"));
    e.durationMs = qint64(countOr(o, QStringLiteral("durationMs")));
    return e;
}

QJsonObject diagnosticToJson(const ConfigDiagnostic &d) {
    QJsonObject o;
    o.insert(QStringLiteral("file"), d.file);
    o.insert(QStringLiteral("line"), d.line);
    o.insert(QStringLiteral("column"), d.column);
    o.insert(QStringLiteral("severity"),
             d.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
    o.insert(QStringLiteral("message"), d.message);
    return o;
}

std::optional<ConfigDiagnostic> diagnosticFromJson(const QJsonObject &o) {
    if (!o.value(QStringLiteral("message")).isString())
        return std::nullopt;
    ConfigDiagnostic d;
    d.file = o.value(QStringLiteral("file")).toString();
    d.line = intOr(o, QStringLiteral("line"));
    d.column = intOr(o, QStringLiteral("column"));
    d.severity = o.value(QStringLiteral("severity")).toString() == QLatin1String("warning")
                     ? ConfigDiagnostic::Severity::Warning
                     : ConfigDiagnostic::Severity::Error;
    d.message = o.value(QStringLiteral("message")).toString();
    return d;
}

} // namespace ControlMessages
