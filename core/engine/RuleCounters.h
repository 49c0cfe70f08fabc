#pragma once

#include <QtGlobal>

// A rule's running totals. Shared (std::shared_ptr) between the rule and its connections so
// that connections of a removed or rebound rule keep counting until they end.
struct RuleCounters {
    quint64 active = 0;
    quint64 accepted = 0;
    quint64 refused = 0;
    quint64 failed = 0;
    quint64 bytesFromClient = 0;
    quint64 bytesToClient = 0;
    quint64 datagramsFromClient = 0; // UDP
    quint64 datagramsToClient = 0;   // UDP
    quint64 dropped = 0; // UDP: datagrams dropped (ACL, send failure) and evicted sessions
};
