#pragma once

#include "Config.h"
#include "LogEvent.h"
#include "RuleStartError.h"
#include "StatsSnapshot.h"

#include <QObject>

// What the desktop manager's rules run on: an engine in this process (LocalBackend) or a PortRelay
// service behind its control socket (RemoteBackend). Windows, models and the tray see only this
// interface, so both share one code path. Calls return at once; results arrive as signals.
class RelayBackend : public QObject {
    Q_OBJECT
public:
    enum class ConnectionState {
        Connecting,   // not (yet, or again) reachable; changes are not possible
        Connected,    // rules, statistics and changes go through
        Disconnected, // given up, or closed on purpose
    };
    Q_ENUM(ConnectionState)

    using QObject::QObject;

    // What is being managed, for the window title and status bar: "local session",
    // "system service (/etc/portrelay/portrelay.conf)".
    virtual QString description() const = 0;
    // True when the rules belong to someone else (a service): they arrive with configChanged()
    // and the window does not open or save files for them.
    virtual bool isRemote() const = 0;
    virtual ConnectionState connectionState() const = 0;
    // Whether this user may change anything; when not, readOnlyReason() says why, for the user.
    virtual bool canChange() const = 0;
    virtual QString readOnlyReason() const = 0;
    // The revision of the running configuration last seen; apply() names it as its base.
    virtual quint64 revision() const = 0;
    // The file the running configuration is saved to by saveRunningConfig(); empty when there is
    // none (a local session saves its documents itself).
    virtual QString runningConfigPath() const { return QString(); }

    // Replaces the running rules, diffing: unchanged rules keep listeners and connections. A base
    // revision older than the running one is refused (applyRefused) instead of overwriting
    // another admin's change.
    virtual void apply(const Config &config, quint64 baseRevision) = 0;
    virtual void setRuleEnabled(int ruleId, bool enabled) = 0;
    virtual void closeConnection(quint64 connectionId) = 0;
    // RULEID 0 resets every rule.
    virtual void resetCounters(int ruleId) = 0;
    // Whether logEvent() is emitted: off by default, since every connection then costs a copy.
    virtual void setLogEventsWanted(bool wanted) = 0;
    // Writes the running configuration to runningConfigPath(); runningConfigSaved() tells how it
    // went.
    virtual void saveRunningConfig() {}
    // Ends what runs in this process (the local engine closes its connections and joins its
    // thread) or the connection to a service. Safe to call twice.
    virtual void shutdown() {}

Q_SIGNALS:
    // An apply() took effect: REVISION is now running, ERRORS name the rules that did not start.
    void applied(quint64 revision, const RuleStartErrors &errors);
    // An apply() or toggle was not carried out. CONFLICT: it was based on an old revision.
    void changeRefused(const QString &reason, bool conflict);
    void ruleStateChanged(int ruleId, RuleState state, const QString &error);
    // At most a few per second.
    void statsUpdated(const StatsSnapshot &snapshot);
    // The running configuration changed under us (on connecting, another client, a reload).
    void configChanged(quint64 revision, const Config &config);
    void connectionStateChanged(RelayBackend::ConnectionState state, const QString &message);
    void permissionsChanged(bool canChange, const QString &readOnlyReason);
    void runningConfigSaved(bool ok, const QString &message);
    // One line of the connection log (after setLogEventsWanted(true)); DROPPED counts lines left
    // out before it because a batch was full or the reader slow.
    void logEvent(const LogEvent &event, quint64 dropped);
};
