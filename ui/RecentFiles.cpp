#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

const char *const RecentFiles::SettingsKey = "files/recent";

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent) {}

QStringList RecentFiles::files() const {
    QStringList result;
    const QStringList stored = QSettings().value(QLatin1String(SettingsKey)).toStringList();
    for (const QString &path : stored)
        if (QFileInfo::exists(path))
            result.append(path);
    return result;
}

void RecentFiles::add(const QString &path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList stored = QSettings().value(QLatin1String(SettingsKey)).toStringList();
    stored.removeAll(absolute);
    stored.prepend(absolute);
    while (stored.size() > MaxEntries)
        stored.removeLast();
    QSettings().setValue(QLatin1String(SettingsKey), stored);
    Q_EMIT changed();
}

void RecentFiles::clear() {
    QSettings().remove(QLatin1String(SettingsKey));
    Q_EMIT changed();
}
