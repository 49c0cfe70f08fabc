#pragma once

#include "AccessList.h"
#include "Annotations.h"

#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

enum class Protocol { Tcp, Udp };

QString protocolName(Protocol p); // "tcp" / "udp"

struct RuleOption {
    QString name;
    QString value;
    bool operator==(const RuleOption &o) const { return name == o.name && value == o.value; }
    bool operator!=(const RuleOption &o) const { return !(*this == o); }
};

// One forwarding: listen on bindHost:bindPort, relay each connection to connectHost:connectPort.
// Hosts and ports are kept as the user wrote them (a host name, a service name) so that export
// writes them back unchanged; the resolve helpers give the numbers.
struct Rule {
    int id = 0; // stable within a document; the engine diffs configs by it
    bool enabled = true;
    QString name; // PortRelay-only; a comment annotation in rinetd.conf
    Protocol bindProtocol = Protocol::Tcp;
    Protocol connectProtocol = Protocol::Tcp;
    bool bindProtocolExplicit = false; // "/tcp" was written (kept for export)
    bool connectProtocolExplicit = false;
    QString bindHost;
    QString bindPort;
    QString connectHost;
    QString connectPort;
    AccessList acl;              // this rule's own allow/deny, checked after the global list
    QVector<RuleOption> options; // every [name=value] in written order, known or not
    Annotations notes;
    // Line of the rinetd.conf it was read from, for messages that name the place; 0 when not
    // read from one. Not part of the rule's value: operator== ignores it.
    int sourceLine = 0;

    // Known options. timeout= is in seconds; src= is the source address of outgoing sockets.
    std::optional<int> timeoutSeconds() const;
    // What applies without timeout=: UDP sessions end after rinetd's 72 s; TCP connections never
    // end for idleness (0).
    static int defaultTimeoutSeconds(Protocol protocol) {
        return protocol == Protocol::Udp ? 72 : 0;
    }
    // No timeout=, or rinetd's "timeout=0": the default (defaultTimeoutSeconds) applies.
    bool timeoutIsDefault() const;
    // SECONDS > 0 sets timeout=; 0 means the default and removes the option, except that a
    // written "timeout=0" (the same meaning) is left as the user wrote it.
    void setTimeoutSeconds(int seconds);
    // Both sides to PROTOCOL; "/udp" is then written out, since rinetd's default is tcp.
    void setProtocol(Protocol protocol);
    QString sourceAddress() const;
    // "original original" as connect host and port: each connection goes to where its client
    // was going before the kernel redirected it here (nftables redirect/dnat, or tproxy).
    bool forwardsToOriginalDestination() const;
    static constexpr char kOriginal[] = "original";
    // translate=: how the stream is rewritten on its way to the target; "none" (the default,
    // plain TCP) or "http" (origin-form requests to absolute-form, for an HTTP proxy target).
    QString translateMode() const;
    QString option(const QString &name) const;                 // empty when absent
    void setOption(const QString &name, const QString &value); // empty value removes it

    std::optional<quint16> resolvedBindPort() const;
    std::optional<quint16> resolvedConnectPort() const;

    // Whether two rules describe the same listener and target (what a reload compares).
    bool sameForwarding(const Rule &o) const;

    bool operator==(const Rule &o) const;
    bool operator!=(const Rule &o) const { return !(*this == o); }
};

// A port as number or as a service name, looked up in the system's services database as rinetd
// does. Empty when the text is neither or the number is outside 1..65535.
std::optional<quint16> resolvePort(const QString &text, Protocol protocol);
