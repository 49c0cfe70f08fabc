#include "ValidationCases.h"

#include <QRegularExpression>

namespace ValidationCases {

namespace {

// 10.9.8.7 is a documentation-style backend that is never contacted: the engine runner applies
// in a network namespace of its own, and nothing connects to a target.
const char kHosts[] = "10.9.8.7 backend_1\n"
                      "127.0.0.1 loop.test\n"
                      "::1 loop6.test\n"
                      "192.0.2.1 lan.test\n"
                      "192.0.2.1 @local\n";

} // namespace

const QVector<ValidationCase> &all() {
    static const QVector<ValidationCase> cases = {
        // What was found by trying the landed build.
        {"port typed as target address", "127.0.0.1 18080 18081 80\n", "r1:E"},
        {"host with underscore resolves", "127.0.0.1 9091 backend_1 80\n", ""},
        {"127.0.0.1 and 0.0.0.0 on one port",
         "127.0.0.1 9090 backend_1 80\n0.0.0.0 9090 backend_1 81\n", "r2:E"},
        {"dead global allow beef", "allow beef\n127.0.0.1 9092 10.9.8.7 80\n", "g:W"},
        {"dead rule allow [::1]", "127.0.0.1 9093 10.9.8.7 80\nallow [::1]\n", "r1:W"},
        {"forwarding to itself", "127.0.0.1 18090 127.0.0.1 18090\n", "r1:E"},
        {"forwarding to itself, other port", "127.0.0.1 26001 127.0.0.1 26001\n", "r1:E"},
        {"exported 18081 target with others",
         "0.0.0.0 18080 127.0.0.1 18081\n127.0.0.1 18082 18081 80\n", "r2:E"},

        // Binds the kernel refuses.
        {"same address and port", "127.0.0.1 9000 10.9.8.7 80\n127.0.0.1 9000 10.9.8.7 81\n",
         "r2:E"},
        {"specific then wildcard", "192.168.1.5 9001 10.9.8.7 80\n0.0.0.0 9001 10.9.8.7 81\n",
         "r2:E"},
        {"wildcard then specific", "0.0.0.0 9002 10.9.8.7 80\n127.0.0.1 9002 10.9.8.7 81\n",
         "r2:E"},
        {"v6 wildcard then v6 address", ":: 9003 10.9.8.7 80\n::1 9003 10.9.8.7 81\n", "r2:E"},
        {"dual-stack wildcard covers IPv4", ":: 9004 10.9.8.7 80\n127.0.0.1 9004 10.9.8.7 81\n",
         "r2:E"},
        {"v4 wildcard then dual-stack udp",
         "0.0.0.0 5353/udp 10.9.8.7 53/udp\n:: 5353/udp 10.9.8.7 54/udp\n", "r2:E"},
        {"v4 wildcard and v6 address", "0.0.0.0 9005 10.9.8.7 80\n::1 9005 10.9.8.7 81\n", ""},
        {"tcp and udp on one port", "0.0.0.0 53 10.9.8.7 53\n0.0.0.0 53/udp 10.9.8.7 53/udp\n", ""},
        {"different ports", "127.0.0.1 9006 10.9.8.7 80\n127.0.0.1 9007 10.9.8.7 80\n", ""},
        {"different addresses", "127.0.0.1 9008 10.9.8.7 80\n127.0.0.2 9008 10.9.8.7 80\n", ""},
        {"service name and number", "127.0.0.1 http 10.9.8.7 80\n127.0.0.1 80 10.9.8.7 81\n",
         "r2:E"},
        {"localhost is 127.0.0.1", "localhost 9009 10.9.8.7 80\n127.0.0.1 9009 10.9.8.7 81\n",
         "r2:E"},
        {"localhost is not 127.0.0.2", "localhost 9010 10.9.8.7 80\n127.0.0.2 9010 10.9.8.7 81\n",
         ""},
        {"disabled duplicate", "0.0.0.0 9011 10.9.8.7 80\n#off 127.0.0.1 9011 10.9.8.7 81\n", ""},
        {"0 is 0.0.0.0", "0 9012 10.9.8.7 80\n0.0.0.0 9012 10.9.8.7 81\n", "r2:E"},
        {"name bound to a taken address",
         "127.0.0.1 9013 10.9.8.7 80\nloop.test 9013 10.9.8.7 81\n", "r2:E"},
        {"three rules, one port",
         "127.0.0.1 9014 10.9.8.7 80\n127.0.0.2 9014 10.9.8.7 81\n0.0.0.0 9014 10.9.8.7 82\n",
         "r3:E"},
        {"two conflicts",
         "127.0.0.1 9015 10.9.8.7 80\n127.0.0.1 9015 10.9.8.7 81\n127.0.0.1 9015 10.9.8.7 82\n",
         "r2:E r3:E"},

        // Rules forwarding to the config's own listeners.
        {"wildcard bind, loopback target", "0.0.0.0 9020 127.0.0.1 9020\n", "r1:E"},
        {"wildcard bind, wildcard target", "0.0.0.0 9021 0.0.0.0 9021\n", "r1:E"},
        {"v6 wildcard, ::1 target", ":: 9022 ::1 9022\n", "r1:E"},
        {"dual stack reaches 127.0.0.1", ":: 9023 127.0.0.1 9023\n", "r1:E"},
        {"v4 wildcard, ::1 target", "0.0.0.0 9024 ::1 9024\n", ""},
        {"localhost target", "127.0.0.1 9025 localhost 9025\n", "r1:E"},
        {"name resolving to the listener", "127.0.0.1 9026 loop.test 9026\n", "r1:E"},
        {"name resolving elsewhere", "127.0.0.1 9027 loop6.test 9027\n", ""},
        {"own LAN address, wildcard bind", "0.0.0.0 9028 192.0.2.1 9028\n", "r1:E"},
        {"own LAN name, wildcard bind", "0.0.0.0 9029 lan.test 9029\n", "r1:E"},
        {"LAN address, loopback bind", "127.0.0.1 9030 192.0.2.1 9030\n", ""},
        {"other port", "0.0.0.0 9031 127.0.0.1 9032\n", ""},
        {"chain through another rule",
         "127.0.0.1 9033 127.0.0.1 9034\n127.0.0.1 9034 10.9.8.7 80\n", "r1:W"},
        {"two rules in a circle", "127.0.0.1 9035 127.0.0.1 9036\n127.0.0.1 9036 127.0.0.1 9035\n",
         "r1:E r2:E"},
        {"three rules in a circle",
         "127.0.0.1 9037 127.0.0.1 9038\n127.0.0.1 9038 127.0.0.1 9039\n"
         "127.0.0.1 9039 loop.test 9037\n",
         "r1:E r2:E r3:E"},
        {"disabled loop", "#off 127.0.0.1 9040 127.0.0.1 9040\n", ""},
        {"target is a disabled listener",
         "127.0.0.1 9041 127.0.0.1 9042\n#off 127.0.0.1 9042 10.9.8.7 80\n", ""},
        {"udp loop", "0.0.0.0 5354/udp 127.0.0.1 5354/udp\n", "r1:E"},
        {"udp target, tcp listener",
         "127.0.0.1 9043/udp 127.0.0.1 9044/udp\n127.0.0.1 9044 10.9.8.7 80\n", ""},

        // Names.
        {"target does not resolve", "127.0.0.1 9050 nx.invalid 80\n", "r1:W"},
        {"bind name does not resolve", "nx.invalid 9051 10.9.8.7 80\n", "r1:W"},
        {"underscore name not known", "127.0.0.1 9052 other_host 80\n", "r1:W"},

        // Fields and options.
        {"port 0", "127.0.0.1 0 10.9.8.7 80\n", "r1:E"},
        {"port above 65535", "127.0.0.1 70000 10.9.8.7 80\n", "r1:E"},
        {"unknown service", "127.0.0.1 9060 10.9.8.7 nosuchservicexyz\n", "r1:E"},
        {"octet above 255", "300.1.1.1 9061 10.9.8.7 80\n", "r1:E"},
        {"three octets", "127.0.0.1 9062 1.2.3 80\n", "r1:E"},
        {"label starting with a dash", "127.0.0.1 9063 -bad- 80\n", "r1:E"},
        {"timeout not a number", "127.0.0.1 9064 10.9.8.7 80 [timeout=5m]\n", "r1:E"},
        {"timeout in seconds", "127.0.0.1 9065 10.9.8.7 80 [timeout=30]\n", ""},
        {"src of the other family", "127.0.0.1 9066 ::1 80 [src=127.0.0.2]\n", "r1:E"},
        {"src of the same family", "127.0.0.1 9067 10.9.8.7 80 [src=127.0.0.2]\n", ""},
        {"src not a host", "127.0.0.1 9068 10.9.8.7 80 [src=-bad-]\n", "r1:E"},
        {"unknown option", "127.0.0.1 9069 10.9.8.7 80 [foo=1]\n", "r1:W"},
        {"rinetd-uv option", "127.0.0.1 9070 10.9.8.7 80 [keepalive=on]\n", "r1:W"},
        {"protocols differ", "127.0.0.1 9071/udp 10.9.8.7 80\n", "r1:W"},

        // Access lists.
        {"global cidr out of range", "deny 10.0.0.0/40\n127.0.0.1 9080 10.9.8.7 80\n", "g:W"},
        {"rule pattern with empty octet", "127.0.0.1 9081 10.9.8.7 80\nallow 10..*\n", "r1:W"},
        {"glob pattern", "127.0.0.1 9082 10.9.8.7 80\nallow 10.*\ndeny 10.1.?.*\n", ""},
        {"host name as pattern", "127.0.0.1 9083 10.9.8.7 80\ndeny example.com\n", "r1:W"},
        {"ipv6 pattern", "127.0.0.1 9084 10.9.8.7 80\nallow ::1\n", ""},
        {"dead deny pattern", "127.0.0.1 9085 10.9.8.7 80\ndeny 1.2.3.4.5\n", "r1:W"},
        {"clean file with everything",
         "allow 127.*\n0.0.0.0 9086 backend_1 80 [timeout=10]\ndeny 127.0.0.2\n"
         ":: 9087 ::1 9088\n127.0.0.1 9089/udp loop6.test 53/udp\n",
         ""},
    };
    return cases;
}

QString hostsFileText() {
    return QString::fromLatin1(kHosts);
}

std::shared_ptr<StaticHostResolver> resolver() {
    auto r = std::make_shared<StaticHostResolver>();
    const QStringList lines = hostsFileText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.at(1) == QLatin1String("@local"))
            r->addLocalAddress(QHostAddress(words.at(0)));
        else
            r->add(words.at(1), QHostAddress(words.at(0)));
    }
    return r;
}

QByteArray fileText(const ValidationCase &c) {
    QString text = QString::fromLatin1(c.conf);
    text.replace(QRegularExpression(QStringLiteral("^#off "), QRegularExpression::MultilineOption),
                 QStringLiteral("#portrelay-disabled: "));
    return text.toUtf8();
}

namespace {

void splitPort(const QString &field, QString *port, Protocol *protocol, bool *isExplicit) {
    const int slash = field.indexOf(QLatin1Char('/'));
    *port = slash < 0 ? field : field.left(slash);
    *protocol =
        field.mid(slash + 1) == QLatin1String("udp") && slash >= 0 ? Protocol::Udp : Protocol::Tcp;
    *isExplicit = slash >= 0;
}

} // namespace

Config config(const ValidationCase &c, QStringList *lineElements) {
    Config config;
    const QStringList lines = QString::fromLatin1(c.conf).split(QLatin1Char('\n'));
    for (int n = 0; n + 1 < lines.size() || (n < lines.size() && !lines.at(n).isEmpty()); ++n) {
        QString line = lines.at(n);
        bool enabled = true;
        if (line.startsWith(QLatin1String("#off "))) {
            enabled = false;
            line = line.mid(5);
        }
        QString options;
        const int bracket = line.indexOf(QLatin1String(" ["));
        const bool isAcl =
            line.startsWith(QLatin1String("allow ")) || line.startsWith(QLatin1String("deny "));
        if (bracket >= 0 && !isAcl) {
            options = line.mid(bracket + 2);
            options.chop(1);
            line = line.left(bracket);
        }
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString element;
        if (words.size() == 2 &&
            (words.first() == QLatin1String("allow") || words.first() == QLatin1String("deny"))) {
            AclEntry entry;
            entry.kind = words.first() == QLatin1String("allow") ? AclEntry::Kind::Allow
                                                                 : AclEntry::Kind::Deny;
            entry.pattern = words.at(1);
            // As in rinetd: after the last enabled rule, or global before any.
            int owner = int(config.rules.size()) - 1;
            while (owner >= 0 && !config.rules.at(owner).enabled)
                --owner;
            if (owner < 0) {
                config.globalAcl.entries.append(entry);
                element = QStringLiteral("g");
            } else {
                config.rules[owner].acl.entries.append(entry);
                element = QStringLiteral("r%1").arg(owner + 1);
            }
        } else if (words.size() == 4) {
            Rule rule;
            rule.id = int(config.rules.size()) + 1;
            rule.enabled = enabled;
            rule.bindHost = words.at(0);
            splitPort(words.at(1), &rule.bindPort, &rule.bindProtocol, &rule.bindProtocolExplicit);
            rule.connectHost = words.at(2);
            splitPort(words.at(3), &rule.connectPort, &rule.connectProtocol,
                      &rule.connectProtocolExplicit);
            const QStringList items = options.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &item : items)
                rule.options.append(
                    RuleOption{item.section(QLatin1Char('='), 0, 0), item.section('=', 1)});
            config.rules.append(rule);
            element = QStringLiteral("r%1").arg(config.rules.size());
        }
        if (lineElements)
            lineElements->append(element);
    }
    return config;
}

QStringList normalized(QStringList verdicts) {
    verdicts.removeDuplicates();
    verdicts.sort();
    return verdicts;
}

QStringList expected(const ValidationCase &c) {
    return normalized(QString::fromLatin1(c.verdicts).split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

} // namespace ValidationCases
