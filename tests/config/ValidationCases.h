#pragma once
// The validator's cases: one table that every front end runs (--check on a file, the desktop
// editor's table model, the engine's apply), so that they cannot disagree.

#include "Config.h"
#include "StaticHostResolver.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

struct ValidationCase {
    const char *name;
    // rinetd.conf lines: forwarding rules ("#off " before one: a disabled rule), allow/deny
    // lines (after a rule: its own; before any: global).
    const char *conf;
    // The verdicts, space-separated: "rN:E" / "rN:W" for the N-th rule (1-based, disabled ones
    // counted), "g:W" for the global list; each element once per severity. Empty: clean.
    const char *verdicts;
};

namespace ValidationCases {

const QVector<ValidationCase> &all();

// The names the cases use, in /etc/hosts form (for PORTRELAY_HOSTS_FILE), and as a resolver.
QString hostsFileText();
std::shared_ptr<StaticHostResolver> resolver();

// CONF as a rinetd.conf file ("#off " becomes the disabled-rule annotation).
QByteArray fileText(const ValidationCase &c);
// CONF as a user would enter it in the editor: every field as written, nothing judged.
// LINEELEMENTS (optional): for each line of fileText(), "rN", "g", or "" (not an element).
Config config(const ValidationCase &c, QStringList *lineElements = nullptr);

QStringList expected(const ValidationCase &c); // sorted
// Sorted, duplicates removed; SEVERITYBYELEMENT entries like "r2:E".
QStringList normalized(QStringList verdicts);

} // namespace ValidationCases
