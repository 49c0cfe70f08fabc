#pragma once

#include <QObject>
#include <QVector>

#include <csignal>

class QSocketNotifier;

// Turns asynchronous Unix signals (SIGHUP, SIGTERM, SIGINT...) into a Qt signal delivered on the
// thread that owns the watcher. The handler only writes the signal number into a socketpair (the
// one async-signal-safe thing to do); a QSocketNotifier on the other end reads it in the event
// loop, where it is safe to reload a config or shut the engine down.
// Only one watcher may exist at a time: the handler needs a process-wide descriptor.
class UnixSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    // Restores the previous disposition of every watched signal.
    ~UnixSignalWatcher() override;

    bool isValid() const { return m_fds[0] >= 0; }
    QString errorString() const { return m_error; }

    // Installs the handler for SIGNALNUMBER. False (see errorString()) when it cannot.
    bool watch(int signalNumber);

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    static void handleSignal(int signalNumber);
    void readPendingSignals();

    struct Watched {
        int signalNumber;
        struct sigaction previous;
    };

    int m_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    QVector<Watched> m_watched;
    QString m_error;
};
