#include "ConfigValidator.h"

#include "PortRange.h"
#include "ProxyOptions.h"
#include "RelayOptions.h"
#include "RinetdSyntax.h"
#include "StaticHostResolver.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace RinetdSyntax;

namespace {

// A context lupdate can see: a bare tr() in a free function has none, and its strings would
// never reach the translations.
struct ConfigValidatorText {
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)
};

using Field = ValidationFinding::Field;
using Severity = ConfigDiagnostic::Severity;

QString bare(const QString &host) {
    const QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        return h.mid(1, h.size() - 2);
    return h;
}

bool isLocalhost(const QString &host) {
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

// A dotted quad of 1-3 digit parts up to 255, as RinetdSyntax::isIpLiteral accepts; without a
// regular expression, since a check runs this for every host of every rule.
bool isDottedQuad(const QString &h) {
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (const QChar c : h) {
        if (c == QLatin1Char('.')) {
            if (digits == 0 || ++parts > 3)
                return false;
            digits = value = 0;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            value = value * 10 + (c.unicode() - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

// An address literal as rinetd reads it ("0" is 0.0.0.0); null for a host name.
QHostAddress literalAddress(const QString &host) {
    const QString h = bare(host);
    if (h == QLatin1String("0"))
        return QHostAddress(QHostAddress::AnyIPv4);
    if (isDottedQuad(h))
        return QHostAddress(h);
    if (!h.contains(QLatin1Char(':')) || !isIpLiteral(h))
        return QHostAddress();
    return QHostAddress(h);
}

// IPv4-mapped IPv6 addresses compare as IPv4.
QHostAddress normalized(const QHostAddress &address) {
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    // Only ::ffff:a.b.c.d; toIPv4Address() would also turn "::" into 0.0.0.0.
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    return QHostAddress(address.toIPv4Address());
}

// What the engine does with a name: it takes the first IPv4 answer, else the first answer
// (TargetResolver::pickAddress); "localhost" is 127.0.0.1 without a lookup.
std::optional<QHostAddress> engineAddress(const QString &host, const HostResolver &resolver) {
    const QHostAddress literal = literalAddress(host);
    if (!literal.isNull())
        return normalized(literal);
    const QString h = bare(host);
    if (isLocalhost(h))
        return QHostAddress(QHostAddress::LocalHost);
    const std::optional<QVector<QHostAddress>> answers = resolver.addresses(h);
    if (!answers)
        return std::nullopt;
    if (answers->isEmpty())
        return QHostAddress(); // does not resolve
    for (const QHostAddress &a : *answers) {
        if (normalized(a).protocol() == QAbstractSocket::IPv4Protocol)
            return normalized(a);
    }
    return normalized(answers->first());
}

bool isWildcard(const QHostAddress &a) {
    return a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6);
}

bool isV4(const QHostAddress &a) {
    return a.protocol() == QAbstractSocket::IPv4Protocol;
}

// Two bound addresses (both known) on the same port and protocol.
bool addressesOverlap(const QHostAddress &a, const QHostAddress &b) {
    // "::" is bound dual-stack (IPV6_V6ONLY off): it holds the port on every IPv4 address too.
    if (a == QHostAddress(QHostAddress::AnyIPv6) || b == QHostAddress(QHostAddress::AnyIPv6))
        return true;
    if (isV4(a) != isV4(b))
        return false;
    return isWildcard(a) || isWildcard(b) || a == b;
}

// Bind hosts as the kernel would see them; nullopt when a name has no answer (no verdict
// unless both are the same name, or the other is a wildcard, which covers any address).
bool hostsOverlap(const QString &a, const std::optional<QHostAddress> &addrA, const QString &b,
                  const std::optional<QHostAddress> &addrB) {
    if (addrA && addrB) {
        if (addrA->isNull() || addrB->isNull()) // a name that does not resolve binds nothing
            return false;
        return addressesOverlap(*addrA, *addrB);
    }
    if (bare(a).compare(bare(b), Qt::CaseInsensitive) == 0)
        return true;
    const std::optional<QHostAddress> known = addrA ? addrA : addrB;
    return known && isWildcard(*known);
}

bool isHostName(const QString &host) {
    return !host.isEmpty() && literalAddress(host).isNull() && isValidHost(bare(host));
}

class Checker {
public:
    Checker(const Config &config, const ConfigValidator::Options &options)
        : m_config(config)
        , m_options(options)
        , m_map(options.sourceMap && options.sourceMap->rules.size() == config.rules.size()
                    ? options.sourceMap
                    : nullptr)
        , m_resolver(options.resolver ? options.resolver : HostResolver::systemDefault()) {}

    QVector<ValidationFinding> run();

private:
    ValidationFinding &add(Severity severity, const QString &check, int index, Field field,
                           const QString &message, int column = 0);
    QString where(int index) const;
    void checkFields(int index);
    void checkAcl(const AccessList &acl, int index);
    void checkBinds();
    void checkTargets();
    // Which listening ports forward to which (see checkTargets).
    class LoopGraph {
    public:
        void addEdge(int rule, int port, int toRule, int toPort);
        void findLoops();
        bool hasEdges(int rule) const { return m_byRule.contains(rule); }
        int ruleOf(int node) const { return m_ruleOf.at(node); }
        QPair<int, int> edgeToReport(int rule, bool *loop) const;

    private:
        int node(int rule, int port);
        QHash<quint64, int> m_ids;         // (rule, port) -> node
        QVector<int> m_ruleOf;             // node -> rule
        QVector<QVector<int>> m_edges;     // node -> nodes
        QHash<int, QVector<int>> m_byRule; // rule -> its nodes with edges (repeats possible)
        QVector<int> m_component;
        QVector<bool> m_onLoop;
    };
    void reportLoop(int index, const LoopGraph &graph);
    std::optional<bool> reachesListener(const Rule &rule, const QHostAddress &target,
                                        int listenerIndex) const;
    void resolveHosts();
    int lineOf(int index) const { return m_map ? m_map->rules.at(index).line : 0; }

    const Config &m_config;
    const ConfigValidator::Options &m_options;
    const RinetdSourceMap *m_map;
    std::shared_ptr<const HostResolver> m_resolver;
    QVector<bool> m_usable; // per rule: fields valid, so whole-config checks may look at it
    // Per usable rule, what the engine would bind and connect to (nullopt: a name without an
    // answer; a null address: a name that does not resolve). Worked out once per check.
    QVector<std::optional<QHostAddress>> m_bound;
    QVector<std::optional<QHostAddress>> m_target;
    QVector<ValidationFinding> m_findings;
};

ValidationFinding &Checker::add(Severity severity, const QString &check, int index, Field field,
                                const QString &message, int column) {
    ValidationFinding f;
    f.check = check;
    f.severity = severity;
    f.field = field;
    f.message = message;
    f.file = m_options.fileName;
    if (index >= 0) {
        f.ruleIndex = index;
        f.ruleId = m_config.rules.at(index).id;
        f.line = lineOf(index);
        if (m_map && column == 0) {
            const RinetdSourceMap::RuleLines &at = m_map->rules.at(index);
            column = field == Field::BindHost      ? at.bindHostColumn
                     : field == Field::BindPort    ? at.bindPortColumn
                     : field == Field::ConnectHost ? at.connectHostColumn
                     : field == Field::ConnectPort ? at.connectPortColumn
                     : field == Field::Option      ? at.optionsColumn
                                                   : 0;
        }
        f.column = f.line > 0 ? column : 0;
    }
    m_findings.append(f);
    return m_findings.last();
}

// How a message names the rule when there is no line to point at.
QString Checker::where(int index) const {
    if (index < 0 || lineOf(index) > 0)
        return QString();
    return ConfigValidatorText::tr("rule %1 (id %2)")
        .arg(index + 1)
        .arg(m_config.rules.at(index).id);
}

QString withWhere(const QString &where, const QString &message) {
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

void Checker::checkFields(int i) {
    const Rule &rule = m_config.rules.at(i);
    const QString where = this->where(i);
    bool usable = true;
    auto fieldError = [&](const QString &check, Field field, const QString &problem) {
        if (problem.isEmpty())
            return;
        add(Severity::Error, check, i, field, withWhere(where, problem));
        usable = false;
    };
    fieldError(QStringLiteral("bind-host"), Field::BindHost,
               ConfigValidator::hostProblem(rule.bindHost, true));
    fieldError(QStringLiteral("bind-port"), Field::BindPort,
               ConfigValidator::portProblem(rule.bindPort, rule.bindProtocol));
    if (rule.forwardsToOriginalDestination()) {
        if (rule.bindProtocol != Protocol::Tcp || rule.connectProtocol != Protocol::Tcp)
            fieldError(QStringLiteral("original-udp"), Field::ConnectHost,
                       ConfigValidatorText::tr(
                           "the target 'original original' forwards TCP connections only"));
        if (usable && PortRange::looksLikeRange(rule.bindPort))
            fieldError(QStringLiteral("original-range"), Field::BindPort,
                       ConfigValidator::rulePortsProblem(rule));
    } else {
        fieldError(QStringLiteral("connect-host"), Field::ConnectHost,
                   ConfigValidator::hostProblem(rule.connectHost, false));
        fieldError(QStringLiteral("connect-port"), Field::ConnectPort,
                   ConfigValidator::portProblem(rule.connectPort, rule.connectProtocol));
        if (usable && (PortRange::looksLikeRange(rule.bindPort) ||
                       PortRange::looksLikeRange(rule.connectPort))) {
            // Each side is valid on its own here; whether they fit together (same length, or
            // many ports to one) and how many listeners that makes.
            QString sizeWarning;
            const QString why = ConfigValidator::rulePortsProblem(rule, &sizeWarning);
            if (!why.isEmpty())
                fieldError(QStringLiteral("port-range"), Field::ConnectPort, why);
            else if (!sizeWarning.isEmpty() && !m_map) // the reader warned with a column
                add(Severity::Warning, QStringLiteral("port-range-size"), i, Field::BindPort,
                    withWhere(where, sizeWarning));
        }
    }
    // One place per option: a new option gets its own branch here (and in the rinetd.conf
    // reader's RinetdConfigParser::parseOptions).
    for (const RuleOption &o : rule.options) {
        auto optionError = [&](const QString &message) {
            add(Severity::Error, QStringLiteral("option-") + o.name, i, Field::Option, message)
                .option = o.name;
        };
        if (!isOptionName(o.name) || o.value.isEmpty() || o.value.contains(QLatin1Char(',')) ||
            o.value.contains(QLatin1Char(']')) || o.value.contains(QLatin1Char(' '))) {
            optionError(
                ConfigValidatorText::tr("%1: option '%2=%3' cannot be written as name=value")
                    .arg(where, o.name, o.value));
        } else if (o.name == QLatin1String("timeout")) {
            const QString problem = ConfigValidator::timeoutProblem(o.value);
            if (!problem.isEmpty())
                optionError(withWhere(where, problem));
        } else if (o.name == QLatin1String("src")) {
            const QString problem = ConfigValidator::sourceProblem(o.value, rule.connectHost);
            if (!problem.isEmpty())
                optionError(withWhere(where, problem));
        } else if (RelayOptions::isRelayOption(o.name)) {
            // Checked below, once for the rule (some options depend on each other).
        } else if (ProxyOptions::isProxyOption(o.name)) {
            QString why;
            if (!ProxyOptions::checkValue(o.name, o.value, &why))
                optionError(withWhere(where, why));
        } else if (o.name == QLatin1String("translate")) {
            if (o.value != QLatin1String("none") && o.value != QLatin1String("http"))
                optionError(withWhere(
                    where, ConfigValidatorText::tr("translate must be 'none' or 'http', not '%1'")
                               .arg(o.value)));
            else if (o.value == QLatin1String("http") && rule.bindProtocol != Protocol::Tcp)
                optionError(
                    withWhere(where, ConfigValidatorText::tr("translate=http needs a TCP rule")));
        } else if (!m_map) { // the rinetd.conf reader has said so, with the option's column
            add(Severity::Warning, QStringLiteral("option-unknown"), i, Field::Option,
                ConfigValidatorText::tr(
                    "%1: option '%2' is not understood by rinetd 0.73; it is kept verbatim")
                    .arg(where, o.name))
                .option = o.name;
        }
    }
    QStringList relayOptionNames;
    const QStringList relayProblems = RelayOptions::ruleProblems(rule, &relayOptionNames);
    for (int p = 0; p < relayProblems.size(); ++p)
        add(Severity::Error, QStringLiteral("option-relay"), i, Field::Option,
            withWhere(where, relayProblems.at(p)))
            .option = relayOptionNames.value(p);
    if (!m_map) { // the rinetd.conf reader has warned, with the option list's column
        for (const QString &problem : ProxyOptions::checkRule(rule))
            add(Severity::Warning, QStringLiteral("option-proxy"), i, Field::Option,
                withWhere(where, problem));
    }
    m_usable[i] = usable;
}

void Checker::checkAcl(const AccessList &acl, int index) {
    const QVector<RinetdSourceMap::AclLines> *lines =
        m_map ? (index < 0 ? &m_map->globalAcl : &m_map->rules.at(index).acl) : nullptr;
    const QString where =
        index < 0 ? ConfigValidatorText::tr("global access list") : this->where(index);
    for (int e = 0; e < acl.entries.size(); ++e) {
        const AclEntry &entry = acl.entries.at(e);
        QString why;
        if (AclPattern::parse(entry.pattern, &why)) {
            // 127.000.000.001 reads as decimal here, as octal elsewhere: say so.
            const QString ambiguity = AclPattern::ambiguityWarning(entry.pattern);
            if (!ambiguity.isEmpty()) {
                ValidationFinding &f =
                    add(Severity::Warning, QStringLiteral("acl-ambiguous"), index,
                        index < 0 ? Field::GlobalAcl : Field::Acl,
                        lines && e < lines->size() ? ambiguity : withWhere(where, ambiguity));
                if (lines && e < lines->size()) {
                    f.line = lines->at(e).line;
                    f.column = lines->at(e).column;
                }
            }
            continue;
        }
        // rinetd 0.73 starts with such a pattern; it just never matches. An allow list whose
        // patterns never match refuses every client, which is worth saying.
        const QString message =
            entry.kind == AclEntry::Kind::Allow
                ? ConfigValidatorText::tr("'allow %1' can never match (%2): clients are let in "
                                          "only by the list's other allow patterns")
                      .arg(entry.pattern, why)
                : ConfigValidatorText::tr("'deny %1' can never match (%2): it denies nobody")
                      .arg(entry.pattern, why);
        ValidationFinding &f =
            add(Severity::Warning, QStringLiteral("acl-dead-pattern"), index,
                index < 0 ? Field::GlobalAcl : Field::Acl,
                lines && e < lines->size() ? message : withWhere(where, message));
        if (lines && e < lines->size()) {
            f.line = lines->at(e).line;
            f.column = lines->at(e).column;
        }
    }
}

void Checker::checkBinds() {
    // Grouped by protocol and port first, so that a table of thousands of rules costs a look-up
    // per rule rather than a comparison per pair.
    QHash<QPair<int, int>, QVector<int>> byPort;
    for (int i = 0; i < m_config.rules.size(); ++i) {
        const Rule &rule = m_config.rules.at(i);
        if (!rule.enabled || !m_usable.at(i))
            continue;
        // A range holds every port in it: each is a listener of its own.
        const std::optional<PortRange> ports = PortRange::parse(rule.bindPort, rule.bindProtocol);
        if (!ports)
            continue;
        QVector<int> overlapping;
        for (int port = ports->first; port <= ports->last; ++port) {
            QVector<int> &group = byPort[{int(rule.bindProtocol), port}];
            for (int j : qAsConst(group)) {
                if (!overlapping.contains(j) &&
                    hostsOverlap(m_config.rules.at(j).bindHost, m_bound.at(j), rule.bindHost,
                                 m_bound.at(i)))
                    overlapping.append(j);
            }
            group.append(i);
        }
        if (overlapping.isEmpty())
            continue;
        const int j = overlapping.first();
        const Rule &earlier = m_config.rules.at(j);
        const QString other =
            lineOf(j) > 0 ? ConfigValidatorText::tr("the rule on line %1").arg(lineOf(j))
                          : ConfigValidatorText::tr("rule %1 (id %2)").arg(j + 1).arg(earlier.id);
        ValidationFinding &f = add(
            Severity::Error, QStringLiteral("bind-conflict"), i, Field::BindPort,
            withWhere(where(i), ConfigValidatorText::tr("%1 %2 port %3 is also bound by %4 (%5 "
                                                        "%6): the system refuses the second bind")
                                    .arg(protocolName(rule.bindProtocol).toUpper(), rule.bindHost,
                                         rule.bindPort, other, earlier.bindHost, earlier.bindPort)),
            m_map ? m_map->rules.at(i).bindHostColumn : 0);
        for (int k : qAsConst(overlapping))
            f.relatedRuleIds.append(m_config.rules.at(k).id);
    }
}

// Whether a connection to TARGET on the rule's connect port reaches LISTENER's socket.
std::optional<bool> Checker::reachesListener(const Rule &rule, const QHostAddress &target,
                                             int listenerIndex) const {
    const Rule &listener = m_config.rules.at(listenerIndex);
    // The port is matched by the caller (a range has many).
    if (listener.bindProtocol != rule.connectProtocol)
        return false;
    const std::optional<QHostAddress> &bound = m_bound.at(listenerIndex);
    if (!bound)
        return std::nullopt;
    if (bound->isNull())
        return false;
    // Connecting to 0.0.0.0 (or ::) reaches this host, as loopback does.
    QHostAddress to = target;
    if (to == QHostAddress(QHostAddress::AnyIPv4))
        to = QHostAddress(QHostAddress::LocalHost);
    else if (to == QHostAddress(QHostAddress::AnyIPv6))
        to = QHostAddress(QHostAddress::LocalHostIPv6);
    if (!isWildcard(*bound))
        return *bound == to;
    if (*bound == QHostAddress(QHostAddress::AnyIPv4) && !isV4(to))
        return false;
    if (to.isLoopback())
        return true;
    const QVector<QHostAddress> local = m_resolver->localAddresses();
    for (const QHostAddress &a : local) {
        if (normalized(a) == to)
            return true;
    }
    return false;
}

void Checker::resolveHosts() {
    QStringList names;
    for (int i = 0; i < m_config.rules.size(); ++i) {
        const Rule &rule = m_config.rules.at(i);
        if (!m_usable.at(i))
            continue;
        const bool original = rule.forwardsToOriginalDestination();
        for (const QString &host : {rule.bindHost, original ? QString() : rule.connectHost}) {
            if (isHostName(host) && !isLocalhost(bare(host)))
                names.append(bare(host));
        }
    }
    names.removeDuplicates();
    if (!names.isEmpty())
        m_resolver->prefetch(names);

    m_bound.resize(m_config.rules.size());
    m_target.resize(m_config.rules.size());
    for (int i = 0; i < m_config.rules.size(); ++i) {
        if (!m_usable.at(i))
            continue;
        m_bound[i] = engineAddress(m_config.rules.at(i).bindHost, *m_resolver);
        // Where an original destination goes is known per connection only (no verdict).
        if (!m_config.rules.at(i).forwardsToOriginalDestination())
            m_target[i] = engineAddress(m_config.rules.at(i).connectHost, *m_resolver);
    }
}

void Checker::checkTargets() {
    // Nodes are listening ports, (rule, bind port): a range rule has one per port, and a port
    // of it forwards to its own connect port. Loops are found between ports, so that a range
    // shifted onto itself (8000-8010 to 8001-8011) is a chain that ends, not a loop.
    QHash<QPair<int, int>, QVector<int>> listeners; // (protocol, port) -> enabled rules
    for (int i = 0; i < m_config.rules.size(); ++i) {
        const Rule &rule = m_config.rules.at(i);
        if (!rule.enabled || !m_usable.at(i))
            continue;
        const std::optional<PortRange> ports = PortRange::parse(rule.bindPort, rule.bindProtocol);
        for (int port = ports ? ports->first : 1; ports && port <= ports->last; ++port)
            listeners[{int(rule.bindProtocol), port}].append(i);
    }
    LoopGraph graph;
    for (int i = 0; i < m_config.rules.size(); ++i) {
        const Rule &rule = m_config.rules.at(i);
        if (!m_usable.at(i))
            continue;
        const int connectColumn = m_map ? m_map->rules.at(i).connectHostColumn : 0;
        if (isHostName(rule.bindHost)) {
            const std::optional<QHostAddress> &a = m_bound.at(i);
            if (a && a->isNull())
                add(Severity::Warning, QStringLiteral("bind-host-unresolved"), i, Field::BindHost,
                    withWhere(where(i),
                              ConfigValidatorText::tr("the bind address '%1' does not resolve: "
                                                      "the rule cannot listen until it does")
                                  .arg(rule.bindHost)),
                    m_map ? m_map->rules.at(i).bindHostColumn : 0);
        }
        const std::optional<QHostAddress> &target = m_target.at(i);
        if (!target)
            continue;
        if (target->isNull()) {
            add(Severity::Warning, QStringLiteral("connect-host-unresolved"), i, Field::ConnectHost,
                withWhere(where(i), ConfigValidatorText::tr(
                                        "the target '%1' does not resolve: connections to this "
                                        "rule will fail until it does")
                                        .arg(rule.connectHost)),
                connectColumn);
            continue;
        }
        if (!rule.enabled)
            continue;
        QHash<int, bool> reaches; // listener rule -> whether the target address reaches it
        for (const QPair<quint16, quint16> &pair : forwardedPorts(rule)) {
            const auto group = listeners.constFind({int(rule.connectProtocol), int(pair.second)});
            if (group == listeners.constEnd())
                continue;
            for (int j : *group) {
                auto known = reaches.constFind(j);
                if (known == reaches.constEnd())
                    known = reaches.insert(j, reachesListener(rule, *target, j).value_or(false));
                if (*known)
                    graph.addEdge(i, pair.first, j, pair.second);
            }
        }
    }
    graph.findLoops();
    for (int i = 0; i < m_config.rules.size(); ++i) {
        if (graph.hasEdges(i))
            reportLoop(i, graph);
    }
}

int Checker::LoopGraph::node(int rule, int port) {
    const quint64 key = (quint64(quint32(rule)) << 32) | quint32(port);
    auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_ruleOf.size());
    m_ids.insert(key, id);
    m_ruleOf.append(rule);
    m_edges.append(QVector<int>());
    return id;
}

void Checker::LoopGraph::addEdge(int rule, int port, int toRule, int toPort) {
    const int from = node(rule, port);
    const int to = node(toRule, toPort);
    m_edges[from].append(to);
    m_byRule[rule].append(from);
}

// Tarjan's strongly connected components, without recursion (a long chain of ports would
// otherwise be a deep stack): a node is on a loop when its component has more than one node,
// or it forwards to itself.
void Checker::LoopGraph::findLoops() {
    const int n = int(m_ruleOf.size());
    m_component.fill(-1, n);
    m_onLoop.fill(false, n);
    QVector<int> index(n, -1);
    QVector<int> low(n, 0);
    QVector<bool> onStack(n, false);
    QVector<int> stack;
    int counter = 0;
    int components = 0;
    struct Frame {
        int node;
        int edge;
    };
    for (int start = 0; start < n; ++start) {
        if (index.at(start) >= 0)
            continue;
        QVector<Frame> frames{{start, 0}};
        index[start] = low[start] = counter++;
        stack.append(start);
        onStack[start] = true;
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            const int v = frame.node;
            if (frame.edge < m_edges.at(v).size()) {
                const int w = m_edges.at(v).at(frame.edge++);
                if (index.at(w) < 0) {
                    index[w] = low[w] = counter++;
                    stack.append(w);
                    onStack[w] = true;
                    frames.append(Frame{w, 0});
                } else if (onStack.at(w)) {
                    low[v] = std::min(low.at(v), index.at(w));
                }
                continue;
            }
            if (low.at(v) == index.at(v)) {
                QVector<int> members;
                int w = -1;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    m_component[w] = components;
                    members.append(w);
                } while (w != v);
                ++components;
                for (int member : qAsConst(members))
                    m_onLoop[member] = members.size() > 1 || m_edges.at(member).contains(member);
            }
            frames.removeLast();
            if (!frames.isEmpty()) {
                const int parent = frames.last().node;
                low[parent] = std::min(low.at(parent), low.at(v));
            }
        }
    }
}

// The first edge of the rule's ports that is part of a loop, else its first edge: (from, to).
QPair<int, int> Checker::LoopGraph::edgeToReport(int rule, bool *loop) const {
    const QVector<int> &nodes = m_byRule.value(rule);
    for (int from : nodes) {
        if (!m_onLoop.at(from))
            continue;
        for (int to : m_edges.at(from)) {
            if (m_component.at(to) == m_component.at(from)) {
                *loop = true;
                return {from, to};
            }
        }
    }
    *loop = false;
    return {nodes.first(), m_edges.at(nodes.first()).first()};
}

// A rule whose target is one of the config's listeners: the connection comes back to PortRelay.
// When that leads back to the port it came in on, every connection opens another one until no
// descriptor is left: an error. A chain that ends at another target works (a warning).
void Checker::reportLoop(int i, const LoopGraph &graph) {
    const Rule &rule = m_config.rules.at(i);
    bool cycle = false;
    const int first = graph.ruleOf(graph.edgeToReport(i, &cycle).second);
    const Rule &listener = m_config.rules.at(first);
    const QString whose =
        first == i ? ConfigValidatorText::tr("its own listener")
        : lineOf(first) > 0
            ? ConfigValidatorText::tr("the listener of the rule on line %1").arg(lineOf(first))
            : ConfigValidatorText::tr("the listener of rule %1 (id %2)")
                  .arg(first + 1)
                  .arg(listener.id);
    const int column = m_map ? m_map->rules.at(i).connectHostColumn : 0;
    const QString message =
        cycle ? ConfigValidatorText::tr(
                    "the target %1 port %2 is %3 (%4 %5), which leads back to this rule: every "
                    "connection would open another one until no descriptors are left")
              : ConfigValidatorText::tr(
                    "the target %1 port %2 is %3 (%4 %5): connections pass through PortRelay "
                    "twice");
    ValidationFinding &f = add(
        cycle ? Severity::Error : Severity::Warning,
        cycle ? QStringLiteral("self-loop") : QStringLiteral("chained-rule"), i, Field::ConnectHost,
        withWhere(where(i), message.arg(rule.connectHost, rule.connectPort, whose,
                                        listener.bindHost, listener.bindPort)),
        column);
    if (first != i)
        f.relatedRuleIds.append(listener.id);
}

QVector<ValidationFinding> Checker::run() {
    checkAcl(m_config.globalAcl, -1);
    m_usable.fill(true, m_config.rules.size());
    QSet<int> ids;
    for (int i = 0; i < m_config.rules.size(); ++i) {
        const Rule &rule = m_config.rules.at(i);
        if (rule.id <= 0)
            add(Severity::Error, QStringLiteral("rule-id"), i, Field::Id,
                withWhere(where(i), ConfigValidatorText::tr("the id must be a positive number")));
        else if (ids.contains(rule.id))
            add(Severity::Error, QStringLiteral("rule-id"), i, Field::Id,
                withWhere(where(i), ConfigValidatorText::tr("the id is used by another rule")));
        ids.insert(rule.id);
        checkFields(i);
        if (m_usable.at(i) && rule.bindProtocol != rule.connectProtocol)
            add(Severity::Warning, QStringLiteral("protocol-mismatch"), i, Field::Protocol,
                withWhere(
                    where(i),
                    ConfigValidatorText::tr(
                        "protocols differ: %1 on the bind side, %2 on the connect side")
                        .arg(protocolName(rule.bindProtocol), protocolName(rule.connectProtocol))),
                m_map ? m_map->rules.at(i).connectPortColumn : 0);
        checkAcl(rule.acl, i);
    }
    resolveHosts();
    checkBinds();
    checkTargets();
    // In file order (rules, then their lists), whatever order the checks ran in.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const ValidationFinding &a, const ValidationFinding &b) {
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.ruleIndex < b.ruleIndex;
                     });
    return m_findings;
}

} // namespace

QVector<ValidationFinding> ConfigValidator::check(const Config &config, const Options &options) {
    return Checker(config, options).run();
}

QVector<ConfigDiagnostic>
ConfigValidator::toDiagnostics(const QVector<ValidationFinding> &findings) {
    QVector<ConfigDiagnostic> result;
    result.reserve(findings.size());
    for (const ValidationFinding &f : findings)
        result.append(f.toDiagnostic());
    return result;
}

QVector<ConfigDiagnostic> ConfigValidator::validate(const Config &config, const QString &fileName) {
    Options options;
    options.fileName = fileName;
    return toDiagnostics(check(config, options));
}

QString ConfigValidator::hostProblem(const QString &host, bool forBinding) {
    const QString h = host.trimmed();
    if (h.isEmpty())
        return forBinding ? tr("The bind address is empty.") : tr("The target address is empty.");
    // rinetd 0.73's grammar: a dotted quad, an IPv6 literal, or a name whose last label starts
    // with a letter (so "18081", a port typed into the address, is not an address).
    if (literalAddress(h).isNull() && !isValidHost(bare(h)))
        return tr("\"%1\" is neither an IP address nor a host name.").arg(h);
    return {};
}

QString ConfigValidator::portProblem(const QString &port, Protocol protocol) {
    const QString p = port.trimmed();
    if (p.isEmpty())
        return tr("The port is empty.");
    bool isNumber = false;
    const int number = p.toInt(&isNumber);
    if (isNumber && (number < 1 || number > 65535))
        return tr("Port %1 is outside 1-65535.").arg(p);
    QString rangeProblem;
    if (PortRange::looksLikeRange(p))
        return PortRange::parse(p, protocol, &rangeProblem) ? QString() : rangeProblem;
    if (!resolvePort(p, protocol))
        return tr("\"%1\" is not a port number or a known %2 service name.")
            .arg(p, protocolName(protocol));
    return {};
}

QString ConfigValidator::rulePortsProblem(const Rule &rule, QString *warning) {
    if (warning)
        warning->clear();
    const QString bindProblem = portProblem(rule.bindPort, rule.bindProtocol);
    if (!bindProblem.isEmpty())
        return bindProblem;
    if (rule.forwardsToOriginalDestination())
        return PortRange::looksLikeRange(rule.bindPort)
                   ? tr("the target 'original original' needs a single bind port, not a range")
                   : QString();
    const QString connectProblem = portProblem(rule.connectPort, rule.connectProtocol);
    if (!connectProblem.isEmpty())
        return connectProblem;
    // Untrimmed, as the engine reads them (forwardedPorts()).
    QString why;
    const int ports = int(forwardedPorts(rule, &why).size());
    if (ports == 0)
        return why;
    if (warning && ports > kPortRangeWarningSize)
        *warning = tr("the range %1 has %2 ports: one listening descriptor each")
                       .arg(rule.bindPort)
                       .arg(ports);
    return {};
}

QString ConfigValidator::timeoutProblem(const QString &timeout) {
    const QString t = timeout.trimmed();
    if (t.isEmpty())
        return {};
    bool ok = false;
    t.toUInt(&ok);
    if (!ok)
        return tr("The timeout \"%1\" is not a whole number of seconds.").arg(t);
    return {};
}

QString ConfigValidator::sourceProblem(const QString &source, const QString &connectHost) {
    const QString s = source.trimmed();
    if (s.isEmpty())
        return {};
    const QHostAddress sourceAddress = literalAddress(s);
    if (sourceAddress.isNull()) {
        if (!isValidHost(s))
            return tr("The source \"%1\" is neither an IP address nor a host name.").arg(s);
        return {}; // a name: its addresses are known only when the engine looks it up
    }
    // The outgoing socket has the target's family; a source of the other family cannot be
    // bound to it. A target host name may have addresses of both families: no verdict.
    const QHostAddress target = literalAddress(connectHost);
    if (target.isNull())
        return {};
    const bool sourceV4 = sourceAddress.protocol() == QAbstractSocket::IPv4Protocol;
    const bool targetV4 = target.protocol() == QAbstractSocket::IPv4Protocol;
    if (sourceV4 && !targetV4)
        return tr("The source %1 is an IPv4 address but the target %2 is IPv6: connections to "
                  "it cannot leave from an IPv4 address.")
            .arg(s, connectHost.trimmed());
    if (!sourceV4 && targetV4)
        return tr("The source %1 is an IPv6 address but the target %2 is IPv4: connections to "
                  "it cannot leave from an IPv6 address.")
            .arg(s, connectHost.trimmed());
    return {};
}

bool ConfigValidator::bindsConflict(const Rule &a, const Rule &b, const HostResolver *resolver) {
    if (a.bindProtocol != b.bindProtocol)
        return false;
    // Same port, or ranges sharing one.
    const std::optional<PortRange> portA = PortRange::parse(a.bindPort, a.bindProtocol);
    const std::optional<PortRange> portB = PortRange::parse(b.bindPort, b.bindProtocol);
    if (!portA || !portB ||
        std::max(portA->first, portB->first) > std::min(portA->last, portB->last))
        return false;
    // Without a resolver: no lookups, names are judged by their text.
    static const StaticHostResolver noLookups(true);
    const HostResolver &r = resolver ? *resolver : noLookups;
    return hostsOverlap(a.bindHost, engineAddress(a.bindHost, r), b.bindHost,
                        engineAddress(b.bindHost, r));
}
