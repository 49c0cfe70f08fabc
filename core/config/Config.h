#pragma once

#include "AccessList.h"
#include "Annotations.h"
#include "Rule.h"

#include <QString>
#include <QVector>

enum class LogFormat {
    None,      // no log file is written even when a path is set
    Rinetd,    // rinetd's tab-separated format
    Common,    // rinetd's "logcommon" web-server format
    PortRelay, // rinetd's tab format plus the connection's duration (documented in README)
};

// The whole document: what a rinetd.conf or a PortRelay JSON file holds. A plain value: the
// readers make one, the writers print one, the UI edits a copy and the engine diffs two.
struct Config {
    QString logFile; // empty: no log file
    LogFormat logFormat = LogFormat::Rinetd;
    QString pidFile; // empty: the default (/var/run/rinetd.pid in rinetd)
    Annotations logFileNotes;
    Annotations logFormatNotes;
    Annotations pidFileNotes;

    AccessList globalAcl; // checked before every rule's own list
    QVector<Rule> rules;  // in file order

    // Lines of other dialects (rinetd-uv's pidfile/include, ...) that PortRelay does not act on
    // but must not lose; exported as annotation comments.
    QVector<VerbatimLine> unsupportedLines;

    // Comments and blank lines after the last element of the file.
    QStringList trailingLines;

    Rule *ruleById(int id);
    const Rule *ruleById(int id) const;
    int nextRuleId() const; // 1 + the largest id in use

    // A file read again numbers its rules afresh (1..n in file order), so a rule inserted or
    // moved would shift the ids of the others and make the engine rebind rules that did not
    // change. This gives each rule the id of the running rule with the same forwarding (the
    // nearest in order when several match) and every other rule an id unused by either config.
    void adoptRuleIdsFrom(const Config &running);

    bool operator==(const Config &other) const;
    bool operator!=(const Config &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Config)
