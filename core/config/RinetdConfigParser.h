#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"
#include "RinetdAnnotationBinder.h"
#include "RinetdLexer.h"
#include "RinetdSourceMap.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

// Reads rinetd.conf text (rinetd 0.73's grammar plus what docs/config-format.md lists) into a
// Config. Never stops at the first bad line: every finding becomes a diagnostic with line and
// column, every valid line is kept, and a line with errors is kept as a "#portrelay-invalid:"
// comment so that nothing the user wrote is lost.
//
// Three parts: RinetdLexer splits lines and fields (keeping every character), the grammar here
// gives them meaning, and RinetdAnnotationBinder attaches comments and annotations to the element
// they describe. Whether the result makes sense as a whole (binds that collide, a rule forwarding
// to itself) is Validator's business, not the reader's.
class RinetdConfigParser {
public:
    explicit RinetdConfigParser(QString fileName);

    Config parse(const QByteArray &data);
    Config parseText(const QString &text);
    const QVector<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    // Lines of every element of the last parse, for the in-place writer and for messages.
    const RinetdSourceMap &sourceMap() const { return m_sourceMap; }

private:
    enum class LineMode { Normal, Disabled };
    using Kind = RinetdAnnotationBinder::Kind;

    void reset();
    void parseLine(const RinetdLine &line);
    void parseComment(const QString &raw, int column);
    // LINE: the lexed line when CONTENT is a whole line's content (its fields are then reused).
    bool parseContent(const QString &content, int column, LineMode mode, const RinetdLine *line);
    bool tokenize(const QString &content, int column, QVector<RinetdToken> *tokens,
                  QString *comment);
    bool parseAcl(const QVector<RinetdToken> &tokens, const QString &comment, LineMode mode,
                  bool fromAclAnnotation);
    bool parseFileDirective(const QString &content, int column, const RinetdToken &key,
                            LineMode mode);
    bool parseLogCommon(const QVector<RinetdToken> &tokens, const QString &comment);
    bool parseUnsupported(const QString &content, int column, const QVector<RinetdToken> &tokens,
                          const QString &comment, const QString &why);
    bool parseForwarding(const QVector<RinetdToken> &tokens, const QString &comment, LineMode mode);
    bool parseHost(const RinetdToken &token, QString *host);
    bool parsePort(const RinetdToken &token, QString *port, Protocol *protocol, bool *isExplicit);
    bool parseOptions(const RinetdToken &token, QVector<RuleOption> *options);
    // Port ranges: connect range of the bind range's length or one port; warns when large.
    bool checkRange(const Rule &rule, int bindColumn, int connectColumn);
    void foldPendingRange(bool force);
    // m_binder.take(), forgetting a "#portrelay-range:" that no rule followed.
    Annotations takeNotes(const QString &trailingComment);
    void parseAnnotation(const QString &raw, const QString &body, int column);

    void error(int column, const QString &message);
    void warning(int column, const QString &message);

    QString m_fileName;
    QVector<ConfigDiagnostic> m_diagnostics;
    Config m_config;
    RinetdSourceMap m_sourceMap;
    int m_line = 0;
    bool m_lineHadError = false;
    bool m_inOriginalAnnotation = false; // parsing the rule of a "#portrelay-original:" line
    bool m_inAnnotation = false;         // errors inside "#portrelay..." comments are warnings

    RinetdAnnotationBinder m_binder{
        [this](int column, const QString &message) { warning(column, message); }};
    // What the annotations waiting in m_binder say.
    QString m_pendingName;
    QVector<RuleOption> m_pendingOptions;
    QString m_pendingCidr;
    int m_lastEnabledRule = -1;  // index in m_config.rules: where real allow/deny lines go
    int m_lastDisabledRule = -1; // where "#portrelay-disabled: allow ..." lines go
    bool m_inUnsupportedRule = false;
    // "#portrelay-range:" (waiting in m_binder as Kind::Range): the range rule whose single-port
    // lines follow, the index of the first of them in m_config.rules (-1: not yet seen) and the
    // annotation's line.
    std::optional<Rule> m_pendingRange;
    int m_rangeFirstRule = -1;
    int m_rangeSourceLine = 0;
};
