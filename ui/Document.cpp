#include "Document.h"

#include <QFileInfo>

Document::Document(QObject *parent)
    : QObject(parent) {}

QString Document::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void Document::reset(const Config &config, const QString &path, bool savedAsIs) {
    Q_EMIT aboutToReset();
    m_config = config;
    m_filePath = path;
    // An imported rinetd.conf is not the document's own file: Save must not silently rewrite it
    // in another format, so the document starts out as modified and untitled.
    m_saved = savedAsIs ? config : Config();
    Q_EMIT resetDone();
    touch();
    Q_EMIT stateChanged();
}

void Document::markSaved(const QString &path) {
    m_saved = m_config;
    m_filePath = path;
    touch();
    Q_EMIT stateChanged();
}

const Rule *Document::appliedRule(int ruleId) const {
    const int index = m_appliedIndexById.value(ruleId, -1);
    return index < 0 ? nullptr : &m_applied.rules.at(index);
}

void Document::markApplied() {
    m_applied = m_config;
    m_appliedIndexById.clear();
    for (int i = 0; i < m_applied.rules.size(); ++i)
        m_appliedIndexById.insert(m_applied.rules.at(i).id, i);
    touch();
}

void Document::setRunningConfig(const Config &config) {
    m_applied = config;
    m_appliedIndexById.clear();
    for (int i = 0; i < m_applied.rules.size(); ++i)
        m_appliedIndexById.insert(m_applied.rules.at(i).id, i);
    touch();
}

void Document::revertToApplied() {
    Q_EMIT aboutToReset();
    m_config = m_applied;
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
    const bool running = appliedIndex >= 0;
    Q_EMIT ruleChanged(index);
    Q_EMIT ruleEnabledToggled(rule.id, enabled, running);
    touch();
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
    if (modified == m_lastModified && unapplied == m_lastUnapplied)
        return;
    m_lastModified = modified;
    m_lastUnapplied = unapplied;
    Q_EMIT stateChanged();
}
