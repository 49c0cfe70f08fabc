#pragma once

#include "Config.h"
#include "ValidationFinding.h"

#include <QVector>

// The part of a config the engine would run: every rule ConfigValidator has no error about, in
// order, with the document's own settings. The engine refuses exactly these rules, so what a
// front end starts as "the valid part" and what the engine then runs agree.
struct ValidPart {
    Config config;
    QVector<int> leftOutRuleIds; // rules with errors, in config order

    static ValidPart of(const Config &config, const QVector<ValidationFinding> &findings);
};
