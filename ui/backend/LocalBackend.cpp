#include "LocalBackend.h"

#include "EngineGroup.h"

LocalBackend::LocalBackend(int threads, QObject *parent)
    : RelayBackend(parent)
    , m_host(std::make_unique<EngineGroup>(EngineGroup::threadCountFor(threads))) {
    qRegisterMetaType<RuleStartErrors>();
    EngineGroup *engine = m_host.get();
    connect(engine, &EngineGroup::statsUpdated, this, &RelayBackend::statsUpdated);
    connect(engine, &EngineGroup::ruleStateChanged, this, &RelayBackend::ruleStateChanged);
    connect(engine, &EngineGroup::logEventsPublished, this,
            [this](const QVector<LogEvent> &events, quint64 dropped) {
                for (const LogEvent &event : events) {
                    Q_EMIT logEvent(event, dropped);
                    dropped = 0;
                }
            });
    // The engine finishes applies in the order it got them.
    connect(engine, &EngineGroup::applyFinished, this, [this](const RuleStartErrors &errors) {
        const quint64 revision =
            m_pendingRevisions.isEmpty() ? m_revision : m_pendingRevisions.takeFirst();
        Q_EMIT applied(revision, errors);
    });
}

LocalBackend::~LocalBackend() {
    shutdown();
}

QString LocalBackend::description() const {
    return tr("local session");
}

void LocalBackend::apply(const Config &config, quint64 baseRevision) {
    Q_UNUSED(baseRevision)
    if (!m_host)
        return;
    ++m_revision;
    m_pendingRevisions.append(m_revision);
    m_host->apply(config);
}

void LocalBackend::setRuleEnabled(int ruleId, bool enabled) {
    if (!m_host)
        return;
    ++m_revision;
    m_host->setRuleEnabled(ruleId, enabled);
}

void LocalBackend::closeConnection(quint64 connectionId) {
    if (m_host)
        m_host->closeConnection(connectionId);
}

void LocalBackend::resetCounters(int ruleId) {
    if (m_host)
        m_host->resetCounters(ruleId);
}

void LocalBackend::setLogEventsWanted(bool wanted) {
    if (m_host)
        m_host->setLogEventsPublished(wanted);
}

void LocalBackend::shutdown() {
    if (!m_host)
        return;
    m_host->shutdown();
    m_host.reset();
}
