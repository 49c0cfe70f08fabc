#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Writes an edited Config back into the rinetd.conf it was read from, changing only the lines of
// what was edited: a changed rule's line (its fields re-spaced to the columns they had), its name
// and options annotations and its allow/deny lines when those changed; removed rules' lines are
// dropped; added rules go after the last rule. Every other byte (order, alignment, comments,
// blank lines, line endings, lines of other rinetd variants, lines with errors) stays as it was.
//
// Rules are matched by Rule::sourceLine, which the reader sets and edits keep.
class RinetdInPlaceWriter {
public:
    explicit RinetdInPlaceWriter(QString fileName = QString());

    // ORIGINAL: the file as it is now. READ (optional): the config as it was read from it, to
    // notice a file changed by someone else since (the rules at the remembered lines differ).
    // False (with *error) when the file no longer holds the rules the edited config came from.
    bool write(const QByteArray &original, const Config &edited, QByteArray *result, QString *error,
               const Config *read = nullptr);

    // Per rule of the edited config: its line in the result (for Rule::sourceLine after a save).
    const QVector<int> &newLines() const { return m_newLines; }
    // What the file says that PortRelay does not run (other dialects' lines, kept verbatim).
    const QVector<ConfigDiagnostic> &warnings() const { return m_warnings; }

private:
    QString m_fileName;
    QVector<int> m_newLines;
    QVector<ConfigDiagnostic> m_warnings;
};
