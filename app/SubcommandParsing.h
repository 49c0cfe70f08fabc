#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

class QCommandLineParser;

// What the subcommands with command lines of their own (ctl, forward, inetd) share.

// Prints "portrelay COMMAND: MESSAGE" on stderr and sets *exitCode to 2 (a usage error). Returns
// false, for `return usageError(...)` in a parse function.
bool subcommandUsageError(const char *command, const QString &message, int *exitCode);

// Parses ARGS with PARSER. False, with *exitCode set, when the command is not to run: a usage
// error (printed, 2) or --help (the help printed on stdout, 0).
bool parseSubcommandLine(QCommandLineParser &parser, const QStringList &args, const char *command,
                         int *exitCode);

// "[ADDRESS]:PORT" with the address in brackets (an IPv6 literal): false when TEXT has no "]:".
bool splitBracketedEndpoint(const QString &text, QString *host, QString *port);

// redir's --max-bandwidth, in bits per second, as the bytes per second of rule option rate=:
// nothing when TEXT is not a whole number of at least 8 that rate= can hold.
std::optional<qulonglong> bandwidthBytesPerSecond(const QString &text);
