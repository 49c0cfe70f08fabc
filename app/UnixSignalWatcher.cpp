#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// Written by the signal handler; an atomic int is lock-free and therefore signal-safe.
std::atomic<int> s_writeFd{-1};
} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent) {
    Q_ASSERT_X(s_writeFd.load() < 0, "UnixSignalWatcher", "only one watcher may exist");
    // Non-blocking on both ends: the handler must never block (a full buffer just coalesces
    // signals, which is what Unix does with pending signals anyway), and the reader drains
    // until EAGAIN.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, m_fds) != 0) {
        m_error = QCoreApplication::translate("UnixSignalWatcher",
                                              "cannot create the signal socket pair: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_fds[0] = m_fds[1] = -1;
        return;
    }
    s_writeFd.store(m_fds[1]);
    m_notifier = new QSocketNotifier(m_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPendingSignals);
}

UnixSignalWatcher::~UnixSignalWatcher() {
    for (const Watched &w : std::as_const(m_watched))
        ::sigaction(w.signalNumber, &w.previous, nullptr);
    s_writeFd.store(-1);
    delete m_notifier;
    for (int fd : m_fds) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool UnixSignalWatcher::watch(int signalNumber) {
    if (!isValid())
        return false;
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = &UnixSignalWatcher::handleSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: the engine thread's and Qt's system calls are not interrupted by our signals.
    action.sa_flags = SA_RESTART;
    Watched watched;
    watched.signalNumber = signalNumber;
    if (::sigaction(signalNumber, &action, &watched.previous) != 0) {
        m_error = QCoreApplication::translate("UnixSignalWatcher",
                                              "cannot install a handler for signal %1: %2")
                      .arg(signalNumber)
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_watched.append(watched);
    return true;
}

void UnixSignalWatcher::handleSignal(int signalNumber) {
    const int savedErrno = errno;
    const int fd = s_writeFd.load();
    if (fd >= 0) {
        const unsigned char byte = static_cast<unsigned char>(signalNumber);
        // Nothing useful can be done about a failed write inside a signal handler.
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

void UnixSignalWatcher::readPendingSignals() {
    // Bounded: a non-blocking read stops at EAGAIN once the pair is drained.
    unsigned char buffer[64];
    for (;;) {
        const ssize_t n = ::read(m_fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n; ++i)
            emit signalReceived(int(buffer[i]));
    }
}
