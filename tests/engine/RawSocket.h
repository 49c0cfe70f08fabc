#pragma once

#include <QByteArray>
#include <QHostAddress>

#include <sys/socket.h>

// Plain POSIX sockets for the engine tests: the engine runs in its own thread, so the test
// thread may block on these (every wait is bounded by a timeout). Unlike QTcpSocket they can
// half-close (shutdown(SHUT_WR)) and show exactly what the relay did.
namespace RawSocket {

constexpr int kDefaultTimeoutMs = 20000;
inline const QHostAddress kLocal4{QStringLiteral("127.0.0.1")};
inline const QHostAddress kLocal6{QStringLiteral("::1")};

// address:port for bind()/connect()/sendto() (no mapped-address handling: tests use plain ones).
socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage);
// An unused port on `address` (bound and released; the kernel hands out ports in sequence, so
// it is not reused at once).
quint16 freePort(const QHostAddress &address = kLocal4);
// A listening socket on `address` (127.0.0.1, ::1, ...) at an ephemeral port.
int listenOn(const QHostAddress &address, quint16 *port, int backlog = 1024);
quint16 localPort(int fd);
QHostAddress peerAddress(int fd);
// Blocking connect from `source` (null: any) to address:port; -1 on failure (errno kept).
int connectTo(const QHostAddress &address, quint16 port,
              const QHostAddress &source = QHostAddress());
// accept() waiting at most timeoutMs; -1 on timeout or error.
int acceptOne(int listenFd, int timeoutMs = kDefaultTimeoutMs);
bool sendAll(int fd, const QByteArray &data, int timeoutMs = kDefaultTimeoutMs);
// Reads exactly n bytes (fewer on EOF, error or timeout).
QByteArray recvExact(int fd, qsizetype n, int timeoutMs = kDefaultTimeoutMs);
// Reads until EOF; *eof tells whether it came (false: timeout or error such as a reset).
QByteArray recvUntilEof(int fd, bool *eof, int timeoutMs = kDefaultTimeoutMs);
// True when the peer ended the connection (EOF or reset) within timeoutMs, reading nothing.
bool waitClosed(int fd, int timeoutMs = kDefaultTimeoutMs);
// True when the socket has no data and no EOF pending after waiting waitMs.
bool isQuiet(int fd, int waitMs);
void shutdownWrite(int fd);
void closeFd(int fd);
QByteArray randomBytes(qsizetype n, quint32 seed);

// Moves `toB` from a to b and `toA` from b to a at the same time, half-closing each direction
// once sent, and collects what each side receives until its EOF. False on timeout.
bool exchange(int a, int b, const QByteArray &toB, const QByteArray &toA, QByteArray *atB,
              QByteArray *atA, int timeoutMs = 60000);

// A client connected to address:port and, accepted at BACKENDFD, the far end of the connection
// the relay made for it (the test closes both). False, with nothing left open, when either did not
// come.
bool connectThrough(quint16 port, int backendFd, int *client, int *server,
                    const QHostAddress &address = kLocal4);

// A listening TCP socket standing in for a rule's target; closed when it goes.
struct Backend {
    int fd = -1;
    quint16 port = 0;
    explicit Backend(const QHostAddress &address = kLocal4) { fd = listenOn(address, &port); }
    ~Backend() { closeFd(fd); }
    Backend(const Backend &) = delete;
    Backend &operator=(const Backend &) = delete;
};

// Descriptors open in this process.
int openDescriptorCount();
// Inode of this process's listening TCP socket on `port` (any address); 0 when there is none.
// The same inode before and after something means the very same socket was kept.
quint64 listeningSocketInode(quint16 port);

} // namespace RawSocket
