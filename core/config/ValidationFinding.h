#pragma once

#include "ConfigDiagnostic.h"

#include <QString>
#include <QVector>

// One verdict of ConfigValidator about a Config. Front ends present it (a table cell, a
// FILE:LINE:COLUMN line, a refused rule) but never change it.
struct ValidationFinding {
    enum class Field {
        Document, // the log file, ...: not a rule's
        GlobalAcl,
        Id,
        Name,
        Protocol,
        BindHost,
        BindPort,
        ConnectHost,
        ConnectPort,
        Acl,    // the rule's own allow/deny list
        Option, // the option named in `option`
    };

    QString check;  // what was checked, stable for tests and tools: "bind-conflict", "self-loop"...
    int ruleId = 0; // Rule::id of the rule it is about; 0: the document
    int ruleIndex = -1;          // its position in Config::rules; -1: the document
    QVector<int> relatedRuleIds; // the other rules of a conflict or a loop
    Field field = Field::Document;
    QString option; // Field::Option: the option's name ("timeout", "src", ...)
    ConfigDiagnostic::Severity severity = ConfigDiagnostic::Severity::Error;
    QString message;
    // Where in the file, when the config was read from one (0: unknown).
    QString file;
    int line = 0;
    int column = 0;

    bool isError() const { return severity == ConfigDiagnostic::Severity::Error; }
    ConfigDiagnostic toDiagnostic() const {
        return ConfigDiagnostic{file, line, column, severity, message};
    }
};
