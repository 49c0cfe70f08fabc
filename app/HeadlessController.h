#pragma once

#include "CommandLine.h"
#include "Config.h"
#include "ConfigLoader.h"
#include "ControlHandler.h"
#include "DescriptorReserve.h"
#include "PidFile.h"
#include "PrivilegeDrop.h"

#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

class ControlServer;
class EngineGroup;
class UnixSignalWatcher;

// The headless drop-in for rinetd: reads the config, runs the engine, answers SIGHUP (reload),
// SIGTERM/SIGINT (clean stop), writes the pid file and drops root once the listeners are bound.
// A thin client of EngineGroup, like the main window. Serves the control socket (ControlServer),
// for which it is the ControlHandler.
class HeadlessController : public QObject, private ControlHandler {
    Q_OBJECT
public:
    explicit HeadlessController(const CommandLine &commandLine, QObject *parent = nullptr);
    ~HeadlessController() override;

    // Loads the config and starts the engine. False when the program must end right away, with
    // *exitCode set (1: unreadable file, config errors, bad --user; as rinetd).
    bool start(int *exitCode);
    // Runs this config instead of reading the command line's file (a reload re-applies it).
    void setInlineConfig(const Config &config) { m_inlineConfig = config; }

private:
    enum class LoadOutcome { Loaded, Unreadable, HasErrors };
    LoadOutcome loadConfig(Config *config, QVector<ConfigDiagnostic> *diagnostics = nullptr);
    bool startControl(int *exitCode);
    void onSignal(int signalNumber);
    void adoptInheritedSockets();
    void reportUnusedInheritedSockets();
    void onApplyFinished(const QVector<RuleStartError> &errors);
    void finishStartup(const QVector<RuleStartError> &errors);
    bool reload(QVector<ConfigDiagnostic> *diagnostics = nullptr, ApplyDone done = ApplyDone());
    void applyRunning(ApplyDone done);
    void stop(int exitCode);
    QString describeRule(const RuleStartError &error) const;

    // ControlHandler
    void applyConfig(const Config &config, ApplyDone done) override;
    bool reloadConfig(QVector<ConfigDiagnostic> *diagnostics, ApplyDone done) override;
    bool saveConfig(QString *error, QVector<ConfigDiagnostic> *warnings) override;
    void setRuleEnabled(int ruleId, bool enabled) override;
    void closeConnection(quint64 connectionId) override;
    void resetCounters(int ruleId) override;
    void setLogEventsWanted(bool wanted) override;

    CommandLine m_commandLine;
    std::optional<Config> m_inlineConfig;
    Config m_running;    // the config the engine was last given
    Config m_fileConfig; // as last read from or saved to the file (an in-place save's base)
    ConfigFormat m_format = ConfigFormat::RinetdConf; // of the file, kept by save
    // One entry per apply() the engine has not answered yet, in order; empty when nobody waits.
    std::deque<ApplyDone> m_pendingApplies;
    bool m_started = false; // the first apply() has been answered
    bool m_stopping = false;
    PidFile m_pidFile;
    DescriptorReserve m_reserve; // for reading the config when connections took every other
    PrivilegeDrop m_privilegeDrop;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<EngineGroup> m_engine;
    std::unique_ptr<ControlServer> m_control;
};
