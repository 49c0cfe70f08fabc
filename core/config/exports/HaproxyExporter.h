#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"
#include "ExportSupport.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Writes a Config as an HAProxy configuration: one frontend/backend pair per TCP rule in mode
// tcp, access lists as tcp-request rules on src, timeout= as client/server timeouts, src= as the
// server's source, proxy= as send-proxy(-v2), accept-proxy as the bind option (headers taken
// only from the peers of accept-proxy-from), the connection log as syslog with option tcplog.
// UDP rules and what HAProxy cannot do are diagnostics; a pattern without an exact CIDR form is
// an error.
class HaproxyExporter {
public:
    explicit HaproxyExporter(QString sourceFile);

    QByteArray write(const Config &config);
    const QVector<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }

private:
    QString exportRule(const Rule &rule, int index, const ExportSupport::CidrLists &global);
    void error(const Rule &rule, const QString &message);
    void warning(const Rule &rule, const QString &message);

    QString m_sourceFile;
    QVector<ConfigDiagnostic> m_diagnostics;
};
