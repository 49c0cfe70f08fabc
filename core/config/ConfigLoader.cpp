#include "ConfigLoader.h"

#include "JsonConfigReader.h"
#include "JsonConfigWriter.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

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
    } else {
        result.format = ConfigFormat::RinetdConf;
        RinetdConfigParser parser(fileName);
        result.config = parser.parse(data);
        result.diagnostics = parser.diagnostics();
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
