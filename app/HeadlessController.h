#pragma once

#include "CommandLine.h"
#include "Config.h"
#include "PidFile.h"
#include "PrivilegeDrop.h"
#include "RuleStartError.h"

#include <QObject>
#include <QStringList>

#include <memory>

class EngineHost;
class UnixSignalWatcher;

// The headless drop-in for rinetd: reads the config, runs the engine, answers SIGHUP (reload),
// SIGTERM/SIGINT (clean stop), writes the pid file and drops root once the listeners are bound.
// A thin client of EngineHost, like the main window.
class HeadlessController : public QObject {
    Q_OBJECT
public:
    explicit HeadlessController(const CommandLine &commandLine, QObject *parent = nullptr);
    ~HeadlessController() override;

    // Loads the config and starts the engine. False when the program must end right away, with
    // *exitCode set (1: unreadable file, config errors, bad --user; as rinetd).
    bool start(int *exitCode);

private:
    enum class LoadOutcome { Loaded, Unreadable, HasErrors };
    LoadOutcome loadConfig(Config *config);
    void onSignal(int signalNumber);
    void onApplied(const RuleStartErrors &errors);
    void finishStartup(const RuleStartErrors &errors);
    void reload();
    void stop(int exitCode);
    QString describeRule(const RuleStartError &error) const;

    CommandLine m_commandLine;
    Config m_running; // the config the engine was last given
    int m_pendingApplies = 0;
    bool m_started = false; // the first apply() has been answered
    bool m_stopping = false;
    PidFile m_pidFile;
    PrivilegeDrop m_privilegeDrop;
    std::unique_ptr<UnixSignalWatcher> m_signals;
    std::unique_ptr<EngineHost> m_engine;
};
