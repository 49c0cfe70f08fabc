#include "RinetdInPlaceWriter.h"

#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"
#include "RinetdLexer.h"
#include "RinetdSyntax.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

using namespace RinetdSyntax;

namespace {

struct InPlaceText {
    Q_DECLARE_TR_FUNCTIONS(RinetdInPlaceWriter)
};

// The parts of a rule that its own forwarding line holds.
bool sameRuleLine(const Rule &a, const Rule &b) {
    QVector<RuleOption> knownA;
    QVector<RuleOption> knownB;
    for (const RuleOption &o : a.options)
        if (isKnownOption(o.name))
            knownA << o;
    for (const RuleOption &o : b.options)
        if (isKnownOption(o.name))
            knownB << o;
    return a.enabled == b.enabled && a.bindHost == b.bindHost && a.bindPort == b.bindPort &&
           a.connectHost == b.connectHost && a.connectPort == b.connectPort &&
           a.bindProtocol == b.bindProtocol && a.connectProtocol == b.connectProtocol &&
           a.bindProtocolExplicit == b.bindProtocolExplicit &&
           a.connectProtocolExplicit == b.connectProtocolExplicit && knownA == knownB &&
           a.notes.trailingComment == b.notes.trailingComment;
}

bool sameForwardingAsRead(const Rule &a, const Rule &b) {
    return a.enabled == b.enabled && a.bindHost == b.bindHost && a.bindPort == b.bindPort &&
           a.connectHost == b.connectHost && a.connectPort == b.connectPort &&
           a.bindProtocol == b.bindProtocol && a.connectProtocol == b.connectProtocol;
}

// What RinetdConfigWriter writes for one rule, split into its kinds of line.
struct RuleBlock {
    QString nameLine;
    QString optionsLine;
    QString ruleLine;
    QStringList aclLines;
};

RuleBlock blockFor(const Rule &rule) {
    Config one;
    Rule bare = rule;
    bare.notes.leadingLines.clear();
    for (AclEntry &e : bare.acl.entries)
        e.notes.leadingLines.clear();
    one.rules = {bare};
    RinetdConfigWriter writer;
    QStringList lines = writer.write(one).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    RuleBlock block;
    bool seenRule = false;
    for (const QString &line : qAsConst(lines)) {
        if (!seenRule && line.startsWith(QLatin1String(AnnotationPrefix)) &&
            line.contains(QLatin1String(" name="))) {
            block.nameLine = line;
        } else if (!seenRule && line.startsWith(QLatin1String(OptionsPrefix))) {
            block.optionsLine = line;
        } else if (!seenRule) {
            block.ruleLine = line;
            seenRule = true;
        } else {
            block.aclLines << line;
        }
    }
    return block;
}

// NEWLINE re-spaced to the columns of OLDLINE's fields, so that aligned tables stay aligned:
// blanks between fields are kept (tabs as they are, runs of spaces stretched or shrunk by the
// change in the field before them, never below one).
QString aligned(const QString &oldLine, const QString &newLine) {
    const QVector<RinetdLine> oldLex = RinetdLexer::split(oldLine);
    const QVector<RinetdLine> newLex = RinetdLexer::split(newLine);
    if (oldLex.size() != 1 || newLex.size() != 1 || oldLex.first().isComment ||
        oldLex.first().hasLexError || newLex.first().hasLexError || oldLex.first().tokens.isEmpty())
        return newLine;
    const RinetdLine &o = oldLex.first();
    const RinetdLine &n = newLex.first();
    // Fields and the comment, each with its text and the blanks before it in the old line.
    struct Part {
        QString text;
        int column;
        int length;
    };
    auto parts = [](const RinetdLine &line) {
        QVector<Part> result;
        for (const RinetdToken &t : line.tokens)
            result.append(Part{line.text.mid(t.column - 1, t.length), t.column, t.length});
        if (line.commentColumn > 0)
            result.append(
                Part{line.trailingComment, line.commentColumn, int(line.trailingComment.size())});
        return result;
    };
    const QVector<Part> oldParts = parts(o);
    const QVector<Part> newParts = parts(n);
    QString out = o.text.left(o.contentColumn - 1); // the indentation
    for (int i = 0; i < newParts.size(); ++i) {
        if (i > 0) {
            if (i < oldParts.size()) {
                const int oldEnd = oldParts.at(i - 1).column - 1 + oldParts.at(i - 1).length;
                QString gap = o.text.mid(oldEnd, oldParts.at(i).column - 1 - oldEnd);
                if (!gap.contains(QLatin1Char('\t'))) {
                    const int delta = newParts.at(i - 1).length - oldParts.at(i - 1).length;
                    gap = QString(qMax(1, int(gap.size()) - delta), QLatin1Char(' '));
                }
                out += gap.isEmpty() ? QStringLiteral(" ") : gap;
            } else {
                out += QLatin1Char(' ');
            }
        }
        out += newParts.at(i).text;
    }
    return out;
}

} // namespace

RinetdInPlaceWriter::RinetdInPlaceWriter(QString fileName)
    : m_fileName(std::move(fileName)) {}

bool RinetdInPlaceWriter::write(const QByteArray &original, const Config &edited,
                                QByteArray *result, QString *error, const Config *read) {
    m_newLines.fill(0, edited.rules.size());
    m_warnings.clear();

    // The text as the reader sees it, to know which lines hold what.
    RinetdConfigParser parser(m_fileName);
    const Config base = parser.parse(original);
    const RinetdSourceMap &map = parser.sourceMap();
    // As the parser decides: a file that is not valid UTF-8 is Latin-1. decode() is lazy: the
    // conversion (and so hasError()) happens only when its result becomes a QString.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(original);
    Q_UNUSED(decoded)
    const bool latin1 = utf8.hasError();
    const bool bom = original.startsWith("\xEF\xBB\xBF");
    auto encode = [latin1](const QString &text) {
        return latin1 ? text.toLatin1() : text.toUtf8();
    };

    // The original lines as bytes, each with its ending: verbatim output is byte for byte.
    QVector<QByteArray> rawLines;
    for (int start = 0; start < original.size();) {
        const int nl = original.indexOf('\n', start);
        const int end = nl < 0 ? int(original.size()) : nl + 1;
        rawLines.append(original.mid(start, end - start));
        start = end;
    }
    auto lineText = [&rawLines](int line) { // 1-based, without the ending
        QByteArray bytes = rawLines.at(line - 1);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        return bytes;
    };
    auto lineEnding = [&rawLines, &lineText](int line) {
        return rawLines.at(line - 1).mid(lineText(line).size());
    };
    QByteArray defaultEnding = "\n";
    for (int i = 1; i <= rawLines.size(); ++i) {
        if (!lineEnding(i).isEmpty()) {
            defaultEnding = lineEnding(i);
            break;
        }
    }
    auto decodedLine = [&](int line) {
        QByteArray bytes = lineText(line);
        if (line == 1 && bom)
            bytes.remove(0, 3);
        return latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    };

    // What happens to each original line: kept (absent from the maps), dropped, replaced.
    QSet<int> dropped;
    QHash<int, QStringList> replaced;     // line -> new lines in its place
    QHash<int, QStringList> insertBefore; // line -> new lines before it (then the line)
    QStringList appendAtEnd;

    // Rules: matched by the line they were read from; the first rule claiming a line has it.
    QHash<int, int> baseByLine;
    for (int k = 0; k < base.rules.size(); ++k)
        baseByLine.insert(map.rules.at(k).line, k);
    QVector<int> editedForBase(base.rules.size(), -1);
    QVector<int> added;
    for (int e = 0; e < edited.rules.size(); ++e) {
        const int k = baseByLine.value(edited.rules.at(e).sourceLine, -1);
        if (k >= 0 && editedForBase.at(k) < 0)
            editedForBase[k] = e;
        else
            added.append(e);
    }
    if (read) {
        // The file must still hold, at each remembered line, the rule that was read there.
        QHash<int, const Rule *> readById;
        for (const Rule &r : read->rules)
            readById.insert(r.id, &r);
        for (int k = 0; k < base.rules.size(); ++k) {
            const int e = editedForBase.at(k);
            const Rule *was = e >= 0 ? readById.value(edited.rules.at(e).id) : nullptr;
            if (was && was->sourceLine == edited.rules.at(e).sourceLine &&
                !sameForwardingAsRead(*was, base.rules.at(k))) {
                if (error)
                    *error = InPlaceText::tr("%1 was changed by another program since it was "
                                             "read (line %2); nothing was written")
                                 .arg(m_fileName)
                                 .arg(map.rules.at(k).line);
                return false;
            }
        }
    }

    int lastRuleLine = 0; // the last line belonging to a rule that stays
    auto dropAcl = [&dropped](const QVector<RinetdSourceMap::AclLines> &acl) {
        for (const RinetdSourceMap::AclLines &a : acl) {
            dropped.insert(a.line);
            if (a.cidrLine > 0)
                dropped.insert(a.cidrLine);
        }
    };
    for (int k = 0; k < base.rules.size(); ++k) {
        const RinetdSourceMap::RuleLines &lines = map.rules.at(k);
        const Rule &was = base.rules.at(k);
        const int e = editedForBase.at(k);
        if (e < 0) { // removed: its own lines go; comments above it stay
            dropped.insert(lines.line);
            if (lines.nameLine > 0)
                dropped.insert(lines.nameLine);
            if (lines.optionsLine > 0)
                dropped.insert(lines.optionsLine);
            dropAcl(lines.acl);
            continue;
        }
        const Rule &now = edited.rules.at(e);
        lastRuleLine = qMax(lastRuleLine, lines.line);
        for (const RinetdSourceMap::AclLines &a : lines.acl)
            lastRuleLine = qMax(lastRuleLine, a.line);
        m_newLines[e] = lines.line; // renumbered below
        const RuleBlock block = blockFor(now);
        if (!sameRuleLine(was, now))
            replaced[lines.line] = {now.enabled && was.enabled
                                        ? aligned(decodedLine(lines.line), block.ruleLine)
                                        : block.ruleLine};
        if (was.name != now.name) {
            if (lines.nameLine > 0) {
                if (block.nameLine.isEmpty())
                    dropped.insert(lines.nameLine);
                else
                    replaced[lines.nameLine] = {block.nameLine};
            } else if (!block.nameLine.isEmpty()) {
                insertBefore[lines.line] << block.nameLine;
            }
        }
        if (was.options != now.options) {
            if (lines.optionsLine > 0) {
                if (block.optionsLine.isEmpty())
                    dropped.insert(lines.optionsLine);
                else
                    replaced[lines.optionsLine] = {block.optionsLine};
            } else if (!block.optionsLine.isEmpty()) {
                insertBefore[lines.line] << block.optionsLine;
            }
        }
        if (was.acl != now.acl || was.enabled != now.enabled) {
            dropAcl(lines.acl);
            if (!block.aclLines.isEmpty()) {
                // In place of the first of its old lines, else right after the rule line.
                const int at = lines.acl.isEmpty() ? 0 : lines.acl.first().line;
                if (at > 0) {
                    dropped.remove(at);
                    replaced[at] = block.aclLines;
                } else {
                    QStringList &after = replaced[lines.line];
                    if (after.isEmpty())
                        after << decodedLine(lines.line); // unchanged rule line, kept as read
                    after += block.aclLines;
                }
            }
        }
    }

    // Settings: the logfile line (the last one counts), logcommon, pidlogfile, the log format
    // annotation and the global allow/deny list, each only when it changed.
    const int firstRuleLine = map.rules.isEmpty() ? 0 : map.rules.first().line;
    auto place = [&](int line, const QStringList &text) {
        if (line > 0)
            replaced[line] = text;
        else if (firstRuleLine > 0)
            insertBefore[firstRuleLine] += text;
        else
            appendAtEnd += text;
    };
    {
        Config settings;
        settings.logFile = edited.logFile;
        settings.logFormat = edited.logFormat;
        settings.pidFile = edited.pidFile;
        RinetdConfigWriter writer;
        const QStringList lines = writer.write(settings).split(QLatin1Char('\n'));
        QStringList formatLines;
        QString logLine;
        QString commonLine;
        QString pidLine;
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("logfile ")) ||
                l.startsWith(QLatin1String(DisabledPrefix)))
                logLine = l;
            else if (l == QLatin1String("logcommon"))
                commonLine = l;
            else if (l.startsWith(QLatin1String("pidlogfile ")))
                pidLine = l;
            else if (l.startsWith(QLatin1String(AnnotationPrefix)))
                formatLines << l;
        }
        const bool logChanged =
            base.logFile != edited.logFile ||
            (base.logFormat == LogFormat::None) != (edited.logFormat == LogFormat::None);
        if (logChanged) {
            const int at = map.logFileLines.isEmpty() ? 0 : map.logFileLines.last();
            if (logLine.isEmpty() && at > 0)
                dropped.insert(at);
            else if (!logLine.isEmpty())
                place(at, {logLine});
        }
        if ((base.logFormat == LogFormat::Common) != (edited.logFormat == LogFormat::Common)) {
            if (commonLine.isEmpty()) {
                for (int l : map.logCommonLines)
                    dropped.insert(l);
            } else {
                place(0, {commonLine});
            }
        }
        if (base.logFormat != edited.logFormat || logChanged) {
            for (int l : map.logFormatLines)
                dropped.insert(l);
            if (!formatLines.isEmpty()) {
                const int at = map.logFileLines.isEmpty() ? 0 : map.logFileLines.last();
                if (at > 0 && !replaced.contains(at))
                    replaced[at] = formatLines + QStringList{decodedLine(at)};
                else if (at > 0)
                    replaced[at] = formatLines + replaced.value(at);
                else
                    place(0, formatLines);
            }
        }
        if (base.pidFile != edited.pidFile) {
            const int at = map.pidFileLines.isEmpty() ? 0 : map.pidFileLines.last();
            if (pidLine.isEmpty() && at > 0)
                dropped.insert(at);
            else if (!pidLine.isEmpty())
                place(at, {pidLine});
        }
    }
    if (base.globalAcl != edited.globalAcl) {
        dropAcl(map.globalAcl);
        Config global;
        global.globalAcl = edited.globalAcl;
        for (AclEntry &e : global.globalAcl.entries)
            e.notes.leadingLines.clear();
        RinetdConfigWriter writer;
        QStringList lines = writer.write(global).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        const int at = map.globalAcl.isEmpty() ? 0 : map.globalAcl.first().line;
        if (at > 0)
            dropped.remove(at);
        if (!lines.isEmpty())
            place(at, lines);
    }

    // Added rules after the last rule that stays (else at the end of the file).
    QStringList addedLines;
    QVector<int> addedRuleOffsets; // offset of each added rule's own line in addedLines
    for (int e : qAsConst(added)) {
        const RuleBlock block = blockFor(edited.rules.at(e));
        if (!block.nameLine.isEmpty())
            addedLines << block.nameLine;
        if (!block.optionsLine.isEmpty())
            addedLines << block.optionsLine;
        addedRuleOffsets << int(addedLines.size());
        addedLines << block.ruleLine;
        addedLines += block.aclLines;
    }

    // Out: line by line, counting where each edited rule's line lands.
    QByteArray out;
    int outLine = 0;
    QHash<int, int> movedTo; // original rule line -> its line in the result
    auto emitText = [&](const QString &text, const QByteArray &ending) {
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += defaultEnding; // a last line without newline gets one when lines follow
        if (outLine == 0 && bom)
            out += "\xEF\xBB\xBF";
        out += encode(text) + ending;
        ++outLine;
    };
    auto emitAdded = [&] {
        for (int i = 0; i < addedLines.size(); ++i) {
            emitText(addedLines.at(i), defaultEnding);
            const int r = int(addedRuleOffsets.indexOf(i));
            if (r >= 0)
                m_newLines[added.at(r)] = outLine;
        }
        addedLines.clear();
    };
    for (int line = 1; line <= rawLines.size(); ++line) {
        for (const QString &text : insertBefore.value(line))
            emitText(text, defaultEnding);
        const bool ruleLine = baseByLine.contains(line);
        if (replaced.contains(line)) {
            const QStringList &texts = replaced.value(line);
            for (int i = 0; i < texts.size(); ++i) {
                // The line's own ending stays with its first replacement.
                emitText(texts.at(i), i == 0 ? lineEnding(line) : defaultEnding);
                if (i == 0 && ruleLine)
                    movedTo.insert(line, outLine);
            }
            if (texts.size() > 1 && lineEnding(line).isEmpty()) {
                // The original last line had no newline; keep it that way at the new end.
                if (out.endsWith(defaultEnding))
                    out.chop(defaultEnding.size());
            }
        } else if (!dropped.contains(line)) {
            if (!out.isEmpty() && !out.endsWith('\n'))
                out += defaultEnding;
            out += rawLines.at(line - 1);
            ++outLine;
            if (ruleLine)
                movedTo.insert(line, outLine);
        }
        if (line == lastRuleLine)
            emitAdded();
    }
    for (const QString &text : qAsConst(appendAtEnd))
        emitText(text, defaultEnding);
    emitAdded();
    for (int e = 0; e < edited.rules.size(); ++e) {
        if (!added.contains(e))
            m_newLines[e] = movedTo.value(edited.rules.at(e).sourceLine);
    }
    for (const VerbatimLine &line : base.unsupportedLines)
        m_warnings.append(ConfigDiagnostic{
            m_fileName, 0, 0, ConfigDiagnostic::Severity::Warning,
            InPlaceText::tr("'%1' is not run by PortRelay; it was kept as it is").arg(line.text)});
    *result = out;
    return true;
}
