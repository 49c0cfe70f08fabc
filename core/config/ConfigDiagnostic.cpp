#include "ConfigDiagnostic.h"

#include "ControlCharEscape.h"

#include <QCoreApplication>

QString ConfigDiagnostic::toString() const {
    QString location = file;
    if (line > 0) {
        location += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            location += QLatin1Char(':') + QString::number(column);
    }
    // The severity words stay English: editors and CI tools parse "error:"/"warning:".
    const QLatin1String kind = isError() ? QLatin1String("error") : QLatin1String("warning");
    // Messages quote config text: a control character in it must not reach a terminal or forge
    // a line.
    return escapeControlCharacters(QStringLiteral("%1: %2: %3").arg(location, kind, message));
}

bool hasErrors(const QVector<ConfigDiagnostic> &diagnostics) {
    for (const ConfigDiagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}
