#include "LogFileFollower.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace {
quint64 inodeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return static_cast<quint64>(st.st_ino);
}
} // namespace

LogFileFollower::LogFileFollower(QObject *parent)
    : QObject(parent) {
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFileFollower::poll);
    connect(&m_timer, &QTimer::timeout, this, &LogFileFollower::poll);
    m_timer.setInterval(1000);
}

void LogFileFollower::follow(const QString &path, qint64 tailBytes) {
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_path = path;
    m_offset = -1;
    m_partial.clear();
    m_inode = 0;
    m_initialTail = tailBytes;
    Q_EMIT restarted();
    if (path.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    poll();
}

void LogFileFollower::poll() {
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (m_watcher.files().isEmpty())
        m_watcher.addPath(m_path);
    const quint64 inode = inodeOf(m_path);
    const qint64 size = file.size();
    if (m_offset >= 0 && (inode != m_inode || size < m_offset)) {
        // Rotated or truncated: what follows is a new file.
        m_offset = 0;
        m_skipFirstLine = false;
        m_partial.clear();
        Q_EMIT restarted();
        m_watcher.removePaths(m_watcher.files());
        m_watcher.addPath(m_path);
    }
    if (m_offset < 0) {
        m_offset = qMax<qint64>(0, size - m_initialTail);
        m_skipFirstLine = m_offset > 0;
    }
    m_inode = inode;
    if (size == m_offset)
        return;
    if (!file.seek(m_offset))
        return;
    // Bounded read per poll so that a huge backlog cannot stall the window.
    const QByteArray chunk = file.read(qMin<qint64>(size - m_offset, 1024 * 1024));
    m_offset += chunk.size();
    m_partial += chunk;
    if (m_skipFirstLine) {
        const int firstNewline = m_partial.indexOf('\n');
        if (firstNewline < 0)
            return;
        m_partial.remove(0, firstNewline + 1);
        m_skipFirstLine = false;
    }
    const int lastNewline = m_partial.lastIndexOf('\n');
    if (lastNewline < 0)
        return;
    const QByteArray complete = m_partial.left(lastNewline);
    m_partial.remove(0, lastNewline + 1);
    QStringList lines = QString::fromUtf8(complete).split(QLatin1Char('\n'));
    Q_EMIT linesAppended(lines);
}
