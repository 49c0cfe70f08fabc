#pragma once

#include "LogEvent.h"

#include <QHostAddress>
#include <QtGlobal>

struct ForwardingInfo;

// What a UdpRuleRelay needs from the engine that owns it: ids in the engine's connection id
// space (so that closeConnection() finds sessions too) and the connection log.
class UdpSessionObserver {
public:
    virtual quint64 newUdpSessionId() = 0;
    virtual void logUdpEvent(const ForwardingInfo &forwarding, const QHostAddress &client,
                             LogEvent::Result result, quint64 bytesFromClient,
                             quint64 bytesToClient, qint64 durationMs) = 0;

protected:
    ~UdpSessionObserver() = default;
};
