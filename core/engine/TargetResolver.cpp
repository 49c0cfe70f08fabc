#include "TargetResolver.h"

#include <QHostInfo>

TargetResolver::TargetResolver(QObject *parent)
    : QObject(parent) {}

QHostAddress TargetResolver::pickAddress(const QList<QHostAddress> &addresses) {
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return addresses.isEmpty() ? QHostAddress() : addresses.first();
}

void TargetResolver::resolve(const QString &host, qint64 nowMs, Callback callback) {
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        callback(literal);
        return;
    }
    const QString key = host.toLower();
    Entry &entry = m_cache[key];
    if (!entry.pending && !entry.address.isNull() && entry.expiresMs > nowMs) {
        callback(entry.address);
        return;
    }
    entry.waiters.push_back(std::move(callback));
    if (entry.pending)
        return;
    entry.pending = true;
    const qint64 startedMs = nowMs;
    QHostInfo::lookupHost(host, this, [this, key, startedMs](const QHostInfo &info) {
        auto it = m_cache.find(key);
        if (it == m_cache.end())
            return;
        std::vector<Callback> waiters;
        waiters.swap(it->waiters);
        it->pending = false;
        const QHostAddress address =
            info.error() == QHostInfo::NoError ? pickAddress(info.addresses()) : QHostAddress();
        if (address.isNull()) {
            m_cache.erase(it); // failures are not cached
        } else {
            it->address = address;
            it->expiresMs = startedMs + kCacheTtlMs;
        }
        for (const Callback &waiter : waiters)
            waiter(address);
    });
}
