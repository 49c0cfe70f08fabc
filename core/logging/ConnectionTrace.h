#pragma once

#include <QLoggingCategory>

// Every step of every connection (accept, access check, target resolution, connect, first byte,
// half-closes, close with byte counts and reason) as debug messages. Off unless enabled
// (--debug enables "portrelay.trace.debug"); qCDebug checks the category before formatting
// anything, so the trace costs one test per step when off.
Q_DECLARE_LOGGING_CATEGORY(lcTrace)
// One info message per connection event (opened, closed, refused), as redir writes to syslog.
// Off unless enabled ("portrelay.connections.info", which --syslog sets).
Q_DECLARE_LOGGING_CATEGORY(lcConnectionEvents)

inline constexpr char lcTraceName[] = "portrelay.trace";
inline constexpr char lcConnectionEventsName[] = "portrelay.connections";
