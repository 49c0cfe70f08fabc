#include "EngineHost.h"

#include <QMetaObject>

EngineHost::EngineHost(QObject *parent)
    : QObject(parent) {
    // Queued signals carry these between the engine's thread and its clients.
    qRegisterMetaType<Config>();
    qRegisterMetaType<StatsSnapshot>();
    qRegisterMetaType<RuleState>();
    qRegisterMetaType<QVector<RuleStartError>>();
    qRegisterMetaType<QVector<LogEvent>>();

    m_thread.setObjectName(QStringLiteral("PortRelay Engine"));
    m_engine = new RelayEngine;
    m_engine->moveToThread(&m_thread);
    // The engine is destroyed in its own thread, after its event loop has ended.
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.start();
}

EngineHost::~EngineHost() {
    shutdown();
}

void EngineHost::apply(const Config &config) {
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, config] { engine->apply(config); }, Qt::QueuedConnection);
}

void EngineHost::setRuleEnabled(int ruleId, bool enabled) {
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, ruleId, enabled] { engine->setRuleEnabled(ruleId, enabled); },
        Qt::QueuedConnection);
}

void EngineHost::closeConnection(quint64 connectionId) {
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, connectionId] { engine->closeConnection(connectionId); },
        Qt::QueuedConnection);
}

void EngineHost::resetCounters(int ruleId) {
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, ruleId] { engine->resetCounters(ruleId); },
        Qt::QueuedConnection);
}

void EngineHost::setLogEventsPublished(bool published) {
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, published] { engine->setLogEventsPublished(published); },
        Qt::QueuedConnection);
}

void EngineHost::shutdown() {
    if (!m_thread.isRunning())
        return;
    // Runs stop() to completion in the engine's thread (connections closed and logged, log
    // flushed), then ends that thread, which deletes the engine.
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { engine->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
