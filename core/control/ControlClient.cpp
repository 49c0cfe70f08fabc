#include "ControlClient.h"

#include "ControlServer.h"

#include <QFile>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QProcess>

#include <algorithm>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcControlClient, "portrelay.control.client", QtWarningMsg)

ControlClient::ControlClient(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<ControlHello>();
    qRegisterMetaType<ControlError>();
    qRegisterMetaType<ControlResult>();
    qRegisterMetaType<ControlStatus>();
}

ControlClient::~ControlClient() {
    m_closing = true;
    if (m_device)
        disconnect(m_device, nullptr, this, nullptr);
}

QString ControlClient::defaultSocketPath() {
    const QString system = QStringLiteral("/run/portrelay/control.sock");
    if (::geteuid() == 0)
        return system;
    // A user who runs a service of their own means that one; otherwise the system's.
    const QString own = ControlServer::defaultSocketPath();
    return !own.isEmpty() && QFile::exists(own) ? own : system;
}

void ControlClient::connectToSocket(const QString &path) {
    disconnectFromService();
    m_closing = false;
    m_errorString.clear();
    auto *socket = new QLocalSocket(this);
    m_ownSocket = socket;
    connect(socket, &QLocalSocket::connected, this, [this, socket] {
        if (socket != m_ownSocket)
            return;
        attach(socket);
        Q_EMIT connected();
    });
    connect(socket, &QLocalSocket::errorOccurred, this,
            [this, socket](QLocalSocket::LocalSocketError) {
                if (socket != m_ownSocket || m_device == socket)
                    return; // errors of an established connection end in disconnected()
                m_errorString = socket->errorString();
                m_ownSocket = nullptr;
                socket->deleteLater();
                Q_EMIT connectFailed(m_errorString);
            });
    socket->connectToServer(path);
}

void ControlClient::setTransport(QIODevice *device) {
    disconnectFromService();
    m_closing = false;
    m_errorString.clear();
    if (!device || !device->isOpen() || !device->isReadable() || !device->isWritable()) {
        m_errorString = tr("the transport is not open for reading and writing");
        Q_EMIT connectFailed(m_errorString);
        return;
    }
    attach(device);
    Q_EMIT connected();
    // Bytes that arrived before the device was handed over.
    if (device->bytesAvailable() > 0)
        onReadyRead();
}

void ControlClient::attach(QIODevice *device) {
    m_device = device;
    m_attached = true;
    m_in.clear();
    m_hasHello = false;
    m_hello = ControlHello();
    connect(device, &QIODevice::readyRead, this, &ControlClient::onReadyRead);
    connect(device, &QIODevice::readChannelFinished, this, &ControlClient::onTransportClosed);
    connect(device, &QIODevice::aboutToClose, this, &ControlClient::onTransportClosed);
    connect(device, &QObject::destroyed, this, &ControlClient::onTransportClosed);
    if (auto *socket = qobject_cast<QLocalSocket *>(device)) {
        connect(socket, &QLocalSocket::disconnected, this, &ControlClient::onTransportClosed);
        connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
            if (m_errorString.isEmpty())
                m_errorString = socket->errorString();
        });
    }
    if (auto *process = qobject_cast<QProcess *>(device)) {
        connect(process, &QProcess::finished, this, &ControlClient::onTransportClosed);
        connect(process, &QProcess::errorOccurred, this, [this, process] {
            if (m_errorString.isEmpty())
                m_errorString = process->errorString();
        });
    }
}

void ControlClient::disconnectFromService() {
    if (m_ownSocket && m_device != m_ownSocket) {
        // Still connecting.
        QLocalSocket *socket = m_ownSocket;
        m_ownSocket = nullptr;
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
    if (!m_device)
        return;
    QIODevice *device = m_device;
    m_closing = true;
    disconnect(device, nullptr, this, nullptr);
    device->close();
    onTransportClosed();
}

bool ControlClient::isConnected() const {
    return m_device && m_device->isOpen();
}

quint64 ControlClient::send(ControlRequest request) {
    request.id = m_nextId++;
    if (!isConnected()) {
        // Reported after the caller has stored the id.
        const quint64 id = request.id;
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                ControlError error;
                error.code = ControlProtocol::kDisconnected;
                error.message = tr("not connected to a PortRelay service");
                Q_EMIT requestFailed(id, error);
            },
            Qt::QueuedConnection);
        return request.id;
    }
    m_pending.insert(request.id, request.type);
    m_device->write(ControlMessages::encode(ControlMessages::requestToJson(request)));
    return request.id;
}

quint64 ControlClient::requestStatus() {
    ControlRequest r;
    r.type = ControlRequest::Type::Status;
    return send(r);
}

quint64 ControlClient::requestConfig() {
    ControlRequest r;
    r.type = ControlRequest::Type::GetConfig;
    return send(r);
}

quint64 ControlClient::apply(const Config &config, quint64 baseRevision) {
    ControlRequest r;
    r.type = ControlRequest::Type::Apply;
    r.config = config;
    r.baseRevision = baseRevision;
    return send(r);
}

quint64 ControlClient::setRuleEnabled(int ruleId, bool enabled, quint64 baseRevision) {
    ControlRequest r;
    r.type = ControlRequest::Type::SetRuleEnabled;
    r.ruleId = ruleId;
    r.enabled = enabled;
    r.baseRevision = baseRevision;
    return send(r);
}

quint64 ControlClient::closeConnection(quint64 connectionId) {
    ControlRequest r;
    r.type = ControlRequest::Type::CloseConnection;
    r.connectionId = connectionId;
    return send(r);
}

quint64 ControlClient::resetCounters(int ruleId) {
    ControlRequest r;
    r.type = ControlRequest::Type::ResetCounters;
    r.ruleId = ruleId;
    return send(r);
}

quint64 ControlClient::save() {
    ControlRequest r;
    r.type = ControlRequest::Type::Save;
    return send(r);
}

quint64 ControlClient::reload() {
    ControlRequest r;
    r.type = ControlRequest::Type::Reload;
    return send(r);
}

quint64 ControlClient::subscribe(bool stats, bool log, int statsIntervalMs) {
    ControlRequest r;
    r.type = ControlRequest::Type::Subscribe;
    r.subscribeStats = stats;
    r.subscribeLog = log;
    r.statsIntervalMs = qMax(statsIntervalMs, ControlProtocol::kMinStatsIntervalMs);
    return send(r);
}

void ControlClient::onReadyRead() {
    while (m_device && !m_closing) {
        const QByteArray chunk = m_device->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        m_in.append(chunk);
        qsizetype start = 0;
        for (;;) {
            const qsizetype newline = m_in.indexOf('\n', start);
            if (newline < 0)
                break;
            const QByteArray line = m_in.mid(start, newline - start);
            start = newline + 1;
            handleLine(line);
            if (m_closing || !m_device)
                return;
        }
        m_in.remove(0, start);
        if (m_in.size() > ControlProtocol::kMaxServerMessageBytes) {
            protocolError(tr("the service sent a message longer than %1 bytes")
                              .arg(ControlProtocol::kMaxServerMessageBytes));
            return;
        }
    }
}

void ControlClient::handleLine(const QByteArray &line) {
    if (line.trimmed().isEmpty())
        return;
    const std::optional<ControlServerMessage> message = ControlMessages::parseServerMessage(line);
    if (!message) {
        protocolError(tr("the service sent a message that is not a reply or an event"));
        return;
    }
    if (message->kind == ControlServerMessage::Kind::Reply)
        handleReply(*message);
    else
        handleEvent(*message);
}

void ControlClient::handleReply(const ControlServerMessage &message) {
    if (!message.ok && message.replyTo == 0) {
        // The service could not read a request of ours: a bug on one side, worth a trace.
        qCWarning(lcControlClient).noquote()
            << "service refused an unreadable request:"
            << ControlMessages::errorFromReply(message.object).message;
        return;
    }
    const auto it = m_pending.find(message.replyTo);
    if (it == m_pending.end()) {
        protocolError(
            tr("the service answered request %1, which was not asked").arg(message.replyTo));
        return;
    }
    const ControlRequest::Type type = it.value();
    m_pending.erase(it);
    if (!message.ok) {
        ControlError error = ControlMessages::errorFromReply(message.object);
        if (error.currentRevision > m_revision)
            m_revision = error.currentRevision;
        Q_EMIT requestFailed(message.replyTo, error);
        return;
    }
    switch (type) {
    case ControlRequest::Type::Status: {
        std::optional<ControlStatus> status = ControlMessages::statusFromJson(message.object);
        if (!status) {
            protocolError(tr("the service sent an unreadable status"));
            return;
        }
        if (status->revision > m_revision)
            m_revision = status->revision;
        Q_EMIT statusReceived(message.replyTo, *status);
        return;
    }
    case ControlRequest::Type::GetConfig: {
        const quint64 revision = ControlMessages::resultFromJson(message.object).revision;
        std::optional<Config> config = ControlMessages::configFromJson(
            message.object.value(QStringLiteral("config")).toObject());
        if (!config) {
            protocolError(tr("the service sent an unreadable configuration"));
            return;
        }
        if (revision > m_revision)
            m_revision = revision;
        Q_EMIT configReceived(message.replyTo, revision, *config);
        return;
    }
    default: {
        const ControlResult result = ControlMessages::resultFromJson(message.object);
        if (result.revision > m_revision)
            m_revision = result.revision;
        Q_EMIT requestFinished(message.replyTo, result);
        return;
    }
    }
}

void ControlClient::handleEvent(const ControlServerMessage &message) {
    const QString &name = message.event;
    if (name == QLatin1String("hello")) {
        std::optional<ControlHello> hello = ControlMessages::helloFromJson(message.object);
        if (!hello) {
            protocolError(tr("the service's greeting cannot be read"));
            return;
        }
        if (hello->protocol != ControlProtocol::kVersion) {
            protocolError(tr("the service speaks control protocol %1; this program knows %2")
                              .arg(hello->protocol)
                              .arg(ControlProtocol::kVersion));
            return;
        }
        m_hello = *hello;
        m_hasHello = true;
        m_revision = hello->revision;
        Q_EMIT helloReceived(m_hello);
    } else if (name == QLatin1String("configChanged")) {
        const quint64 revision = ControlMessages::resultFromJson(message.object).revision;
        std::optional<Config> config = ControlMessages::configFromJson(
            message.object.value(QStringLiteral("config")).toObject());
        if (!config) {
            protocolError(tr("the service sent an unreadable configuration"));
            return;
        }
        if (revision > m_revision)
            m_revision = revision;
        Q_EMIT configChanged(revision, *config);
    } else if (name == QLatin1String("stats")) {
        std::optional<StatsSnapshot> stats = ControlMessages::statsFromJson(
            message.object.value(QStringLiteral("stats")).toObject());
        if (stats)
            Q_EMIT statsReceived(*stats);
    } else if (name == QLatin1String("log")) {
        quint64 dropped = 0;
        const QVector<LogEvent> entries =
            ControlMessages::logEntriesFromJson(message.object, &dropped);
        for (const LogEvent &entry : entries)
            Q_EMIT logEventReceived(entry);
        if (dropped > 0)
            Q_EMIT logEventsDropped(dropped);
    } else if (name == QLatin1String("goodbye")) {
        m_errorString = ControlMessages::goodbyeReason(message.object);
        Q_EMIT goodbyeReceived(m_errorString);
    }
    // Other events are newer than this client; ignoring them is what the protocol asks.
}

void ControlClient::protocolError(const QString &message) {
    m_errorString = message;
    Q_EMIT protocolErrorOccurred(message);
    disconnectFromService();
}

void ControlClient::onTransportClosed() {
    if (!m_attached)
        return;
    // A reply may still sit in the device's buffer when the end of the stream is seen.
    if (m_device && !m_closing && m_device->bytesAvailable() > 0) {
        onReadyRead();
        if (!m_attached)
            return;
    }
    m_attached = false;
    QIODevice *device = m_device;
    m_device = nullptr;
    if (device) {
        disconnect(device, nullptr, this, nullptr);
        if (device == m_ownSocket) {
            m_ownSocket = nullptr;
            device->deleteLater();
        }
    }
    m_in.clear();
    m_hasHello = false;
    QList<quint64> ids = m_pending.keys();
    std::sort(ids.begin(), ids.end());
    m_pending.clear();
    ControlError error;
    error.code = ControlProtocol::kDisconnected;
    error.message =
        m_errorString.isEmpty() ? tr("the connection to the service ended") : m_errorString;
    for (quint64 id : ids)
        Q_EMIT requestFailed(id, error);
    Q_EMIT disconnected();
}
