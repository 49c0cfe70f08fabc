#pragma once
// PUBLIC API: the service side of the control protocol (docs/control-protocol.md).

#include "ControlMessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>

class ControlHandler;
class QLocalServer;
class QLocalSocket;

// Serves the control socket of a running service: reads requests, checks the caller's OS
// identity (SO_PEERCRED), the revision a change is based on and the config's validity, and hands
// what is allowed to its ControlHandler. Runs in the thread of its owner (the main thread); the
// relay engine runs elsewhere and never waits for it. Every client's input and output is bounded.
class ControlServer : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxClients = 64;
    static constexpr int kMaxProtocolErrors = 16;
    // Replies waiting for a client to read: above the first, its requests are not read and events
    // are skipped for it; above the second, it is disconnected.
    static constexpr qint64 kOutputHighWater = 1024 * 1024;
    static constexpr qint64 kOutputLimit = 8 * 1024 * 1024;

    explicit ControlServer(ControlHandler *handler, QObject *parent = nullptr);
    ~ControlServer() override;

    // /run/portrelay/control.sock for root, else $XDG_RUNTIME_DIR/portrelay/control.sock (empty
    // when XDG_RUNTIME_DIR is not set).
    static QString defaultSocketPath();
    // The group whose members may change things (and own the socket when it exists).
    static QString controlGroupName() { return QStringLiteral("portrelay"); }

    // Creates the socket: mode 0660 and group portrelay when that group exists, else 0600. The
    // default directory is created when missing, and must be owned by this user and not writable
    // by others; a stale socket is replaced, a live one (another service) is an error.
    bool listen(const QString &path, QString *error);
    void close();
    QString socketPath() const { return m_path; }
    bool isListening() const;

    // The service's file, as hello and status report it.
    void setConfigFile(const QString &path, const QString &format);
    // The running config; a different one than before starts a new revision, announced to every
    // client.
    void setRunningConfig(const Config &config);
    const Config &runningConfig() const { return m_config; }
    quint64 revision() const { return m_revision; }

    void publishStats(const StatsSnapshot &snapshot);
    void publishLogEvents(const QVector<LogEvent> &events, quint64 dropped);

    int clientCount() const { return int(m_clients.size()); }

Q_SIGNALS:
    void clientCountChanged(int count);

private:
    // ONLYBEHIND: only to the subscribers that skipped the latest snapshot.
    void sendStats(const StatsSnapshot &snapshot, bool onlyBehind);
    struct Client;
    void onNewConnection();
    void processInput(Client &client);
    void handleLine(Client &client, const QByteArray &line);
    void handleRequest(Client &client, const ControlRequest &request);
    void protocolError(Client &client, const ControlRequestError &error);
    bool send(Client &client, const QByteArray &line, bool skippable);
    void reply(Client &client, quint64 id, const QJsonObject &result);
    void replyError(Client &client, quint64 id, const QString &code, const QString &message);
    void sendLater(QLocalSocket *socket, quint64 id, const QJsonObject &message);
    void dropClient(Client &client, const QString &reason, bool sayGoodbye);
    void removeClient(QLocalSocket *socket);
    void updateLogWanted();
    ControlStatus status() const;

    ControlHandler *m_handler;
    QLocalServer *m_server = nullptr;
    QString m_path;
    bool m_ownsPath = false;
    QString m_configPath;
    QString m_configFormat;
    Config m_config;
    quint64 m_revision = 0;
    StatsSnapshot m_lastStats;
    bool m_logWanted = false;
    QElapsedTimer m_clock;
    // Sends the latest snapshot to subscribers that skipped it for their interval: the engine
    // publishes only on change, so a skipped last picture would otherwise stay unseen.
    QTimer *m_trailingStats = nullptr;
    std::map<QLocalSocket *, std::unique_ptr<Client>> m_clients;
};
