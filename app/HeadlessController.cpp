#include "HeadlessController.h"

#include "ConfigLoader.h"
#include "ConfigValidator.h"
#include "ControlServer.h"
#include "EngineGroup.h"
#include "HeadlessLogging.h"
#include "JsonConfigWriter.h"
#include "ListenFds.h"
#include "RelayOptions.h"
#include "RinetdConfigWriter.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <csignal>

Q_LOGGING_CATEGORY(lcHeadless, "portrelay.headless", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnostic, lcDiagnosticName, QtInfoMsg)

namespace {
const char *signalName(int signalNumber) {
    switch (signalNumber) {
    case SIGHUP:
        return "SIGHUP";
    case SIGTERM:
        return "SIGTERM";
    case SIGINT:
        return "SIGINT";
    default:
        return "signal";
    }
}

// Writes the service's file in the format it was read in (atomic). A rinetd.conf is edited in
// place, as the desktop editor saves it: only the lines of what changed are rewritten, every
// other byte (comments, alignment, other variants' directives) stays, and the previous version is
// kept as PATH.bak. READ: the config as last read from or written to PATH, which refuses a file
// someone else changed since. *NEWLINES: each rule's line in the file written.
bool writeServiceConfigFile(const Config &config, const QString &path, ConfigFormat format,
                            const Config &read, QString *error, QVector<ConfigDiagnostic> *warnings,
                            QVector<int> *newLines) {
    // A file removed since the start is written whole: there is nothing to keep.
    if (format == ConfigFormat::RinetdConf && QFileInfo::exists(path))
        return saveConfigInPlace(config, path, error, warnings, &read, newLines);
    QByteArray data;
    if (format == ConfigFormat::Json) {
        data = JsonConfigWriter::write(config);
    } else {
        RinetdConfigWriter writer(path);
        data = writer.write(config).toUtf8();
        *warnings += writer.warnings();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("HeadlessController", "cannot write %1: %2")
                     .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

int enabledRuleCount(const Config &config) {
    int count = 0;
    for (const Rule &rule : config.rules)
        count += rule.enabled ? 1 : 0;
    return count;
}
} // namespace

HeadlessController::HeadlessController(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine) {}

HeadlessController::~HeadlessController() {
    // Normally stop() has run; this covers an early return from the event loop.
    if (m_engine)
        m_engine->shutdown();
}

bool HeadlessController::start(int *exitCode) {
    // A daemon whose stderr (or a client) went away must not die of SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);

    // Signals first, so that a SIGTERM arriving during start-up is a clean stop, not a kill.
    m_signals = std::make_unique<UnixSignalWatcher>();
    for (int signalNumber : {SIGHUP, SIGTERM, SIGINT}) {
        if (!m_signals->watch(signalNumber)) {
            qCCritical(lcHeadless).noquote() << m_signals->errorString();
            *exitCode = 1;
            return false;
        }
    }
    connect(m_signals.get(), &UnixSignalWatcher::signalReceived, this,
            &HeadlessController::onSignal);

    adoptInheritedSockets();

    // A wrong --user must fail before anything is bound or written.
    if (!m_commandLine.user.isEmpty()) {
        QString error;
        if (!m_privilegeDrop.prepare(m_commandLine.user, &error)) {
            qCCritical(lcHeadless).noquote() << error;
            *exitCode = 1;
            return false;
        }
    }

    Config config;
    if (loadConfig(&config) != LoadOutcome::Loaded) {
        *exitCode = 1;
        return false;
    }
    if (!m_commandLine.user.isEmpty()) {
        // Switching users drops every capability, and with it what transparent=yes needs for
        // each connection: refuse now rather than fail every connection later.
        for (const Rule &rule : std::as_const(config.rules)) {
            if (rule.enabled && RelayOptions::isTransparent(rule)) {
                qCCritical(lcHeadless).noquote()
                    << tr("rule %1 uses transparent=yes, which needs CAP_NET_ADMIN for every "
                          "connection; --user %2 would give it up. Run without --user (as a "
                          "systemd service: User=%2 with AmbientCapabilities=CAP_NET_ADMIN).")
                           .arg(rule.id)
                           .arg(m_commandLine.user);
                *exitCode = 1;
                return false;
            }
        }
    }
    m_running = config;
    m_fileConfig = config;

    // Before the engine thread exists: the socket's mode is set through the process umask.
    if (!startControl(exitCode))
        return false;

    qCInfo(lcHeadless).noquote() << tr("starting redirections...");
    m_engine = std::make_unique<EngineGroup>(EngineGroup::threadCountFor(m_commandLine.threads));
    connect(m_engine.get(), &EngineGroup::applyFinished, this,
            &HeadlessController::onApplyFinished);
    if (m_control) {
        connect(m_engine.get(), &EngineGroup::statsUpdated, m_control.get(),
                &ControlServer::publishStats);
        connect(m_engine.get(), &EngineGroup::logEventsPublished, m_control.get(),
                &ControlServer::publishLogEvents);
    }
    applyRunning(ApplyDone());
    return true;
}

bool HeadlessController::startControl(int *exitCode) {
    const QString &requested = m_commandLine.controlPath;
    if (requested == QLatin1String("none"))
        return true;
    const QString path = requested.isEmpty() ? ControlServer::defaultSocketPath() : requested;
    if (path.isEmpty()) {
        qCWarning(lcHeadless).noquote()
            << tr("no control socket: XDG_RUNTIME_DIR is not set (use --control PATH)");
        return true;
    }
    m_control = std::make_unique<ControlServer>(static_cast<ControlHandler *>(this));
    m_control->setConfigFile(m_commandLine.configFile, m_format == ConfigFormat::Json
                                                           ? QStringLiteral("json")
                                                           : QStringLiteral("rinetd"));
    m_control->setRunningConfig(m_running);
    QString error;
    if (m_control->listen(path, &error))
        return true;
    m_control.reset();
    if (requested.isEmpty()) {
        // The default socket is a convenience: the relay serves without it.
        qCWarning(lcHeadless).noquote() << tr("no control socket: %1").arg(error);
        return true;
    }
    qCCritical(lcHeadless).noquote() << error;
    *exitCode = 1;
    return false;
}

void HeadlessController::applyRunning(ApplyDone done) {
    if (m_control)
        m_control->setRunningConfig(m_running);
    m_pendingApplies.push_back(std::move(done));
    m_engine->apply(m_running);
}

HeadlessController::LoadOutcome
HeadlessController::loadConfig(Config *config, QVector<ConfigDiagnostic> *diagnostics) {
    const QString &path = m_commandLine.configFile;
    ConfigLoadResult result;
    if (m_inlineConfig) {
        result.config = *m_inlineConfig;
        result.diagnostics = ConfigValidator::validate(result.config, path);
    } else {
        result = loadConfigFile(path);
    }
    if (diagnostics) {
        *diagnostics = result.diagnostics;
        if (!result.readable) {
            ConfigDiagnostic unreadable;
            unreadable.file = path;
            unreadable.message = result.readError;
            diagnostics->append(unreadable);
        }
    }
    if (!result.readable) {
        // The reader's message usually names the file already.
        qCCritical(lcHeadless).noquote()
            << (result.readError.contains(path)
                    ? tr("cannot read the configuration file: %1").arg(result.readError)
                    : tr("cannot read the configuration file %1: %2").arg(path, result.readError));
        return LoadOutcome::Unreadable;
    }
    for (const ConfigDiagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.isError())
            qCCritical(lcDiagnostic).noquote() << diagnostic.toString();
        else
            qCWarning(lcDiagnostic).noquote() << diagnostic.toString();
    }
    if (result.hasErrors())
        return LoadOutcome::HasErrors;
    *config = result.config;
    m_format = result.format;
    return LoadOutcome::Loaded;
}

void HeadlessController::onSignal(int signalNumber) {
    if (m_stopping)
        return;
    if (signalNumber == SIGHUP) {
        qCInfo(lcHeadless).noquote() << tr("received SIGHUP, reloading configuration...");
        reload();
        return;
    }
    qCInfo(lcHeadless).noquote()
        << tr("received %1, stopping...").arg(QString::fromLatin1(signalName(signalNumber)));
    stop(0);
}

bool HeadlessController::reload(QVector<ConfigDiagnostic> *diagnostics, ApplyDone done) {
    Config config;
    // Out of descriptors (a flood of connections), the file could not even be opened.
    m_reserve.release();
    const LoadOutcome outcome = loadConfig(&config, diagnostics);
    m_reserve.take();
    switch (outcome) {
    case LoadOutcome::Loaded:
        break;
    case LoadOutcome::Unreadable:
    case LoadOutcome::HasErrors:
        qCCritical(lcHeadless).noquote()
            << tr("%1 not applied: the running configuration is kept unchanged")
                   .arg(m_commandLine.configFile);
        return false;
    }
    if (config.pidFile != m_running.pidFile)
        qCWarning(lcHeadless).noquote()
            << tr("pidlogfile changed to %1: it takes effect at the next start")
                   .arg(config.pidFile);
    // Unchanged rules must keep their ids, or the engine would rebind them (and a swapped pair
    // would collide on its ports).
    config.adoptRuleIdsFrom(m_running);
    // The pid file stays where it was written, whatever the new config says.
    const QString pidFile = m_running.pidFile;
    m_running = config;
    m_running.pidFile = pidFile;
    m_fileConfig = m_running;
    // Applied even when nothing changed: the engine reopens the log file, which is what
    // logrotate's postrotate SIGHUP expects.
    applyRunning(std::move(done));
    return true;
}

void HeadlessController::onApplyFinished(const QVector<RuleStartError> &errors) {
    if (m_stopping)
        return;
    ApplyDone done;
    if (!m_pendingApplies.empty()) {
        done = std::move(m_pendingApplies.front());
        m_pendingApplies.pop_front();
    }
    for (const RuleStartError &error : errors)
        qCCritical(lcHeadless).noquote() << describeRule(error);
    reportUnusedInheritedSockets();
    if (done)
        done(errors);
    if (!m_started) {
        m_started = true;
        finishStartup(errors);
        return;
    }
    if (m_pendingApplies.empty())
        qCInfo(lcHeadless).noquote() << tr("configuration reloaded: %n rule(s) failed to start",
                                           nullptr, int(errors.size()));
}

void HeadlessController::finishStartup(const QVector<RuleStartError> &errors) {
    const int enabled = enabledRuleCount(m_running);
    // rinetd 0.73 exits when any rule cannot bind; PortRelay keeps the others serving and
    // gives up only when nothing at all could start.
    if (enabled > 0 && errors.size() >= enabled) {
        qCCritical(lcHeadless).noquote() << tr("no rule could start; exiting");
        stop(1);
        return;
    }
    // Before dropping root: the pid file usually lives in a root-owned directory.
    if (!m_running.pidFile.isEmpty()) {
        QString error;
        if (!m_pidFile.write(m_running.pidFile, &error)) {
            qCCritical(lcHeadless).noquote() << error;
            stop(1);
            return;
        }
    }
    if (!m_commandLine.user.isEmpty()) {
        QString error;
        // The connection log was created as root: the user must be able to reopen it on
        // SIGHUP (logrotate), or every later connection would go unlogged.
        if (m_running.logFormat != LogFormat::None &&
            !m_privilegeDrop.handOver(m_running.logFile, &error))
            qCWarning(lcHeadless).noquote() << error;
        if (!m_privilegeDrop.apply(&error)) {
            qCCritical(lcHeadless).noquote() << error;
            stop(1);
            return;
        }
        qCInfo(lcHeadless).noquote() << tr("running as user %1 (uid %2, gid %3)")
                                            .arg(m_commandLine.user)
                                            .arg(m_privilegeDrop.uid())
                                            .arg(m_privilegeDrop.gid());
    }
    qCInfo(lcHeadless).noquote()
        << tr("%n of %1 rule(s) started", nullptr, enabled - int(errors.size())).arg(enabled);
}

void HeadlessController::stop(int exitCode) {
    if (m_stopping)
        return;
    m_stopping = true;
    // Clients are told first; nothing they ask can reach a stopping engine.
    m_control.reset();
    m_pendingApplies.clear();
    if (m_engine) {
        // Stops listening, closes every connection and joins the engine thread.
        m_engine->shutdown();
        m_engine.reset();
    }
    QString error;
    if (!m_pidFile.remove(&error))
        qCWarning(lcHeadless).noquote() << error;
    if (exitCode == 0)
        qCInfo(lcHeadless).noquote() << tr("stopped");
    QCoreApplication::exit(exitCode);
}

QString HeadlessController::describeRule(const RuleStartError &error) const {
    // The admin knows the rule by its line, not its id.
    const Rule *rule = m_running.ruleById(error.ruleId);
    if (!rule)
        return tr("cannot start a rule: %1").arg(error.reason);
    const QString bind = rule->bindProtocolExplicit || rule->bindProtocol == Protocol::Udp
                             ? rule->bindPort + QLatin1Char('/') + protocolName(rule->bindProtocol)
                             : rule->bindPort;
    const QString target =
        rule->connectProtocolExplicit || rule->connectProtocol == Protocol::Udp
            ? rule->connectPort + QLatin1Char('/') + protocolName(rule->connectProtocol)
            : rule->connectPort;
    const QString message =
        tr("cannot start rule \"%1 %2 %3 %4\": %5")
            .arg(rule->bindHost, bind, rule->connectHost, target, error.reason.trimmed());
    // FILE:LINE: like the parser's diagnostics, so an editor can jump to the rule.
    if (rule->sourceLine > 0)
        return QStringLiteral("%1:%2: %3")
            .arg(m_commandLine.configFile)
            .arg(rule->sourceLine)
            .arg(message);
    return QStringLiteral("%1: %2").arg(m_commandLine.configFile, message);
}

void HeadlessController::adoptInheritedSockets() {
    QStringList problems;
    const int adopted = ListenFds::collectFromEnvironment(&problems);
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcHeadless).noquote() << problem;
    if (adopted > 0)
        qCInfo(lcHeadless).noquote()
            << tr("%n socket(s) received from the service manager", nullptr, adopted);
}

void HeadlessController::reportUnusedInheritedSockets() {
    // Kept open (the service manager would otherwise see the port closed), but nothing accepts
    // on it: clients wait in its queue until a reload brings a rule for it.
    const QStringList unused = ListenFds::unusedDescriptions();
    for (const QString &socket : unused)
        qCWarning(lcHeadless).noquote()
            << tr("inherited socket %1 matches no enabled rule: it is not served").arg(socket);
}

// ---- ControlHandler ---------------------------------------------------------------------------

void HeadlessController::applyConfig(const Config &config, ApplyDone done) {
    if (m_stopping || !m_engine)
        return;
    qCInfo(lcHeadless).noquote() << tr("applying a configuration from a control client");
    // As on reload: the pid file stays where it was written.
    const QString pidFile = m_running.pidFile;
    // The protocol does not carry file lines: a rule the client kept (same id) keeps its line,
    // so that a save rewrites it in place; the others are new.
    QHash<int, int> lineById;
    for (const Rule &rule : std::as_const(m_running.rules))
        lineById.insert(rule.id, rule.sourceLine);
    m_running = config;
    m_running.pidFile = pidFile;
    for (Rule &rule : m_running.rules)
        rule.sourceLine = lineById.value(rule.id, 0);
    applyRunning(std::move(done));
}

bool HeadlessController::reloadConfig(QVector<ConfigDiagnostic> *diagnostics, ApplyDone done) {
    if (m_stopping || !m_engine)
        return false;
    qCInfo(lcHeadless).noquote() << tr("reloading configuration for a control client...");
    return reload(diagnostics, std::move(done));
}

bool HeadlessController::saveConfig(QString *error, QVector<ConfigDiagnostic> *warnings) {
    QVector<int> lines;
    if (!writeServiceConfigFile(m_running, m_commandLine.configFile, m_format, m_fileConfig, error,
                                warnings, &lines))
        return false;
    // Where each rule now is in the file, for the next save.
    for (int i = 0; i < m_running.rules.size() && i < lines.size(); ++i)
        m_running.rules[i].sourceLine = lines.at(i);
    m_fileConfig = m_running;
    qCInfo(lcHeadless).noquote()
        << tr("running configuration saved to %1").arg(m_commandLine.configFile);
    return true;
}

void HeadlessController::setRuleEnabled(int ruleId, bool enabled) {
    Rule *rule = m_running.ruleById(ruleId);
    if (!rule || !m_engine)
        return;
    rule->enabled = enabled;
    m_engine->setRuleEnabled(ruleId, enabled);
    if (m_control)
        m_control->setRunningConfig(m_running);
}

void HeadlessController::closeConnection(quint64 connectionId) {
    if (m_engine)
        m_engine->closeConnection(connectionId);
}

void HeadlessController::resetCounters(int ruleId) {
    if (m_engine)
        m_engine->resetCounters(ruleId);
}

void HeadlessController::setLogEventsWanted(bool wanted) {
    if (m_engine)
        m_engine->setLogEventsPublished(wanted);
}
