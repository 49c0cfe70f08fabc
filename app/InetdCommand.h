#pragma once

#include "SingleConnectionRelay.h"

#include <QString>
#include <QStringList>

// `portrelay inetd [options] HOST:PORT`: relays the connection on standard input/output (inetd
// "nowait", systemd Accept=yes with StandardInput=socket) to HOST:PORT and exits when both
// directions are done. Parsed apart from the other modes (its own options, its own --help).
struct InetdCommand {
    SingleConnectionRelay::Options relay;
    bool syslog = false;
    QString ident = QStringLiteral("portrelay");
    bool debug = false;
};

// True when argv names the inetd subcommand (decided before any application object exists).
bool isInetdCommand(int argc, char *argv[]);
// Parses ARGS (program name first, then "inetd"). On --help or a usage error it prints and
// returns false with *exitCode set (0 for --help, 2 for errors).
bool parseInetdCommand(const QStringList &args, InetdCommand *out, int *exitCode);
// Runs the relay on descriptor 0. Exit status: 0 the connection was relayed to its end, 1 it was
// refused (access list) or the target could not be reached, 2 usage error or standard input is
// not a connected TCP socket.
int runInetd();
