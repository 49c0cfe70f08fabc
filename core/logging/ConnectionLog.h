#pragma once

#include "Config.h"
#include "LogEvent.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTimer>

// The connection log file. Lines are formatted into a memory buffer and written by a short timer
// (or at once when the buffer grows large), so the relay never waits for the disk. The file is
// opened in append mode and reopened by open() on every apply, which is what logrotate needs.
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
    bool isOpen() const { return m_file.isOpen(); }
    LogFormat format() const { return m_format; }
    // Why connections are not being logged as configured right now (the file could not be
    // opened or reopened, a write failed: disk full, file system gone); empty when all is well.
    // A failed write is cleared by the next write that succeeds, an open failure by the next
    // open() that succeeds or closes the log.
    QString problem() const { return m_problem; }

    void write(const LogEvent &event);
    // Writes the buffered lines now.
    void flush();

    static constexpr int kFlushIntervalMs = 200;
    static constexpr int kFlushThresholdBytes = 64 * 1024;

Q_SIGNALS:
    // problem() changed (set, replaced or cleared).
    void problemChanged(const QString &problem);

private:
    void setProblem(const QString &problem);

    QFile m_file;
    QString m_path;
    QString m_problem;
    quint64 m_linesLost = 0; // since the last write that succeeded
    LogFormat m_format = LogFormat::None;
    QByteArray m_pending;
    QTimer m_flushTimer{this}; // a child: moves to the engine's thread with its owner
};
