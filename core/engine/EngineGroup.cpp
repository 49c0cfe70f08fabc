#include "EngineGroup.h"

#include "RelayOptions.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {

constexpr int kStatsIntervalMs = 250; // the engine's own bound: at most 4 snapshots per second

// What a rule's listening socket is made of: when it changes, the lead rebinds the rule, and the
// other threads must have let go of the old socket first (a port two rules trade would otherwise
// still be held by another thread's share of it).
bool listenerChanges(const Rule &before, const Rule &after) {
    return before.enabled != after.enabled || before.bindProtocol != after.bindProtocol ||
           before.connectProtocol != after.connectProtocol || before.bindHost != after.bindHost ||
           before.bindPort != after.bindPort || before.sourceAddress() != after.sourceAddress();
}

void addCounters(RuleStats &into, const RuleStats &from) {
    into.active += from.active;
    into.accepted += from.accepted;
    into.refused += from.refused;
    into.failed += from.failed;
    into.bytesFromClient += from.bytesFromClient;
    into.bytesToClient += from.bytesToClient;
    into.datagramsFromClient += from.datagramsFromClient;
    into.datagramsToClient += from.datagramsToClient;
    into.dropped += from.dropped;
}

} // namespace

EngineGroup::EngineGroup(int threads, QObject *parent)
    : QObject(parent) {
    threads = qBound(1, threads, kMaxThreads);
    for (int i = 0; i < threads; ++i)
        m_hosts.push_back(std::make_unique<EngineHost>());
    if (threads == 1) {
        connectSingle();
        return;
    }
    m_clock.start();
    m_snapshots.resize(std::size_t(threads));
    m_hasSnapshot.resize(std::size_t(threads), false);
    m_statsTimer.setSingleShot(true);
    connect(&m_statsTimer, &QTimer::timeout, this, &EngineGroup::publishStats);
    m_logTimer.setSingleShot(true);
    connect(&m_logTimer, &QTimer::timeout, this, &EngineGroup::publishLogEvents);
    // Queued before any apply(), so every engine is set up before it binds anything. The lead's
    // log object outlives the others' use of it: shutdown() stops the lead last.
    ConnectionLog *log = engine(0)->connectionLog();
    for (int i = 0; i < threads; ++i) {
        RelayEngine *relay = engine(i);
        QMetaObject::invokeMethod(
            relay,
            [relay, i, log] {
                relay->setFirstConnectionId(firstConnectionId(i));
                relay->setListenerSharing(i == 0 ? ListenerSharing::Lead : ListenerSharing::Join);
                if (i > 0)
                    relay->shareConnectionLog(log);
            },
            Qt::QueuedConnection);
    }
    connectGroup();
}

EngineGroup::~EngineGroup() {
    shutdown();
}

int EngineGroup::threadCountFor(int requested) {
    if (requested > 0)
        return qMin(requested, kMaxThreads);
    bool set = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("PORTRELAY_THREADS", &set);
    if (set && fromEnvironment > 0)
        return qMin(fromEnvironment, kMaxThreads);
    return 1;
}

bool EngineGroup::runsOnLeadOnly(const Rule &rule) {
    // A UDP rule's sessions, their limit and the replies through the listening socket are one
    // table; a rate-rule= is one pair of token buckets for all of the rule's connections.
    return rule.bindProtocol == Protocol::Udp || rule.connectProtocol == Protocol::Udp ||
           RelayOptions::ruleRate(rule) > 0;
}

void EngineGroup::connectSingle() {
    RelayEngine *relay = engine(0);
    connect(relay, &RelayEngine::statsUpdated, this, &EngineGroup::statsUpdated);
    connect(relay, &RelayEngine::applyFinished, this, &EngineGroup::applyFinished);
    connect(relay, &RelayEngine::logEventsPublished, this, &EngineGroup::logEventsPublished);
    connect(relay, &RelayEngine::ruleStateChanged, this, &EngineGroup::ruleStateChanged);
    connect(relay, &RelayEngine::stopped, this, &EngineGroup::stopped);
}

void EngineGroup::connectGroup() {
    // The lead's view of a rule is the rule's: the other threads only serve what it started.
    connect(engine(0), &RelayEngine::ruleStateChanged, this, &EngineGroup::ruleStateChanged);
    for (int i = 0; i < threadCount(); ++i) {
        RelayEngine *relay = engine(i);
        connect(relay, &RelayEngine::applyFinished, this,
                [this, i](const QVector<RuleStartError> &errors) { onEngineApplied(i, errors); });
        connect(relay, &RelayEngine::statsUpdated, this,
                [this, i](const StatsSnapshot &snapshot) { onEngineStats(i, snapshot); });
        connect(relay, &RelayEngine::logEventsPublished, this, &EngineGroup::onEngineLogEvents);
        connect(relay, &RelayEngine::stopped, this, [this] {
            if (++m_stoppedCount == threadCount()) {
                publishLogEvents();
                publishStats();
                Q_EMIT stopped();
            }
        });
    }
}

void EngineGroup::forEachEngine(const std::function<void(RelayEngine *)> &call) {
    for (int i = 0; i < threadCount(); ++i) {
        RelayEngine *relay = engine(i);
        QMetaObject::invokeMethod(
            relay, [relay, &call] { call(relay); }, Qt::BlockingQueuedConnection);
    }
}

// ---- commands ---------------------------------------------------------------------------------

void EngineGroup::apply(const Config &config) {
    if (threadCount() == 1) {
        m_hosts.front()->apply(config);
        return;
    }
    m_config = config;
    m_applies.push_back(PendingApply{config, true});
    startNextApply();
}

void EngineGroup::setRuleEnabled(int ruleId, bool enabled) {
    if (threadCount() == 1) {
        m_hosts.front()->setRuleEnabled(ruleId, enabled);
        return;
    }
    // Through the same steps as an apply(): a rule that starts must be bound by the lead before
    // the other threads join it.
    Rule *rule = m_config.ruleById(ruleId);
    if (!rule)
        return;
    rule->enabled = enabled;
    m_applies.push_back(PendingApply{m_config, false});
    startNextApply();
}

void EngineGroup::closeConnection(quint64 connectionId) {
    const int thread = threadOf(connectionId);
    if (thread < threadCount())
        m_hosts[std::size_t(thread)]->closeConnection(connectionId);
}

void EngineGroup::resetCounters(int ruleId) {
    for (const auto &host : m_hosts)
        host->resetCounters(ruleId);
}

void EngineGroup::setLogEventsPublished(bool published) {
    for (const auto &host : m_hosts)
        host->setLogEventsPublished(published);
    if (!published) {
        m_logEvents.clear();
        m_logDropped = 0;
        m_logTimer.stop();
    }
}

void EngineGroup::shutdown() {
    if (m_shutDown)
        return;
    m_shutDown = true;
    // The lead last: the others write to its log.
    for (auto it = m_hosts.rbegin(); it != m_hosts.rend(); ++it)
        (*it)->shutdown();
}

// ---- applies ----------------------------------------------------------------------------------

Config EngineGroup::releaseConfig(const Config &next) const {
    Config release = m_followerConfig;
    for (Rule &rule : release.rules) {
        const Rule *after = next.ruleById(rule.id);
        if (rule.enabled && (!after || listenerChanges(rule, *after)))
            rule.enabled = false;
    }
    return release;
}

Config EngineGroup::followerConfig(const Config &next) const {
    Config config = next;
    for (Rule &rule : config.rules) {
        const bool failed =
            std::any_of(m_leadErrors.cbegin(), m_leadErrors.cend(),
                        [&rule](const RuleStartError &error) { return error.ruleId == rule.id; });
        if (failed || runsOnLeadOnly(rule))
            rule.enabled = false;
    }
    return config;
}

void EngineGroup::sendToFollowers(const Config &config) {
    m_followerConfig = config;
    m_waitingFor = threadCount() - 1;
    for (std::size_t i = 1; i < m_hosts.size(); ++i)
        m_hosts[i]->apply(config);
}

void EngineGroup::startNextApply() {
    if (m_phase != Phase::Idle || m_applies.empty() || m_shutDown)
        return;
    const Config release = releaseConfig(m_applies.front().config);
    const bool releases =
        !std::equal(release.rules.cbegin(), release.rules.cend(), m_followerConfig.rules.cbegin(),
                    m_followerConfig.rules.cend(), [](const Rule &a, const Rule &b) {
                        return a.id == b.id && a.enabled == b.enabled;
                    });
    if (releases) {
        m_phase = Phase::Releasing;
        sendToFollowers(release);
        return;
    }
    m_phase = Phase::Leading;
    m_waitingFor = 1;
    m_hosts.front()->apply(m_applies.front().config);
}

void EngineGroup::onEngineApplied(int thread, const QVector<RuleStartError> &errors) {
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Releasing:
        if (thread == 0 || --m_waitingFor > 0)
            return;
        m_phase = Phase::Leading;
        m_waitingFor = 1;
        m_hosts.front()->apply(m_applies.front().config);
        return;
    case Phase::Leading:
        if (thread != 0)
            return;
        m_leadErrors = errors;
        m_phase = Phase::Joining;
        sendToFollowers(followerConfig(m_applies.front().config));
        return;
    case Phase::Joining:
        if (thread == 0)
            return;
        // The lead serves the rule whatever happens here; a thread that could not join it only
        // leaves it fewer threads.
        for (const RuleStartError &error : errors)
            qCWarning(lcEngine, "relay thread %d: rule %d: %s", thread, error.ruleId,
                      qPrintable(error.reason));
        if (--m_waitingFor > 0)
            return;
        break;
    }
    const PendingApply done = std::move(m_applies.front());
    m_applies.pop_front();
    m_phase = Phase::Idle;
    if (done.reported)
        Q_EMIT applyFinished(m_leadErrors);
    startNextApply();
}

// ---- statistics and log batches ---------------------------------------------------------------

void EngineGroup::onEngineStats(int thread, const StatsSnapshot &snapshot) {
    m_snapshots[std::size_t(thread)] = snapshot;
    m_hasSnapshot[std::size_t(thread)] = true;
    const qint64 sinceLast = m_clock.elapsed() - m_lastStatsMs;
    if (sinceLast >= kStatsIntervalMs)
        publishStats();
    else if (!m_statsTimer.isActive())
        m_statsTimer.start(int(kStatsIntervalMs - sinceLast));
}

void EngineGroup::publishStats() {
    if (m_hasSnapshot.empty() || !m_hasSnapshot.front())
        return;
    m_statsTimer.stop();
    m_lastStatsMs = m_clock.elapsed();
    StatsSnapshot merged = m_snapshots.front();
    QHash<int, int> rowOf;
    for (int row = 0; row < merged.rules.size(); ++row)
        rowOf.insert(merged.rules.at(row).ruleId, row);
    for (std::size_t i = 1; i < m_snapshots.size(); ++i) {
        if (!m_hasSnapshot[i])
            continue;
        const StatsSnapshot &other = m_snapshots[i];
        merged.bufferedBytes += other.bufferedBytes;
        if (other.takenAt > merged.takenAt)
            merged.takenAt = other.takenAt;
        for (const RuleStats &stats : other.rules) {
            const auto row = rowOf.constFind(stats.ruleId);
            if (row != rowOf.constEnd())
                addCounters(merged.rules[*row], stats);
        }
        merged.connections += other.connections;
    }
    Q_EMIT statsUpdated(merged);
}

void EngineGroup::onEngineLogEvents(const QVector<LogEvent> &events, quint64 dropped) {
    const int room = qMax(0, RelayEngine::kLogBatchMaxEvents - int(m_logEvents.size()));
    m_logEvents += events.mid(0, room);
    m_logDropped += dropped + quint64(qMax(0, int(events.size()) - room));
    const qint64 sinceLast = m_clock.elapsed() - m_lastLogMs;
    if (sinceLast >= RelayEngine::kLogBatchIntervalMs)
        publishLogEvents();
    else if (!m_logTimer.isActive())
        m_logTimer.start(int(RelayEngine::kLogBatchIntervalMs - sinceLast));
}

void EngineGroup::publishLogEvents() {
    m_logTimer.stop();
    if (m_logEvents.isEmpty() && m_logDropped == 0)
        return;
    m_lastLogMs = m_clock.elapsed();
    // Each thread's batch is in order; together they are put in the order they happened.
    std::stable_sort(
        m_logEvents.begin(), m_logEvents.end(),
        [](const LogEvent &a, const LogEvent &b) { return a.msSinceEpoch < b.msSinceEpoch; });
    QVector<LogEvent> events;
    events.swap(m_logEvents);
    const quint64 dropped = m_logDropped;
    m_logDropped = 0;
    Q_EMIT logEventsPublished(events, dropped);
}
