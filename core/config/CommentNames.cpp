#include "CommentNames.h"

#include "PortRange.h"

#include <QRegularExpression>

namespace {

QStringList words(const QString &text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

// "0.0.0.0 80 127.0.0.1 8080": two hosts and two ports, as a forwarding line.
bool looksLikeForwarding(const QString &text) {
    const QStringList w = words(text);
    if (w.size() < 4)
        return false;
    return PortRange::parse(w.at(1), Protocol::Tcp).has_value() &&
           PortRange::parse(w.at(3), Protocol::Tcp).has_value();
}

// rinetd's documentation heads its examples with the column names.
bool looksLikeHeader(const QString &text) {
    static const QRegularExpression header(
        QStringLiteral("\\b(bind|connect|listen|target|source|dest)[-_ ]?(address|addr|port|"
                       "host)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return header.match(text).hasMatch();
}

} // namespace

QVector<CommentNameProposal> CommentNameProposal::propose(const Config &config) {
    QVector<CommentNameProposal> proposals;
    for (const Rule &rule : config.rules) {
        if (!rule.name.isEmpty() || rule.notes.leadingLines.isEmpty())
            continue;
        const QString line = rule.notes.leadingLines.last();
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1Char('#')))
            continue; // a blank line parts the comment from the rule
        QString text = trimmed;
        while (text.startsWith(QLatin1Char('#')))
            text.remove(0, 1);
        text = text.simplified();
        // Empty, or a PortRelay line kept as a comment ("#portrelay-invalid ...").
        if (text.isEmpty() || text.startsWith(QLatin1String("portrelay")))
            continue;
        CommentNameProposal proposal;
        proposal.ruleId = rule.id;
        proposal.comment = line;
        proposal.name = text.left(80);
        proposal.recommended =
            text.size() <= 60 && !looksLikeForwarding(text) && !looksLikeHeader(text);
        proposals.append(proposal);
    }
    return proposals;
}
