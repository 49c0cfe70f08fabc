#pragma once

#include "RinetdLine.h"

#include <QString>
#include <QVector>

// The first stage of reading a rinetd.conf: lines with their endings, and the fields of each line
// with their columns. It decides nothing about meaning; the grammar (RinetdConfigParser) does.
// Every character of the input is in exactly one line's text or ending, so joining text + ending
// of all lines gives the input back.
class RinetdLexer {
public:
    static QVector<RinetdLine> split(const QString &text);

    // Fields of CONTENT (a line from its first non-blank, or the part of an annotation after its
    // prefix), COLUMN being the column of content's first character. Stops at '#': the rest is
    // *comment. "[::1]" is one host field; other '[...]' are option lists; "..." is quoted.
    static bool tokenize(const QString &content, int column, QVector<RinetdToken> *tokens,
                         QString *comment, int *commentColumn, RinetdLexError *error);

    static bool isBlank(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); }
    static int skipBlanks(const QString &s, int i);
};
