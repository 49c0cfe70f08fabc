#include "RandomConfigGenerator.h"

RandomConfigGenerator::RandomConfigGenerator(quint32 seed)
    : m_random(seed) {}

Annotations RandomConfigGenerator::notes(bool allowTrailing) {
    static const QVector<QString> lines = {
        QStringLiteral("# a comment"),
        QString(),
        QStringLiteral("   "),
        QStringLiteral("#"),
        QStringLiteral("## section ##"),
        QStringLiteral("\t# tabbed"),
        QStringLiteral("# 0.0.0.0 80 10.0.0.1 80 (commented-out rule)"),
        QStringLiteral("#allow 10.*"),
        QStringLiteral("# café ünïcode ✓"),
        QStringLiteral("# [brackets] and \"quotes\"")};
    static const QVector<QString> trailing = {QStringLiteral("# trailing"), QStringLiteral("#t"),
                                              QStringLiteral("## x # y"),
                                              QStringLiteral("# ends with blank ")};
    Annotations n;
    const int count = chance(40) ? bounded(4) : 0;
    for (int i = 0; i < count; ++i)
        n.leadingLines << pick(lines);
    if (allowTrailing && chance(30))
        n.trailingComment = pick(trailing);
    return n;
}

AccessList RandomConfigGenerator::acl(int maxEntries) {
    static const QVector<QString> patterns = {QStringLiteral("10.*"),
                                              QStringLiteral("192.168.1.?"),
                                              QStringLiteral("*"),
                                              QStringLiteral("127.0.0.1"),
                                              QStringLiteral("fe80:*"),
                                              QStringLiteral("2001:618:*:e43f"),
                                              QStringLiteral("::1"),
                                              QStringLiteral("10.0.0.0/8"),
                                              QStringLiteral("172.16.0.0/16"),
                                              QStringLiteral("192.168.7.0/24"),
                                              QStringLiteral("0.0.0.0/0"),
                                              QStringLiteral("203.0.113.9/32"),
                                              QStringLiteral("10.0.0.0/9"),
                                              QStringLiteral("2001:db8::/32"),
                                              QStringLiteral("172.16.0.0/12"),
                                              QStringLiteral("1?.*.*.2")};
    AccessList list;
    const int count = chance(50) ? bounded(maxEntries + 1) : 0;
    for (int i = 0; i < count; ++i) {
        AclEntry e;
        e.kind = chance(50) ? AclEntry::Kind::Allow : AclEntry::Kind::Deny;
        e.pattern = pick(patterns);
        e.notes = notes(true);
        list.entries << e;
    }
    return list;
}

QVector<RuleOption> RandomConfigGenerator::options(bool loopback) {
    QVector<RuleOption> all = {{QStringLiteral("timeout"), QString::number(1 + bounded(7200))},
                               {QStringLiteral("src"), QStringLiteral("127.0.0.1")}};
    if (!loopback) {
        all << RuleOption{QStringLiteral("keepalive"), QStringLiteral("on")}
            << RuleOption{QStringLiteral("foo"), QStringLiteral("bar")}
            << RuleOption{QStringLiteral("dns-refresh"), QStringLiteral("60")};
    } else {
        all << RuleOption{QStringLiteral("keepalive"), QStringLiteral("off")};
    }
    QVector<RuleOption> out;
    for (const RuleOption &o : all) {
        if (chance(30))
            out.insert(out.isEmpty() ? 0 : bounded(int(out.size()) + 1), o);
    }
    return out;
}

Config RandomConfigGenerator::next() {
    static const QVector<QString> hosts = {
        QStringLiteral("0.0.0.0"),  QStringLiteral("127.0.0.1"),   QStringLiteral("::"),
        QStringLiteral("::1"),      QStringLiteral("localhost"),   QStringLiteral("db.example.com"),
        QStringLiteral("10.1.2.3"), QStringLiteral("2001:db8::5"), QStringLiteral("0"),
        QStringLiteral("my_host-2")};
    static const QVector<QString> tcpServices = {QStringLiteral("http"), QStringLiteral("https"),
                                                 QStringLiteral("ssh"), QStringLiteral("domain")};
    static const QVector<QString> udpServices = {QStringLiteral("domain"), QStringLiteral("ntp"),
                                                 QStringLiteral("https")};
    static const QVector<QString> names = {QStringLiteral("Web"), QStringLiteral("db replica #2"),
                                           QStringLiteral("x=y, [z]"), QStringLiteral("Ünïcode ✓")};
    static const QVector<QString> unsupported = {
        QStringLiteral("pidfile /run/rinetd-uv.pid"), QStringLiteral("buffersize 65536"),
        QStringLiteral("include /etc/rinetd-uv.d/*.conf"),
        QStringLiteral("0.0.0.0 2375/tcp unix:/var/run/docker.sock"),
        QStringLiteral("statusformat json")};

    Config c;
    if (chance(50)) {
        c.logFile = chance(80) ? QStringLiteral("/var/log/rinetd.log")
                               : QStringLiteral("/var/log/with blank.log");
        c.logFileNotes = notes(true);
    }
    const int format = bounded(4);
    c.logFormat = format == 0   ? LogFormat::None
                  : format == 1 ? LogFormat::Rinetd
                  : format == 2 ? LogFormat::Common
                                : LogFormat::PortRelay;
    if (c.logFormat == LogFormat::Common)
        c.logFormatNotes = notes(true);
    if (chance(30)) {
        c.pidFile = QStringLiteral("/run/rinetd.pid");
        c.pidFileNotes = notes(true);
    }
    const int unsupportedCount = chance(25) ? 1 + bounded(3) : 0;
    for (int i = 0; i < unsupportedCount; ++i)
        c.unsupportedLines << VerbatimLine{pick(unsupported), notes(true)};
    c.globalAcl = acl(4);
    const int ruleCount = bounded(12);
    for (int i = 0; i < ruleCount; ++i) {
        Rule r;
        r.id = i + 1;
        r.enabled = chance(75);
        if (chance(40))
            r.name = pick(names);
        r.bindHost = pick(hosts);
        r.connectHost = pick(hosts);
        r.bindProtocol = chance(25) ? Protocol::Udp : Protocol::Tcp;
        r.connectProtocol = chance(85)
                                ? r.bindProtocol
                                : (r.bindProtocol == Protocol::Tcp ? Protocol::Udp : Protocol::Tcp);
        r.bindProtocolExplicit = r.bindProtocol == Protocol::Udp || chance(30);
        r.connectProtocolExplicit = r.connectProtocol == Protocol::Udp || chance(30);
        auto port = [&](Protocol p) {
            if (chance(15))
                return pick(p == Protocol::Tcp ? tcpServices : udpServices);
            return QString::number(1 + bounded(65535));
        };
        r.bindPort = port(r.bindProtocol);
        r.connectPort = port(r.connectProtocol);
        r.options = options(false);
        r.acl = acl(3);
        r.notes = notes(true);
        c.rules << r;
    }
    if (chance(40))
        c.trailingLines = notes(false).leadingLines;
    return c;
}

Config RandomConfigGenerator::nextLoopback(const QVector<quint16> &ports, quint16 backendPort) {
    static const QVector<QString> patterns = {
        QStringLiteral("127.*"),        QStringLiteral("127.0.0.1"),  QStringLiteral("*"),
        QStringLiteral("127.0.0.0/8"),  QStringLiteral("10.0.0.0/9"), QStringLiteral("192.168.*"),
        QStringLiteral("127.0.0.1/32"), QStringLiteral("::1"),        QStringLiteral("1?.*")};
    Config c;
    c.logFormat = chance(50) ? LogFormat::Common : LogFormat::Rinetd;
    for (int i = 0; i < 2; ++i) {
        // Deny lists only name other networks, so the test's own connections stay allowed.
        AclEntry e;
        e.kind = chance(50) ? AclEntry::Kind::Allow : AclEntry::Kind::Deny;
        e.pattern = e.kind == AclEntry::Kind::Allow ? QStringLiteral("127.0.0.0/8")
                                                    : QStringLiteral("10.0.0.0/9");
        e.notes = notes(true);
        if (chance(60))
            c.globalAcl.entries << e;
    }
    for (int i = 0; i < ports.size(); ++i) {
        Rule r;
        r.id = i + 1;
        r.enabled = i == 0 || chance(70);
        if (chance(50))
            r.name = QStringLiteral("rule %1").arg(i + 1);
        r.bindHost = QStringLiteral("127.0.0.1");
        r.connectHost = QStringLiteral("127.0.0.1");
        r.bindProtocol = (i > 0 && chance(30)) ? Protocol::Udp : Protocol::Tcp;
        r.connectProtocol = r.bindProtocol;
        r.bindProtocolExplicit = r.bindProtocol == Protocol::Udp || chance(50);
        r.connectProtocolExplicit = r.bindProtocolExplicit;
        r.bindPort = QString::number(ports.at(i));
        r.connectPort = QString::number(backendPort);
        r.options = options(true);
        if (chance(50)) {
            AclEntry e;
            e.kind = chance(50) ? AclEntry::Kind::Allow : AclEntry::Kind::Deny;
            const QString pattern = pick(patterns);
            // An allow must let 127.0.0.1 in and a deny must keep it in, whatever rinetd sees.
            const bool lets127In =
                pattern.startsWith(QLatin1String("127")) || pattern == QLatin1String("*");
            if ((e.kind == AclEntry::Kind::Allow) == lets127In) {
                e.pattern = pattern;
                e.notes = notes(true);
                r.acl.entries << e;
            }
        }
        r.notes = notes(true);
        c.rules << r;
    }
    return c;
}
