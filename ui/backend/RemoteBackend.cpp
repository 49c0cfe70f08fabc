#include "RemoteBackend.h"

#include "ControlClient.h"

#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

Q_LOGGING_CATEGORY(lcRemote, "portrelay.remote")

namespace {
// Every argument of the command ssh hands to the remote shell, quoted for it.
QString shellQuoted(const QString &word) {
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@%+,");
    bool plain = !word.isEmpty();
    for (QChar c : word)
        plain = plain && safe.contains(c);
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Messages quote what a service or ssh said: no control characters reach the screen.
QString printable(const QString &text) {
    QString out;
    for (QChar c : text)
        out += c.isPrint() || c == QLatin1Char(' ') ? c : QLatin1Char('?');
    return out.trimmed();
}
} // namespace

RemoteBackend::RemoteBackend(const QString &target, QObject *parent)
    : RelayBackend(parent)
    , m_target(target)
    , m_client(new ControlClient(this)) {
    qRegisterMetaType<RuleStartErrors>();
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(2000);
    connect(&m_reconnect, &QTimer::timeout, this, &RemoteBackend::connectNow);

    connect(m_client, &ControlClient::connectFailed, this, &RemoteBackend::onLost);
    connect(m_client, &ControlClient::disconnected, this,
            [this] { onLost(m_client->errorString()); });
    connect(m_client, &ControlClient::helloReceived, this, &RemoteBackend::onHello);
    connect(m_client, &ControlClient::configReceived, this, &RemoteBackend::onConfigReceived);
    connect(m_client, &ControlClient::configChanged, this,
            [this](quint64 revision, const Config &config) {
                if (revision < m_revision)
                    return;
                m_revision = revision;
                m_config = config;
                // What this window changed itself it already shows; the reply says which
                // revision that was, and it may come after this event.
                if (!m_pending.isEmpty()) {
                    m_heldRevision = revision;
                    return;
                }
                if (!m_ownRevisions.contains(revision))
                    Q_EMIT configChanged(revision, config);
            });
    connect(m_client, &ControlClient::requestFinished, this, &RemoteBackend::onRequestFinished);
    connect(m_client, &ControlClient::requestFailed, this, &RemoteBackend::onRequestFailed);
    connect(m_client, &ControlClient::statsReceived, this, &RemoteBackend::onStats);
    connect(m_client, &ControlClient::logEventsDropped, this,
            [this](quint64 count) { m_logDropped += count; });
    connect(m_client, &ControlClient::logEventReceived, this, [this](const LogEvent &event) {
        const quint64 dropped = m_logDropped;
        m_logDropped = 0;
        Q_EMIT logEvent(event, dropped);
    });
    connect(m_client, &ControlClient::goodbyeReceived, this,
            [this](const QString &reason) { m_goodbye = printable(reason); });
}

RemoteBackend::~RemoteBackend() {
    shutdown();
}

bool RemoteBackend::isSshTarget(const QString &target) {
    return target.startsWith(QLatin1String("ssh://"), Qt::CaseInsensitive);
}

bool RemoteBackend::isValidTarget(const QString &target, QString *error) {
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (target.trimmed().isEmpty())
        return fail(tr("no service given"));
    if (!isSshTarget(target))
        return QDir::isAbsolutePath(target) ? true
                                            : fail(tr("a service's socket is an absolute path"));
    const QUrl url(target, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("expected ssh://user@host, ssh://host:port or ssh://host/path/to/socket"));
    return true;
}

QString RemoteBackend::systemSocketPath() {
    return ControlClient::defaultSocketPath();
}

void RemoteBackend::start() {
    m_shutDown = false;
    setState(ConnectionState::Connecting, tr("Connecting to %1…").arg(m_target));
    connectNow();
}

void RemoteBackend::connectNow() {
    if (m_shutDown)
        return;
    if (!isSshTarget(m_target)) {
        m_client->connectToSocket(m_target);
        return;
    }
    const QUrl url(m_target);
    const QString ssh = qEnvironmentVariableIsSet("PORTRELAY_SSH")
                            ? qEnvironmentVariable("PORTRELAY_SSH")
                            : QStringLiteral("ssh");
    QStringList args{QStringLiteral("-T")};
    if (url.port() > 0)
        args << QStringLiteral("-p") << QString::number(url.port());
    args << (url.userName().isEmpty() ? url.host()
                                      : url.userName() + QLatin1Char('@') + url.host());
    QStringList remote{QStringLiteral("portrelay"), QStringLiteral("ctl")};
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        remote << QStringLiteral("--control") << url.path();
    remote << QStringLiteral("--stdio");
    QStringList quoted;
    for (const QString &word : std::as_const(remote))
        quoted << shellQuoted(word);
    args << quoted.join(QLatin1Char(' '));

    if (m_ssh) {
        m_ssh->disconnect(this);
        m_ssh->kill();
        m_ssh->waitForFinished(1000);
        m_ssh->deleteLater();
    }
    m_sshStderr.clear();
    m_ssh = new QProcess(this);
    QProcess *process = m_ssh;
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        // Kept short: only the last words explain a failure.
        m_sshStderr =
            (m_sshStderr + QString::fromLocal8Bit(process->readAllStandardError())).right(2000);
    });
    connect(process, &QProcess::started, this, [this, process] {
        if (process == m_ssh)
            m_client->setTransport(process);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (process == m_ssh && e == QProcess::FailedToStart)
            onLost(process->errorString());
    });
    qCInfo(lcRemote).noquote() << "running" << ssh << args.join(QLatin1Char(' '));
    process->start(ssh, args, QIODevice::ReadWrite);
}

void RemoteBackend::onHello(const ControlHello &hello) {
    m_hello = hello;
    m_hasHello = true;
    m_revision = hello.revision;
    // A restarted service counts its revisions from the start again.
    m_ownRevisions.clear();
    m_heldRevision = 0;
    m_goodbye.clear();
    qCInfo(lcRemote).noquote() << "attached to" << m_target << "- config" << hello.configPath
                               << "revision" << hello.revision
                               << "- may change:" << hello.permissions.canChange
                               << hello.permissions.reason;
    Q_EMIT permissionsChanged(canChange(), readOnlyReason());
    m_configRequest = m_client->requestConfig();
    m_client->subscribe(true, m_logWanted);
}

void RemoteBackend::onConfigReceived(quint64 id, quint64 revision, const Config &config) {
    if (id != m_configRequest)
        return;
    m_configRequest = 0;
    m_revision = qMax(m_revision, revision);
    m_config = config;
    Q_EMIT configChanged(revision, config);
    setState(ConnectionState::Connected, QString());
    Q_EMIT permissionsChanged(canChange(), readOnlyReason());
}

void RemoteBackend::onRequestFinished(quint64 id, const ControlResult &result) {
    const auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return;
    const Pending what = pending.value();
    m_pending.erase(pending);
    if (result.revision > 0) {
        m_ownRevisions.insert(result.revision);
        m_revision = qMax(m_revision, result.revision);
    }
    switch (what) {
    case Pending::Apply:
        Q_EMIT applied(result.revision, result.ruleErrors);
        break;
    case Pending::Save:
        Q_EMIT runningConfigSaved(true, result.path);
        break;
    case Pending::Toggle:
    case Pending::Other:
        break;
    }
    releaseHeldConfig();
}

void RemoteBackend::onRequestFailed(quint64 id, const ControlError &error) {
    const auto pending = m_pending.find(id);
    if (id == m_configRequest) {
        m_configRequest = 0;
        onLost(refusalText(error));
        return;
    }
    if (pending == m_pending.end())
        return;
    const Pending what = pending.value();
    m_pending.erase(pending);
    const QString text = refusalText(error);
    qCInfo(lcRemote).noquote() << "refused:" << text;
    if (what == Pending::Save) {
        Q_EMIT runningConfigSaved(false, text);
    } else {
        Q_EMIT changeRefused(text, error.code == ControlProtocol::kConflict);
        // A toggle shows at once; refused, the rules go back to what the service runs.
        if (what == Pending::Toggle && m_hasHello)
            Q_EMIT configChanged(m_revision, m_config);
    }
    releaseHeldConfig();
}

bool RemoteBackend::changeInFlight() const {
    for (Pending what : m_pending)
        if (what == Pending::Apply || what == Pending::Toggle)
            return true;
    return false;
}

void RemoteBackend::sendQueuedToggle() {
    if (!m_queuedApplies.isEmpty() && !changeInFlight()) {
        const QueuedApply queued = m_queuedApplies.takeFirst();
        m_pending.insert(
            m_client->apply(queued.config, queued.basedOnLatest ? m_revision : queued.baseRevision),
            Pending::Apply);
    }
    if (m_queuedToggles.isEmpty() || changeInFlight())
        return;
    const auto [ruleId, enabled] = m_queuedToggles.takeFirst();
    setRuleEnabled(ruleId, enabled);
}

void RemoteBackend::releaseHeldConfig() {
    sendQueuedToggle();
    if (!m_pending.isEmpty() || m_heldRevision == 0)
        return;
    const quint64 held = m_heldRevision;
    m_heldRevision = 0;
    if (held == m_revision && !m_ownRevisions.contains(held))
        Q_EMIT configChanged(m_revision, m_config);
}

QString RemoteBackend::refusalText(const ControlError &error) const {
    QString text = printable(error.message.isEmpty() ? error.code : error.message);
    QStringList details;
    for (const ConfigDiagnostic &diagnostic : error.diagnostics)
        if (diagnostic.isError())
            details << printable(diagnostic.message);
    if (!details.isEmpty())
        text += QStringLiteral(": ") + details.mid(0, 5).join(QStringLiteral("; "));
    return text;
}

void RemoteBackend::onStats(const StatsSnapshot &snapshot) {
    // The service reports rule states in its snapshots only; the changes are found here.
    for (const RuleStats &rule : snapshot.rules) {
        const auto known = m_ruleStates.constFind(rule.ruleId);
        if (known != m_ruleStates.constEnd() && known.value() == rule.state)
            continue;
        m_ruleStates.insert(rule.ruleId, rule.state);
        Q_EMIT ruleStateChanged(rule.ruleId, rule.state, rule.error);
    }
    Q_EMIT statsUpdated(snapshot);
}

void RemoteBackend::onLost(const QString &reason) {
    const bool wasAttached = m_hasHello;
    m_hasHello = false;
    m_configRequest = 0;
    m_heldRevision = 0;
    m_queuedToggles.clear();
    m_queuedApplies.clear();
    m_ruleStates.clear();
    if (m_shutDown)
        return;
    QString why = !m_goodbye.isEmpty() ? m_goodbye : printable(reason);
    // ssh (or ctl behind it) says why on its last line.
    const QString sshSaid = printable(m_sshStderr.trimmed().section(QLatin1Char('\n'), -1));
    if (!sshSaid.isEmpty())
        why = sshSaid;
    const QString message =
        wasAttached ? tr("The connection to the service was lost (%1). Reconnecting…").arg(why)
                    : tr("No PortRelay service at %1 (%2). Trying again…").arg(m_target, why);
    setState(ConnectionState::Connecting, message);
    Q_EMIT permissionsChanged(false, readOnlyReason());
    m_reconnect.start();
}

void RemoteBackend::setState(ConnectionState state, const QString &message) {
    const bool changed = state != m_state || message != m_stateMessage;
    m_state = state;
    m_stateMessage = message;
    if (changed)
        Q_EMIT connectionStateChanged(state, message);
}

QString RemoteBackend::description() const {
    const QString path = m_hello.configPath.isEmpty() ? m_target : m_hello.configPath;
    if (!isSshTarget(m_target))
        return tr("system service (%1)").arg(path);
    const QUrl url(m_target);
    const QString host =
        url.userName().isEmpty() ? url.host() : url.userName() + QLatin1Char('@') + url.host();
    return tr("service on %1 (%2)").arg(host, m_hello.configPath.isEmpty() ? m_target : path);
}

bool RemoteBackend::canChange() const {
    return m_state == ConnectionState::Connected && m_hasHello && m_hello.permissions.canChange;
}

QString RemoteBackend::readOnlyReason() const {
    if (m_state != ConnectionState::Connected || !m_hasHello)
        return tr("not connected to the service");
    if (!m_hello.permissions.canChange)
        return printable(m_hello.permissions.reason);
    return QString();
}

void RemoteBackend::apply(const Config &config, quint64 baseRevision) {
    if (!canChange()) {
        Q_EMIT changeRefused(readOnlyReason(), false);
        return;
    }
    if (changeInFlight()) {
        m_queuedApplies.append({config, baseRevision, baseRevision == m_revision});
        return;
    }
    m_pending.insert(m_client->apply(config, baseRevision), Pending::Apply);
}

void RemoteBackend::setRuleEnabled(int ruleId, bool enabled) {
    if (!canChange()) {
        Q_EMIT changeRefused(readOnlyReason(), false);
        if (m_hasHello)
            Q_EMIT configChanged(m_revision, m_config);
        return;
    }
    if (changeInFlight()) {
        m_queuedToggles.append({ruleId, enabled});
        return;
    }
    m_pending.insert(m_client->setRuleEnabled(ruleId, enabled, m_revision), Pending::Toggle);
}

void RemoteBackend::closeConnection(quint64 connectionId) {
    if (!canChange()) {
        Q_EMIT changeRefused(readOnlyReason(), false);
        return;
    }
    m_pending.insert(m_client->closeConnection(connectionId), Pending::Other);
}

void RemoteBackend::resetCounters(int ruleId) {
    if (!canChange()) {
        Q_EMIT changeRefused(readOnlyReason(), false);
        return;
    }
    m_pending.insert(m_client->resetCounters(ruleId), Pending::Other);
}

void RemoteBackend::saveRunningConfig() {
    if (!canChange()) {
        Q_EMIT runningConfigSaved(false, readOnlyReason());
        return;
    }
    m_pending.insert(m_client->save(), Pending::Save);
}

void RemoteBackend::setLogEventsWanted(bool wanted) {
    m_logWanted = wanted;
    if (m_hasHello)
        m_client->subscribe(true, wanted);
}

void RemoteBackend::shutdown() {
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_reconnect.stop();
    m_client->disconnectFromService();
    if (m_ssh) {
        m_ssh->disconnect(this);
        m_ssh->closeWriteChannel();
        if (!m_ssh->waitForFinished(2000)) {
            m_ssh->kill();
            m_ssh->waitForFinished(1000);
        }
    }
    setState(ConnectionState::Disconnected, tr("Disconnected."));
}
