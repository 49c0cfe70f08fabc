#include "StatsSnapshot.h"

const RuleStats *StatsSnapshot::rule(int ruleId) const {
    for (const RuleStats &stats : rules) {
        if (stats.ruleId == ruleId)
            return &stats;
    }
    return nullptr;
}
