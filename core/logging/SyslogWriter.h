#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

// Sends RFC 3164 messages ("<PRI>Mmm dd hh:mm:ss IDENT[PID]: text") to the local syslog socket,
// a Unix datagram socket: /dev/log, or the path in PORTRELAY_SYSLOG_SOCKET (tests point it at a
// socket of their own). Used instead of syslog(3) so that the destination is configurable and a
// message is one datagram sent from whichever thread logs it.
class SyslogWriter {
public:
    enum Facility { Daemon = 3 };
    enum Severity { Critical = 2, Error = 3, Warning = 4, Notice = 5, Info = 6, Debug = 7 };

    static SyslogWriter &instance();

    void open(const QString &ident, Facility facility = Daemon);
    void close();
    bool isOpen() const;
    // Control characters in `text` are escaped (#NNN, as rsyslog does) so one message stays one
    // line. Messages are dropped silently when no syslog daemon listens.
    void write(Severity severity, const QString &text);

    static QString socketPath();
    // The datagram for one message (without sending it); for tests.
    static QByteArray format(int facility, Severity severity, const QByteArray &ident, qint64 pid,
                             const QString &text);

private:
    SyslogWriter() = default;
    bool connectLocked();

    mutable QMutex m_mutex;
    QByteArray m_ident;
    int m_facility = Daemon;
    int m_fd = -1;
    bool m_open = false;
};
