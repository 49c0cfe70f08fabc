#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// One line of the connection log: what happened to one client of one rule. Host texts are kept as
// the rule's author wrote them, as rinetd prints them; ports are numbers.
struct LogEvent {
    enum class Result {
        Opened,             // "opened"
        LocalClosedFirst,   // "done-local-closed": the target closed first
        RemoteClosedFirst,  // "done-remote-closed": the client closed first
        Denied,             // "denied"
        NotAllowed,         // "not-allowed" (rinetd 0.73 prints "(null)" here: its bug)
        LocalConnectFailed, // "local-connect-failed -"
        LocalSocketFailed,  // "local-socket-failed -"
        LocalBindFailed,    // "local-bind-failed -"
        IdleTimeout,        // PortRelay: "done-idle-timeout"
        ClosedByOperator,   // PortRelay: "done-closed" (closeConnection(), stop())
    };

    Result result = Result::Opened;
    QHostAddress client; // IPv4-mapped IPv6 addresses are printed as IPv4
    QString bindHost;
    quint16 bindPort = 0;
    QString connectHost;
    quint16 connectPort = 0;
    quint64 bytesFromClient = 0; // rinetd's "bytes input"
    quint64 bytesToClient = 0;   // rinetd's "bytes output"
    qint64 durationMs = 0;       // PortRelay format only
    // For live views (control clients): the rule and when it happened. Not written to the file.
    int ruleId = 0;
    qint64 msSinceEpoch = 0;

    static const char *resultText(Result result);
};

Q_DECLARE_METATYPE(LogEvent)
