#include "ProgramMessageHandler.h"

#include "ConnectionTrace.h"
#include "ControlCharEscape.h"
#include "HeadlessLogging.h"
#include "SyslogWriter.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QMessageLogContext>

#include <cstdio>
#include <cstring>

namespace {

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

void toSyslog(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    SyslogWriter::Severity severity = SyslogWriter::Info;
    switch (type) {
    case QtDebugMsg:
        severity = SyslogWriter::Debug;
        break;
    case QtInfoMsg:
        severity = SyslogWriter::Info;
        break;
    case QtWarningMsg:
        severity = SyslogWriter::Warning;
        break;
    case QtCriticalMsg:
        severity = SyslogWriter::Error;
        break;
    case QtFatalMsg:
        severity = SyslogWriter::Critical;
        break;
    }
    // Connection events at "notice", as redir logs its connections.
    if (context.category && std::strcmp(context.category, lcConnectionEventsName) == 0)
        severity = SyslogWriter::Notice;
    SyslogWriter::instance().write(severity, escapeControlCharacters(message));
}
} // namespace

void ProgramMessageHandler::installStderr() {
    qInstallMessageHandler(toStderr);
}

void ProgramMessageHandler::installSyslog(const QString &ident) {
    SyslogWriter::instance().open(ident, SyslogWriter::Daemon);
    qInstallMessageHandler(toSyslog);
}

void ProgramMessageHandler::enableConnectionMessages(bool trace, bool events) {
    QStringList rules;
    if (trace)
        rules << QStringLiteral("%1.debug=true").arg(QLatin1String(lcTraceName));
    if (events)
        rules << QStringLiteral("%1.info=true").arg(QLatin1String(lcConnectionEventsName));
    if (!rules.isEmpty())
        QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
}

void ProgramMessageHandler::uninstall() {
    qInstallMessageHandler(nullptr);
    SyslogWriter::instance().close();
}
