#include "ConnectionLog.h"

#include "LogLineFormatter.h"

#include <QCoreApplication>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

ConnectionLog::ConnectionLog(QObject *parent)
    : QObject(parent) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConnectionLog::flush);
}

ConnectionLog::~ConnectionLog() {
    close();
}

namespace {

// Opens `path` for appending. A file that does not exist yet is created with O_EXCL (never
// through a symbolic link) and given 0640 whatever the umask: connection logs name clients. As
// root an existing path is not followed either when it is a link (someone may have planted it
// to make root append to another file).
int openForAppend(const QByteArray &path, int *error) {
    const int flags = O_WRONLY | O_APPEND | O_CLOEXEC | (::geteuid() == 0 ? O_NOFOLLOW : 0);
    for (int attempt = 0; attempt < 3; ++attempt) {
        int fd = ::open(path.constData(), flags);
        if (fd >= 0)
            return fd;
        if (errno != ENOENT)
            break;
        fd = ::open(path.constData(), flags | O_CREAT | O_EXCL, 0640);
        if (fd >= 0) {
            ::fchmod(fd, 0640);
            return fd;
        }
        if (errno != EEXIST) // EEXIST: created by someone else meanwhile; open that one
            break;
    }
    *error = errno;
    return -1;
}

QString openErrorText(int error) {
    if (error == ELOOP)
        return QCoreApplication::translate("ConnectionLog",
                                           "it is a symbolic link, which root does not follow");
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

bool ConnectionLog::open(const QString &path, LogFormat format, QString *error) {
    QMutexLocker locker(&m_mutex);
    m_format = format;
    if (path.isEmpty() || format == LogFormat::None) {
        closeLocked();
        return true;
    }
    int openError = 0;
    const int fd = openForAppend(QFile::encodeName(path), &openError);
    if (fd < 0) {
        // Lines are never dropped for a failed reopen (after a log rotation, say): the file
        // open so far goes on receiving them, and the caller reports it.
        if (m_file.isOpen()) {
            flushLocked();
            if (error)
                *error = QCoreApplication::translate(
                             "ConnectionLog",
                             "could not reopen %1 to append: %2; connections are still logged to "
                             "the file opened before")
                             .arg(path, openErrorText(openError));
            return false;
        }
        if (error)
            *error = QCoreApplication::translate("ConnectionLog", "could not open %1 to append: %2")
                         .arg(path, openErrorText(openError));
        return false;
    }
    closeLocked();
    if (!m_file.open(fd, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                     QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        if (error)
            *error = QCoreApplication::translate("ConnectionLog", "could not open %1 to append: %2")
                         .arg(path, m_file.errorString());
        return false;
    }
    m_open = true;
    return true;
}

void ConnectionLog::close() {
    QMutexLocker locker(&m_mutex);
    closeLocked();
}

void ConnectionLog::closeLocked() {
    flushLocked();
    if (m_file.isOpen())
        m_file.close();
    m_open = false;
    m_pending.clear();
}

void ConnectionLog::write(const LogEvent &event) {
    QMutexLocker locker(&m_mutex);
    if (!m_file.isOpen() || m_format == LogFormat::None)
        return;
    const bool wasEmpty = m_pending.isEmpty();
    LogLineFormatter::append(m_pending, m_format, event, std::time(nullptr));
    if (m_pending.size() >= kFlushThresholdBytes) {
        flushLocked();
    } else if (wasEmpty) {
        // The timer belongs to the log's thread: another thread asks for it (once per batch).
        if (QThread::currentThread() == thread()) {
            if (!m_flushTimer.isActive())
                m_flushTimer.start();
        } else if (!m_flushQueued.exchange(true)) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_flushQueued = false;
                    if (!m_flushTimer.isActive())
                        m_flushTimer.start();
                },
                Qt::QueuedConnection);
        }
    }
}

void ConnectionLog::flush() {
    if (QThread::currentThread() == thread())
        m_flushTimer.stop();
    QMutexLocker locker(&m_mutex);
    flushLocked();
}

void ConnectionLog::flushLocked() {
    if (m_pending.isEmpty() || !m_file.isOpen())
        return;
    m_file.write(m_pending);
    m_pending.clear();
}
