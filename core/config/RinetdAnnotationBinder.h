#pragma once

#include "Annotations.h"
#include "Rule.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

// Binds the lines that are not elements (comments, blank lines, "#portrelay..." annotations) to
// the element that follows them: plain comments become its leading lines, a name= or options
// annotation goes to the next rule, a cidr annotation to the next allow/deny line. An annotation
// that finds no element of its kind stays a comment in place (with a warning), so nothing the
// user wrote is lost.
class RinetdAnnotationBinder {
public:
    using Warn = std::function<void(int column, const QString &message)>;
    // Range: a "#portrelay-range:" line, used by the first of the single-port rules after it.
    enum class Kind { Name, Options, Cidr, Range };

    explicit RinetdAnnotationBinder(Warn warn)
        : m_warn(std::move(warn)) {}

    void reset();
    void addLine(const QString &raw); // a comment or blank line
    // An annotation waiting for its element; the raw line stays a comment until it is taken.
    void addPending(Kind kind, const QString &raw, int lineNumber);

    bool hasPending(Kind kind) const { return slot(kind).index >= 0; }
    int pendingLine(Kind kind) const { return slot(kind).lineNumber; }
    // The annotation was used: its raw line is no longer a comment.
    void consume(Kind kind);
    // The annotation does not apply to this element: it stays a comment, without a warning.
    void drop(Kind kind) { slot(kind).index = -1; }

    // The waiting lines become the notes of the element now read (TRAILINGCOMMENT on its line).
    Annotations take(const QString &trailingComment);

private:
    struct Slot {
        int index = -1; // in m_lines
        int lineNumber = 0;
    };
    Slot &slot(Kind kind) { return m_slots[int(kind)]; }
    const Slot &slot(Kind kind) const { return m_slots[int(kind)]; }

    Warn m_warn;
    QStringList m_lines;
    Slot m_slots[4];
};
