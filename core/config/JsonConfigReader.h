#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

// Reads the JSON format written by JsonConfigWriter. All or nothing: when the document has a
// wrong type, a missing field or a newer schema version, read() returns an empty Config and every
// problem found is in diagnostics(), each naming its place ("rules[2].bindPort").
class JsonConfigReader {
public:
    explicit JsonConfigReader(QString fileName);

    Config read(const QByteArray &data);
    const QVector<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    // True when read() returned an empty Config because the document itself was unusable.
    bool rejectedDocument() const { return m_rejected; }

private:
    QString string(const QJsonObject &o, const char *key, const QString &path, bool required);
    bool boolean(const QJsonObject &o, const char *key, const QString &path, bool fallback);
    QString port(const QJsonObject &o, const char *key, const QString &path);
    Protocol protocol(const QJsonObject &o, const char *key, const QString &path);
    QStringList stringList(const QJsonValue &v, const QString &path);
    Annotations notes(const QJsonObject &o, const char *key, const QString &path);
    AccessList acl(const QJsonValue &v, const QString &path);
    Rule rule(const QJsonValue &v, const QString &path);
    void checkKeys(const QJsonObject &o, const QStringList &known, const QString &path);
    void error(const QString &message, int line = 0, int column = 0);
    void warning(const QString &message);

    QString m_fileName;
    QVector<ConfigDiagnostic> m_diagnostics;
    bool m_rejected = false;
};
