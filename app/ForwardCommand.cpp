#include "ForwardCommand.h"

#include "EngineGroup.h"
#include "HeadlessMain.h"
#include "RelayOptions.h"
#include "RinetdSyntax.h"
#include "SubcommandParsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace {

// A context lupdate can see (a bare ForwardText::tr() in a free function has none).
struct ForwardText {
    Q_DECLARE_TR_FUNCTIONS(ForwardCommand)
};

// "[ADDR:]PORT": the address may be an IPv6 literal, bare ("::1:8080", split at the last colon)
// or in brackets ("[::1]:8080").
bool splitEndpoint(const QString &text, QString *host, QString *port) {
    if (text.startsWith(QLatin1Char('[')))
        return splitBracketedEndpoint(text, host, port) && !port->isEmpty();
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    *host = colon < 0 ? QString() : text.left(colon);
    *port = colon < 0 ? text : text.mid(colon + 1);
    return !port->isEmpty();
}

} // namespace

bool isForwardCommand(int argc, char *argv[]) {
    return argc > 1 && std::strcmp(argv[1], "forward") == 0;
}

bool parseForwardCommand(const QStringList &arguments, ForwardRequest *out, int *exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(ForwardText::tr(
        "Relays every TCP connection to [ADDR:]PORT to HOST:PORT, in the foreground, like "
        "redir. Each option names the redir option it replaces."));
    parser.addHelpOption();
    const QCommandLineOption ftp(
        {QStringLiteral("f"), QStringLiteral("ftp")},
        ForwardText::tr("FTP helper: passive, active or both (redir -f, --ftp=pasv|"
                        "port|both; rule option ftp=)."),
        ForwardText::tr("type"));
    const QCommandLineOption transproxy(
        {QStringLiteral("p"), QStringLiteral("transproxy")},
        ForwardText::tr(
            "Connect to the target from the client's address and port (redir -p, --transproxy; "
            "rule option transparent=yes). Needs CAP_NET_ADMIN and policy routing, see "
            "docs/transparent.md."));
    const QCommandLineOption timeout(
        {QStringLiteral("t"), QStringLiteral("timeout")},
        ForwardText::tr("Close a connection idle for SEC seconds (redir -t, "
                        "--timeout; rule option timeout=)."),
        ForwardText::tr("sec"));
    const QCommandLineOption bandwidth(
        {QStringLiteral("m"), QStringLiteral("max-bandwidth"), QStringLiteral("max_bandwidth")},
        ForwardText::tr("Limit each connection to BPS bits per second in each direction (redir -m, "
                        "--max-bandwidth; rule option rate= in bytes per second)."),
        ForwardText::tr("bps"));
    const QCommandLineOption bind(
        {QStringLiteral("b"), QStringLiteral("bind"), QStringLiteral("bind_addr")},
        ForwardText::tr(
            "Source address of the connections to the target (redir -b, --bind; rule option "
            "src=)."),
        ForwardText::tr("addr"));
    const QCommandLineOption syslog(
        {QStringLiteral("s"), QStringLiteral("syslog")},
        ForwardText::tr("Send messages and connection events to syslog, facility daemon (redir -s, "
                        "--syslog)."));
    const QCommandLineOption ident(
        {QStringLiteral("I"), QStringLiteral("ident"), QStringLiteral("name")},
        ForwardText::tr("Syslog identity (redir -I, --ident; default: portrelay)."),
        ForwardText::tr("name"));
    const QCommandLineOption debug(
        {QStringLiteral("d"), QStringLiteral("debug")},
        ForwardText::tr(
            "Trace every connection step on stderr, or syslog with --syslog (redir -d, --debug)."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        ForwardText::tr("Drop root privileges to this user after binding (redir has "
                        "no equivalent)."),
        ForwardText::tr("name"));
    const QCommandLineOption foreground(
        {QStringLiteral("n"), QStringLiteral("foreground")},
        ForwardText::tr("Accepted for redir compatibility (redir -n); PortRelay always runs in the "
                        "foreground."));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        ForwardText::tr("Relay on N threads, each with its own connections (\"auto\": one per "
                        "core). Default: 1."),
        QStringLiteral("N"));
    parser.addOptions(
        {ftp, transproxy, timeout, bandwidth, bind, syslog, ident, debug, user, foreground});
    parser.addOption(threads);
    parser.addPositionalArgument(
        QStringLiteral("listen"),
        ForwardText::tr("Where to listen: [ADDR:]PORT (default address 0.0.0.0)."),
        QStringLiteral("[ADDR:]PORT"));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 ForwardText::tr("Where to relay to: HOST:PORT."),
                                 QStringLiteral("HOST:PORT"));

    QStringList args = arguments;
    // "portrelay forward ...": the parser sees "portrelay forward" as the program name.
    if (args.size() >= 2)
        args[1] = args.at(0) + QStringLiteral(" forward");
    args.removeFirst();
    auto usageError = [exitCode](const QString &message) {
        return subcommandUsageError("forward", message, exitCode);
    };
    if (!parseSubcommandLine(parser, args, "forward", exitCode))
        return false;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(ForwardText::tr("expected [ADDR:]PORT HOST:PORT, found %n argument(s)",
                                          nullptr, int(positional.size())));

    Rule rule;
    rule.id = 1;
    QString listenHost;
    QString targetHost;
    if (!splitEndpoint(positional.at(0), &listenHost, &rule.bindPort))
        return usageError(ForwardText::tr("'%1' is not [ADDR:]PORT").arg(positional.at(0)));
    if (!splitEndpoint(positional.at(1), &targetHost, &rule.connectPort))
        return usageError(ForwardText::tr("'%1' is not HOST:PORT").arg(positional.at(1)));
    // redir's defaults: any address to listen on, and this host (0.0.0.0) as the target.
    rule.bindHost = listenHost.isEmpty() ? QStringLiteral("0.0.0.0") : listenHost;
    rule.connectHost = targetHost.isEmpty() ? QStringLiteral("127.0.0.1") : targetHost;
    for (const QString *port : {&rule.bindPort, &rule.connectPort}) {
        if (!resolvePort(*port, Protocol::Tcp))
            return usageError(
                ForwardText::tr("'%1' is not a port in 1..65535 or a TCP service name").arg(*port));
    }
    for (const QString *host : {&rule.bindHost, &rule.connectHost}) {
        if (!RinetdSyntax::isValidHost(*host))
            return usageError(ForwardText::tr("'%1' is not an address or host name").arg(*host));
    }
    if (parser.isSet(ftp)) {
        const auto mode = RelayOptions::parseFtpMode(parser.value(ftp));
        if (!mode)
            return usageError(
                ForwardText::tr("--ftp must be passive, active or both (or redir's pasv, port), "
                                "not '%1'")
                    .arg(parser.value(ftp)));
        rule.setOption(QLatin1String(RelayOptions::Ftp), RelayOptions::ftpModeName(*mode));
    }
    if (parser.isSet(transproxy))
        rule.setOption(QLatin1String(RelayOptions::Transparent), QStringLiteral("yes"));
    if (parser.isSet(timeout)) {
        bool ok = false;
        const uint seconds = parser.value(timeout).toUInt(&ok);
        if (!ok)
            return usageError(
                ForwardText::tr("--timeout must be a whole number of seconds, not '%1'")
                    .arg(parser.value(timeout)));
        // 0 is redir's "no timeout".
        if (seconds > 0)
            rule.setOption(QStringLiteral("timeout"), QString::number(seconds));
    }
    if (parser.isSet(bandwidth)) {
        const std::optional<qulonglong> bytes = bandwidthBytesPerSecond(parser.value(bandwidth));
        if (!bytes)
            return usageError(
                ForwardText::tr("--max-bandwidth must be a number of bits per second of at "
                                "least 8, not '%1'")
                    .arg(parser.value(bandwidth)));
        rule.setOption(QLatin1String(RelayOptions::Rate), RelayOptions::formatRate(*bytes));
    }
    if (parser.isSet(bind)) {
        if (parser.isSet(transproxy))
            return usageError(
                ForwardText::tr("--bind and --transproxy exclude each other: with --transproxy "
                                "the source address is the client's"));
        if (!RinetdSyntax::isValidHost(parser.value(bind)))
            return usageError(
                ForwardText::tr("--bind needs an address, not '%1'").arg(parser.value(bind)));
        rule.setOption(QStringLiteral("src"), parser.value(bind));
    }

    CommandLine &cmd = out->commandLine;
    cmd.mode = CommandLine::Mode::Headless;
    cmd.configFile = QStringLiteral("forward");
    cmd.user = parser.value(user);
    cmd.syslog = parser.isSet(syslog);
    cmd.ident = parser.isSet(ident) ? parser.value(ident) : QStringLiteral("portrelay");
    cmd.debug = parser.isSet(debug);
    if (parser.isSet(threads)) {
        cmd.threads = parseThreadCount(parser.value(threads));
        if (cmd.threads == 0)
            return usageError(ForwardText::tr("--threads takes a number from 1 to %1 or auto")
                                  .arg(EngineGroup::kMaxThreads));
    }
    out->config = Config();
    out->config.rules << rule;
    return true;
}

int runForward() {
    ForwardRequest request;
    int exitCode = 0;
    if (!parseForwardCommand(QCoreApplication::arguments(), &request, &exitCode))
        return exitCode;
    return runHeadless(request.commandLine, &request.config);
}
