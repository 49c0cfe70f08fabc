#include "RuleValidator.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

RuleValidator::Field fieldFor(const ValidationFinding &finding) {
    using F = ValidationFinding::Field;
    switch (finding.field) {
    case F::Protocol:
        return RuleValidator::Field::Protocol;
    case F::BindHost:
        return RuleValidator::Field::BindHost;
    case F::BindPort:
        return RuleValidator::Field::BindPort;
    case F::ConnectHost:
        return RuleValidator::Field::ConnectHost;
    case F::ConnectPort:
        return RuleValidator::Field::ConnectPort;
    case F::Acl:
    case F::GlobalAcl:
        return RuleValidator::Field::Acl;
    case F::Option:
        if (finding.option == QLatin1String("timeout"))
            return RuleValidator::Field::Timeout;
        if (finding.option == QLatin1String("src"))
            return RuleValidator::Field::Source;
        return RuleValidator::Field::Options; // shown on the rule's name, with its tooltip
    case F::Document:
    case F::Id:
    case F::Name:
        break;
    }
    return RuleValidator::Field::Name;
}

} // namespace

QVector<RuleValidator::Problem>
RuleValidator::validate(const Config &config, std::shared_ptr<const HostResolver> resolver) {
    ConfigValidator::Options options;
    options.resolver = std::move(resolver);
    return fromFindings(config, ConfigValidator::check(config, options));
}

QVector<RuleValidator::Problem>
RuleValidator::fromFindings(const Config &config, const QVector<ValidationFinding> &findings) {
    QVector<Problem> problems;
    // One problem per cell: the first finding about it (errors come before warnings).
    QSet<QPair<int, int>> seen;
    auto add = [&](int ruleId, Field field, const ValidationFinding &finding, bool related) {
        if (seen.contains({ruleId, int(field)}))
            return;
        seen.insert({ruleId, int(field)});
        problems.append(
            Problem{ruleId, field, finding.message, finding.isError(), finding.check, related});
    };
    QVector<const ValidationFinding *> ordered;
    for (const ValidationFinding &f : findings)
        ordered.append(&f);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ValidationFinding *a, const ValidationFinding *b) {
                         return a->isError() && !b->isError();
                     });
    for (const ValidationFinding *f : qAsConst(ordered)) {
        if (f->field == ValidationFinding::Field::Document)
            continue;
        const Field field = fieldFor(*f);
        add(f->field == ValidationFinding::Field::GlobalAcl ? 0 : f->ruleId, field, *f, false);
        // Both sides of a conflict are marked: either one can be changed to fix it.
        if (f->check == QLatin1String("bind-conflict")) {
            for (int other : f->relatedRuleIds)
                add(other, field, *f, true);
        }
    }
    // Problems in table order, whatever order the checks came in.
    QHash<int, int> rowById;
    for (int row = 0; row < config.rules.size(); ++row)
        rowById.insert(config.rules.at(row).id, row);
    std::stable_sort(problems.begin(), problems.end(),
                     [&rowById](const Problem &x, const Problem &y) {
                         return rowById.value(x.ruleId, -1) < rowById.value(y.ruleId, -1);
                     });
    return problems;
}

bool RuleValidator::hasErrors(const QVector<Problem> &problems) {
    return errorCount(problems) > 0;
}

int RuleValidator::errorCount(const QVector<Problem> &problems) {
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const Problem &p) { return p.isError; }));
}
