#include "ConnectionLog.h"

#include "LogLineFormatter.h"

#include <QCoreApplication>
#include <QThread>

#include <cerrno>
#include <climits>
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
    // No problemChanged() from here: the owner may be half destroyed.
    QMutexLocker locker(&m_mutex);
    closeLocked();
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
    QString failure;
    {
        QMutexLocker locker(&m_mutex);
        m_format = format;
        if (path.isEmpty() || format == LogFormat::None) {
            closeLocked();
            m_path.clear();
            setProblemLocked(QString());
        } else {
            int openError = 0;
            const int fd = openForAppend(QFile::encodeName(path), &openError);
            if (fd < 0) {
                // Lines are never dropped for a failed reopen (after a log rotation, say): the
                // file open so far goes on receiving them, and the caller reports it.
                if (m_file.isOpen()) {
                    flushLocked();
                    failure = QCoreApplication::translate(
                                  "ConnectionLog",
                                  "could not reopen %1 to append: %2; connections are still "
                                  "logged to the file opened before")
                                  .arg(path, openErrorText(openError));
                } else {
                    failure = QCoreApplication::translate("ConnectionLog",
                                                          "could not open %1 to append: %2; "
                                                          "connections are not logged")
                                  .arg(path, openErrorText(openError));
                }
            } else {
                closeLocked();
                if (!m_file.open(fd,
                                 QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                                 QFileDevice::AutoCloseHandle)) {
                    ::close(fd);
                    failure = QCoreApplication::translate("ConnectionLog",
                                                          "could not open %1 to append: %2; "
                                                          "connections are not logged")
                                  .arg(path, m_file.errorString());
                } else {
                    m_open = true;
                    m_path = path;
                    m_linesLost = 0;
                }
            }
            setProblemLocked(failure);
        }
    }
    emitProblemIfChanged();
    if (error)
        *error = failure;
    return failure.isEmpty();
}

QString ConnectionLog::problem() const {
    QMutexLocker locker(&m_mutex);
    return m_problem;
}

void ConnectionLog::setProblemLocked(const QString &problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    m_problemChanged = true;
}

void ConnectionLog::emitProblemIfChanged() {
    QString problem;
    {
        QMutexLocker locker(&m_mutex);
        if (!m_problemChanged)
            return;
        m_problemChanged = false;
        problem = m_problem;
    }
    Q_EMIT problemChanged(problem);
}

void ConnectionLog::close() {
    {
        QMutexLocker locker(&m_mutex);
        closeLocked();
    }
    emitProblemIfChanged();
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
        if (m_problemChanged) {
            locker.unlock();
            emitProblemIfChanged();
        }
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
    {
        QMutexLocker locker(&m_mutex);
        flushLocked();
    }
    emitProblemIfChanged();
}

void ConnectionLog::flushLocked() {
    if (m_pending.isEmpty() || !m_file.isOpen())
        return;
    const qint64 written = m_file.write(m_pending);
    if (written == m_pending.size()) {
        m_pending.clear();
        if (m_linesLost > 0) {
            m_linesLost = 0;
            setProblemLocked(QString());
        }
        return;
    }
    // Kept no longer than this: the relay must not hold an ever growing buffer for a disk that
    // stays full. What was lost is counted, and said until a write succeeds again.
    const QByteArray unwritten = m_pending.mid(qMax<qint64>(written, 0));
    m_linesLost += quint64(unwritten.count('\n'));
    const QString reason = m_file.errorString();
    m_file.unsetError();
    m_pending.clear();
    // Computed outside translate(): lupdate (Qt 6.4) never finishes parsing a template call
    // among translate()'s arguments.
    const int linesLost = int(qMin<quint64>(m_linesLost, INT_MAX));
    setProblemLocked(QCoreApplication::translate("ConnectionLog",
                                                 "could not write to %1: %2; %n connection log "
                                                 "line(s) lost",
                                                 nullptr, linesLost)
                         .arg(m_path, reason));
}
