#pragma once

#include "CommandLine.h"
#include "Config.h"

#include <QString>
#include <QStringList>

// "portrelay forward [options] [ADDR:]PORT HOST:PORT": one forwarding from the command line, in
// redir's words. It becomes a one-rule Config in memory, run by the headless mode (same engine,
// log, signals and exit codes as --headless).
struct ForwardRequest {
    CommandLine commandLine; // mode Headless; user, syslog, ident, debug
    Config config;           // the one rule
};

// True when argv asks for the forward subcommand (argv[1] is "forward").
bool isForwardCommand(int argc, char *argv[]);

// Parses the arguments after "forward". False with *exitCode set when the program must end now
// (--help: 0, usage errors: 2; the message is printed).
bool parseForwardCommand(const QStringList &arguments, ForwardRequest *out, int *exitCode);

// Parses QCoreApplication::arguments() and runs the forwarding until a signal stops it.
int runForward();
