#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

// A rule of an applied config that could not start (bind, resolve): it stays in the config, in
// RuleState::Error. Typed so that front ends name the rule their own way (FILE:LINE, table row).
struct RuleStartError {
    int ruleId = 0;
    QString reason;

    bool operator==(const RuleStartError &o) const {
        return ruleId == o.ruleId && reason == o.reason;
    }
    bool operator!=(const RuleStartError &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(RuleStartError)

using RuleStartErrors = QVector<RuleStartError>;
Q_DECLARE_METATYPE(RuleStartErrors)
