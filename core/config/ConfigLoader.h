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
