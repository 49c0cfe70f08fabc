#pragma once

#include <QHostAddress>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

// Answers the validator's questions about names: what a host name stands for, and which
// addresses are this machine's own. Injectable, so that verdicts about names (a target that
// resolves to one of the config's own listeners, a name that does not resolve) are
// deterministic in tests; bounded, so that checking a config never hangs on a slow resolver.
class HostResolver {
public:
    virtual ~HostResolver() = default;

    // Looks up NAMES (host names, not address literals) together, within the resolver's bound.
    virtual void prefetch(const QStringList &names) const = 0;
    // The addresses of NAME; empty: it does not resolve; nullopt: no answer (not looked up, or
    // not within the bound), so no verdict.
    virtual std::optional<QVector<QHostAddress>> addresses(const QString &name) const = 0;
    // Addresses of this host besides loopback: where a wildcard listener accepts connections.
    virtual QVector<QHostAddress> localAddresses() const = 0;

    // The process's resolver: the system's (getaddrinfo, bounded in time, cached), or, when the
    // environment variable PORTRELAY_HOSTS_FILE names a file in /etc/hosts format, only that
    // file's names (what the tests use to run the same cases through every front end).
    static std::shared_ptr<const HostResolver> systemDefault();
};
