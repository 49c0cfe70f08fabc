#pragma once

#include <QVector>

// Where each element of a Config read from a rinetd.conf sits in the file (1-based line numbers;
// 0: none). The in-place writer uses it to touch only the lines of what was edited.
struct RinetdSourceMap {
    struct AclLines {
        int line = 0;
        int cidrLine = 0; // "#portrelay-cidr:" annotation that restored its CIDR form
        int column = 0;   // of the pattern
    };
    struct RuleLines {
        int line = 0;        // the forwarding (or "#portrelay-disabled:") line
        int nameLine = 0;    // "#portrelay: name=" annotation
        int optionsLine = 0; // "#portrelay-options:" annotation
        int bindHostColumn = 0;
        int bindPortColumn = 0;
        int connectHostColumn = 0;
        int connectPortColumn = 0;
        int optionsColumn = 0; // of the '[' of the option list
        QVector<AclLines> acl;
    };
    QVector<RuleLines> rules; // parallel to Config::rules
    QVector<AclLines> globalAcl;
    QVector<int> logFileLines;   // every logfile line; the last one counts
    QVector<int> logCommonLines; // every logcommon line
    QVector<int> pidFileLines;   // every pidlogfile line; the last one counts
    QVector<int> logFormatLines; // "#portrelay: logformat=" annotations
};
