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

    void write(const LogEvent &event);
    // Writes the buffered lines now.
    void flush();

    static constexpr int kFlushIntervalMs = 200;
    static constexpr int kFlushThresholdBytes = 64 * 1024;

private:
    void flushLocked();
    void closeLocked();

    mutable QMutex m_mutex; // m_file, m_format and m_pending
    std::atomic<bool> m_open{false};
    std::atomic<bool> m_flushQueued{false}; // a write from another thread asked for the timer
    QFile m_file;
    LogFormat m_format = LogFormat::None;
    QByteArray m_pending;
    QTimer m_flushTimer{this}; // a child: moves to the engine's thread with its owner
};
