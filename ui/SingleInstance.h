#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One desktop manager per user. The first instance listens on a local socket in the user's
// runtime directory; a later one hands its request (files to open, or just "show yourself") over
// that socket and exits. The request is one line of JSON, answered by "ok".
class SingleInstance : public QObject {
    Q_OBJECT
public:
    // SOCKETPATH: empty = defaultSocketPath().
    explicit SingleInstance(const QString &socketPath = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // In XDG_RUNTIME_DIR when it is set and private; otherwise in $TMPDIR/portrelay-UID, made
    // and checked by privateDirectory(). Empty (no single-instance socket at all) when neither
    // is usable: a socket in a place another user controls could be pre-empted.
    static QString defaultSocketPath();
    // PATH as a directory only this user can enter: created with mode 0700 when missing, then
    // checked (a directory, not a link, owned by this user, no group or other permissions).
    // Empty with *error when it is not.
    static QString privateDirectory(const QString &path, QString *error);
    QString socketPath() const { return m_socketPath; }

    // Asks a running instance to open FILES (made absolute against this process's working
    // directory) or, with none, to show its window; with RAISE false and no files it is only
    // asked whether it runs (a second start minimised, e.g. by autostart, leaves it alone).
    // True when it confirmed.
    bool sendToRunning(const QStringList &files, int timeoutMs = 5000, bool raise = true) const;
    // Becomes the running instance. A socket file left by a crashed instance is replaced; false
    // when another live instance holds the socket (or it cannot be created).
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    // A later instance asked to be shown, with FILES (absolute) to open, possibly none.
    void activationRequested(const QStringList &files);

private:
    void onNewConnection();

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
};
