#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"
#include "ConfigLoader.h"

#include <QHash>
#include <QObject>

// The config being edited, where it came from, and how it relates to the saved file and to what
// the engine runs. Edits are staged here; apply() marks them as handed to the engine.
// Views never keep their own copy of rule state: they read and write through this object.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    const Config &appliedConfig() const { return m_applied; }
    const Rule *appliedRule(int ruleId) const; // what the engine runs for RULEID; null: nothing
    QString filePath() const { return m_filePath; }
    QString displayName() const;

    bool isModified() const { return m_config != m_saved; } // differs from the file
    // Differs from the engine; a stopped document has nothing in the engine to differ from, and
    // the rules a start left out for their errors do not count while they stay as they were.
    bool isUnapplied() const;
    // Nothing of this document runs: it was opened and not started yet, or it was stopped.
    // Opening never binds a port; starting is the user's explicit step.
    bool isStopped() const { return m_stopped; }

    // Replaces everything, e.g. after Open or Import. PATH is where Save writes (empty: untitled).
    // The new config counts as saved only when it came from PATH as is. FORMAT: what PATH is;
    // a rinetd.conf is saved back in place, changing only the lines of what was edited.
    void reset(const Config &config, const QString &path, bool savedAsIs,
               ConfigFormat format = ConfigFormat::Json);
    ConfigFormat fileFormat() const { return m_fileFormat; }
    // Writes the document to its file (JSON as a whole, a rinetd.conf in place with a .bak) and
    // marks it saved. False with *error when it has no file or the file cannot be written.
    bool save(QString *error, QVector<ConfigDiagnostic> *warnings = nullptr);
    void markSaved(const QString &path, ConfigFormat format = ConfigFormat::Json);
    void markApplied(); // the engine now runs config()
    // The engine runs none of the rules now (config() keeps them); markApplied() or
    // setRunningConfig() start it again.
    void markStopped();
    // The relay now runs CONFIG, which need not be config(): a service confirmed an apply made
    // before later edits, or another admin changed it while this document has edits of its own.
    void setRunningConfig(const Config &config);
    // The engine now runs config() without the rules LEFTOUTRULEIDS (a start leaves out the rules
    // with errors). Until one of them is edited, that is not an unapplied change: the document
    // is what runs, except what could not run.
    void markAppliedExcept(const QVector<int> &leftOutRuleIds);
    void revertToApplied();

    // Structural rule edits. The model calls these between its begin/end notifications.
    void insertRule(int index, const Rule &rule);
    void removeRule(int index);
    void moveRule(int from, int to);
    void replaceRule(int index, const Rule &rule);
    // The enable toggle takes effect at once: it changes the applied config too, so that it never
    // shows up as an unapplied edit.
    void setRuleEnabled(int index, bool enabled);
    // Why enabling the rule at INDEX now is refused (its bind collides with another enabled
    // rule's, which the system would refuse too); empty: it may be enabled.
    QString enableRefusal(int index) const;

    void setGlobalAcl(const AccessList &acl);
    void setRuleAcl(int ruleId, const AccessList &acl);
    void setLogFile(const QString &path);
    void setLogFormat(LogFormat format);

    // A rule for Add: the next free id, listening on localhost.
    Rule makeNewRule() const;

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void ruleChanged(int index);
    void ruleEnabledToggled(int ruleId, bool enabled, bool inEngine);
    void globalAclChanged();
    void ruleAclChanged(int ruleId);
    void logSettingsChanged();
    void stateChanged(); // modified/unapplied/path may have changed

private:
    void touch();
    void clearLeftOut() { m_leftOut.clear(); }

    Config m_config;
    Config m_saved;
    Config m_applied;
    QHash<int, int> m_appliedIndexById; // the table asks for every painted cell
    QString m_filePath;
    ConfigFormat m_fileFormat = ConfigFormat::Json;
    bool m_lastModified = false;
    bool m_lastUnapplied = false;
    bool m_stopped = false;
    bool m_lastStopped = false;
    // The rules markAppliedExcept() left out, as they were then, with their index in config().
    QVector<std::pair<int, Rule>> m_leftOut;
};
