#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QString>
#include <QVector>

// Checks a whole Config the way the rinetd.conf reader checks each line, for documents that did
// not come from a rinetd.conf (JSON files, the editor): hosts, ports, patterns, options, ids.
// Findings have no line number; the message names the rule.
class ConfigValidator {
public:
    static QVector<ConfigDiagnostic> validate(const Config &config, const QString &fileName);
};
