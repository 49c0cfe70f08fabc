#include "ControlServer.h"

#include "ConfigValidator.h"
#include "ControlHandler.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <optional>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

Q_LOGGING_CATEGORY(lcControl, "portrelay.control", QtInfoMsg)

namespace {
constexpr int kReadChunk = 64 * 1024;
// What Qt may hold unread for one client (requests are not read while its replies pile up).
constexpr qint64 kReadBufferSize = 256 * 1024;

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

std::optional<gid_t> groupId(const QString &name) {
    std::vector<char> buffer(16384);
    group entry{};
    group *found = nullptr;
    if (getgrnam_r(name.toLocal8Bit().constData(), &entry, buffer.data(), buffer.size(), &found) !=
            0 ||
        !found)
        return std::nullopt;
    return found->gr_gid;
}

QString userName(uid_t uid) {
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return QString::number(uid);
    return QString::fromLocal8Bit(found->pw_name);
}

// The groups the user database gives the peer's user (what `id USER` lists).
bool userInGroup(uid_t uid, gid_t primaryGid, gid_t wanted) {
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return false;
    int count = 64;
    std::vector<gid_t> groups(count);
    for (int attempt = 0; attempt < 4; ++attempt) {
        int n = count;
        if (getgrouplist(found->pw_name, primaryGid, groups.data(), &n) >= 0) {
            for (int i = 0; i < n; ++i) {
                if (groups[i] == wanted)
                    return true;
            }
            return false;
        }
        count = qMax(n, count * 2);
        groups.resize(count);
    }
    return false;
}

// The directory of the default socket path: created when missing, and trusted only when it is
// a real directory (not a symlink) owned by this user that nobody else can write to.
bool prepareDirectory(const QString &dir, mode_t mode, QString *error) {
    const QByteArray path = QFile::encodeName(dir);
    if (::mkdir(path.constData(), mode) != 0 && errno != EEXIST) {
        *error = QCoreApplication::translate("ControlServer", "cannot create %1: %2")
                     .arg(dir, systemError(errno));
        return false;
    }
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *error = QCoreApplication::translate("ControlServer", "cannot open %1: %2")
                     .arg(dir, systemError(errno));
        return false;
    }
    struct stat st {};
    const bool statted = ::fstat(fd, &st) == 0;
    ::close(fd);
    if (!statted || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() ||
        (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        *error =
            QCoreApplication::translate(
                "ControlServer", "%1 is not a directory owned by this user and closed to others; "
                                 "not using it for the control socket")
                .arg(dir);
        return false;
    }
    return true;
}

// True when a service answers on PATH.
bool socketIsLive(const QByteArray &path) {
    sockaddr_un address{};
    if (path.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const bool live = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return live;
}
} // namespace

struct ControlServer::Client {
    QLocalSocket *socket = nullptr;
    ControlPermissions permissions;
    uid_t uid = uid_t(-1);
    QString user;
    QByteArray input;
    bool discarding = false; // inside a line that was too long: drop up to its newline
    bool paused = false;     // not reading requests until its replies are read
    int protocolErrors = 0;
    bool subscribedStats = false;
    bool subscribedLog = false;
    int statsIntervalMs = ControlProtocol::kMinStatsIntervalMs;
    qint64 lastStatsMs = -1000000;
    bool statsBehind = false; // skipped the latest snapshot (its interval had not passed)
    quint64 logDropped = 0;
};

ControlServer::ControlServer(ControlHandler *handler, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_trailingStats(new QTimer(this)) {
    m_clock.start();
    m_trailingStats->setSingleShot(true);
    connect(m_trailingStats, &QTimer::timeout, this, [this] { sendStats(m_lastStats, true); });
}

ControlServer::~ControlServer() {
    close();
}

QString ControlServer::defaultSocketPath() {
    if (::geteuid() == 0)
        return QStringLiteral("/run/portrelay/control.sock");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty())
        return QString();
    return runtime + QStringLiteral("/portrelay/control.sock");
}

bool ControlServer::isListening() const {
    return m_server && m_server->isListening();
}

bool ControlServer::listen(const QString &path, QString *error) {
    close();
    if (path == defaultSocketPath()) {
        const QString dir = QFileInfo(path).path();
        if (!prepareDirectory(dir, ::geteuid() == 0 ? 0755 : 0700, error))
            return false;
    }
    const QByteArray nativePath = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(nativePath.constData(), &st) == 0) {
        if (!S_ISSOCK(st.st_mode)) {
            *error = tr("%1 exists and is not a socket").arg(path);
            return false;
        }
        if (socketIsLive(nativePath)) {
            *error = tr("another PortRelay service already serves %1").arg(path);
            return false;
        }
        // A socket left by a service that ended without removing it.
        if (::unlink(nativePath.constData()) != 0) {
            *error = tr("cannot remove the stale socket %1: %2").arg(path, systemError(errno));
            return false;
        }
    }

    const std::optional<gid_t> group = groupId(controlGroupName());
    m_server = new QLocalServer(this);
    // The mode is set at creation (no moment where the socket is open to everyone). Nothing
    // else creates files at this moment: the engine starts after the control socket.
    const mode_t oldMask = ::umask(group ? 0117 : 0177);
    const bool listening = m_server->listen(path);
    ::umask(oldMask);
    if (!listening) {
        *error = tr("cannot listen on %1: %2").arg(path, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_path = path;
    m_ownsPath = true;
    if (group &&
        ::fchownat(AT_FDCWD, nativePath.constData(), uid_t(-1), *group, AT_SYMLINK_NOFOLLOW) != 0)
        qCWarning(lcControl).noquote() << tr("cannot give %1 to group %2: %3")
                                              .arg(path, controlGroupName(), systemError(errno));
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
    qCInfo(lcControl).noquote() << tr("control socket %1").arg(path);
    return true;
}

void ControlServer::close() {
    while (!m_clients.empty()) {
        Client &client = *m_clients.begin()->second;
        dropClient(client, tr("the service stops"), true);
    }
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    if (m_ownsPath) {
        // QLocalServer::close() removes it; this covers a server that was already closed.
        QFile::remove(m_path);
        m_ownsPath = false;
    }
}

void ControlServer::setConfigFile(const QString &path, const QString &format) {
    m_configPath = path;
    m_configFormat = format;
}

void ControlServer::setRunningConfig(const Config &config) {
    if (m_revision != 0 && config == m_config)
        return;
    m_config = config;
    ++m_revision;
    const QByteArray line =
        ControlMessages::encode(ControlMessages::configChangedEvent(m_revision, m_config));
    std::vector<Client *> clients;
    for (auto &entry : m_clients)
        clients.push_back(entry.second.get());
    for (Client *client : clients)
        send(*client, line, false);
}

void ControlServer::publishStats(const StatsSnapshot &snapshot) {
    m_lastStats = snapshot;
    sendStats(snapshot, false);
}

void ControlServer::sendStats(const StatsSnapshot &snapshot, bool onlyBehind) {
    const qint64 now = m_clock.elapsed();
    QByteArray line;
    std::vector<Client *> clients;
    for (auto &entry : m_clients) {
        Client &client = *entry.second;
        // The engine publishes every 250 ms at most, with some jitter: a little slack keeps a
        // 250 ms subscriber from missing every other snapshot.
        if (!client.subscribedStats || (onlyBehind && !client.statsBehind))
            continue;
        const qint64 wait = client.statsIntervalMs - (now - client.lastStatsMs + 50);
        if (wait <= 0) {
            clients.push_back(&client);
        } else {
            client.statsBehind = true;
            if (!m_trailingStats->isActive() || m_trailingStats->remainingTime() > wait)
                m_trailingStats->start(int(wait));
        }
    }
    for (Client *client : clients) {
        if (line.isEmpty())
            line = ControlMessages::encode(ControlMessages::statsEvent(snapshot));
        if (send(*client, line, true)) {
            client->lastStatsMs = now;
            client->statsBehind = false;
        }
    }
}

void ControlServer::publishLogEvents(const QVector<LogEvent> &events, quint64 dropped) {
    QByteArray line;
    std::vector<Client *> clients;
    for (auto &entry : m_clients) {
        if (entry.second->subscribedLog)
            clients.push_back(entry.second.get());
    }
    for (Client *client : clients) {
        QByteArray own;
        if (client->logDropped > 0) {
            own = ControlMessages::encode(
                ControlMessages::logEvent(events, dropped + client->logDropped));
        } else {
            if (line.isEmpty())
                line = ControlMessages::encode(ControlMessages::logEvent(events, dropped));
            own = line;
        }
        QLocalSocket *socket = client->socket;
        if (send(*client, own, true))
            client->logDropped = 0;
        else if (m_clients.count(socket)) // skipped, not dropped
            client->logDropped += quint64(events.size());
    }
}

void ControlServer::onNewConnection() {
    while (QLocalSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        auto client = std::make_unique<Client>();
        client->socket = socket;
        socket->setReadBufferSize(kReadBufferSize);

        ucred credentials{};
        socklen_t length = sizeof(credentials);
        const bool known = ::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED,
                                        &credentials, &length) == 0;
        if (m_clients.size() >= size_t(kMaxClients) || !known) {
            socket->write(ControlMessages::encode(ControlMessages::goodbyeEvent(
                known ? tr("too many control clients (at most %1)").arg(kMaxClients)
                      : tr("the caller's identity cannot be read"))));
            socket->disconnectFromServer();
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, &QLocalSocket::abort);
            continue;
        }
        client->uid = credentials.uid;
        client->user = userName(credentials.uid);
        const std::optional<gid_t> group = groupId(controlGroupName());
        ControlPermissions &p = client->permissions;
        p.canChange = true;
        if (credentials.uid == 0) {
            p.reason = tr("root");
        } else if (credentials.uid == ::geteuid()) {
            p.reason = tr("the service's own user");
        } else if (group && (credentials.gid == *group ||
                             userInGroup(credentials.uid, credentials.gid, *group))) {
            p.reason = tr("member of group %1").arg(controlGroupName());
        } else {
            p.canChange = false;
            p.reason = group ? tr("you are not in group %1").arg(controlGroupName())
                             : tr("group %1 does not exist on this host").arg(controlGroupName());
        }

        Client &ref = *client;
        m_clients.emplace(socket, std::move(client));
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            auto it = m_clients.find(socket);
            if (it != m_clients.end() && !it->second->paused)
                processInput(*it->second);
        });
        connect(socket, &QLocalSocket::bytesWritten, this, [this, socket] {
            auto it = m_clients.find(socket);
            if (it != m_clients.end() && it->second->paused &&
                socket->bytesToWrite() <= kOutputHighWater / 2) {
                it->second->paused = false;
                processInput(*it->second);
            }
        });
        connect(socket, &QLocalSocket::disconnected, this,
                [this, socket] { removeClient(socket); });
        qCDebug(lcControl).noquote() << tr("control client connected: %1 (uid %2, %3)")
                                            .arg(ref.user)
                                            .arg(ref.uid)
                                            .arg(p.canChange ? tr("may change") : tr("read-only"));

        ControlHello hello;
        hello.protocol = ControlProtocol::kVersion;
        hello.program = QCoreApplication::applicationName();
        hello.version = QCoreApplication::applicationVersion();
        hello.permissions = ref.permissions;
        hello.user = ref.user;
        hello.uid = qint64(ref.uid);
        hello.configPath = m_configPath;
        hello.configFormat = m_configFormat;
        hello.revision = m_revision;
        hello.clients = clientCount();
        send(ref, ControlMessages::encode(ControlMessages::helloEvent(hello)), false);
        Q_EMIT clientCountChanged(clientCount());
        // Requests that came with the connection.
        if (m_clients.count(socket) && socket->bytesAvailable() > 0)
            processInput(ref);
    }
}

void ControlServer::processInput(Client &client) {
    QLocalSocket *socket = client.socket;
    for (;;) {
        if (!m_clients.count(socket))
            return;
        if (socket->bytesToWrite() > kOutputHighWater) {
            // Replies pile up: stop reading; the kernel pushes back on the client.
            client.paused = true;
            return;
        }
        const qsizetype newline = client.input.indexOf('\n');
        if (newline >= 0) {
            const QByteArray line = client.input.left(newline);
            client.input.remove(0, newline + 1);
            handleLine(client, line);
            continue;
        }
        QByteArray chunk = socket->read(kReadChunk);
        if (chunk.isEmpty())
            return;
        if (client.discarding) {
            const qsizetype end = chunk.indexOf('\n');
            if (end < 0)
                continue;
            client.discarding = false;
            chunk.remove(0, end + 1);
        }
        const qsizetype searchFrom = client.input.size();
        client.input.append(chunk);
        if (client.input.indexOf('\n', searchFrom) < 0 &&
            client.input.size() > ControlProtocol::kMaxMessageBytes) {
            client.input.clear();
            client.discarding = true;
            ControlRequestError error;
            error.error.code = ControlProtocol::kTooLarge;
            error.error.message =
                tr("message longer than %1 bytes").arg(ControlProtocol::kMaxMessageBytes);
            protocolError(client, error);
        }
    }
}

void ControlServer::handleLine(Client &client, const QByteArray &line) {
    if (line.trimmed().isEmpty())
        return;
    ControlRequestError error;
    const std::optional<ControlRequest> request = ControlMessages::parseRequest(line, &error);
    if (!request) {
        // A readable request with a bad field is the client's mistake, not noise: only
        // unreadable or unknown ones count towards disconnection.
        if (error.error.code == ControlProtocol::kMalformed ||
            error.error.code == ControlProtocol::kTooLarge ||
            error.error.code == ControlProtocol::kUnknownRequest)
            protocolError(client, error);
        else
            send(client,
                 ControlMessages::encode(ControlMessages::errorReply(error.id, error.error)),
                 false);
        return;
    }
    handleRequest(client, *request);
}

void ControlServer::protocolError(Client &client, const ControlRequestError &error) {
    ++client.protocolErrors;
    if (!send(client, ControlMessages::encode(ControlMessages::errorReply(error.id, error.error)),
              false))
        return;
    if (client.protocolErrors >= kMaxProtocolErrors)
        dropClient(client, tr("too many malformed requests"), true);
}

void ControlServer::handleRequest(Client &client, const ControlRequest &request) {
    using Type = ControlRequest::Type;
    const quint64 id = request.id;
    if (ControlRequest::changes(request.type) && !client.permissions.canChange) {
        replyError(client, id, ControlProtocol::kPermission,
                   tr("permission denied: %1").arg(client.permissions.reason));
        return;
    }
    // Who changed the running service, for the admin reading the journal.
    if (ControlRequest::changes(request.type))
        qCInfo(lcControl).noquote() << tr("control client %1 (uid %2): %3")
                                           .arg(client.user)
                                           .arg(client.uid)
                                           .arg(ControlRequest::typeName(request.type));
    auto conflict = [&]() {
        if (request.baseRevision == m_revision)
            return false;
        ControlError error;
        error.code = ControlProtocol::kConflict;
        error.message = tr("the configuration changed (revision %1) since revision %2 this change "
                           "was based on; nothing was changed")
                            .arg(m_revision)
                            .arg(request.baseRevision);
        error.currentRevision = m_revision;
        send(client, ControlMessages::encode(ControlMessages::errorReply(id, error)), false);
        return true;
    };
    QPointer<QLocalSocket> socket = client.socket;
    auto applyDone = [this, socket, id](const QVector<ConfigDiagnostic> &warnings) {
        return [this, socket, id, warnings](const QVector<RuleStartError> &errors) {
            ControlResult result;
            result.revision = m_revision;
            result.diagnostics = warnings;
            result.ruleErrors = errors;
            sendLater(socket, id, ControlMessages::resultToJson(result));
        };
    };

    switch (request.type) {
    case Type::Status:
        reply(client, id, ControlMessages::statusToJson(status()));
        return;
    case Type::GetConfig: {
        QJsonObject result;
        result.insert(QStringLiteral("revision"), double(m_revision));
        result.insert(QStringLiteral("config"), ControlMessages::configToJson(m_config));
        reply(client, id, result);
        return;
    }
    case Type::Apply: {
        if (conflict())
            return;
        // The same checks as a file gets (--check), named after the service's file.
        const QVector<ConfigDiagnostic> diagnostics =
            ConfigValidator::validate(request.config, m_configPath);
        if (hasErrors(diagnostics)) {
            ControlError error;
            error.code = ControlProtocol::kInvalid;
            error.message = tr("the configuration has errors; nothing was applied");
            error.diagnostics = diagnostics;
            send(client, ControlMessages::encode(ControlMessages::errorReply(id, error)), false);
            return;
        }
        m_handler->applyConfig(request.config, applyDone(diagnostics));
        return;
    }
    case Type::SetRuleEnabled: {
        if (conflict())
            return;
        if (!m_config.ruleById(request.ruleId)) {
            replyError(client, id, ControlProtocol::kNoSuchRule,
                       tr("no rule with id %1").arg(request.ruleId));
            return;
        }
        m_handler->setRuleEnabled(request.ruleId, request.enabled);
        ControlResult result;
        result.revision = m_revision;
        // The new revision's announcement may have cost this client its connection.
        sendLater(socket, id, ControlMessages::resultToJson(result));
        return;
    }
    case Type::CloseConnection: {
        bool found = false;
        for (const ConnectionStats &c : std::as_const(m_lastStats.connections))
            found = found || c.id == request.connectionId;
        if (!found) {
            replyError(client, id, ControlProtocol::kNoSuchConnection,
                       tr("no connection with id %1").arg(request.connectionId));
            return;
        }
        m_handler->closeConnection(request.connectionId);
        reply(client, id, QJsonObject());
        return;
    }
    case Type::ResetCounters:
        if (request.ruleId != 0 && !m_config.ruleById(request.ruleId)) {
            replyError(client, id, ControlProtocol::kNoSuchRule,
                       tr("no rule with id %1").arg(request.ruleId));
            return;
        }
        m_handler->resetCounters(request.ruleId);
        reply(client, id, QJsonObject());
        return;
    case Type::Save: {
        QString error;
        ControlResult result;
        if (!m_handler->saveConfig(&error, &result.diagnostics)) {
            replyError(client, id, ControlProtocol::kSaveFailed, error);
            return;
        }
        result.path = m_configPath;
        reply(client, id, ControlMessages::resultToJson(result));
        return;
    }
    case Type::Reload: {
        QVector<ConfigDiagnostic> diagnostics;
        // `done` is built before the reload so that it reports the reload's warnings.
        auto warningsOnly = std::make_shared<QVector<ConfigDiagnostic>>();
        const bool reloaded = m_handler->reloadConfig(
            &diagnostics, [this, socket, id, warningsOnly](const QVector<RuleStartError> &errors) {
                ControlResult result;
                result.revision = m_revision;
                result.diagnostics = *warningsOnly;
                result.ruleErrors = errors;
                sendLater(socket, id, ControlMessages::resultToJson(result));
            });
        if (!reloaded) {
            ControlError error;
            error.code = ControlProtocol::kInvalid;
            error.message =
                tr("%1 has errors; the running configuration is kept unchanged").arg(m_configPath);
            error.diagnostics = diagnostics;
            send(client, ControlMessages::encode(ControlMessages::errorReply(id, error)), false);
            return;
        }
        *warningsOnly = diagnostics;
        return;
    }
    case Type::Subscribe:
        client.subscribedStats = request.subscribeStats;
        client.subscribedLog = request.subscribeLog;
        client.statsIntervalMs = request.statsIntervalMs;
        client.lastStatsMs = -1000000;
        reply(client, id, QJsonObject());
        updateLogWanted();
        // The newest snapshot at once, so a view is not empty until the next one.
        if (client.subscribedStats && m_lastStats.takenAt.isValid() &&
            send(client, ControlMessages::encode(ControlMessages::statsEvent(m_lastStats)), true))
            client.lastStatsMs = m_clock.elapsed();
        return;
    }
}

ControlStatus ControlServer::status() const {
    ControlStatus s;
    s.revision = m_revision;
    s.version = QCoreApplication::applicationVersion();
    s.configPath = m_configPath;
    s.configFormat = m_configFormat;
    s.clients = clientCount();
    s.config = m_config;
    s.stats = m_lastStats;
    return s;
}

bool ControlServer::send(Client &client, const QByteArray &line, bool skippable) {
    QLocalSocket *socket = client.socket;
    const qint64 queued = socket->bytesToWrite();
    if (skippable && queued > kOutputHighWater)
        return false;
    if (queued + line.size() > kOutputLimit) {
        dropClient(client, tr("the client does not read its replies"), false);
        return false;
    }
    socket->write(line);
    return true;
}

void ControlServer::reply(Client &client, quint64 id, const QJsonObject &result) {
    send(client, ControlMessages::encode(ControlMessages::okReply(id, result)), false);
}

void ControlServer::replyError(Client &client, quint64 id, const QString &code,
                               const QString &message) {
    ControlError error;
    error.code = code;
    error.message = message;
    send(client, ControlMessages::encode(ControlMessages::errorReply(id, error)), false);
}

void ControlServer::sendLater(QLocalSocket *socket, quint64 id, const QJsonObject &result) {
    auto it = m_clients.find(socket);
    if (!socket || it == m_clients.end())
        return; // the client left before the engine answered
    reply(*it->second, id, result);
}

void ControlServer::dropClient(Client &client, const QString &reason, bool sayGoodbye) {
    QLocalSocket *socket = client.socket;
    qCInfo(lcControl).noquote()
        << tr("control client %1 disconnected: %2").arg(client.user, reason);
    disconnect(socket, nullptr, this, nullptr);
    m_clients.erase(socket);
    if (sayGoodbye && socket->bytesToWrite() < kOutputLimit) {
        socket->write(ControlMessages::encode(ControlMessages::goodbyeEvent(reason)));
        socket->flush();
        // Lets the goodbye reach a client that reads; one that does not is cut off soon.
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromServer();
        QTimer::singleShot(2000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    } else {
        socket->abort();
        socket->deleteLater();
    }
    updateLogWanted();
    Q_EMIT clientCountChanged(clientCount());
}

void ControlServer::removeClient(QLocalSocket *socket) {
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    qCDebug(lcControl).noquote() << "control client left:" << it->second->user;
    disconnect(socket, nullptr, this, nullptr);
    m_clients.erase(it);
    socket->deleteLater();
    updateLogWanted();
    Q_EMIT clientCountChanged(clientCount());
}

void ControlServer::updateLogWanted() {
    bool wanted = false;
    for (const auto &entry : m_clients)
        wanted = wanted || entry.second->subscribedLog;
    if (wanted == m_logWanted)
        return;
    m_logWanted = wanted;
    m_handler->setLogEventsWanted(wanted);
}
