#include "ValidPart.h"

#include <QSet>

ValidPart ValidPart::of(const Config &config, const QVector<ValidationFinding> &findings) {
    // Only the rule a finding is about: a bind conflict names the later rule, the earlier one
    // (its related rule) still starts, as it does in the engine.
    QSet<int> broken;
    for (const ValidationFinding &finding : findings) {
        if (finding.isError() && finding.ruleId != 0)
            broken.insert(finding.ruleId);
    }
    ValidPart part;
    part.config = config;
    part.config.rules.clear();
    for (const Rule &rule : config.rules) {
        if (broken.contains(rule.id))
            part.leftOutRuleIds.append(rule.id);
        else
            part.config.rules.append(rule);
    }
    return part;
}
