#include "RinetdLexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RinetdConfigParser", text);
}

} // namespace

int RinetdLexer::skipBlanks(const QString &s, int i) {
    while (i < s.size() && isBlank(s.at(i)))
        ++i;
    return i;
}

QVector<RinetdLine> RinetdLexer::split(const QString &text) {
    QVector<RinetdLine> lines;
    int start = 0;
    int number = 0;
    while (start < text.size()) {
        int newline = text.indexOf(QLatin1Char('\n'), start);
        const int next = newline < 0 ? int(text.size()) : newline + 1;
        int end = newline < 0 ? int(text.size()) : newline;
        // "\r\n" (and stray '\r's before the newline) end the line; a last line's '\r's too.
        while (end > start && text.at(end - 1) == QLatin1Char('\r'))
            --end;
        RinetdLine line;
        line.number = ++number;
        line.text = text.mid(start, end - start);
        line.ending = text.mid(end, next - end);
        line.contentColumn = skipBlanks(line.text, 0) + 1;
        if (!line.isBlank()) {
            if (line.text.at(line.contentColumn - 1) == QLatin1Char('#')) {
                line.isComment = true;
            } else {
                line.hasLexError =
                    !tokenize(line.content(), line.contentColumn, &line.tokens,
                              &line.trailingComment, &line.commentColumn, &line.lexError);
            }
        }
        lines.append(line);
        start = next;
    }
    return lines;
}

bool RinetdLexer::tokenize(const QString &content, int column, QVector<RinetdToken> *tokens,
                           QString *comment, int *commentColumn, RinetdLexError *error) {
    int i = 0;
    while (i < content.size()) {
        i = skipBlanks(content, i);
        if (i >= content.size())
            break;
        const QChar c = content.at(i);
        RinetdToken token;
        token.column = column + i;
        if (c == QLatin1Char('#')) {
            *comment = content.mid(i);
            if (commentColumn)
                *commentColumn = column + i;
            break;
        }
        const int closeBracket =
            c == QLatin1Char('[') ? int(content.indexOf(QLatin1Char(']'), i)) : -1;
        static const QRegularExpression bracketedIpv6(
            QStringLiteral("^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*$"));
        const bool isBracketedHost =
            closeBracket > i &&
            bracketedIpv6.match(QStringView(content).mid(i + 1, closeBracket - i - 1)).hasMatch();
        int end = i;
        if (c == QLatin1Char('[') && !isBracketedHost) {
            if (closeBracket < 0) {
                *error = RinetdLexError{column + i, tr("option list '[' is not closed with ']'")};
                return false;
            }
            token.text = content.mid(i, closeBracket - i + 1);
            token.isOptionList = true;
            end = closeBracket + 1;
        } else if (c == QLatin1Char('"')) {
            const int close = content.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0) {
                *error = RinetdLexError{column + i, tr("quote '\"' is not closed")};
                return false;
            }
            token.text = content.mid(i + 1, close - i - 1);
            token.quoted = true;
            end = close + 1;
        } else {
            int j = i;
            // "[::1]" is a host written with brackets, "80[timeout=5]" a port glued to options.
            if (isBracketedHost)
                j = closeBracket + 1;
            while (j < content.size() && !isBlank(content.at(j)) &&
                   content.at(j) != QLatin1Char('#') && content.at(j) != QLatin1Char('['))
                ++j;
            token.text = content.mid(i, j - i);
            end = j;
        }
        token.length = end - i;
        i = end;
        tokens->append(token);
    }
    return true;
}
