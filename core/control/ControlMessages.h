#pragma once
// PUBLIC API: every message of the control protocol (docs/control-protocol.md), built and parsed
// in this one place. Server and client both use these types; nothing else spells a field name.

#include "Config.h"
#include "ConfigDiagnostic.h"
#include "LogEvent.h"
#include "RuleStartError.h"
#include "StatsSnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace ControlProtocol {
constexpr int kVersion = 1;
// Longest message, the newline not counted.
constexpr int kMaxMessageBytes = 1024 * 1024;
// What a client accepts from the service: a status of a busy service is larger than a request.
constexpr int kMaxServerMessageBytes = 64 * 1024 * 1024;
// Connections listed in one stats snapshot; the rest are counted in "connectionsOmitted".
constexpr int kMaxConnectionsPerSnapshot = 5000;
constexpr int kMinStatsIntervalMs = 250;

// Error codes (ControlError::code).
inline const QString kMalformed = QStringLiteral("malformed");
inline const QString kTooLarge = QStringLiteral("too-large");
inline const QString kUnknownRequest = QStringLiteral("unknown-request");
inline const QString kMissingField = QStringLiteral("missing-field");
inline const QString kPermission = QStringLiteral("permission");
inline const QString kConflict = QStringLiteral("conflict");
inline const QString kInvalid = QStringLiteral("invalid");
inline const QString kNoSuchRule = QStringLiteral("no-such-rule");
inline const QString kNoSuchConnection = QStringLiteral("no-such-connection");
inline const QString kSaveFailed = QStringLiteral("save-failed");
inline const QString kBusy = QStringLiteral("busy");
// Client side only: the connection ended before the reply came.
inline const QString kDisconnected = QStringLiteral("disconnected");
} // namespace ControlProtocol

// What the caller may do, as the server decided from its OS identity.
struct ControlPermissions {
    bool canChange = false;
    QString reason; // "root", "member of group portrelay", "you are not in group portrelay", ...
};

// The server's first message.
struct ControlHello {
    int protocol = 0;
    QString program;
    QString version;
    ControlPermissions permissions;
    QString user;
    qint64 uid = -1;
    QString configPath;
    QString configFormat; // "rinetd" or "json"
    quint64 revision = 0;
    int clients = 0;
};

// An error reply's payload. code is one of ControlProtocol::k*.
struct ControlError {
    QString code;
    QString message;
    quint64 currentRevision = 0;           // conflict: the revision the change should base on
    QVector<ConfigDiagnostic> diagnostics; // invalid: what is wrong with the config
};

// The result of a change: apply, reload, setRuleEnabled, closeConnection, resetCounters, save,
// subscribe. Fields a request does not produce stay empty.
struct ControlResult {
    quint64 revision = 0;
    QVector<RuleStartError> ruleErrors;
    QVector<ConfigDiagnostic> diagnostics; // warnings
    QString path;                          // save: the file written
};

// The reply to `status`.
struct ControlStatus {
    quint64 revision = 0;
    QString version;
    QString configPath;
    QString configFormat;
    int clients = 0;
    Config config;
    StatsSnapshot stats;
};

// One request, as the client sends it and the server reads it.
struct ControlRequest {
    enum class Type {
        Status,
        GetConfig,
        Apply,
        SetRuleEnabled,
        CloseConnection,
        ResetCounters,
        Save,
        Reload,
        Subscribe,
    };
    quint64 id = 0;
    Type type = Type::Status;
    quint64 baseRevision = 0; // apply, setRuleEnabled
    Config config;            // apply
    int ruleId = 0;           // setRuleEnabled, resetCounters (0: every rule)
    bool enabled = true;      // setRuleEnabled
    quint64 connectionId = 0; // closeConnection
    bool subscribeStats = false;
    bool subscribeLog = false;
    int statsIntervalMs = ControlProtocol::kMinStatsIntervalMs;

    static QString typeName(Type type);
    // Whether the request changes something (needs ControlPermissions::canChange).
    static bool changes(Type type);
};

// A message from the server, classified; the payload is read with the parse functions below.
struct ControlServerMessage {
    enum class Kind { Reply, Event };
    Kind kind = Kind::Event;
    // Reply: the request's id (0 when the server could not read one) and whether it succeeded.
    quint64 replyTo = 0;
    bool ok = false;
    QString event; // Event: its name
    QJsonObject object;
};

// A failed parse of a request: the error to reply with, and the request's id when it could be
// read (0 otherwise).
struct ControlRequestError {
    quint64 id = 0;
    ControlError error;
};

namespace ControlMessages {
// One message: compact JSON and the newline.
QByteArray encode(const QJsonObject &message);

// ---- requests (client -> server) ----
QJsonObject requestToJson(const ControlRequest &request);
// Parses one line (without its newline). Never throws; any byte sequence gives a request or an
// error.
std::optional<ControlRequest> parseRequest(const QByteArray &line, ControlRequestError *error);

// ---- replies (server -> client) ----
QJsonObject okReply(quint64 id, const QJsonObject &result = QJsonObject());
QJsonObject errorReply(quint64 id, const ControlError &error);
QJsonObject resultToJson(const ControlResult &result);
QJsonObject statusToJson(const ControlStatus &status);

// ---- events (server -> client) ----
QJsonObject helloEvent(const ControlHello &hello);
QJsonObject configChangedEvent(quint64 revision, const Config &config);
QJsonObject statsEvent(const StatsSnapshot &snapshot);
QJsonObject logEvent(const QVector<LogEvent> &entries, quint64 dropped);
QJsonObject goodbyeEvent(const QString &reason);

// ---- reading what the server sent (client side) ----
// Classifies one line; nothing when it is not a JSON object with "reply" or "event".
std::optional<ControlServerMessage> parseServerMessage(const QByteArray &line);
std::optional<ControlHello> helloFromJson(const QJsonObject &object);
ControlError errorFromReply(const QJsonObject &reply);
ControlResult resultFromJson(const QJsonObject &object);
std::optional<ControlStatus> statusFromJson(const QJsonObject &object);
QVector<LogEvent> logEntriesFromJson(const QJsonObject &event, quint64 *dropped = nullptr);
QString goodbyeReason(const QJsonObject &event);

// ---- the parts ----
QJsonObject configToJson(const Config &config);
// Nothing when the document is not a readable config (diagnostics say why).
std::optional<Config> configFromJson(const QJsonObject &object,
                                     QVector<ConfigDiagnostic> *diagnostics = nullptr);
QJsonObject statsToJson(const StatsSnapshot &snapshot);
std::optional<StatsSnapshot> statsFromJson(const QJsonObject &object);
QJsonObject logEntryToJson(const LogEvent &entry);
std::optional<LogEvent> logEntryFromJson(const QJsonObject &object);
QJsonObject diagnosticToJson(const ConfigDiagnostic &diagnostic);
std::optional<ConfigDiagnostic> diagnosticFromJson(const QJsonObject &object);
QString ruleStateName(RuleState state);
std::optional<RuleState> ruleStateFromName(const QString &name);
} // namespace ControlMessages

Q_DECLARE_METATYPE(ControlHello)
Q_DECLARE_METATYPE(ControlError)
Q_DECLARE_METATYPE(ControlResult)
Q_DECLARE_METATYPE(ControlStatus)
