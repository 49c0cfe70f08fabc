#include "Document.h"

#include "ConfigValidator.h"

#include <QFileInfo>

#include <algorithm>

Document::Document(QObject *parent)
    : QObject(parent) {}

QString Document::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void Document::reset(const Config &config, const QString &path, bool savedAsIs,
                     ConfigFormat format) {
    Q_EMIT aboutToReset();
    m_config = config;
    m_filePath = path;
    m_fileFormat = format;
    m_saved = savedAsIs ? config : Config();
    clearLeftOut();
    Q_EMIT resetDone();
    touch();
    Q_EMIT stateChanged();
}

void Document::markSaved(const QString &path, ConfigFormat format) {
    m_saved = m_config;
    m_filePath = path;
    m_fileFormat = format;
    touch();
    Q_EMIT stateChanged();
}

bool Document::save(QString *error, QVector<ConfigDiagnostic> *warnings) {
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The document has no file yet.");
        return false;
    }
    if (m_fileFormat == ConfigFormat::RinetdConf) {
        QVector<int> lines;
        if (!saveConfigInPlace(m_config, m_filePath, error, warnings, &m_saved, &lines))
            return false;
        // Where each rule now is in the file, for the next save (not part of the rule's value).
        for (int i = 0; i < m_config.rules.size() && i < lines.size(); ++i)
            m_config.rules[i].sourceLine = lines.at(i);
    } else if (!saveConfigFile(m_config, m_filePath, error, warnings)) {
        return false;
    }
    markSaved(m_filePath, m_fileFormat);
    return true;
}

const Rule *Document::appliedRule(int ruleId) const {
    const int index = m_appliedIndexById.value(ruleId, -1);
    return index < 0 ? nullptr : &m_applied.rules.at(index);
}

bool Document::isUnapplied() const {
    if (m_stopped)
        return false;
    if (m_leftOut.isEmpty())
        return m_config != m_applied;
    Config running = m_config;
    running.rules.clear();
    for (const Rule &rule : m_config.rules) {
        const bool leftOutAsIs =
            std::any_of(m_leftOut.cbegin(), m_leftOut.cend(),
                        [&rule](const std::pair<int, Rule> &left) { return left.second == rule; });
        if (!leftOutAsIs)
            running.rules.append(rule);
    }
    return running != m_applied;
}

void Document::markApplied() {
    clearLeftOut();
    m_stopped = false;
    m_applied = m_config;
    m_appliedIndexById.clear();
    for (int i = 0; i < m_applied.rules.size(); ++i)
        m_appliedIndexById.insert(m_applied.rules.at(i).id, i);
    touch();
}

void Document::markStopped() {
    clearLeftOut();
    m_stopped = true;
    m_applied = Config();
    m_appliedIndexById.clear();
    touch();
}

void Document::setRunningConfig(const Config &config) {
    clearLeftOut();
    m_stopped = false;
    m_applied = config;
    m_appliedIndexById.clear();
    for (int i = 0; i < m_applied.rules.size(); ++i)
        m_appliedIndexById.insert(m_applied.rules.at(i).id, i);
    touch();
}

void Document::markAppliedExcept(const QVector<int> &leftOutRuleIds) {
    Config running = m_config;
    running.rules.clear();
    QVector<std::pair<int, Rule>> leftOut;
    for (int i = 0; i < m_config.rules.size(); ++i) {
        const Rule &rule = m_config.rules.at(i);
        if (leftOutRuleIds.contains(rule.id))
            leftOut.append({i, rule});
        else
            running.rules.append(rule);
    }
    m_stopped = false;
    m_applied = running;
    m_appliedIndexById.clear();
    for (int i = 0; i < m_applied.rules.size(); ++i)
        m_appliedIndexById.insert(m_applied.rules.at(i).id, i);
    m_leftOut = leftOut;
    touch();
}

void Document::revertToApplied() {
    Q_EMIT aboutToReset();
    m_config = m_applied;
    // The rules left out of the start were never applied, but they are not edits either: they
    // stay, where they were.
    for (const auto &[index, rule] : std::as_const(m_leftOut))
        m_config.rules.insert(std::min(index, int(m_config.rules.size())), rule);
    Q_EMIT resetDone();
    Q_EMIT globalAclChanged();
    Q_EMIT logSettingsChanged();
    touch();
}

void Document::insertRule(int index, const Rule &rule) {
    m_config.rules.insert(index, rule);
    touch();
}

void Document::removeRule(int index) {
    m_config.rules.removeAt(index);
    touch();
}

void Document::moveRule(int from, int to) {
    m_config.rules.move(from, to);
    touch();
}

void Document::replaceRule(int index, const Rule &rule) {
    if (m_config.rules.at(index) == rule)
        return;
    m_config.rules[index] = rule;
    Q_EMIT ruleChanged(index);
    touch();
}

void Document::setRuleEnabled(int index, bool enabled) {
    Rule &rule = m_config.rules[index];
    if (rule.enabled == enabled)
        return;
    rule.enabled = enabled;
    const int appliedIndex = m_appliedIndexById.value(rule.id, -1);
    if (appliedIndex >= 0)
        m_applied.rules[appliedIndex].enabled = enabled;
    for (auto &left : m_leftOut) {
        if (left.second.id == rule.id)
            left.second.enabled = enabled;
    }
    const bool running = appliedIndex >= 0;
    Q_EMIT ruleChanged(index);
    Q_EMIT ruleEnabledToggled(rule.id, enabled, running);
    touch();
}

QString Document::enableRefusal(int index) const {
    // Toggles take effect at once, so they get the bind check that Apply would do.
    const Rule &rule = m_config.rules.at(index);
    for (const Rule &other : m_config.rules) {
        if (other.id != rule.id && other.enabled && ConfigValidator::bindsConflict(rule, other))
            return tr("Not enabled: %1 port %2 is already bound by another enabled rule.")
                .arg(rule.bindHost, rule.bindPort);
    }
    return {};
}

void Document::setGlobalAcl(const AccessList &acl) {
    if (m_config.globalAcl == acl)
        return;
    m_config.globalAcl = acl;
    Q_EMIT globalAclChanged();
    touch();
}

void Document::setRuleAcl(int ruleId, const AccessList &acl) {
    for (int index = 0; index < m_config.rules.size(); ++index) {
        Rule &rule = m_config.rules[index];
        if (rule.id != ruleId)
            continue;
        if (rule.acl == acl)
            return;
        rule.acl = acl;
        Q_EMIT ruleAclChanged(ruleId);
        Q_EMIT ruleChanged(index); // its state shows "edited, not applied"
        touch();
        return;
    }
}

void Document::setLogFile(const QString &path) {
    if (m_config.logFile == path)
        return;
    m_config.logFile = path;
    Q_EMIT logSettingsChanged();
    touch();
}

void Document::setLogFormat(LogFormat format) {
    if (m_config.logFormat == format)
        return;
    m_config.logFormat = format;
    Q_EMIT logSettingsChanged();
    touch();
}

Rule Document::makeNewRule() const {
    Rule rule;
    rule.id = m_config.nextRuleId();
    rule.enabled = true;
    rule.bindHost = QStringLiteral("127.0.0.1");
    rule.connectHost = QStringLiteral("127.0.0.1");
    return rule;
}

void Document::touch() {
    const bool modified = isModified();
    const bool unapplied = isUnapplied();
    if (modified == m_lastModified && unapplied == m_lastUnapplied && m_stopped == m_lastStopped)
        return;
    m_lastModified = modified;
    m_lastUnapplied = unapplied;
    m_lastStopped = m_stopped;
    Q_EMIT stateChanged();
}
