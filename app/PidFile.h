#pragma once

#include <QString>

// The process id file (rinetd's "pidlogfile"): written atomically, removed again by the process
// that wrote it. Removal is skipped when the file no longer holds our pid, so a second instance
// that took the file over does not lose it.
class PidFile {
public:
    PidFile() = default;
    ~PidFile(); // removes the file if this object wrote it
    PidFile(const PidFile &) = delete;
    PidFile &operator=(const PidFile &) = delete;

    // Writes "PID\n" to PATH through a new temporary file (mode 0644) and a rename over PATH
    // itself, so a symbolic link at PATH is replaced, never followed. Refuses a directory that
    // everyone may write to without the sticky bit. False with *error on failure.
    bool write(const QString &path, QString *error);
    // Removes the file written by write(). False with *error when it exists and cannot be removed.
    bool remove(QString *error = nullptr);

    QString path() const { return m_path; }
    bool isWritten() const { return !m_path.isEmpty(); }

private:
    QString m_path;
};
