#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
// Desktop entry Exec= quoting: arguments with special characters are double-quoted, and inside
// the quotes ", `, $ and \ are escaped (Desktop Entry Specification, "The Exec key").
QString quoteExecArgument(const QString &arg) {
    static const QString special = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = arg.isEmpty();
    for (QChar c : arg)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return arg;
    QString quoted;
    for (QChar c : arg) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    // In a desktop file a literal backslash in a string value is itself escaped once more.
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

Autostart::Autostart(const QString &executable)
    : m_executable(executable) {}

QString Autostart::entryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.portrelay.PortRelay.desktop");
}

bool Autostart::isEnabled() const {
    return QFileInfo::exists(entryPath());
}

QString Autostart::entryText() const {
    // %f placeholders are not allowed here: autostart passes no files. The icon name is the one
    // installed into the hicolor theme.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=PortRelay\n"
                          "Comment=%1\n"
                          "Exec=%2 --minimized\n"
                          "Icon=portrelay\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(QCoreApplication::translate("Autostart", "Start the port relays at login"),
             quoteExecArgument(QFileInfo(m_executable).absoluteFilePath()));
}

bool Autostart::setEnabled(bool enabled, QString *error) {
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("Autostart", "%1 could not be removed.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "%1 could not be created.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText().toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
