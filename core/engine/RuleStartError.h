#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

// Why one rule did not start after an apply: its listener could not bind, or its bind host could
// not be resolved. Typed, so that no front end parses a message to learn which rule it was.
struct RuleStartError {
    int ruleId = 0;
    QString reason;

    bool operator==(const RuleStartError &other) const {
        return ruleId == other.ruleId && reason == other.reason;
    }
    bool operator!=(const RuleStartError &other) const { return !(*this == other); }
};

using RuleStartErrors = QVector<RuleStartError>;

Q_DECLARE_METATYPE(RuleStartError)
Q_DECLARE_METATYPE(RuleStartErrors)
