#pragma once
// PUBLIC API: the relay engine on N threads. Created and destroyed on the caller's thread, like
// EngineHost, with the same calls and the same signals as one RelayEngine.

#include "Config.h"
#include "EngineHost.h"
#include "LogEvent.h"
#include "RuleStartError.h"
#include "StatsSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

// Each thread runs its own RelayEngine (its own epoll set, connections, counters). Thread 0, the
// lead, runs every rule as one engine would; the other threads run the TCP rules the lead
// started, on sockets that share the lead's port through SO_REUSEPORT (or a duplicate of an
// inherited socket), so the kernel hands each new connection to one thread and a connection
// stays in the thread that accepted it. Rules whose state must be one for the rule (UDP
// sessions and their limit, rate-rule= buckets) run on the lead only.
//
// apply() is run thread by thread: the other threads first let go of listeners that change, then
// the lead applies (it binds alone, so a port in use elsewhere fails as with one thread), then
// the others join the rules the lead started. One applyFinished() comes per apply(), with the
// lead's errors. Statistics are merged (counters summed, connections listed from every thread)
// and published at the engine's bounded rate; log lines go to the lead's log file (one writer);
// connection ids carry their thread, so closeConnection() goes to the owner only.
// With one thread this is a plain EngineHost whose signals are passed on.
class EngineGroup : public QObject {
    Q_OBJECT
public:
    // threads < 1: one.
    explicit EngineGroup(int threads = 1, QObject *parent = nullptr);
    ~EngineGroup() override;

    // The thread count to use: `requested` when > 0 (--threads), else PORTRELAY_THREADS when
    // set (tests run whole suites with several threads this way), else 1.
    static int threadCountFor(int requested);
    static constexpr int kMaxThreads = 64;
    // Connection ids of thread i start at firstConnectionId(i): below 2^53, so that they stay
    // exact as JSON numbers.
    static constexpr int kThreadIdShift = 46;
    static quint64 firstConnectionId(int thread) { return (quint64(thread) << kThreadIdShift) + 1; }
    static int threadOf(quint64 connectionId) { return int(connectionId >> kThreadIdShift); }
    // Whether `rule` runs on the lead thread only (see above).
    static bool runsOnLeadOnly(const Rule &rule);

    int threadCount() const { return int(m_hosts.size()); }
    // For tuning and tests: runs `call` on every engine, in its thread, and waits for it.
    void forEachEngine(const std::function<void(RelayEngine *)> &call);

    void apply(const Config &config);
    void setRuleEnabled(int ruleId, bool enabled);
    void closeConnection(quint64 connectionId);
    void resetCounters(int ruleId);
    void setLogEventsPublished(bool published);
    // Stops every engine and joins the threads (blocks until all connections are closed).
    void shutdown();

Q_SIGNALS:
    void statsUpdated(const StatsSnapshot &snapshot);
    void applyFinished(const QVector<RuleStartError> &errors);
    void logEventsPublished(const QVector<LogEvent> &events, quint64 dropped);
    void ruleStateChanged(int ruleId, RuleState state, const QString &error);
    void stopped();

private:
    enum class Phase { Idle, Releasing, Leading, Joining };
    struct PendingApply {
        Config config;
        bool reported = true; // answered by applyFinished() (setRuleEnabled's is not)
    };

    RelayEngine *engine(int thread) const { return m_hosts[std::size_t(thread)]->engine(); }
    void connectSingle();
    void connectGroup();
    void startNextApply();
    void sendToFollowers(const Config &config);
    void onEngineApplied(int thread, const QVector<RuleStartError> &errors);
    Config releaseConfig(const Config &next) const;
    Config followerConfig(const Config &next) const;
    void onEngineStats(int thread, const StatsSnapshot &snapshot);
    void publishStats();
    void onEngineLogEvents(const QVector<LogEvent> &events, quint64 dropped);
    void publishLogEvents();

    std::vector<std::unique_ptr<EngineHost>> m_hosts;
    bool m_shutDown = false;

    // Applies, one at a time across the threads.
    Config m_config;         // the latest config asked for (setRuleEnabled edits it)
    Config m_followerConfig; // the last one the other threads were given
    std::deque<PendingApply> m_applies;
    Phase m_phase = Phase::Idle;
    int m_waitingFor = 0;
    QVector<RuleStartError> m_leadErrors;

    // Merged statistics and log batches, at the engine's rates.
    std::vector<StatsSnapshot> m_snapshots; // the latest of each thread
    std::vector<bool> m_hasSnapshot;
    QElapsedTimer m_clock;
    qint64 m_lastStatsMs = -1000000;
    QTimer m_statsTimer;
    QVector<LogEvent> m_logEvents;
    quint64 m_logDropped = 0;
    qint64 m_lastLogMs = -1000000;
    QTimer m_logTimer;
    int m_stoppedCount = 0;
};
