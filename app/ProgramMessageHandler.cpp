#include "ProgramMessageHandler.h"

#include "ControlCharEscape.h"
#include "HeadlessLogging.h"

#include <QByteArray>
#include <QMessageLogContext>

#include <cstdio>
#include <cstring>
#include <syslog.h>

namespace {
// openlog() keeps the pointer: the ident must outlive every syslog() call.
QByteArray s_ident;
bool s_syslogOpen = false;

bool isDiagnostic(const QMessageLogContext &context) {
    return context.category && std::strcmp(context.category, lcDiagnosticName) == 0;
}

void toStderr(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    QByteArray line;
    if (!isDiagnostic(context)) {
        switch (type) {
        case QtDebugMsg:
        case QtInfoMsg:
            line = "portrelay: ";
            break;
        case QtWarningMsg:
            line = "portrelay warning: ";
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            line = "portrelay error: ";
            break;
        }
    }
    // Every message is one line, whatever config text or name it quotes.
    line += escapeControlCharacters(message).toLocal8Bit();
    line += '\n';
    // One write per line so that lines from the engine thread never interleave mid-line.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void toSyslog(QtMsgType type, const QMessageLogContext &, const QString &message) {
    int priority = LOG_INFO;
    switch (type) {
    case QtDebugMsg:
        priority = LOG_DEBUG;
        break;
    case QtInfoMsg:
        priority = LOG_INFO;
        break;
    case QtWarningMsg:
        priority = LOG_WARNING;
        break;
    case QtCriticalMsg:
        priority = LOG_ERR;
        break;
    case QtFatalMsg:
        priority = LOG_CRIT;
        break;
    }
    ::syslog(priority, "%s", escapeControlCharacters(message).toLocal8Bit().constData());
}
} // namespace

void ProgramMessageHandler::installStderr() {
    qInstallMessageHandler(toStderr);
}

void ProgramMessageHandler::installSyslog(const QString &ident) {
    s_ident = ident.toLocal8Bit();
    ::openlog(s_ident.constData(), LOG_PID | LOG_NDELAY, LOG_DAEMON);
    s_syslogOpen = true;
    qInstallMessageHandler(toSyslog);
}

void ProgramMessageHandler::uninstall() {
    qInstallMessageHandler(nullptr);
    if (s_syslogOpen) {
        ::closelog();
        s_syslogOpen = false;
    }
}
