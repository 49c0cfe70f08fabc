#pragma once

#include "HostResolver.h"

#include <QDeadlineTimer>
#include <QHash>

#include <memory>
#include <mutex>

// getaddrinfo() for each name, in threads of their own so that the caller waits at most
// timeoutMs for the names a prefetch starts; a lookup that takes longer gives no verdict and its
// answer is used by a later check (which does not wait for it again). Answers are cached for a
// minute.
class SystemHostResolver : public HostResolver {
public:
    explicit SystemHostResolver(int timeoutMs = 2000, int maxNames = 64);
    ~SystemHostResolver() override;

    void prefetch(const QStringList &names) const override;
    std::optional<QVector<QHostAddress>> addresses(const QString &name) const override;
    QVector<QHostAddress> localAddresses() const override;

private:
    struct Lookup;
    int m_timeoutMs;
    int m_maxNames;
    mutable std::mutex m_mutex;
    mutable QHash<QString, std::shared_ptr<Lookup>> m_lookups; // lower-case name
};
