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
    enum class Field { Name, Protocol, BindHost, BindPort, ConnectHost, ConnectPort, Acl };

    struct Problem {
        int ruleId = 0; // 0: about the global access list
        Field field = Field::Name;
        QString message;
    };

    static QVector<Problem> validate(const Config &config);

    // Problems of one field value as it is typed (inline validation in editors).
    static QString hostProblem(const QString &host, bool forBinding);
    static QString portProblem(const QString &port, Protocol protocol);

    // Whether two binds would compete for the same socket: same protocol and port, and the same
    // address or a wildcard ("0.0.0.0", "::") covering the other one.
    static bool bindsConflict(const Rule &a, const Rule &b);
};
