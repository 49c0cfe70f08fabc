#include "SystemHostResolver.h"

#include "StaticHostResolver.h"

#include <QNetworkInterface>

#include <condition_variable>
#include <netdb.h>
#include <sys/socket.h>
#include <thread>

namespace {

constexpr qint64 kCacheMs = 60 * 1000;

} // namespace

struct SystemHostResolver::Lookup {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QVector<QHostAddress> addresses;
    QDeadlineTimer expires;
};

SystemHostResolver::SystemHostResolver(int timeoutMs, int maxNames)
    : m_timeoutMs(timeoutMs)
    , m_maxNames(maxNames) {}

// Threads still in getaddrinfo() hold their Lookup, not the resolver: nothing dangles.
SystemHostResolver::~SystemHostResolver() = default;

void SystemHostResolver::prefetch(const QStringList &names) const {
    QVector<std::shared_ptr<Lookup>> waiting;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        int started = 0;
        for (const QString &name : names) {
            const QString key = name.toLower();
            auto it = m_lookups.find(key);
            if (it != m_lookups.end()) {
                std::lock_guard<std::mutex> entryLock((*it)->mutex);
                // A lookup still running from an earlier check is not waited for again: its
                // answer serves a later check, and the editor does not stall at every edit.
                if (!(*it)->finished || !(*it)->expires.hasExpired())
                    continue;
            }
            if (started >= m_maxNames)
                continue; // no verdict for the rest; bounded work per check
            ++started;
            auto lookup = std::make_shared<Lookup>();
            m_lookups.insert(key, lookup);
            waiting.append(lookup);
            const QByteArray host = name.toUtf8();
            std::thread([lookup, host] {
                addrinfo hints{};
                hints.ai_family = AF_UNSPEC;
                hints.ai_socktype = SOCK_STREAM;
                addrinfo *result = nullptr;
                QVector<QHostAddress> found;
                if (getaddrinfo(host.constData(), nullptr, &hints, &result) == 0) {
                    for (addrinfo *ai = result; ai; ai = ai->ai_next) {
                        const QHostAddress address(ai->ai_addr);
                        if (!address.isNull() && !found.contains(address))
                            found.append(address);
                    }
                    freeaddrinfo(result);
                }
                std::lock_guard<std::mutex> entryLock(lookup->mutex);
                lookup->addresses = found;
                lookup->finished = true;
                lookup->expires = QDeadlineTimer(kCacheMs);
                lookup->done.notify_all();
            }).detach();
        }
    }
    const QDeadlineTimer deadline(m_timeoutMs);
    for (const std::shared_ptr<Lookup> &lookup : waiting) {
        std::unique_lock<std::mutex> entryLock(lookup->mutex);
        lookup->done.wait_for(entryLock, std::chrono::milliseconds(deadline.remainingTime()),
                              [&lookup] { return lookup->finished; });
    }
}

std::optional<QVector<QHostAddress>> SystemHostResolver::addresses(const QString &name) const {
    std::shared_ptr<Lookup> lookup;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        lookup = m_lookups.value(name.toLower());
    }
    if (!lookup)
        return std::nullopt;
    std::lock_guard<std::mutex> entryLock(lookup->mutex);
    if (!lookup->finished)
        return std::nullopt;
    return lookup->addresses;
}

QVector<QHostAddress> SystemHostResolver::localAddresses() const {
    QVector<QHostAddress> result;
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : all)
        result.append(address);
    return result;
}

std::shared_ptr<const HostResolver> HostResolver::systemDefault() {
    static const std::shared_ptr<const HostResolver> resolver = []() {
        const QString hostsFile = qEnvironmentVariable("PORTRELAY_HOSTS_FILE");
        if (!hostsFile.isEmpty()) {
            auto fixed = std::make_shared<StaticHostResolver>();
            fixed->loadHostsFile(hostsFile);
            return std::shared_ptr<const HostResolver>(fixed);
        }
        return std::shared_ptr<const HostResolver>(std::make_shared<SystemHostResolver>());
    }();
    return resolver;
}
