#include "ConfigLoader.h"

#include "ConfigValidator.h"
#include "JsonConfigReader.h"
#include "JsonConfigWriter.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"
#include "RinetdInPlaceWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// A context lupdate can see: a bare tr() in a free function has none, and its strings would
// never reach the translations.
struct ConfigLoaderText {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

bool looksLikeJson(const QByteArray &data) {
    int i = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < data.size() &&
           (data.at(i) == ' ' || data.at(i) == '\t' || data.at(i) == '\r' || data.at(i) == '\n'))
        ++i;
    return i < data.size() && data.at(i) == '{';
}

// Qt's text for a failed write, or the system's when Qt only says "Unknown error" (as for a
// write that fails with ENOSPC).
QString fileErrorText(const QFileDevice &file, int savedErrno) {
    const QString text = file.errorString();
    if (savedErrno != 0 && (text.isEmpty() || text == QLatin1String("Unknown error")))
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return text;
}

} // namespace

ConfigLoadResult parseConfigData(const QByteArray &data, const QString &fileName) {
    ConfigLoadResult result;
    if (looksLikeJson(data)) {
        result.format = ConfigFormat::Json;
        JsonConfigReader reader(fileName);
        result.config = reader.read(data);
        result.diagnostics = reader.diagnostics();
        result.documentRead = !reader.rejectedDocument();
        if (result.documentRead)
            result.diagnostics += ConfigValidator::validate(result.config, fileName);
    } else {
        result.format = ConfigFormat::RinetdConf;
        RinetdConfigParser parser(fileName);
        result.config = parser.parse(data);
        result.diagnostics = parser.diagnostics();
        // The reader judged each line; the validator judges the rules together (binds that
        // collide, rules that forward to their own listeners, ...).
        ConfigValidator::Options options;
        options.fileName = fileName;
        options.sourceMap = &parser.sourceMap();
        result.diagnostics +=
            ConfigValidator::toDiagnostics(ConfigValidator::check(result.config, options));
        std::stable_sort(
            result.diagnostics.begin(), result.diagnostics.end(),
            [](const ConfigDiagnostic &a, const ConfigDiagnostic &b) { return a.line < b.line; });
    }
    return result;
}

ConfigLoadResult loadConfigFile(const QString &path) {
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.readable = false;
        result.readError = QFileInfo(path).isDir()
                               ? ConfigLoaderText::tr("%1: is a directory").arg(path)
                               : ConfigLoaderText::tr("%1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        ConfigLoadResult result;
        result.readable = false;
        result.readError = ConfigLoaderText::tr("%1: %2").arg(path, file.errorString());
        return result;
    }
    return parseConfigData(data, path);
}

ConfigFormat formatForFileName(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
               ? ConfigFormat::Json
               : ConfigFormat::RinetdConf;
}

bool saveConfigFile(const Config &config, const QString &path, QString *error,
                    QVector<ConfigDiagnostic> *warnings) {
    QByteArray data;
    if (formatForFileName(path) == ConfigFormat::Json) {
        data = JsonConfigWriter::write(config);
    } else {
        RinetdConfigWriter writer(path);
        data = writer.write(config).toUtf8();
        if (warnings)
            *warnings += writer.warnings();
    }
    // A new file gets 0644 whatever the umask (under umask 000 it would be writable by
    // everyone); an existing one keeps its mode, as QSaveFile does.
    const bool isNew = !QFileInfo::exists(path);
    QSaveFile file(path);
    // Unbuffered: a failing write() is seen at once, with its errno (a full disk), instead of
    // in a flush inside commit() that Qt reports as "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = ConfigLoaderText::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (isNew)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
    errno = 0;
    bool ok = file.write(data) == data.size();
    int savedErrno = errno;
    if (ok) {
        ok = file.commit();
        savedErrno = errno;
    }
    if (!ok) {
        if (error)
            *error = ConfigLoaderText::tr("%1: %2").arg(path, fileErrorText(file, savedErrno));
        file.cancelWriting();
        return false;
    }
    return true;
}

namespace {

// Atomic replacement of PATH by DATA with PERMISSIONS. As root, a symbolic link at PATH is not
// followed: QSaveFile would write through it to wherever it points.
bool writeAtomically(const QString &path, const QByteArray &data,
                     QFileDevice::Permissions permissions, bool replaceLink, QString *error) {
    const QFileInfo info(path);
    if (geteuid() == 0 && info.isSymLink()) {
        if (!replaceLink || !QFile::remove(path)) {
            if (error)
                *error = ConfigLoaderText::tr("%1: is a symbolic link; not followed when running "
                                              "as root")
                             .arg(path);
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ConfigLoaderText::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = ConfigLoaderText::tr("%1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace

bool saveConfigInPlace(const Config &config, const QString &path, QString *error,
                       QVector<ConfigDiagnostic> *warnings, const Config *read,
                       QVector<int> *newLines) {
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ConfigLoaderText::tr("%1: %2").arg(path, current.errorString());
        return false;
    }
    const QByteArray original = current.readAll();
    const QFileDevice::Permissions permissions = current.permissions();
    current.close();
    RinetdInPlaceWriter writer(path);
    QByteArray data;
    if (!writer.write(original, config, &data, error, read))
        return false;
    if (warnings)
        *warnings += writer.warnings();
    if (newLines)
        *newLines = writer.newLines();
    if (data == original)
        return true; // nothing changed: no new version, no backup
    // The config file itself may legitimately be a link an administrator made (to a shared
    // file); as root it is refused rather than followed. The backup is ours: a link there is
    // replaced by the file.
    if (geteuid() == 0 && QFileInfo(path).isSymLink()) {
        if (error)
            *error =
                ConfigLoaderText::tr("%1: is a symbolic link; not followed when running as root")
                    .arg(path);
        return false;
    }
    return writeAtomically(path + QStringLiteral(".bak"), original, permissions, true, error) &&
           writeAtomically(path, data, permissions, false, error);
}
