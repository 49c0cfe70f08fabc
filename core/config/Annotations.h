#pragma once

#include <QString>
#include <QStringList>

// What the user wrote around an element of a config file that has no meaning to the relay but
// must survive a round trip: the comment and blank lines just before it and a comment after it on
// the same line.
struct Annotations {
    QStringList leadingLines; // verbatim, without line terminator ("" for a blank line)
    QString trailingComment;  // verbatim from '#', empty when none

    bool isEmpty() const { return leadingLines.isEmpty() && trailingComment.isEmpty(); }
    bool operator==(const Annotations &o) const {
        return leadingLines == o.leadingLines && trailingComment == o.trailingComment;
    }
    bool operator!=(const Annotations &o) const { return !(*this == o); }
};

// A whole line kept as written because PortRelay does not interpret it.
struct VerbatimLine {
    QString text;
    Annotations notes;
    bool operator==(const VerbatimLine &o) const { return text == o.text && notes == o.notes; }
    bool operator!=(const VerbatimLine &o) const { return !(*this == o); }
};
