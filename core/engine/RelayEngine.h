#pragma once
// PUBLIC API of the engine, used by ui/ and the headless controller. Keep it stable.

#include "Config.h"
#include "StatsSnapshot.h"

#include <QObject>

// The relay engine. Lives in its own thread (see EngineHost); every public slot must be invoked
// from that thread (queued), and asserts it.
class RelayEngine : public QObject {
    Q_OBJECT
public:
    explicit RelayEngine(QObject *parent = nullptr);
    ~RelayEngine() override;

public Q_SLOTS:
    // Diffs against the running config: unchanged rules keep listener and connections; removed
    // or disabled rules stop listening while their connections finish; changed rules rebind.
    void apply(const Config &config);
    void setRuleEnabled(int ruleId, bool enabled);
    void closeConnection(quint64 connectionId);
    void resetCounters(int ruleId);
    // Stops listening and closes every connection; emits stopped() when done.
    void stop();

Q_SIGNALS:
    // At most 4 per second, whatever the traffic; also soon after apply() and state changes.
    void statsUpdated(const StatsSnapshot &snapshot);
    // After each apply(): one message per rule that failed to start ("ruleId: reason").
    void applied(const QStringList &errors);
    void ruleStateChanged(int ruleId, RuleState state, const QString &error);
    void stopped();
};
