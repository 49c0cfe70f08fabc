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

    void write(const LogEvent &event);
    // Writes the buffered lines now.
    void flush();

    static constexpr int kFlushIntervalMs = 200;
    static constexpr int kFlushThresholdBytes = 64 * 1024;

private:
    QFile m_file;
    LogFormat m_format = LogFormat::None;
    QByteArray m_pending;
    QTimer m_flushTimer{this}; // a child: moves to the engine's thread with its owner
};
