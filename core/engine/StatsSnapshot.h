#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QMetaType>
#include <QString>
#include <QVector>

enum class RuleState {
    Disabled,  // not enabled in the config
    Listening, // bound and accepting
    Error,     // could not bind / resolve: see RuleStats::error
};

struct RuleStats {
    int ruleId = 0;
    RuleState state = RuleState::Disabled;
    QString error;                   // human-readable reason when state == Error
    quint64 active = 0;              // open connections (TCP) or sessions (UDP)
    quint64 accepted = 0;            // connections accepted and allowed
    quint64 refused = 0;             // refused by access control
    quint64 failed = 0;              // target could not be reached
    quint64 bytesFromClient = 0;     // client -> target
    quint64 bytesToClient = 0;       // target -> client
    quint64 datagramsFromClient = 0; // UDP only
    quint64 datagramsToClient = 0;   // UDP only
    quint64 dropped = 0;             // UDP: datagrams or sessions dropped (ACL, session limit)
};

struct ConnectionStats {
    quint64 id = 0;
    int ruleId = 0;
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    QDateTime started;
    quint64 bytesFromClient = 0;
    quint64 bytesToClient = 0;
    bool udp = false;
    // Intercepted connections (target "original original"): where the client was going, which is
    // where the connection is relayed to. Null otherwise.
    QHostAddress originalAddress;
    quint16 originalPort = 0;
};

// An immutable picture of the engine, published at a bounded rate.
struct StatsSnapshot {
    QDateTime takenAt;
    QVector<RuleStats> rules;
    QVector<ConnectionStats> connections;
    quint64 bufferedBytes = 0; // bytes held in relay buffers across all connections
    // Why the connection log file is not written as configured (see ConnectionLog::problem());
    // empty when it is, or when no log file is set.
    QString logProblem;

    const RuleStats *rule(int ruleId) const;
};

Q_DECLARE_METATYPE(StatsSnapshot)
Q_DECLARE_METATYPE(RuleState)
