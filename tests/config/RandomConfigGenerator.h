#pragma once

#include "Config.h"

#include <QRandomGenerator>
#include <QVector>

// Seeded generator of varied Configs for round-trip tests. It only makes documents PortRelay can
// hold losslessly in rinetd.conf: ids numbered in file order, names on one line and trimmed,
// comments that start with '#', udp ports always written with "/udp", notes only on settings
// that are present.
class RandomConfigGenerator {
public:
    explicit RandomConfigGenerator(quint32 seed);

    Config next();
    // Only loopback hosts and the given free ports (one per rule, in order), so that a real
    // rinetd can start it; enabled rules forward to 127.0.0.1:backendPort.
    Config nextLoopback(const QVector<quint16> &ports, quint16 backendPort);

private:
    int bounded(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return bounded(100) < percent; }
    template <typename T> const T &pick(const QVector<T> &v) {
        return v.at(bounded(int(v.size())));
    }
    Annotations notes(bool allowTrailing);
    AccessList acl(int maxEntries);
    QVector<RuleOption> options(bool loopback);

    QRandomGenerator m_random;
};
