#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

// Resolves connect hosts for new connections without blocking the relay: literal addresses at
// once, names through QHostInfo::lookupHost, with answers cached for a short time so that a
// changed DNS record is picked up (rinetd resolves once at start-up and never again).
class TargetResolver : public QObject {
    Q_OBJECT
public:
    // Gets the address, or a null one when the name does not resolve.
    using Callback = std::function<void(const QHostAddress &address)>;

    explicit TargetResolver(QObject *parent = nullptr);

    // Calls `callback` at once for a literal or a fresh cached answer, else when the lookup ends.
    void resolve(const QString &host, qint64 nowMs, Callback callback);
    void clearCache() { m_cache.clear(); }

    static constexpr qint64 kCacheTtlMs = 30 * 1000;
    // Prefers IPv4 among several answers, as rinetd (IPv4 only) would connect.
    static QHostAddress pickAddress(const QList<QHostAddress> &addresses);

private:
    struct Entry {
        QHostAddress address;
        qint64 expiresMs = 0;
        bool pending = false;
        std::vector<Callback> waiters;
    };
    QHash<QString, Entry> m_cache;
};
