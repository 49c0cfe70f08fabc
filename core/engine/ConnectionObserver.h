#pragma once

#include "LogEvent.h"

class TcpRelayConnection;

// What a connection reports to the engine that owns it. Called on the connection's thread.
class ConnectionObserver {
public:
    // The target accepted the connection; relaying starts.
    virtual void connectionOpened(TcpRelayConnection *connection) = 0;
    // The connection is closed (all descriptors released); `result` says how it ended. The
    // observer deletes it later, never from inside this call.
    virtual void connectionFinished(TcpRelayConnection *connection, LogEvent::Result result) = 0;

protected:
    ~ConnectionObserver() = default;
};
