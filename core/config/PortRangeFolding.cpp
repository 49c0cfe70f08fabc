#include "PortRangeFolding.h"

#include "PortRange.h"

Rule PortRangeFolding::expanded(const Rule &range, int index) {
    const QVector<QPair<quint16, quint16>> ports = forwardedPorts(range);
    Rule rule = range;
    if (index >= 0 && index < ports.size()) {
        rule.bindPort = QString::number(ports.at(index).first);
        rule.connectPort = QString::number(ports.at(index).second);
    }
    return rule;
}

bool PortRangeFolding::fold(QVector<Rule> *rules, int first, const Rule &range) {
    const int count = int(forwardedPorts(range).size());
    if (count < 1 || first < 0 || rules->size() - first != count)
        return false;
    for (int i = 0; i < count; ++i) {
        const Rule &rule = rules->at(first + i);
        const Rule expected = expanded(range, i);
        if (!rule.enabled || rule.bindHost != expected.bindHost ||
            rule.connectHost != expected.connectHost || rule.bindPort != expected.bindPort ||
            rule.connectPort != expected.connectPort || rule.bindProtocol != range.bindProtocol ||
            rule.connectProtocol != range.connectProtocol || rule.options != range.options ||
            rule.acl.entries.size() != rules->at(first).acl.entries.size())
            return false;
        for (int e = 0; e < rule.acl.entries.size(); ++e) {
            const AclEntry &a = rule.acl.entries.at(e);
            const AclEntry &b = rules->at(first).acl.entries.at(e);
            if (a.kind != b.kind || a.pattern != b.pattern)
                return false;
        }
    }
    Rule &folded = (*rules)[first];
    folded.bindPort = range.bindPort;
    folded.connectPort = range.connectPort;
    folded.bindProtocolExplicit = range.bindProtocolExplicit;
    folded.connectProtocolExplicit = range.connectProtocolExplicit;
    rules->remove(first + 1, count - 1);
    return true;
}
