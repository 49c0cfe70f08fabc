#pragma once

#include "Rule.h"

#include <QVector>

// rinetd 0.73 has no port ranges: a range rule is exported as one line per port, after a
// "#portrelay-range:" annotation that holds the range rule itself. On import the single-port
// rules that follow it are folded back into the one range rule, if (and only if) they are
// exactly its expansion: same hosts, protocols, options and access list, one rule per port in
// order. Anything else leaves them as they are: nothing the user edited is lost.
class PortRangeFolding {
public:
    // The port rule `index` of a range's expansion: the range rule with one bind and connect port.
    static Rule expanded(const Rule &range, int index);
    // Folds rules[first..] into one rule when they are range's expansion; false (rules
    // unchanged) when they are not.
    static bool fold(QVector<Rule> *rules, int first, const Rule &range);
};
