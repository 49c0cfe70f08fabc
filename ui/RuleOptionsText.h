#pragma once

#include "Rule.h"

#include <QCoreApplication>
#include <QString>

// How the rule table shows the options that have no column of their own (everything but
// timeout= and src=): a compact line as in the file ("ftp=passive, rate=512k, proxy=v2") and the
// same in words for its tooltip.
class RuleOptionsText {
    Q_DECLARE_TR_FUNCTIONS(RuleOptionsText)

public:
    // The options in written order; empty when the rule has none of them.
    static QString summary(const Rule &rule);
    // One line per option, in words; empty when the rule has none of them.
    static QString description(const Rule &rule);
    // Whether NAME is shown by summary() (not one of the options with a column of their own).
    static bool isSummarized(const QString &name);
};
