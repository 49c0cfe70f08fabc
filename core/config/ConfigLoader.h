#pragma once
// PUBLIC API: reading and writing whole config files, whatever their format.

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QByteArray>
#include <QString>
#include <QVector>

enum class ConfigFormat { RinetdConf, Json };

struct ConfigLoadResult {
    bool readable = true; // false: the file could not be read at all (see readError)
    QString readError;
    ConfigFormat format = ConfigFormat::RinetdConf;
    Config config; // every valid part, even when there are errors
    // false: nothing of the document could be used (a JSON file with a wrong type, a missing
    // field or a newer version is read all or nothing); config is then empty, not the file.
    bool documentRead = true;
    QVector<ConfigDiagnostic> diagnostics;

    bool hasErrors() const { return !readable || ::hasErrors(diagnostics); }
};

// Reads PATH; JSON or rinetd.conf is decided by content, not by name.
ConfigLoadResult loadConfigFile(const QString &path);
ConfigLoadResult parseConfigData(const QByteArray &data, const QString &fileName);

// Format by extension: ".json" is PortRelay JSON, anything else rinetd.conf. Atomic (QSaveFile).
// Warnings about what rinetd.conf cannot express go to *warnings.
bool saveConfigFile(const Config &config, const QString &path, QString *error,
                    QVector<ConfigDiagnostic> *warnings = nullptr);
ConfigFormat formatForFileName(const QString &path);

// Writes CONFIG back into PATH, the rinetd.conf it was read from, changing only the lines of what
// was edited (RinetdInPlaceWriter); the previous version is kept as PATH.bak. Both files are
// written atomically (QSaveFile), keep PATH's permissions, and as root no symbolic link is
// followed. READ (optional): the config as read from PATH, to refuse overwriting a file changed
// since by someone else. *NEWLINES (optional): each rule's line in the written file, for
// Rule::sourceLine. The one save for the desktop editor and the control channel's save.
bool saveConfigInPlace(const Config &config, const QString &path, QString *error,
                       QVector<ConfigDiagnostic> *warnings = nullptr, const Config *read = nullptr,
                       QVector<int> *newLines = nullptr);
