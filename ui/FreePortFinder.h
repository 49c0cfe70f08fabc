#pragma once

#include "Config.h"
#include "PortProbe.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

// Where a copy of a rule can listen: the first block of as many ports as the rule binds, above
// its own, that no rule of the document binds (on any address, enabled or not) and that this
// host does not have in use. The host is asked through PortProbe, which binds nothing.
class FreePortFinder {
    Q_DECLARE_TR_FUNCTIONS(FreePortFinder)

public:
    // How the host is asked about one port; null: not at all (the relay runs on another host,
    // whose ports this one cannot see).
    using HostProbe = std::function<PortProbe::Answer(const QString &bindHost, quint16 port)>;

    // A probe of this host for PROTOCOL.
    static HostProbe localProbe(Protocol protocol);

    // At most this many candidate ports are looked at, so that a crowded host answers quickly.
    static constexpr int kMaxCandidates = 4096;

    // The bind port text for a copy of RULE ("8011", or "8011-8021" for a range of 11): nullopt
    // when there is none up to 65535 within kMaxCandidates (*why says so).
    static std::optional<QString> nextBindPort(const Config &config, const Rule &rule,
                                               const HostProbe &probe, QString *why = nullptr,
                                               int *portsSkippedOnHost = nullptr);
};
