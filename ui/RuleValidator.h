#pragma once

#include "Config.h"
#include "ConfigValidator.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

// Presents ConfigValidator's verdicts in the editor: each finding becomes a problem on the cell
// of the rule and field it is about (a bind conflict on both rules). It has no rules of its
// own; what is valid is decided in core, the same for --check, the service and the engine.
class RuleValidator {
    Q_DECLARE_TR_FUNCTIONS(RuleValidator)

public:
    enum class Field {
        Name,
        Protocol,
        BindHost,
        BindPort,
        ConnectHost,
        ConnectPort,
        Acl,
        Timeout, // the timeout= option
        Source,  // the src= option
        Options  // PortRelay's own options: ftp=, rate=, rate-rule=, transparent=
    };

    struct Problem {
        int ruleId = 0; // 0: about the global access list
        Field field = Field::Name;
        QString message;
        bool isError = true;    // false: a warning; the rule still runs
        QString check;          // ConfigValidator's name for it ("bind-conflict", ...)
        bool isRelated = false; // marks the other side of another rule's conflict
    };

    // RESOLVER answers about host names (null: the system's, bounded in time).
    static QVector<Problem> validate(const Config &config,
                                     std::shared_ptr<const HostResolver> resolver = nullptr);
    static QVector<Problem> fromFindings(const Config &config,
                                         const QVector<ValidationFinding> &findings);
    static bool hasErrors(const QVector<Problem> &problems);
    static int errorCount(const QVector<Problem> &problems);

    // Problems of one field value as it is typed (inline validation in editors): the core's
    // verdict on that field.
    static QString hostProblem(const QString &host, bool forBinding) {
        return ConfigValidator::hostProblem(host, forBinding);
    }
    static QString portProblem(const QString &port, Protocol protocol) {
        return ConfigValidator::portProblem(port, protocol);
    }
    static QString timeoutProblem(const QString &timeout) {
        return ConfigValidator::timeoutProblem(timeout);
    }
    static QString sourceProblem(const QString &source, const QString &connectHost) {
        return ConfigValidator::sourceProblem(source, connectHost);
    }
    static bool bindsConflict(const Rule &a, const Rule &b) {
        return ConfigValidator::bindsConflict(a, b);
    }
};
