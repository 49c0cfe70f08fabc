#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <sys/socket.h>

// Sockets handed over by the service manager (systemd socket activation, sd_listen_fds(3)
// protocol: LISTEN_PID, LISTEN_FDS, LISTEN_FDNAMES, descriptors from 3 on), read without
// libsystemd. Each one is matched to a rule by what getsockname() and SO_TYPE say; a listener
// that finds its socket here takes a duplicate instead of binding, so the inherited socket itself
// stays open in the process across reloads and rule changes (as under inetd, the service
// manager owns the port; PortRelay never has to bind it, nor to be root for a low port).
// Process-wide and thread-safe: collected once on the main thread, taken on the engine's.
namespace ListenFds {

constexpr int kFirstDescriptor = 3; // SD_LISTEN_FDS_START

// Reads and unsets the environment variables (so that child processes do not see them) and
// adopts the descriptors when LISTEN_PID names this process. Returns how many were adopted;
// *problems gets a line for each descriptor that cannot serve a rule (not a listening TCP or
// bound UDP socket of IPv4/IPv6).
int collectFromEnvironment(QStringList *problems);
// The same for descriptors first..first+count-1 with the given names (tests; collect above).
int adopt(int first, int count, const QStringList &names, QStringList *problems);
// Closes every adopted descriptor and forgets them (tests).
void reset();

int count();
// A new descriptor (close-on-exec, non-blocking) for the inherited socket of TYPE (SOCK_STREAM,
// SOCK_DGRAM) bound to address:port, or -1 when there is none. Unspecified addresses
// ("0.0.0.0", "::") match each other: systemd's ListenStream=80 is a dual-stack [::]:80.
int take(const QHostAddress &address, quint16 port, int type);
// "name (127.0.0.1:80/tcp)" for each inherited socket that no listener holds at the moment.
QStringList unusedDescriptions();

} // namespace ListenFds
