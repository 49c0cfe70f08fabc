#include "HeadlessController.h"

#include "ConfigLoader.h"
#include "EngineHost.h"
#include "HeadlessLogging.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>

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

    qCInfo(lcHeadless).noquote() << tr("starting redirections...");
    m_engine = std::make_unique<EngineHost>();
    connect(m_engine->engine(), &RelayEngine::applied, this, &HeadlessController::onApplied);
    m_running = config;
    ++m_pendingApplies;
    m_engine->apply(config);
    return true;
}

HeadlessController::LoadOutcome HeadlessController::loadConfig(Config *config) {
    const QString &path = m_commandLine.configFile;
    const ConfigLoadResult result = loadConfigFile(path);
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

void HeadlessController::reload() {
    Config config;
    switch (loadConfig(&config)) {
    case LoadOutcome::Loaded:
        break;
    case LoadOutcome::Unreadable:
    case LoadOutcome::HasErrors:
        qCCritical(lcHeadless).noquote()
            << tr("%1 not applied: the running configuration is kept unchanged")
                   .arg(m_commandLine.configFile);
        return;
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
    ++m_pendingApplies;
    // Applied even when nothing changed: the engine reopens the log file, which is what
    // logrotate's postrotate SIGHUP expects.
    m_engine->apply(config);
}

void HeadlessController::onApplied(const RuleStartErrors &errors) {
    if (m_stopping)
        return;
    if (m_pendingApplies > 0)
        --m_pendingApplies;
    for (const RuleStartError &error : errors)
        qCCritical(lcHeadless).noquote() << describeRule(error);
    if (!m_started) {
        m_started = true;
        finishStartup(errors);
        return;
    }
    if (m_pendingApplies == 0)
        qCInfo(lcHeadless).noquote() << tr("configuration reloaded: %n rule(s) failed to start",
                                           nullptr, int(errors.size()));
}

void HeadlessController::finishStartup(const RuleStartErrors &errors) {
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
        return tr("cannot start a rule: %1")
            .arg(QStringLiteral("%1: %2").arg(error.ruleId).arg(error.reason));
    const QString bind = rule->bindProtocolExplicit || rule->bindProtocol == Protocol::Udp
                             ? rule->bindPort + QLatin1Char('/') + protocolName(rule->bindProtocol)
                             : rule->bindPort;
    const QString target =
        rule->connectProtocolExplicit || rule->connectProtocol == Protocol::Udp
            ? rule->connectPort + QLatin1Char('/') + protocolName(rule->connectProtocol)
            : rule->connectPort;
    const QString message = tr("cannot start rule \"%1 %2 %3 %4\": %5")
                                .arg(rule->bindHost, bind, rule->connectHost, target, error.reason);
    // FILE:LINE: like the parser's diagnostics, so an editor can jump to the rule.
    if (rule->sourceLine > 0)
        return QStringLiteral("%1:%2: %3")
            .arg(m_commandLine.configFile)
            .arg(rule->sourceLine)
            .arg(message);
    return QStringLiteral("%1: %2").arg(m_commandLine.configFile, message);
}
