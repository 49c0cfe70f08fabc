#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// A plain start of the desktop manager while the system service runs: the admin most likely
// wants to manage that service rather than start a session of their own.
class SystemServiceChoice {
    Q_DECLARE_TR_FUNCTIONS(SystemServiceChoice)

public:
    // The system service's control socket; PORTRELAY_SERVICE_SOCKET names another one (tests
    // must never find the machine's own service).
    static QString socketPath();
    // The socket when a service answers on it; empty when there is none, or only a socket file
    // left behind by a service that is gone.
    static QString runningServiceSocket(int timeoutMs = 1000);
    // Asks when a service runs: its socket to connect to, or empty for a local session.
    static QString ask(QWidget *parent = nullptr);
};
