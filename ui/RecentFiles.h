#pragma once

#include <QObject>
#include <QStringList>

// The most recently opened or saved documents, newest first, kept in QSettings.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxEntries = 8;
    static const char *const SettingsKey;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const; // existing files only
    void add(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();
};
