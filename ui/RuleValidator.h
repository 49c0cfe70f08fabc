#pragma once

#include "Config.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Whole-document validation before anything reaches the engine, so that a config is applied
// completely or not at all (VirtualBox's port-forwarding table does the same before it commits).
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
    };

    static QVector<Problem> validate(const Config &config);

    // Problems of one field value as it is typed (inline validation in editors).
    static QString hostProblem(const QString &host, bool forBinding);
    static QString portProblem(const QString &port, Protocol protocol);
    // timeout=: empty (not set) or a whole number of seconds; 0 is rinetd's "default".
    static QString timeoutProblem(const QString &timeout);
    // src=: empty (the system chooses) or an address or host name; an address literal must be
    // of the family of a literal target address, or the outgoing socket cannot be bound.
    static QString sourceProblem(const QString &source, const QString &connectHost);

    // Whether two binds would compete for the same socket: same protocol and port, and the same
    // address or a wildcard ("0.0.0.0", "::") covering the other one.
    static bool bindsConflict(const Rule &a, const Rule &b);
};
