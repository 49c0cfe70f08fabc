#pragma once

#include <QString>

// The XDG autostart entry ($XDG_CONFIG_HOME/autostart/<id>.desktop) that starts the desktop
// manager minimised at login. Its existence is the truth: the settings only remember the wish.
class Autostart {
public:
    // EXECUTABLE: what the entry runs (normally QCoreApplication::applicationFilePath()).
    explicit Autostart(const QString &executable);

    static QString entryPath(); // where the entry lives for the current user
    bool isEnabled() const;
    // Writes (atomically) or removes the entry. False with *error set when that failed.
    bool setEnabled(bool enabled, QString *error = nullptr);
    QString entryText() const;

private:
    QString m_executable;
};
