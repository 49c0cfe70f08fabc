#pragma once

#include "RelayBackend.h"

#include <memory>

class EngineGroup;

// The engine in this process, in its own thread: personal forwardings of the logged-in user.
// The only writer is this process, so every change is accepted whatever its base revision.
class LocalBackend : public RelayBackend {
    Q_OBJECT
public:
    // THREADS: the engine's thread count (EngineGroup::threadCountFor(): 0 takes
    // PORTRELAY_THREADS, else one).
    explicit LocalBackend(int threads = 0, QObject *parent = nullptr);
    ~LocalBackend() override;

    QString description() const override;
    bool isRemote() const override { return false; }
    ConnectionState connectionState() const override { return ConnectionState::Connected; }
    bool canChange() const override { return true; }
    QString readOnlyReason() const override { return QString(); }
    quint64 revision() const override { return m_revision; }

    void apply(const Config &config, quint64 baseRevision) override;
    void setRuleEnabled(int ruleId, bool enabled) override;
    void closeConnection(quint64 connectionId) override;
    void resetCounters(int ruleId) override;
    void setLogEventsWanted(bool wanted) override;
    // Closes every connection and joins the engine's thread.
    void shutdown() override;

    // For tests that tune the engine; null after shutdown().
    EngineGroup *engineHost() const { return m_host.get(); }

private:
    std::unique_ptr<EngineGroup> m_host;
    quint64 m_revision = 0;
    // Revisions handed to the engine whose applied() is still to come, oldest first.
    QVector<quint64> m_pendingRevisions;
};
