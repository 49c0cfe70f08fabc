#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

// Reads rinetd.conf text (rinetd 0.73's grammar plus what docs/config-format.md lists) into a
// Config. Never stops at the first bad line: every finding becomes a diagnostic with line and
// column, every valid line is kept, and a line with errors is kept as a "#portrelay-invalid:"
// comment so that nothing the user wrote is lost.
class RinetdConfigParser {
public:
    explicit RinetdConfigParser(QString fileName);

    Config parse(const QByteArray &data);
    Config parseText(const QString &text);
    const QVector<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }

private:
    struct Token {
        QString text;
        int column = 0; // 1-based
        bool isOptionList = false;
        bool quoted = false;
    };
    enum class LineMode { Normal, Disabled };

    void reset();
    void parseLine(const QString &raw, int lineNo, bool lastWithoutNewline);
    void parseComment(const QString &raw, int column);
    bool parseContent(const QString &content, int column, LineMode mode, bool lastWithoutNewline);
    bool tokenize(const QString &content, int column, QVector<Token> *tokens, QString *comment);
    bool parseAcl(const QVector<Token> &tokens, const QString &comment, LineMode mode,
                  bool fromAclAnnotation);
    bool parseFileDirective(const QString &content, int column, const QVector<Token> &tokens,
                            LineMode mode);
    bool parseLogCommon(const QVector<Token> &tokens, const QString &comment);
    bool parseUnsupported(const QString &content, int column, const QVector<Token> &tokens,
                          const QString &comment, const QString &why);
    bool parseForwarding(const QVector<Token> &tokens, const QString &comment, LineMode mode);
    bool parseHost(const Token &token, QString *host);
    bool parsePort(const Token &token, QString *port, Protocol *protocol, bool *isExplicit);
    bool parseOptions(const Token &token, QVector<RuleOption> *options);
    // Port ranges: connect range of the bind range's length or one port; warns when large.
    bool checkRange(const Rule &rule, int bindColumn, int connectColumn);
    void foldPendingRange(bool force);
    void parseAnnotation(const QString &raw, const QString &body, int column);

    Annotations takeNotes(const QString &trailingComment);
    void consumePending(int *index);
    int addPending(const QString &raw);
    void error(int column, const QString &message);
    void warning(int column, const QString &message);

    QString m_fileName;
    QVector<ConfigDiagnostic> m_diagnostics;
    Config m_config;
    int m_line = 0;
    bool m_lineHadError = false;
    bool m_inAnnotation = false; // errors inside "#portrelay..." comments are warnings

    QStringList m_pendingLines;
    // Annotations waiting for the element they describe. Their raw lines sit in m_pendingLines at
    // these indices (-1: none) and are taken out when used, so unused ones stay comments in place.
    QString m_pendingName;
    int m_pendingNameLine = -1;
    QVector<RuleOption> m_pendingOptions;
    int m_pendingOptionsLine = -1;
    QString m_pendingCidr;
    int m_pendingCidrLine = -1;
    int m_lastEnabledRule = -1;  // index in m_config.rules: where real allow/deny lines go
    int m_lastDisabledRule = -1; // where "#portrelay-disabled: allow ..." lines go
    bool m_inUnsupportedRule = false;
    // "#portrelay-range:": the range rule whose single-port lines follow, the index of the
    // first of them in m_config.rules (-1: not yet seen) and the annotation's line.
    std::optional<Rule> m_pendingRange;
    int m_pendingRangeLine = -1; // index in m_pendingLines until the first port line
    int m_rangeFirstRule = -1;
    int m_rangeSourceLine = 0;
    QHash<QString, int> m_bindLines; // "tcp host port" -> line of the first enabled rule
};
