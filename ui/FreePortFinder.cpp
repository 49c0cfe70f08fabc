#include "FreePortFinder.h"

#include "PortRange.h"

#include <QSet>

#include <memory>

FreePortFinder::HostProbe FreePortFinder::localProbe(Protocol protocol) {
    // One probe object per search: it reads the kernel's tables once for all candidates.
    auto probe = std::make_shared<PortProbe>(protocol);
    return [probe](const QString &bindHost, quint16 port) { return probe->check(bindHost, port); };
}

std::optional<QString> FreePortFinder::nextBindPort(const Config &config, const Rule &rule,
                                                    const HostProbe &probe, QString *why,
                                                    int *portsSkippedOnHost) {
    QString problem;
    const std::optional<PortRange> own =
        PortRange::parse(rule.bindPort, rule.bindProtocol, &problem);
    if (!own) {
        if (why)
            *why = problem;
        return std::nullopt;
    }
    QSet<int> documentPorts;
    for (const Rule &other : config.rules) {
        if (const auto range = PortRange::parse(other.bindPort, other.bindProtocol)) {
            for (int p = range->first; p <= range->last; ++p)
                documentPorts.insert(p);
        }
    }
    const int size = own->count();
    int skippedOnHost = 0;
    int looked = 0;
    int start = int(own->last) + 1;
    // A block is taken when all its ports are free; a taken port moves the block past it.
    while (start + size - 1 <= 65535 && looked < kMaxCandidates) {
        int blocked = 0;
        for (int p = start; p < start + size && !blocked; ++p) {
            ++looked;
            if (documentPorts.contains(p)) {
                blocked = p;
            } else if (probe && probe(rule.bindHost, quint16(p)) == PortProbe::Answer::InUse) {
                ++skippedOnHost;
                blocked = p;
            }
        }
        if (!blocked) {
            if (portsSkippedOnHost)
                *portsSkippedOnHost = skippedOnHost;
            return size == 1 ? QString::number(start)
                             : QStringLiteral("%1-%2").arg(start).arg(start + size - 1);
        }
        start = blocked + 1;
    }
    if (why)
        *why = tr("no block of %n free port(s) above %1", nullptr, size).arg(own->last);
    if (portsSkippedOnHost)
        *portsSkippedOnHost = skippedOnHost;
    return std::nullopt;
}
