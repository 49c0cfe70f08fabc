#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "portrelay.instance")

namespace {
constexpr qint64 MaxRequestBytes = 64 * 1024; // a request is a short list of paths
const QByteArray Reply = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath.isEmpty() ? defaultSocketPath() : socketPath) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::privateDirectory(const QString &path, QString *error) {
    const QByteArray name = QFile::encodeName(path);
    if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
        *error = tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return QString();
    }
    struct stat st;
    if (::lstat(name.constData(), &st) != 0) {
        *error =
            tr("cannot examine %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return QString();
    }
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::getuid() || (st.st_mode & 077) != 0) {
        *error = tr("%1 is not a directory of this user's alone (owner %2, mode %3); another user "
                    "may have made it")
                     .arg(path)
                     .arg(st.st_uid)
                     .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return QString();
    }
    return path;
}

QString SingleInstance::defaultSocketPath() {
    // The runtime directory is per user and per login (XDG_RUNTIME_DIR, mode 0700). Without one
    // (sudo, su) a directory of our own under $TMPDIR; never a socket name in a shared directory
    // that another user could create first and so receive the file list.
    const QString fileName = QStringLiteral("portrelay-%1.socket").arg(::getuid());
    QString error;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        if (!privateDirectory(runtime, &error).isEmpty())
            return runtime + QLatin1Char('/') + fileName;
        qCWarning(lcInstance).noquote() << "XDG_RUNTIME_DIR:" << error;
    }
    const QString own = QDir::tempPath() + QStringLiteral("/portrelay-%1").arg(::getuid());
    if (!privateDirectory(own, &error).isEmpty())
        return own + QLatin1Char('/') + fileName;
    qCWarning(lcInstance).noquote() << error << "- running without the single-instance socket";
    return QString();
}

bool SingleInstance::sendToRunning(const QStringList &files, int timeoutMs, bool raise) const {
    if (m_socketPath.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    QJsonObject request;
    request.insert(QStringLiteral("files"), paths);
    request.insert(QStringLiteral("raise"), raise || !files.isEmpty());
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The first instance answers once it has taken the request; a hung one gives no answer and
    // this instance then carries on by itself rather than exiting with the request lost.
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    const bool taken = answer.startsWith(Reply.trimmed());
    qCDebug(lcInstance) << "request handed to the running instance:" << taken;
    return taken;
}

bool SingleInstance::listen() {
    if (m_server)
        return m_server->isListening();
    if (m_socketPath.isEmpty())
        return false;
    // An instance started at the same moment as this one may have won meanwhile. Asked first,
    // because QLocalServer with access options binds elsewhere and renames the socket into
    // place, which would silently take the path over from a live instance.
    QLocalSocket probe;
    probe.connectToServer(m_socketPath);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        qCInfo(lcInstance) << "another instance is listening on" << m_socketPath;
        return false;
    }
    // Nobody answers: a socket file still there is the leftover of a crashed instance.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_socketPath))
        return true;
    qCWarning(lcInstance) << "cannot listen on" << m_socketPath << m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const {
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and never finishes its line must not hold the socket forever.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxRequestBytes)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(MaxRequestBytes);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qCWarning(lcInstance) << "ignoring a malformed request:" << error.errorString();
                socket->abort();
                return;
            }
            QStringList files;
            const QJsonArray paths = doc.object().value(QStringLiteral("files")).toArray();
            for (const QJsonValue &path : paths)
                if (path.isString() && !path.toString().isEmpty())
                    files.append(path.toString());
            const bool raise = doc.object().value(QStringLiteral("raise")).toBool(true);
            // Answer first: the other process may exit while this one shows a dialog.
            socket->write(Reply);
            socket->flush();
            socket->disconnectFromServer();
            if (!raise && files.isEmpty()) {
                qCInfo(lcInstance) << "another start found this instance running";
                return;
            }
            qCInfo(lcInstance) << "activation requested with" << files.size() << "file(s)";
            // Not from inside the socket's signal: the receiver may open dialogs.
            QMetaObject::invokeMethod(
                this, [this, files] { Q_EMIT activationRequested(files); }, Qt::QueuedConnection);
        });
    }
}
