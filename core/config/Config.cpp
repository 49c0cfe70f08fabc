#include "Config.h"

#include <algorithm>

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

bool Config::operator==(const Config &other) const {
    return logFile == other.logFile && logFormat == other.logFormat && pidFile == other.pidFile &&
           logFileNotes == other.logFileNotes && logFormatNotes == other.logFormatNotes &&
           pidFileNotes == other.pidFileNotes && globalAcl == other.globalAcl &&
           rules == other.rules && unsupportedLines == other.unsupportedLines &&
           trailingLines == other.trailingLines;
}
