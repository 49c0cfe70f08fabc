#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"
#include "RuleStartError.h"

#include <QString>
#include <QVector>

#include <functional>

// What the control server asks of the service that runs it (the headless controller). The
// server has already checked permission, revision and validity; the handler changes the running
// state and calls ControlServer::setRunningConfig() whenever the running config changes, before
// it returns.
class ControlHandler {
public:
    using ApplyDone = std::function<void(const QVector<RuleStartError> &errors)>;

    virtual ~ControlHandler() = default;

    // Replaces the running config (valid, rule ids as the client sent them); `done` runs once
    // the engine has started the rules.
    virtual void applyConfig(const Config &config, ApplyDone done) = 0;
    // Re-reads the service's file, as SIGHUP does. False, with the file's diagnostics, when it
    // cannot be used (the running config is then unchanged and `done` never runs).
    virtual bool reloadConfig(QVector<ConfigDiagnostic> *diagnostics, ApplyDone done) = 0;
    // Writes the running config to the service's file. Warnings: what the format cannot express.
    virtual bool saveConfig(QString *error, QVector<ConfigDiagnostic> *warnings) = 0;
    virtual void setRuleEnabled(int ruleId, bool enabled) = 0;
    virtual void closeConnection(quint64 connectionId) = 0;
    virtual void resetCounters(int ruleId) = 0;
    // Whether some client subscribed to connection log events.
    virtual void setLogEventsWanted(bool wanted) = 0;
};
