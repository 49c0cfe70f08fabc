#pragma once

#include "BoundSockets.h"
#include "Config.h"
#include "HostResolver.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// What starting a config's rules would expose, said before anything binds: listeners on every
// address (reachable from other machines), privileged ports (below 1024: root or
// CAP_NET_BIND_SERVICE), and ports this host already holds (the start would fail or collide with
// a running service). Only enabled rules are looked at; nothing here binds or connects.
class ExposureReport {
    Q_DECLARE_TR_FUNCTIONS(ExposureReport)

public:
    enum class Kind { Wildcard, Privileged, InUse };

    struct Item {
        int ruleId = 0;
        Kind kind = Kind::Wildcard;
        QString message;
    };

    // BOUND: the host's sockets (BoundSockets::readSystem(), or a fixture in tests). RESOLVER
    // answers for bind hosts given as names (null: names match only wildcard listeners).
    static ExposureReport analyse(const Config &config, const QVector<BoundSocket> &bound,
                                  const HostResolver *resolver = nullptr);

    // The enabled rules that would bind, in config order.
    const QVector<int> &ruleIds() const { return m_ruleIds; }
    const QVector<Item> &items() const { return m_items; }
    QVector<Item> itemsFor(int ruleId) const;
    bool has(int ruleId, Kind kind) const;
    int count(Kind kind) const;
    // Stable text of what is exposed (rules, addresses, kinds), to remember that a user has seen
    // this very list; a change to any listener gives another one.
    QString fingerprint(const Config &config) const;

private:
    QVector<int> m_ruleIds;
    QVector<Item> m_items;
};
