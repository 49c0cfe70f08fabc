#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Writes a Config as an nftables ruleset that does the same forwardings in the kernel: its own
// table (inet portrelay), replaced as a whole when the file is loaded again; DNAT per rule (a
// port range as one map element per port, so offsets are kept); masquerade (or SNAT to src=) of
// the forwarded connections so replies come back; allow/deny as address sets. What the kernel
// cannot do (logging formats, timeouts, PROXY protocol, ...) is a diagnostic per rule, and a rule
// that cannot be exported at all is an error.
class NftablesExporter {
public:
    static constexpr const char *tableName() { return "portrelay"; }

    // sourceFile names the config in diagnostics and in the header comment.
    explicit NftablesExporter(QString sourceFile);

    QByteArray write(const Config &config);
    const QVector<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }

private:
    struct Ruleset;
    void exportRule(const Config &config, const Rule &rule, int index, Ruleset *out);
    void error(const Rule &rule, const QString &message);
    void warning(const Rule &rule, const QString &message);

    QString m_sourceFile;
    QVector<ConfigDiagnostic> m_diagnostics;
};
