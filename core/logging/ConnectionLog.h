#pragma once

#include "Config.h"
#include "LogEvent.h"

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>

// The connection log file. Lines are formatted into a memory buffer and written by a short timer
// (or at once when the buffer grows large), so the relay never waits for the disk. The file is
// opened in append mode and reopened by open() on every apply, which is what logrotate needs.
// write() and flush() may be called from any thread (the relay threads of an engine group share
// the lead's log: one writer, lines in the order they were written); open() and close() only
// from the thread the log lives in.
class ConnectionLog : public QObject {
    Q_OBJECT
public:
    explicit ConnectionLog(QObject *parent = nullptr);
    ~ConnectionLog() override;

    // (Re)opens `path` for appending (created 0640, never through a symbolic link); an empty
    // path or LogFormat::None closes the log. Returns false and sets *error when the file cannot
    // be opened; a log that was open stays open on the old file then, so no line is lost.
    bool open(const QString &path, LogFormat format, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_open.load(std::memory_order_relaxed); }
    LogFormat format() const { return m_format; }
    // Why connections are not being logged as configured right now (the file could not be
    // opened or reopened, a write failed: disk full, file system gone); empty when all is well.
    // A failed write is cleared by the next write that succeeds, an open failure by the next
    // open() that succeeds or closes the log.
    QString problem() const;

    void write(const LogEvent &event);
    // Writes the buffered lines now.
    void flush();

    static constexpr int kFlushIntervalMs = 200;
    static constexpr int kFlushThresholdBytes = 64 * 1024;

Q_SIGNALS:
    // problem() changed (set, replaced or cleared). Emitted from the thread whose call changed
    // it, never with the log's lock held.
    void problemChanged(const QString &problem);

private:
    void flushLocked();
    void closeLocked();
    void setProblemLocked(const QString &problem);
    void emitProblemIfChanged();

    mutable QMutex m_mutex; // m_file, m_format, m_pending, m_path, m_problem, m_linesLost
    std::atomic<bool> m_open{false};
    std::atomic<bool> m_flushQueued{false}; // a write from another thread asked for the timer
    QFile m_file;
    QString m_path;
    QString m_problem;
    bool m_problemChanged = false; // not yet emitted
    quint64 m_linesLost = 0;       // since the last write that succeeded
    LogFormat m_format = LogFormat::None;
    QByteArray m_pending;
    QTimer m_flushTimer{this}; // a child: moves to the engine's thread with its owner
};
