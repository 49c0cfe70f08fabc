#pragma once
// PUBLIC API: the client side of the control protocol (docs/control-protocol.md), used by
// `portrelay ctl` and by the desktop manager's remote backend.

#include "ControlMessages.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QIODevice;
class QLocalSocket;

// Talks to one PortRelay service over any byte stream: a Unix socket (connectToSocket), or any
// open QIODevice given to setTransport() (a QProcess running `ssh host portrelay ctl --stdio`).
// Requests are asynchronous: each returns its id, and exactly one of statusReceived /
// configReceived / requestFinished / requestFailed later carries that id (requestFailed with
// code "disconnected" when the connection ends first).
class ControlClient : public QObject {
    Q_OBJECT
public:
    explicit ControlClient(QObject *parent = nullptr);
    ~ControlClient() override;

    // The socket a client uses when none is given: this user's own headless instance
    // ($XDG_RUNTIME_DIR/portrelay/control.sock) when it runs, else the system service's
    // (/run/portrelay/control.sock; always for root).
    static QString defaultSocketPath();

    // Connects to the service's socket; connected() or connectFailed() follows.
    void connectToSocket(const QString &path);
    // Uses an already open, readable and writable device. The client does not own it; it stops
    // using it when the device closes or is destroyed (disconnected() then).
    void setTransport(QIODevice *device);
    // Closes the connection (the socket it made; a device given by setTransport is closed too).
    void disconnectFromService();

    bool isConnected() const;
    // True once the service's hello arrived and its protocol version is understood.
    bool hasHello() const { return m_hasHello; }
    const ControlHello &hello() const { return m_hello; }
    // The newest revision this client heard of (hello, configChanged, replies).
    quint64 revision() const { return m_revision; }
    // Why the connection failed or ended, for messages.
    QString errorString() const { return m_errorString; }

    quint64 requestStatus();
    quint64 requestConfig();
    quint64 apply(const Config &config, quint64 baseRevision);
    quint64 setRuleEnabled(int ruleId, bool enabled, quint64 baseRevision);
    quint64 closeConnection(quint64 connectionId);
    quint64 resetCounters(int ruleId = 0); // 0: every rule
    quint64 save();
    quint64 reload();
    // Replaces the previous subscription; both false ends it.
    quint64 subscribe(bool stats, bool log,
                      int statsIntervalMs = ControlProtocol::kMinStatsIntervalMs);

Q_SIGNALS:
    void connected(); // the transport is open; helloReceived follows
    void connectFailed(const QString &reason);
    void helloReceived(const ControlHello &hello);
    void statusReceived(quint64 id, const ControlStatus &status);
    void configReceived(quint64 id, quint64 revision, const Config &config);
    void requestFinished(quint64 id, const ControlResult &result);
    void requestFailed(quint64 id, const ControlError &error);
    void configChanged(quint64 revision, const Config &config);
    void statsReceived(const StatsSnapshot &snapshot);
    void logEventReceived(const LogEvent &event);
    // Log entries the service left out for this client (it was slow, or the batch was full).
    void logEventsDropped(quint64 count);
    void goodbyeReceived(const QString &reason);
    // The service sent something this client cannot read; the connection is closed after it.
    void protocolErrorOccurred(const QString &message);
    void disconnected();

private:
    quint64 send(ControlRequest request);
    void attach(QIODevice *device);
    void onReadyRead();
    void handleLine(const QByteArray &line);
    void handleReply(const ControlServerMessage &message);
    void handleEvent(const ControlServerMessage &message);
    void protocolError(const QString &message);
    void onTransportClosed();

    QPointer<QIODevice> m_device;
    QLocalSocket *m_ownSocket = nullptr; // made by connectToSocket
    QByteArray m_in;
    quint64 m_nextId = 1;
    // Outstanding requests: id -> what was asked, to pick the reply's type.
    QHash<quint64, ControlRequest::Type> m_pending;
    ControlHello m_hello;
    bool m_hasHello = false;
    quint64 m_revision = 0;
    QString m_errorString;
    bool m_closing = false;
    bool m_attached = false; // between attach() and the end of the transport
};
