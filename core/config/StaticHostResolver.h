#pragma once

#include "HostResolver.h"

#include <QHash>

// Names from a fixed table; nothing else resolves (or, with unknownHasNoAnswer, nothing else is
// decided). For tests, for PORTRELAY_HOSTS_FILE, and for the engine, which must not block on a
// lookup when it applies a config (literal addresses only there).
class StaticHostResolver : public HostResolver {
public:
    explicit StaticHostResolver(bool unknownHasNoAnswer = false)
        : m_unknownHasNoAnswer(unknownHasNoAnswer) {}

    void add(const QString &name, const QHostAddress &address);
    void addLocalAddress(const QHostAddress &address) { m_local.append(address); }
    // "ADDRESS NAME..." lines as in /etc/hosts; '#' starts a comment; the name "@local" makes
    // ADDRESS one of this host's own. False if unreadable.
    bool loadHostsFile(const QString &path);

    void prefetch(const QStringList &) const override {}
    std::optional<QVector<QHostAddress>> addresses(const QString &name) const override;
    QVector<QHostAddress> localAddresses() const override { return m_local; }

private:
    bool m_unknownHasNoAnswer;
    QHash<QString, QVector<QHostAddress>> m_names; // lower case
    QVector<QHostAddress> m_local;
};
