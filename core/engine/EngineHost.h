#pragma once
// PUBLIC API: owns the engine's named thread. Created and destroyed on the caller's thread;
// destruction stops the engine, quits the thread and waits for it.

#include "RelayEngine.h"

#include <QObject>
#include <QThread>

class EngineHost : public QObject {
    Q_OBJECT
public:
    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    // For connecting to its signals only; call its slots through the queued helpers below.
    RelayEngine *engine() const { return m_engine; }

    void apply(const Config &config);
    void setRuleEnabled(int ruleId, bool enabled);
    void closeConnection(quint64 connectionId);
    void resetCounters(int ruleId);
    void setLogEventsPublished(bool published);
    // Stops the engine and joins its thread (blocks until all connections are closed).
    void shutdown();

private:
    QThread m_thread;
    RelayEngine *m_engine = nullptr;
};
