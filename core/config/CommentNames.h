#pragma once

#include "Config.h"

#include <QString>
#include <QVector>

// Names a rinetd.conf's comments could give: the comment line right above a rule without a name.
// Only a proposal for the user to look at: a comment may be anything, a commented-out forwarding
// ("#0.0.0.0 80 127.0.0.1 8080") or a column header ("# bindaddress bindport ...") among them,
// so those are proposed unchecked and nothing is ever named without the user's choice.
struct CommentNameProposal {
    int ruleId = 0;
    QString comment; // the line as written
    QString name;    // the comment's text, trimmed
    bool recommended = false;

    // Rules without a name whose line has a comment line directly above it, in config order.
    static QVector<CommentNameProposal> propose(const Config &config);
};
