#include "Config.h"

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

void Config::adoptRuleIdsFrom(const Config &running) {
    QVector<bool> taken(running.rules.size(), false);
    QVector<int> adopted(rules.size(), 0);
    for (int i = 0; i < rules.size(); ++i) {
        int best = -1;
        for (int j = 0; j < running.rules.size(); ++j) {
            if (taken[j] || !rules[i].sameForwarding(running.rules[j]))
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
