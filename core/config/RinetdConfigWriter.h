#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QString>
#include <QVector>

// Prints a Config as a rinetd.conf that Debian's rinetd 0.73 starts with and reads with the same
// meaning. What 0.73 cannot express (names, disabled rules, CIDR without an exact glob, unknown
// options, other dialects' lines) is written as "#portrelay..." comment annotations that rinetd
// ignores and RinetdConfigParser restores; see docs/config-format.md.
class RinetdConfigWriter {
public:
    explicit RinetdConfigWriter(QString fileName = QString());

    QString write(const Config &config);
    // Findings about what rinetd 0.73 will not see or will read differently.
    const QVector<ConfigDiagnostic> &warnings() const { return m_warnings; }

private:
    void writeLeading(const Annotations &notes);
    QString trailing(const Annotations &notes);
    // annotated: every line as "#portrelay-acl:" (the access list of a rule rinetd does not see)
    void writeAcl(const AccessList &acl, bool disabled, bool annotated = false);
    QString ruleLine(const Rule &rule, bool allOptions);
    QString path(const QString &path, const char *directive);
    QString singleLine(const QString &text, const QString &what);
    void warn(const QString &message);

    QString m_fileName;
    QStringList m_out;
    QVector<ConfigDiagnostic> m_warnings;
};
