#pragma once

#include <QString>

// Where the headless mode's program messages (QLoggingCategory output: startup, bind errors,
// reloads, config diagnostics) go: stderr in rinetd's style ("portrelay: ...",
// "portrelay error: ..."), or syslog (--syslog, --ident NAME, facility daemon).
// Config diagnostics (category "portrelay.diagnostic") are printed as they are, in the
// compiler-like "FILE:LINE:COL: error: ..." form editors understand.
class ProgramMessageHandler {
public:
    static void installStderr();
    static void installSyslog(const QString &ident);
    // trace: every connection step (--debug); events: one line per connection event, which
    // syslog gets with --syslog (the connection log file is not affected).
    static void enableConnectionMessages(bool trace, bool events);
    // Back to Qt's default handler (and closelog() after syslog).
    static void uninstall();
};
