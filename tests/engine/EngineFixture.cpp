#include "EngineFixture.h"

#include "RawSocket.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>

EngineFixture::EngineFixture(int threads)
    : m_host(std::make_unique<EngineGroup>(EngineGroup::threadCountFor(threads))) {
    connect(m_host.get(), &EngineGroup::statsUpdated, this, [this](const StatsSnapshot &snapshot) {
        m_latest = snapshot;
        m_maxBuffered = qMax(m_maxBuffered, snapshot.bufferedBytes);
        ++m_snapshots;
    });
    connect(m_host.get(), &EngineGroup::applyFinished, this,
            [this](const QVector<RuleStartError> &errors) {
                m_lastErrors.clear();
                for (const RuleStartError &error : errors)
                    m_lastErrors << QStringLiteral("%1: %2").arg(error.ruleId).arg(error.reason);
                ++m_applied;
            });
}

EngineFixture::~EngineFixture() {
    shutdown();
}

void EngineFixture::shutdown() {
    if (m_host)
        m_host->shutdown();
}

bool EngineFixture::apply(const Config &config, int timeoutMs) {
    const int before = m_applied;
    m_host->apply(config);
    const QDeadlineTimer deadline(timeoutMs);
    while (m_applied == before && !deadline.hasExpired())
        QTest::qWait(10);
    return m_applied != before;
}

void EngineFixture::onEngine(const std::function<void(RelayEngine *)> &call) {
    m_host->forEachEngine(call);
}

bool EngineFixture::waitForStats(const std::function<bool(const StatsSnapshot &)> &predicate,
                                 int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_snapshots > 0 && predicate(m_latest))
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
}

bool EngineFixture::waitForRule(int ruleId, const std::function<bool(const RuleStats &)> &predicate,
                                int timeoutMs) {
    return waitForStats(
        [ruleId, &predicate](const StatsSnapshot &snapshot) {
            const RuleStats *stats = snapshot.rule(ruleId);
            return stats && predicate(*stats);
        },
        timeoutMs);
}

RuleStats EngineFixture::rule(int ruleId) const {
    const RuleStats *stats = m_latest.rule(ruleId);
    return stats ? *stats : RuleStats();
}

Rule EngineFixture::tcpRule(int id, const QString &bindHost, quint16 bindPort,
                            const QString &connectHost, quint16 connectPort) {
    Rule rule;
    rule.id = id;
    rule.bindHost = bindHost;
    rule.bindPort = QString::number(bindPort);
    rule.connectHost = connectHost;
    rule.connectPort = QString::number(connectPort);
    return rule;
}

Rule EngineFixture::loopbackRule(int id, quint16 bindPort, quint16 connectPort) {
    return tcpRule(id, QStringLiteral("127.0.0.1"), bindPort, QStringLiteral("127.0.0.1"),
                   connectPort);
}

quint16 EngineFixture::serveLoopback(quint16 targetPort, const QString &option,
                                     const QString &value) {
    Config config;
    const quint16 port = RawSocket::freePort();
    config.rules << loopbackRule(1, port, targetPort);
    if (!option.isEmpty())
        config.rules.last().setOption(option, value);
    return apply(config) ? port : 0;
}

bool EngineFixture::serveConnection(const RawSocket::Backend &backend, int *client, int *server,
                                    quint16 *port) {
    const quint16 served = serveLoopback(backend.port);
    if (port)
        *port = served;
    return served != 0 && RawSocket::connectThrough(served, backend.fd, client, server);
}

QList<QByteArray> readLines(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
