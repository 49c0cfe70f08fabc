#include "RinetdConfigParser.h"

#include "PortRange.h"
#include "PortRangeFolding.h"
#include "ProxyOptions.h"
#include "RelayOptions.h"
#include "RinetdSyntax.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringDecoder>

using namespace RinetdSyntax;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RinetdConfigParser", text);
}

bool isBlank(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

int skipBlanks(const QString &s, int i) {
    while (i < s.size() && isBlank(s.at(i)))
        ++i;
    return i;
}

bool isDirectiveWord(const QString &s) {
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z][-a-zA-Z_]*$"));
    return re.match(s).hasMatch();
}

bool isAllDigits(const QString &s) {
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

const QStringList &keywords() {
    static const QStringList words = {QStringLiteral("allow"), QStringLiteral("deny"),
                                      QStringLiteral("logfile"), QStringLiteral("pidlogfile"),
                                      QStringLiteral("logcommon")};
    return words;
}

} // namespace

RinetdConfigParser::RinetdConfigParser(QString fileName)
    : m_fileName(std::move(fileName)) {}

void RinetdConfigParser::reset() {
    m_diagnostics.clear();
    m_config = Config();
    m_sourceMap = RinetdSourceMap();
    m_line = 0;
    m_lineHadError = false;
    m_binder.reset();
    m_pendingName.clear();
    m_pendingOptions.clear();
    m_pendingCidr.clear();
    m_lastEnabledRule = -1;
    m_lastDisabledRule = -1;
    m_inUnsupportedRule = false;
    m_pendingRange.reset();
    m_rangeFirstRule = -1;
    m_rangeSourceLine = 0;
}

Config RinetdConfigParser::parse(const QByteArray &data) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // rinetd reads bytes; Latin-1 maps each byte to one character, so nothing is lost.
        text = QString::fromLatin1(data);
        reset();
        warning(0, tr("the file is not valid UTF-8; it was read as Latin-1"));
        const QVector<ConfigDiagnostic> early = m_diagnostics;
        Config config = parseText(text);
        m_diagnostics = early + m_diagnostics;
        return config;
    }
    return parseText(text);
}

Config RinetdConfigParser::parseText(const QString &input) {
    reset();
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
        m_line = 1;
        warning(1, tr("byte order mark at the start of the file: rinetd 0.73 reads it as part "
                      "of the first line"));
    }
    const QVector<RinetdLine> lines = RinetdLexer::split(text);
    for (const RinetdLine &line : lines)
        parseLine(line);
    foldPendingRange(true);
    m_config.trailingLines = takeNotes(QString()).leadingLines;
    return m_config;
}

void RinetdConfigParser::parseLine(const RinetdLine &line) {
    m_line = line.number;
    m_lineHadError = false;
    const QString &raw = line.text;
    if (line.isBlank()) {
        m_binder.addLine(raw);
        return;
    }
    if (line.isComment) {
        parseComment(raw, line.contentColumn);
        return;
    }
    const bool ok = parseContent(line.content(), line.contentColumn, LineMode::Normal, &line);
    if (!ok) {
        // Keep what the user wrote: a line with errors survives as a comment.
        m_binder.addLine(QString::fromLatin1(InvalidPrefix) + QLatin1Char(' ') + raw);
        return;
    }
    if (!line.ending.endsWith(QLatin1Char('\n')))
        warning(raw.size() + 1, tr("no newline at the end of the file: rinetd 0.73 silently "
                                   "ignores this last line; PortRelay reads it"));
}

void RinetdConfigParser::parseComment(const QString &raw, int column) {
    const QString body = raw.mid(column - 1);
    if (body.startsWith(QLatin1String("#portrelay"))) {
        parseAnnotation(raw, body, column);
        return;
    }
    m_binder.addLine(raw);
}

void RinetdConfigParser::parseAnnotation(const QString &raw, const QString &body, int column) {
    // rinetd reads annotations as comments, so a broken one is a warning: the line stays a comment.
    m_inAnnotation = true;
    const auto leaveAnnotation = qScopeGuard([this] { m_inAnnotation = false; });
    auto restOf = [&](const char *prefix, int *restColumn) {
        const int len = int(qstrlen(prefix));
        const int at = skipBlanks(body, len);
        *restColumn = column + at;
        return body.mid(at);
    };
    int col = 0;
    if (body.startsWith(QLatin1String(DisabledPrefix))) {
        const QString rest = restOf(DisabledPrefix, &col);
        if (!parseContent(rest, col, LineMode::Disabled, nullptr))
            m_binder.addLine(raw);
        return;
    }
    if (body.startsWith(QLatin1String(AclPrefix))) {
        const QString rest = restOf(AclPrefix, &col);
        QVector<RinetdToken> tokens;
        QString comment;
        if (!tokenize(rest, col, &tokens, &comment)) {
            m_binder.addLine(raw);
            return;
        }
        if (tokens.isEmpty() || (tokens.first().text != QLatin1String("allow") &&
                                 tokens.first().text != QLatin1String("deny"))) {
            error(col, tr("'%1' must be followed by 'allow PATTERN' or 'deny PATTERN'")
                           .arg(QLatin1String(AclPrefix)));
            m_binder.addLine(raw);
            return;
        }
        if (!parseAcl(tokens, comment, LineMode::Normal, true))
            m_binder.addLine(raw);
        return;
    }
    if (body.startsWith(QLatin1String(CidrPrefix))) {
        const QString rest = restOf(CidrPrefix, &col).trimmed();
        const std::optional<AclPattern> pattern = AclPattern::parse(rest);
        if (!pattern || !pattern->isCidr() || !cidrToGlob(rest)) {
            warning(col, tr("'%1' must name a CIDR pattern with an exact glob; kept as a comment")
                             .arg(rest));
            m_binder.addLine(raw);
            return;
        }
        m_pendingCidr = rest;
        m_binder.addPending(Kind::Cidr, raw, m_line);
        return;
    }
    if (body.startsWith(QLatin1String(OptionsPrefix))) {
        const QString rest = restOf(OptionsPrefix, &col).trimmed();
        RinetdToken token;
        token.text = rest;
        token.column = col;
        token.isOptionList = true;
        QVector<RuleOption> options;
        if (!rest.startsWith(QLatin1Char('[')) || !rest.endsWith(QLatin1Char(']'))) {
            error(col, tr("'%1' must be followed by an option list [name=value,...]")
                           .arg(QLatin1String(OptionsPrefix)));
            m_binder.addLine(raw);
            return;
        }
        // The annotation repeats options the rule line also carries; their warnings are
        // reported once, on the rule.
        const int before = m_diagnostics.size();
        const bool ok = parseOptions(token, &options);
        QVector<ConfigDiagnostic> kept;
        for (int i = before; i < m_diagnostics.size(); ++i) {
            if (m_diagnostics.at(i).isError())
                kept << m_diagnostics.at(i);
        }
        m_diagnostics.resize(before);
        m_diagnostics += kept;
        if (!ok) {
            m_binder.addLine(raw);
            return;
        }
        m_pendingOptions = options;
        m_binder.addPending(Kind::Options, raw, m_line);
        return;
    }
    if (body.startsWith(QLatin1String(OriginalPrefix))) {
        // A rule rinetd cannot run (no fixed target): kept from rinetd as a comment.
        const QString rest = restOf(OriginalPrefix, &col);
        QVector<RinetdToken> tokens;
        QString comment;
        const bool original = tokenize(rest, col, &tokens, &comment) && tokens.size() >= 4 &&
                              tokens.at(2).text == QLatin1String(Rule::kOriginal) &&
                              tokens.at(3).text == QLatin1String(Rule::kOriginal);
        if (!original) {
            warning(col, tr("'%1' must be followed by a rule whose target is 'original "
                            "original'; kept as a comment")
                             .arg(QLatin1String(OriginalPrefix)));
            m_binder.addLine(raw);
            return;
        }
        m_inOriginalAnnotation = true;
        const bool ok = parseContent(rest, col, LineMode::Normal, nullptr);
        m_inOriginalAnnotation = false;
        if (!ok)
            m_binder.addLine(raw);
        return;
    }
    if (body.startsWith(QLatin1String(RangePrefix))) {
        const QString rest = restOf(RangePrefix, &col);
        // The range rule as a line of its own; its findings were reported when it was written.
        RinetdConfigParser rangeParser(m_fileName);
        const Config range = rangeParser.parseText(rest + QLatin1Char('\n'));
        if (range.rules.size() != 1 || hasErrors(rangeParser.diagnostics()) ||
            !range.rules.first().enabled) {
            warning(col, tr("'%1' must be followed by a forwarding rule with a port range; kept "
                            "as a comment")
                             .arg(QLatin1String(RangePrefix)));
            m_binder.addLine(raw);
            return;
        }
        foldPendingRange(true);
        m_pendingRange = range.rules.first();
        m_binder.addPending(Kind::Range, raw, m_line);
        m_rangeFirstRule = -1;
        m_rangeSourceLine = m_line;
        return;
    }
    if (body.startsWith(QLatin1String(UnsupportedPrefix))) {
        const QString rest = restOf(UnsupportedPrefix, &col);
        // The comment starts where the lexer says, as when the line was first read: a '#'
        // inside quotes belongs to the text.
        int hash = rest.indexOf(QLatin1Char('#'));
        QVector<RinetdToken> words;
        QString lexedComment;
        int commentColumn = 0;
        RinetdLexError lexError;
        if (RinetdLexer::tokenize(rest, col, &words, &lexedComment, &commentColumn, &lexError))
            hash = lexedComment.isEmpty() ? -1 : int(rest.size() - lexedComment.size());
        const QString text = (hash < 0 ? rest : rest.left(hash)).trimmed();
        const QString comment = hash < 0 ? QString() : rest.mid(hash);
        if (text.isEmpty()) {
            m_binder.addLine(raw);
            return;
        }
        m_config.unsupportedLines.append(VerbatimLine{text, takeNotes(comment)});
        return;
    }
    if (body.startsWith(QLatin1String(AnnotationPrefix))) {
        const QString rest = restOf(AnnotationPrefix, &col);
        const int eq = rest.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? rest.trimmed() : rest.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : rest.mid(eq + 1).trimmed();
        if (key == QLatin1String("name") && eq >= 0) {
            if (m_binder.hasPending(Kind::Name))
                warning(col, tr("two rule names in a row; the later one is used"));
            m_pendingName = value;
            m_binder.addPending(Kind::Name, raw, m_line);
            return;
        }
        if (key == QLatin1String("logformat")) {
            if (value == QLatin1String("none")) {
                m_config.logFormat = LogFormat::None;
                m_sourceMap.logFormatLines.append(m_line);
                return;
            }
            if (value == QLatin1String("portrelay")) {
                m_config.logFormat = LogFormat::PortRelay;
                m_sourceMap.logFormatLines.append(m_line);
                return;
            }
            if (value == QLatin1String("rinetd")) {
                m_config.logFormat = LogFormat::Rinetd;
                m_sourceMap.logFormatLines.append(m_line);
                return;
            }
            if (value == QLatin1String("common")) {
                m_config.logFormat = LogFormat::Common;
                m_sourceMap.logFormatLines.append(m_line);
                return;
            }
        }
        warning(col,
                tr("unknown PortRelay annotation '%1'; kept as a comment").arg(rest.trimmed()));
        m_binder.addLine(raw);
        return;
    }
    m_binder.addLine(raw);
}

bool RinetdConfigParser::tokenize(const QString &content, int column, QVector<RinetdToken> *tokens,
                                  QString *comment) {
    RinetdLexError lexError;
    if (RinetdLexer::tokenize(content, column, tokens, comment, nullptr, &lexError))
        return true;
    error(lexError.column, lexError.message);
    return false;
}

bool RinetdConfigParser::parseContent(const QString &content, int column, LineMode mode,
                                      const RinetdLine *line) {
    // rinetd reads a path as everything up to the next blank, so "logfile /a[b" is a path and
    // not an unclosed option list: the directive is recognised before the fields are split.
    const int wordEnd = [&content] {
        int i = 0;
        while (i < content.size() && !RinetdLexer::isBlank(content.at(i)))
            ++i;
        return i;
    }();
    const QString firstWord = content.left(wordEnd);
    if (firstWord == QLatin1String("logfile") || firstWord == QLatin1String("pidlogfile")) {
        RinetdToken key;
        key.text = firstWord;
        key.column = column;
        key.length = int(firstWord.size());
        return parseFileDirective(content, column, key, mode) && !m_lineHadError;
    }
    QVector<RinetdToken> tokens;
    QString comment;
    if (line) {
        if (line->hasLexError) {
            error(line->lexError.column, line->lexError.message);
            return false;
        }
        tokens = line->tokens;
        comment = line->trailingComment;
    } else if (!tokenize(content, column, &tokens, &comment)) {
        return false;
    }
    if (tokens.isEmpty()) {
        if (mode == LineMode::Disabled) {
            error(column, tr("nothing after '%1'").arg(QLatin1String(DisabledPrefix)));
            return false;
        }
        return true;
    }
    const RinetdToken &first = tokens.first();
    if (first.isOptionList) {
        error(first.column, tr("an option list must follow a forwarding rule"));
        return false;
    }
    const QString &word = first.text;
    if (!first.quoted && (word == QLatin1String("allow") || word == QLatin1String("deny"))) {
        const bool ok = parseAcl(tokens, comment, mode, false);
        return ok && !m_lineHadError;
    }
    if (mode == LineMode::Disabled && !first.quoted && word == QLatin1String("logcommon")) {
        error(first.column, tr("'logcommon' cannot be disabled"));
        return false;
    }
    if (!first.quoted && word == QLatin1String("logcommon"))
        return parseLogCommon(tokens, comment) && !m_lineHadError;
    if (!first.quoted && keywords().contains(word.toLower())) {
        error(first.column, tr("unknown directive '%1' (rinetd directives are lower case: '%2')")
                                .arg(word, word.toLower()));
        return false;
    }
    if (mode == LineMode::Normal && !first.quoted && isRinetdUvDirective(word))
        return parseUnsupported(content, column, tokens, comment,
                                tr("rinetd-uv directive '%1'").arg(word));
    if (mode == LineMode::Normal && !first.quoted && isRinetdEpollDirective(word) &&
        tokens.size() == 2 && !tokens.at(1).isOptionList)
        return parseUnsupported(content, column, tokens, comment,
                                tr("rinetd-epoll directive '%1'").arg(word));
    if (mode == LineMode::Normal) {
        for (const RinetdToken &t : tokens) {
            if (!t.isOptionList && isRinetdUvAddress(t.text))
                return parseUnsupported(content, column, tokens, comment,
                                        tr("rinetd-uv unix socket address '%1'").arg(t.text));
        }
    }
    return parseForwarding(tokens, comment, mode) && !m_lineHadError;
}

bool RinetdConfigParser::parseAcl(const QVector<RinetdToken> &tokens, const QString &comment,
                                  LineMode mode, bool fromAclAnnotation) {
    const RinetdToken &key = tokens.first();
    const AclEntry::Kind kind =
        key.text == QLatin1String("allow") ? AclEntry::Kind::Allow : AclEntry::Kind::Deny;
    if (tokens.size() < 2) {
        error(key.column + key.text.size(), tr("'%1' needs one pattern").arg(key.text));
        return false;
    }
    if (tokens.size() > 2) {
        error(tokens.at(2).column,
              tr("'%1' takes exactly one pattern; found %2").arg(key.text).arg(tokens.size() - 1));
        return false;
    }
    const RinetdToken &patternToken = tokens.at(1);
    if (patternToken.isOptionList || patternToken.quoted) {
        error(patternToken.column, tr("a pattern cannot be quoted or bracketed"));
        return false;
    }
    QString pattern = patternToken.text;
    RinetdSourceMap::AclLines aclLines;
    aclLines.line = m_line;
    aclLines.column = patternToken.column;
    // rinetd 0.73 starts with any pattern ("allow beef" never matches anything): whether a
    // pattern can match is ConfigValidator's verdict, not a syntax error.
    const std::optional<AclPattern> parsed = AclPattern::parse(pattern);
    const bool isCidr = parsed && parsed->isCidr();
    if (parsed) {
        const QString ambiguity = AclPattern::ambiguityWarning(pattern);
        if (!ambiguity.isEmpty())
            warning(patternToken.column, ambiguity);
    }
    if (mode == LineMode::Normal && !fromAclAnnotation) {
        if (m_binder.hasPending(Kind::Cidr)) {
            if (!isCidr && cidrToGlob(m_pendingCidr) == pattern) {
                pattern = m_pendingCidr;
                aclLines.cidrLine = m_binder.pendingLine(Kind::Cidr);
                m_binder.consume(Kind::Cidr);
            } else {
                warning(patternToken.column,
                        tr("'%1 %2' does not describe this pattern; kept as a comment")
                            .arg(QLatin1String(CidrPrefix), m_pendingCidr));
                m_binder.drop(Kind::Cidr);
            }
        } else if (isCidr) {
            warning(patternToken.column,
                    tr("CIDR pattern '%1' is a PortRelay extension: rinetd 0.73 refuses this line "
                       "(--export translates it)")
                        .arg(pattern));
        }
    }
    if (fromAclAnnotation)
        warning(patternToken.column, tr("pattern '%1' is kept as an annotation: rinetd 0.73 does "
                                        "not apply it, PortRelay does")
                                         .arg(pattern));
    if (mode == LineMode::Normal && m_inUnsupportedRule && !fromAclAnnotation) {
        QStringList words;
        for (const RinetdToken &t : tokens)
            words << t.text;
        warning(key.column, tr("'%1' belongs to a rinetd-uv rule PortRelay does not run; kept as "
                               "a comment on export")
                                .arg(key.text));
        // Trimmed as every kept line is (a token may end in a vertical tab or form feed, which
        // the lexer does not split on), so that the exported comment reads back the same.
        m_config.unsupportedLines.append(
            VerbatimLine{words.join(QLatin1Char(' ')).trimmed(), takeNotes(comment)});
        return true;
    }
    AclEntry entry;
    entry.kind = kind;
    entry.pattern = pattern;
    if (mode == LineMode::Disabled) {
        if (m_lastDisabledRule < 0) {
            error(key.column, tr("a disabled '%1' must follow a disabled rule").arg(key.text));
            return false;
        }
        entry.notes = takeNotes(comment);
        m_config.rules[m_lastDisabledRule].acl.entries.append(entry);
        m_sourceMap.rules[m_lastDisabledRule].acl.append(aclLines);
        return true;
    }
    entry.notes = takeNotes(comment);
    if (m_lastEnabledRule < 0) {
        m_config.globalAcl.entries.append(entry);
        m_sourceMap.globalAcl.append(aclLines);
    } else {
        m_config.rules[m_lastEnabledRule].acl.entries.append(entry);
        m_sourceMap.rules[m_lastEnabledRule].acl.append(aclLines);
    }
    return true;
}

bool RinetdConfigParser::parseFileDirective(const QString &content, int column,
                                            const RinetdToken &key, LineMode mode) {
    const bool isLog = key.text == QLatin1String("logfile");
    if (mode == LineMode::Disabled && !isLog) {
        error(key.column, tr("'%1' cannot be disabled").arg(key.text));
        return false;
    }
    // rinetd's path is everything up to the next blank ('#' included) or a double-quoted string.
    int i = skipBlanks(content, key.text.size());
    if (i == key.text.size() && i < content.size()) {
        error(column + i, tr("'%1' needs a path after a blank").arg(key.text));
        return false;
    }
    if (i >= content.size()) {
        error(column + i, tr("'%1' needs a path").arg(key.text));
        return false;
    }
    QString path;
    const int pathColumn = column + i;
    if (content.at(i) == QLatin1Char('"')) {
        const int close = content.indexOf(QLatin1Char('"'), i + 1);
        if (close < 0) {
            error(pathColumn, tr("quote '\"' is not closed"));
            return false;
        }
        path = content.mid(i + 1, close - i - 1);
        if (path.isEmpty()) {
            error(pathColumn, tr("'%1' needs a path").arg(key.text));
            return false;
        }
        warning(pathColumn, tr("quoted path: rinetd 0.73 keeps the quotes as part of the file "
                               "name; PortRelay removes them"));
        i = close + 1;
    } else {
        int j = i;
        while (j < content.size() && !isBlank(content.at(j)))
            ++j;
        path = content.mid(i, j - i);
        if (path.startsWith(QLatin1Char('#'))) {
            error(pathColumn, tr("'%1' needs a path").arg(key.text));
            return false;
        }
        if (path.contains(QLatin1Char('#')))
            warning(pathColumn, tr("'#' is part of the path for rinetd 0.73, not a comment"));
        i = j;
    }
    i = skipBlanks(content, i);
    QString comment;
    if (i < content.size()) {
        if (content.at(i) != QLatin1Char('#')) {
            error(column + i, tr("unexpected '%1' after the path").arg(content.mid(i)));
            return false;
        }
        comment = content.mid(i);
    }
    if (isLog) {
        Annotations notes = takeNotes(comment);
        if (!m_config.logFile.isEmpty()) {
            warning(key.column, tr("'logfile' given more than once; the last one is used"));
            notes.leadingLines = m_config.logFileNotes.leadingLines + notes.leadingLines;
        }
        m_config.logFile = path;
        m_config.logFileNotes = notes;
        m_sourceMap.logFileLines.append(m_line);
        if (mode == LineMode::Disabled)
            m_config.logFormat = LogFormat::None;
    } else {
        Annotations notes = takeNotes(comment);
        if (!m_config.pidFile.isEmpty()) {
            warning(key.column, tr("'pidlogfile' given more than once; the last one is used"));
            notes.leadingLines = m_config.pidFileNotes.leadingLines + notes.leadingLines;
        }
        m_config.pidFile = path;
        m_config.pidFileNotes = notes;
        m_sourceMap.pidFileLines.append(m_line);
    }
    return true;
}

bool RinetdConfigParser::parseLogCommon(const QVector<RinetdToken> &tokens,
                                        const QString &comment) {
    if (tokens.size() > 1) {
        error(tokens.at(1).column, tr("'logcommon' takes no value"));
        return false;
    }
    Annotations notes = takeNotes(comment);
    if (m_config.logFormat == LogFormat::Common)
        notes.leadingLines = m_config.logFormatNotes.leadingLines + notes.leadingLines;
    m_config.logFormat = LogFormat::Common;
    m_config.logFormatNotes = notes;
    m_sourceMap.logCommonLines.append(m_line);
    return true;
}

bool RinetdConfigParser::parseUnsupported(const QString &content, int column,
                                          const QVector<RinetdToken> &tokens,
                                          const QString &comment, const QString &why) {
    const QString text = content.left(content.size() - comment.size()).trimmed();
    warning(column, tr("%1 is not supported by rinetd 0.73 or PortRelay; it is kept and "
                       "exported as a comment")
                        .arg(why));
    m_config.unsupportedLines.append(VerbatimLine{text, takeNotes(comment)});
    // A rinetd-uv forwarding line: its allow/deny lines are not ours either.
    const bool isForwarding =
        !isRinetdUvDirective(tokens.first().text) && !isRinetdEpollDirective(tokens.first().text);
    if (isForwarding)
        m_inUnsupportedRule = true;
    return true;
}

bool RinetdConfigParser::parseHost(const RinetdToken &token, QString *host) {
    if (token.isOptionList || token.quoted) {
        error(token.column, tr("'%1' is not a valid address or host name").arg(token.text));
        return false;
    }
    QString text = token.text;
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) {
        text = text.mid(1, text.size() - 2);
        if (!isIpLiteral(text) || !text.contains(QLatin1Char(':'))) {
            error(token.column, tr("'%1' is not a valid IPv6 address").arg(token.text));
            return false;
        }
        warning(token.column, tr("brackets around '%1': rinetd 0.73 cannot resolve them; "
                                 "PortRelay reads the address and exports it without brackets")
                                  .arg(text));
    }
    if (!isValidHost(text)) {
        error(token.column, tr("'%1' is not a valid address or host name").arg(token.text));
        return false;
    }
    *host = text;
    return true;
}

bool RinetdConfigParser::parsePort(const RinetdToken &token, QString *port, Protocol *protocol,
                                   bool *isExplicit) {
    if (token.isOptionList || token.quoted) {
        error(token.column, tr("'%1' is not a port").arg(token.text));
        return false;
    }
    QString text = token.text;
    *protocol = Protocol::Tcp;
    *isExplicit = false;
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString proto = text.mid(slash + 1);
        if (proto == QLatin1String("tcp")) {
            *protocol = Protocol::Tcp;
        } else if (proto == QLatin1String("udp")) {
            *protocol = Protocol::Udp;
        } else {
            error(token.column + slash + 1,
                  tr("unknown protocol '%1' (rinetd accepts /tcp or /udp)").arg(proto));
            return false;
        }
        *isExplicit = true;
        text = text.left(slash);
    }
    if (text.isEmpty()) {
        error(token.column, tr("missing port before '/'"));
        return false;
    }
    if (PortRange::looksLikeRange(text)) {
        QString why;
        int offset = 0;
        if (!PortRange::parse(text, *protocol, &why, &offset)) {
            error(token.column + offset, why);
            return false;
        }
    } else if (isAllDigits(text)) {
        bool ok = false;
        const qulonglong value = text.toULongLong(&ok);
        if (!ok || value < 1 || value > 65535) {
            if (ok && value > 65535)
                error(token.column, tr("port %1 is outside 1..65535 (rinetd 0.73 would silently "
                                       "use port %2)")
                                        .arg(text)
                                        .arg(value % 65536));
            else
                error(token.column, tr("port %1 is outside 1..65535").arg(text));
            return false;
        }
    } else if (!isServiceName(text)) {
        error(token.column, tr("'%1' is not a port number or service name").arg(text));
        return false;
    } else if (!resolvePort(text, *protocol)) {
        error(token.column, tr("unknown service name '%1' for %2 (not in the services database)")
                                .arg(text, protocolName(*protocol)));
        return false;
    }
    *port = text;
    return true;
}

bool RinetdConfigParser::parseOptions(const RinetdToken &token, QVector<RuleOption> *options) {
    const QString inner = token.text.mid(1, token.text.size() - 2);
    if (inner.trimmed().isEmpty()) {
        error(token.column, tr("empty option list []"));
        return false;
    }
    bool ok = true;
    int offset = 1;
    const QStringList parts = inner.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const int column = token.column + offset + skipBlanks(part, 0);
        offset += part.size() + 1;
        const QString item = part.trimmed();
        if (item.isEmpty()) {
            error(column, tr("empty option in the option list"));
            ok = false;
            continue;
        }
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq < 0 && item == QLatin1String("accept-proxy")) {
            options->append(RuleOption{item, QStringLiteral("any")}); // a bare flag: any version
            continue;
        }
        if (eq < 0) {
            error(column, tr("option '%1' needs a value (name=value)").arg(item));
            ok = false;
            continue;
        }
        const QString name = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        if (!isOptionName(name)) {
            error(column, tr("'%1' is not a valid option name").arg(name));
            ok = false;
            continue;
        }
        if (value.isEmpty() || value.contains(QLatin1Char(' ')) ||
            value.contains(QLatin1Char('\t'))) {
            error(column, tr("option '%1' needs a value without blanks").arg(name));
            ok = false;
            continue;
        }
        if (name == QLatin1String("timeout")) {
            bool isNumber = false;
            const int seconds = value.toInt(&isNumber);
            if (!isAllDigits(value) || !isNumber) {
                error(column, tr("timeout must be a whole number of seconds, not '%1'").arg(value));
                ok = false;
                continue;
            }
            if (seconds == 0)
                warning(column, tr("timeout=0 means rinetd's default UDP timeout (72 seconds)"));
        } else if (name == QLatin1String("src")) {
            if (!isValidHost(value)) {
                error(column, tr("src must be an address or host name, not '%1'").arg(value));
                ok = false;
                continue;
            }
        } else if (RelayOptions::isRelayOption(name)) {
            const QString why = RelayOptions::valueError(name, value);
            if (!why.isEmpty()) {
                error(column, why);
                ok = false;
                continue;
            }
            warning(column, tr("PortRelay option '%1': rinetd 0.73 refuses it, so export writes "
                               "it as an annotation")
                                .arg(name));
        } else if (name == QLatin1String("translate")) {
            if (value != QLatin1String("none") && value != QLatin1String("http")) {
                error(column, tr("translate must be 'none' or 'http', not '%1'").arg(value));
                ok = false;
                continue;
            }
            if (!m_inAnnotation)
                warning(column, tr("option 'translate' is a PortRelay extension: rinetd 0.73 "
                                   "refuses it, so export writes it as an annotation"));
        } else if (ProxyOptions::isProxyOption(name)) {
            QString why;
            if (!ProxyOptions::checkValue(name, value, &why)) {
                error(column, why);
                ok = false;
                continue;
            }
            if (!m_inAnnotation)
                warning(column, tr("PortRelay option '%1': rinetd 0.73 refuses it, so export "
                                   "writes it as an annotation")
                                    .arg(name));
        } else if (isRinetdUvOption(name)) {
            warning(column, tr("rinetd-uv option '%1' is kept but not used; rinetd 0.73 refuses "
                               "it, so export writes it as an annotation")
                                .arg(name));
        } else {
            warning(column, tr("unknown option '%1' is kept verbatim; rinetd 0.73 refuses it, so "
                               "export writes it as an annotation")
                                .arg(name));
        }
        options->append(RuleOption{name, value});
    }
    return ok;
}

bool RinetdConfigParser::parseForwarding(const QVector<RinetdToken> &tokens, const QString &comment,
                                         LineMode mode) {
    QVector<RinetdToken> fields;
    const RinetdToken *optionList = nullptr;
    for (const RinetdToken &t : tokens) {
        if (t.isOptionList) {
            if (optionList) {
                error(t.column, tr("only one option list is allowed"));
                return false;
            }
            optionList = &t;
        } else {
            if (optionList) {
                error(t.column, tr("unexpected '%1' after the option list").arg(t.text));
                return false;
            }
            fields.append(t);
        }
    }
    if (fields.size() < 4) {
        bool anyNumericPort = false;
        for (int i = 1; i < fields.size(); ++i)
            anyNumericPort =
                anyNumericPort || isAllDigits(fields.at(i).text.section(QLatin1Char('/'), 0, 0));
        if (!fields.isEmpty() && isDirectiveWord(fields.first().text) && !anyNumericPort &&
            !optionList) {
            error(fields.first().column, tr("unknown directive '%1'").arg(fields.first().text));
            return false;
        }
        error(fields.isEmpty() ? tokens.first().column : fields.last().column,
              QCoreApplication::translate("RinetdConfigParser",
                                          "incomplete forwarding rule: expected 'bindaddress "
                                          "bindport connectaddress connectport', found %n "
                                          "field(s)",
                                          nullptr, int(fields.size())));
        return false;
    }
    if (fields.size() > 4) {
        error(fields.at(4).column,
              tr("unexpected field '%1' after connectport").arg(fields.at(4).text));
        return false;
    }
    if (mode == LineMode::Normal)
        foldPendingRange(false);
    Rule rule;
    RinetdSourceMap::RuleLines lines;
    lines.line = m_line;
    lines.bindHostColumn = fields.at(0).column;
    lines.bindPortColumn = fields.at(1).column;
    lines.connectHostColumn = fields.at(2).column;
    lines.connectPortColumn = fields.at(3).column;
    lines.optionsColumn = optionList ? optionList->column : 0;
    bool ok = parseHost(fields.at(0), &rule.bindHost);
    ok = parsePort(fields.at(1), &rule.bindPort, &rule.bindProtocol, &rule.bindProtocolExplicit) &&
         ok;
    const bool original = !fields.at(2).quoted && !fields.at(3).quoted &&
                          fields.at(2).text == QLatin1String(Rule::kOriginal) &&
                          fields.at(3).text == QLatin1String(Rule::kOriginal);
    if (original) {
        rule.connectHost = rule.connectPort = QLatin1String(Rule::kOriginal);
        rule.connectProtocol = rule.bindProtocol;
        if (rule.bindProtocol != Protocol::Tcp) {
            error(fields.at(2).column, tr("'original original' forwards TCP connections only"));
            ok = false;
        } else if (mode == LineMode::Normal && !m_inOriginalAnnotation)
            warning(fields.at(2).column,
                    tr("the target 'original original' is a PortRelay extension: rinetd 0.73 "
                       "cannot resolve it (--export writes the rule as an annotation)"));
    } else {
        ok = parseHost(fields.at(2), &rule.connectHost) && ok;
        ok = parsePort(fields.at(3), &rule.connectPort, &rule.connectProtocol,
                       &rule.connectProtocolExplicit) &&
             ok;
    }
    if (optionList)
        ok = parseOptions(*optionList, &rule.options) && ok;
    if (!ok)
        return false;
    if (!checkRange(rule, fields.at(1).column, fields.at(3).column))
        return false;
    for (const QString &problem : ProxyOptions::checkRule(rule))
        warning(optionList ? optionList->column : fields.at(3).column, problem);
    if (m_binder.hasPending(Kind::Options) && mode == LineMode::Normal) {
        lines.optionsLine = m_binder.pendingLine(Kind::Options);
        m_binder.consume(Kind::Options);
        QVector<RuleOption> known;
        for (const RuleOption &o : qAsConst(m_pendingOptions)) {
            if (isKnownOption(o.name))
                known << o;
        }
        if (known == rule.options) {
            rule.options = m_pendingOptions;
            m_pendingOptions.clear();
        } else {
            warning(fields.first().column,
                    tr("'%1' does not match this rule's options; its unknown options are "
                       "appended")
                        .arg(QLatin1String(OptionsPrefix)));
            for (const RuleOption &o : qAsConst(m_pendingOptions)) {
                if (!isKnownOption(o.name))
                    rule.options << o;
            }
            m_pendingOptions.clear();
        }
    }
    rule.id = int(m_config.rules.size()) + 1;
    rule.enabled = mode == LineMode::Normal;
    if (m_binder.hasPending(Kind::Name)) {
        rule.name = m_pendingName;
        lines.nameLine = m_binder.pendingLine(Kind::Name);
        m_binder.consume(Kind::Name);
    }
    if (m_pendingRange && m_rangeFirstRule < 0 && mode == LineMode::Normal) {
        m_binder.consume(Kind::Range);
        m_rangeFirstRule = int(m_config.rules.size());
    }
    rule.notes = takeNotes(comment);
    rule.sourceLine = m_line;
    m_config.rules.append(rule);
    m_sourceMap.rules.append(lines);
    if (mode == LineMode::Normal) {
        m_lastEnabledRule = int(m_config.rules.size()) - 1;
        m_inUnsupportedRule = false;
    } else {
        m_lastDisabledRule = int(m_config.rules.size()) - 1;
    }
    return true;
}

void RinetdConfigParser::foldPendingRange(bool force) {
    if (!m_pendingRange || m_rangeFirstRule < 0)
        return;
    const int expected = int(forwardedPorts(*m_pendingRange).size());
    const int seen = int(m_config.rules.size()) - m_rangeFirstRule;
    if (!force && seen < expected)
        return; // this line may still be one of its ports
    const int first = m_rangeFirstRule;
    if (PortRangeFolding::fold(&m_config.rules, first, *m_pendingRange)) {
        if (m_lastEnabledRule > first)
            m_lastEnabledRule = first;
    } else {
        const int line = m_line;
        m_line = m_rangeSourceLine;
        warning(1, tr("the rules after '%1' are not the ports of %2; they are kept as single "
                      "rules")
                       .arg(QLatin1String(RangePrefix), m_pendingRange->bindPort));
        m_line = line;
    }
    m_pendingRange.reset();
    m_rangeFirstRule = -1;
}

bool RinetdConfigParser::checkRange(const Rule &rule, int bindColumn, int connectColumn) {
    if (!PortRange::looksLikeRange(rule.bindPort) && !PortRange::looksLikeRange(rule.connectPort))
        return true;
    QString why;
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(rule, &why);
    if (ports.isEmpty()) {
        error(connectColumn, why);
        return false;
    }
    if (ports.size() > kPortRangeWarningSize)
        warning(bindColumn, tr("the range %1 has %2 ports: one listening descriptor each")
                                .arg(rule.bindPort)
                                .arg(ports.size()));
    return true;
}

Annotations RinetdConfigParser::takeNotes(const QString &trailingComment) {
    // A range annotation that no rule followed stays a comment (the binder warns).
    if (m_binder.hasPending(Kind::Range))
        m_pendingRange.reset();
    return m_binder.take(trailingComment);
}

void RinetdConfigParser::error(int column, const QString &message) {
    m_lineHadError = true;
    if (m_inAnnotation) {
        warning(column,
                tr("%1 (in a PortRelay annotation, which is kept as a comment)").arg(message));
        return;
    }
    m_diagnostics.append(
        ConfigDiagnostic{m_fileName, m_line, column, ConfigDiagnostic::Severity::Error, message});
}

void RinetdConfigParser::warning(int column, const QString &message) {
    m_diagnostics.append(
        ConfigDiagnostic{m_fileName, m_line, column, ConfigDiagnostic::Severity::Warning, message});
}
