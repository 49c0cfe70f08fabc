#include "RinetdAnnotationBinder.h"

#include "RinetdSyntax.h"

#include <QCoreApplication>

using namespace RinetdSyntax;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RinetdConfigParser", text);
}

} // namespace

void RinetdAnnotationBinder::reset() {
    m_lines.clear();
    for (Slot &s : m_slots)
        s = Slot();
}

void RinetdAnnotationBinder::addLine(const QString &raw) {
    m_lines << raw;
}

void RinetdAnnotationBinder::addPending(Kind kind, const QString &raw, int lineNumber) {
    m_lines << raw;
    slot(kind) = Slot{int(m_lines.size()) - 1, lineNumber};
}

void RinetdAnnotationBinder::consume(Kind kind) {
    const int index = slot(kind).index;
    if (index < 0)
        return;
    m_lines.removeAt(index);
    for (Slot &other : m_slots) {
        if (other.index > index)
            --other.index;
    }
    slot(kind).index = -1;
}

Annotations RinetdAnnotationBinder::take(const QString &trailingComment) {
    // Annotations meant for a rule or an ACL line that did not follow stay as comments.
    if (hasPending(Kind::Name))
        m_warn(1, tr("'%1 name=' is not followed by a rule; kept as a comment")
                      .arg(QLatin1String(AnnotationPrefix)));
    if (hasPending(Kind::Options))
        m_warn(1, tr("'%1' is not followed by a rule; kept as a comment")
                      .arg(QLatin1String(OptionsPrefix)));
    if (hasPending(Kind::Cidr))
        m_warn(1, tr("'%1' is not followed by its glob; kept as a comment")
                      .arg(QLatin1String(CidrPrefix)));
    if (hasPending(Kind::Range))
        m_warn(1, tr("'%1' is not followed by its rules; kept as a comment")
                      .arg(QLatin1String(RangePrefix)));
    for (Slot &s : m_slots)
        s = Slot();
    Annotations notes;
    notes.leadingLines = m_lines;
    notes.trailingComment = trailingComment;
    m_lines.clear();
    return notes;
}
