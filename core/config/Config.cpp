#include "Config.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>

Rule *Config::ruleById(int id) {
    for (Rule &rule : rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

const Rule *Config::ruleById(int id) const {
    for (const Rule &rule : rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

int Config::nextRuleId() const {
    int largest = 0;
    for (const Rule &rule : rules)
        largest = std::max(largest, rule.id);
    return largest + 1;
}

namespace {

// Equal for two rules exactly when Rule::sameForwarding() holds: protocols, hosts without case,
// ports as numbers when they resolve and as written when they do not.
QString forwardingKey(const Rule &rule) {
    const auto port = [](const std::optional<quint16> &resolved, const QString &text) {
        return resolved ? QString::number(*resolved) : QLatin1Char('?') + text;
    };
    return protocolName(rule.bindProtocol) + QLatin1Char(' ') + protocolName(rule.connectProtocol) +
           QLatin1Char(' ') + rule.bindHost.toCaseFolded() + QLatin1Char(' ') +
           port(rule.resolvedBindPort(), rule.bindPort) + QLatin1Char(' ') +
           rule.connectHost.toCaseFolded() + QLatin1Char(' ') +
           port(rule.resolvedConnectPort(), rule.connectPort);
}

} // namespace

void Config::adoptRuleIdsFrom(const Config &running) {
    // Running rules grouped by what they forward, so that each new rule looks only at its
    // candidates instead of at every running rule (a reload of 100k rules stays linear).
    QHash<QString, QVector<int>> candidates;
    candidates.reserve(running.rules.size());
    for (int j = 0; j < running.rules.size(); ++j)
        candidates[forwardingKey(running.rules[j])].append(j);
    QVector<bool> taken(running.rules.size(), false);
    QVector<int> adopted(rules.size(), 0);
    for (int i = 0; i < rules.size(); ++i) {
        const auto found = candidates.constFind(forwardingKey(rules[i]));
        if (found == candidates.constEnd())
            continue;
        int best = -1;
        for (const int j : *found) {
            Q_ASSERT(rules[i].sameForwarding(running.rules[j]));
            if (taken[j])
                continue;
            if (best < 0 || std::abs(j - i) < std::abs(best - i))
                best = j;
        }
        if (best >= 0) {
            taken[best] = true;
            adopted[i] = running.rules[best].id;
        }
    }
    int next = std::max(running.nextRuleId(), 1);
    for (const Rule &rule : running.rules)
        next = std::max(next, rule.id + 1);
    for (int i = 0; i < rules.size(); ++i)
        rules[i].id = adopted[i] ? adopted[i] : next++;
}

bool Config::operator==(const Config &other) const {
    return logFile == other.logFile && logFormat == other.logFormat && pidFile == other.pidFile &&
           logFileNotes == other.logFileNotes && logFormatNotes == other.logFormatNotes &&
           pidFileNotes == other.pidFileNotes && globalAcl == other.globalAcl &&
           rules == other.rules && unsupportedLines == other.unsupportedLines &&
           trailingLines == other.trailingLines;
}
