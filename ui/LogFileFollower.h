#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

// Follows a growing text file like `tail -f`: reports the complete lines appended since the last
// read, and starts over when the file is truncated or replaced (log rotation).
class LogFileFollower : public QObject {
    Q_OBJECT
public:
    explicit LogFileFollower(QObject *parent = nullptr);

    // Starts following PATH (empty: stop); the last TAILBYTES already in it are reported first.
    void follow(const QString &path, qint64 tailBytes = 16 * 1024);
    QString path() const { return m_path; }

    void poll(); // also called by a timer, since a watcher misses files that do not exist yet

Q_SIGNALS:
    void restarted(); // the file was (re)opened from the start: discard what was shown
    void linesAppended(const QStringList &lines);

private:
    QString m_path;
    qint64 m_offset = -1; // -1: not opened yet
    qint64 m_initialTail = 0;
    bool m_skipFirstLine = false; // started mid-file: the first line is a fragment
    QByteArray m_partial;         // an incomplete last line, kept until its newline arrives
    quint64 m_inode = 0;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
};
