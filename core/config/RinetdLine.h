#pragma once

#include <QString>
#include <QVector>

// One field of a rinetd.conf line as the lexer found it. Columns count characters from 1.
struct RinetdToken {
    QString text;              // as written; without the quotes of a quoted token
    int column = 0;            // of the first character (the quote or '[' included)
    int length = 0;            // characters the token spans in the line, quotes included
    bool isOptionList = false; // "[name=value,...]", brackets included in text
    bool quoted = false;
};

struct RinetdLexError {
    int column = 0;
    QString message;
};

// A physical line of a rinetd.conf with everything needed to write it back unchanged: the text,
// the exact line ending, and for a line with content its tokens and trailing comment.
struct RinetdLine {
    int number = 0;    // 1-based
    QString text;      // without the line ending
    QString ending;    // the removed "\n", "\r\n" (or more '\r's), "" on a last line without one
    int contentColumn; // first character that is not a blank; text.size() + 1 when blank
    bool isComment = false;
    // Lines with content (not blank, not a comment): the lexer's reading of it.
    QVector<RinetdToken> tokens;
    QString trailingComment; // from '#', empty when none
    int commentColumn = 0;   // of the trailing comment's '#'; 0 when none
    bool hasLexError = false;
    RinetdLexError lexError;

    bool isBlank() const { return contentColumn > text.size(); }
    QString content() const { return text.mid(contentColumn - 1); }
};
