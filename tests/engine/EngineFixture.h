#pragma once

#include "Config.h"
#include "EngineGroup.h"
#include "RawSocket.h"
#include "StatsSnapshot.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

// An EngineGroup (engines in their own threads; as many as PORTRELAY_THREADS says, one by
// default) plus what the tests read back from it: the latest
// statistics snapshot, the largest buffered-bytes figure seen, and the last apply() errors.
class EngineFixture : public QObject {
    Q_OBJECT
public:
    // threads 0: as EngineGroup::threadCountFor(0) says.
    explicit EngineFixture(int threads = 0);
    ~EngineFixture() override;

    EngineGroup &host() { return *m_host; }
    // Applies and waits for applied(); false on timeout.
    bool apply(const Config &config, int timeoutMs = 20000);
    // Runs `call` on every engine, in its thread, and waits for it.
    void onEngine(const std::function<void(RelayEngine *)> &call);
    // Waits (bounded) for a snapshot satisfying `predicate`; false on timeout.
    bool waitForStats(const std::function<bool(const StatsSnapshot &)> &predicate,
                      int timeoutMs = 20000);
    bool waitForRule(int ruleId, const std::function<bool(const RuleStats &)> &predicate,
                     int timeoutMs = 20000);
    RuleStats rule(int ruleId) const;

    const StatsSnapshot &latest() const { return m_latest; }
    quint64 maxBufferedBytes() const { return m_maxBuffered; }
    int snapshotCount() const { return m_snapshots; }
    const QStringList &lastErrors() const { return m_lastErrors; }
    void shutdown();

    static Rule tcpRule(int id, const QString &bindHost, quint16 bindPort,
                        const QString &connectHost, quint16 connectPort);
    // tcpRule() from 127.0.0.1:BINDPORT to 127.0.0.1:CONNECTPORT.
    static Rule loopbackRule(int id, quint16 bindPort, quint16 connectPort);
    // Applies a config of one rule, id 1, from a free port of 127.0.0.1 to 127.0.0.1:TARGETPORT
    // (with OPTION=VALUE when given) and returns that port; 0 when apply() timed out.
    quint16 serveLoopback(quint16 targetPort, const QString &option = QString(),
                          const QString &value = QString());
    // serveLoopback() to BACKEND, then a client connected through it and the backend's end of
    // that connection (RawSocket::connectThrough). False when either failed; *PORT (if given) is
    // the port served.
    bool serveConnection(const RawSocket::Backend &backend, int *client, int *server,
                         quint16 *port = nullptr);

private:
    std::unique_ptr<EngineGroup> m_host;
    StatsSnapshot m_latest;
    quint64 m_maxBuffered = 0;
    int m_snapshots = 0;
    int m_applied = 0;
    QStringList m_lastErrors;
};

// The lines of the file at PATH, without their newlines (none when it cannot be read).
QList<QByteArray> readLines(const QString &path);
