#pragma once

#include "Config.h"
#include "LogEvent.h"

#include <QByteArray>

#include <ctime>

// Formats connection-log lines byte for byte as rinetd 0.73 does (logEvent() in rinetd.c), plus
// PortRelay's own format (rinetd's tab format with the duration appended; see docs/log-formats.md).
class LogLineFormatter {
public:
    // Appends one line (with its '\n') for `event` at wall-clock time `when` (local time, as
    // rinetd). Nothing is appended for LogFormat::None.
    static void append(QByteArray &out, LogFormat format, const LogEvent &event, time_t when);
    static QByteArray format(LogFormat format, const LogEvent &event, time_t when);

    // The textual client address as rinetd prints it (inet_ntoa for IPv4 and mapped addresses).
    static QByteArray clientText(const QHostAddress &address);
};
