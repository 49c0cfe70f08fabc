#pragma once

#include <QString>
#include <QVector>

// One finding about a config file, printed as "FILE:LINE:COLUMN: error|warning: message".
struct ConfigDiagnostic {
    enum class Severity { Warning, Error };
    QString file;
    int line = 0;   // 1-based; 0 when the finding is about the whole file
    int column = 0; // 1-based; 0 when unknown
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
};

bool hasErrors(const QVector<ConfigDiagnostic> &diagnostics);
