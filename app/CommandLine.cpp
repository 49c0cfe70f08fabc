#include "CommandLine.h"

#include "EngineGroup.h"
#include "SubcommandParsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <cstring>

bool commandLineWantsNoGui(int argc, char *argv[]) {
    if (argc > 1 && (std::strcmp(argv[1], "ctl") == 0 || std::strcmp(argv[1], "forward") == 0))
        return true;
    static const char *const noGui[] = {"--headless", "--check",    "--export", "-h",
                                        "--help",     "--help-all", "-v",       "--version"};
    for (int i = 1; i < argc; ++i) {
        for (const char *opt : noGui) {
            if (std::strcmp(argv[i], opt) == 0 ||
                (std::strncmp(argv[i], opt, std::strlen(opt)) == 0 &&
                 argv[i][std::strlen(opt)] == '='))
                return true;
        }
    }
    return false;
}

namespace {
// `portrelay ctl ...`: the control client has options of its own and its own --help.
bool parseCtlCommandLine(CommandLine *out, int *exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Controls a running PortRelay service (portrelay --headless) through its control "
        "socket.\n\nCommands:\n"
        "  status             rules: state, active, totals; control clients\n"
        "  enable RULE        start a rule (RULE: its name, or its number in status)\n"
        "  disable RULE       stop a rule\n"
        "  apply FILE         replace the running rules by FILE's (checked like --check)\n"
        "  reload             re-read the service's own file (like SIGHUP)\n"
        "  connections        the open connections\n"
        "  close ID           close one connection\n"
        "  save               write the running configuration to the service's file\n\n"
        "Exit status: 0 done, 1 refused or errors, 2 no service reachable."));
    parser.addHelpOption();
    const QCommandLineOption control(
        QStringLiteral("control"),
        QCoreApplication::translate("CommandLine",
                                    "The service's control socket. Default: "
                                    "$XDG_RUNTIME_DIR/portrelay/control.sock when that exists "
                                    "(your own service), else /run/portrelay/control.sock."),
        QCoreApplication::translate("CommandLine", "path"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("CommandLine", "Print status and connections as JSON."));
    const QCommandLineOption stdio(
        QStringLiteral("stdio"),
        QCoreApplication::translate("CommandLine",
                                    "Bridge the control protocol between stdin/stdout and the "
                                    "socket (for ssh user@host portrelay ctl --stdio)."));
    parser.addOptions({control, json, stdio});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CommandLine", "What to do."),
                                 QStringLiteral("command [argument]"));
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // "ctl"
    auto usageError = [exitCode](const QString &message) {
        return subcommandUsageError("ctl", message, exitCode);
    };
    if (!parseSubcommandLine(parser, args, "ctl", exitCode))
        return false;
    out->mode = CommandLine::Mode::Ctl;
    out->controlPath = parser.value(control);
    out->ctlJson = parser.isSet(json);
    out->ctlStdio = parser.isSet(stdio);
    out->ctlArgs = parser.positionalArguments();
    if (out->ctlStdio) {
        if (!out->ctlArgs.isEmpty())
            return usageError(
                QCoreApplication::translate("CommandLine", "--stdio takes no command"));
        return true;
    }
    if (out->ctlArgs.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "a command is needed (see portrelay ctl --help)"));
    static const QStringList noArgument{QStringLiteral("status"), QStringLiteral("reload"),
                                        QStringLiteral("connections"), QStringLiteral("save")};
    static const QStringList oneArgument{QStringLiteral("enable"), QStringLiteral("disable"),
                                         QStringLiteral("apply"), QStringLiteral("close")};
    const QString &command = out->ctlArgs.first();
    if (noArgument.contains(command)) {
        if (out->ctlArgs.size() != 1)
            return usageError(
                QCoreApplication::translate("CommandLine", "%1 takes no argument").arg(command));
    } else if (oneArgument.contains(command)) {
        if (out->ctlArgs.size() != 2)
            return usageError(
                QCoreApplication::translate("CommandLine", "%1 takes one argument").arg(command));
    } else {
        return usageError(
            QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(command));
    }
    return true;
}
} // namespace

int parseThreadCount(const QString &text) {
    if (text == QLatin1String("auto"))
        return qBound(1, QThread::idealThreadCount(), EngineGroup::kMaxThreads);
    bool ok = false;
    const int count = text.toInt(&ok);
    return ok && count >= 1 && count <= EngineGroup::kMaxThreads ? count : 0;
}

bool parseCommandLine(CommandLine *out, int *exitCode) {
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("ctl"))
        return parseCtlCommandLine(out, exitCode);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Port-forwarding manager: relays TCP and UDP connections like rinetd, "
                       "with a desktop UI or headless."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine",
                                    "Run the relay without a user interface, in the foreground."));
    const QCommandLineOption conf(
        {QStringLiteral("c"), QStringLiteral("conf-file")},
        QCoreApplication::translate("CommandLine",
                                    "Configuration file (rinetd.conf or PortRelay JSON) for "
                                    "--headless. Default: /etc/rinetd.conf."),
        QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption foreground(
        {QStringLiteral("f"), QStringLiteral("foreground")},
        QCoreApplication::translate("CommandLine",
                                    "Accepted for rinetd compatibility; PortRelay always runs in "
                                    "the foreground."));
    const QCommandLineOption check(
        QStringLiteral("check"),
        QCoreApplication::translate("CommandLine",
                                    "Check FILE, print its diagnostics and exit (0: no error, 1: "
                                    "errors, 2: unreadable)."));
    const QCommandLineOption exportOpt(
        QStringLiteral("export"),
        QCoreApplication::translate("CommandLine",
                                    "Convert FILE to OUT (.json: PortRelay JSON, .nft: nftables "
                                    "ruleset, .cfg: HAProxy configuration, otherwise rinetd.conf) "
                                    "and exit."),
        QCoreApplication::translate("CommandLine", "out"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("CommandLine",
                                    "With --export: the format of OUT (rinetd, json, nftables or "
                                    "haproxy) whatever its extension."),
        QCoreApplication::translate("CommandLine", "format"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("CommandLine",
                                    "With --export: write even if FILE has errors."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("CommandLine",
                                    "With --headless: drop root privileges to this user after "
                                    "binding the listeners."),
        QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption syslog(
        QStringLiteral("syslog"),
        QCoreApplication::translate("CommandLine",
                                    "With --headless: send the program's messages to syslog."));
    const QCommandLineOption ident(
        QStringLiteral("ident"),
        QCoreApplication::translate("CommandLine", "Syslog identity (default: portrelay)."),
        QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QCoreApplication::translate("CommandLine",
                                    "Start the desktop manager hidden in the tray."));
    const QCommandLineOption connectOpt(
        QStringLiteral("connect"),
        QCoreApplication::translate("CommandLine",
                                    "Open the desktop manager on a PortRelay service: its control "
                                    "socket, or ssh://user@host for the service on another "
                                    "computer."),
        QCoreApplication::translate("CommandLine", "target"));
    const QCommandLineOption control(
        QStringLiteral("control"),
        QCoreApplication::translate(
            "CommandLine",
            "With --headless: serve the control socket (for portrelay ctl and the desktop "
            "manager) at this path, or \"none\". Default: /run/portrelay/control.sock as root, "
            "else $XDG_RUNTIME_DIR/portrelay/control.sock."),
        QCoreApplication::translate("CommandLine", "path"));
    parser.addOptions({headless, conf, foreground, check, exportOpt, format, force, user, syslog,
                       ident, minimized});
    parser.addOption(control);
    const QCommandLineOption debug(
        QStringLiteral("debug"),
        QCoreApplication::translate("CommandLine",
                                    "With --headless: trace every connection step (accept, access "
                                    "check, connect, first byte, half-closes, close) on stderr, or "
                                    "syslog with --syslog."));
    parser.addOption(debug);
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QCoreApplication::translate(
            "CommandLine",
            "With --headless: relay on N threads, each with its own connections (\"auto\": one "
            "per core). Default: 1."),
        QStringLiteral("N"));
    parser.addOption(threads);
    parser.addOption(connectOpt);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("CommandLine",
                                    "Configuration to open (GUI), to check or to convert."),
        QStringLiteral("[file]"));

    const QStringList args = QCoreApplication::arguments();
    if (!parser.parse(args)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }

    const QStringList positional = parser.positionalArguments();
    auto usageError = [&](const QString &message) {
        std::fprintf(stderr, "portrelay: %s\n", qPrintable(message));
        *exitCode = 2;
        return false;
    };
    const int modes =
        int(parser.isSet(headless)) + int(parser.isSet(check)) + int(parser.isSet(exportOpt));
    if (modes > 1)
        return usageError(QCoreApplication::translate(
            "CommandLine", "--headless, --check and --export exclude each other"));

    if (parser.isSet(format) && !parser.isSet(exportOpt))
        return usageError(
            QCoreApplication::translate("CommandLine", "--format is only used with --export"));
    out->force = parser.isSet(force);
    out->user = parser.value(user);
    out->syslog = parser.isSet(syslog);
    out->ident = parser.isSet(ident) ? parser.value(ident) : QStringLiteral("portrelay");
    out->minimized = parser.isSet(minimized);
    out->controlPath = parser.value(control);
    out->debug = parser.isSet(debug);
    if (parser.isSet(threads)) {
        out->threads = parseThreadCount(parser.value(threads));
        if (out->threads == 0)
            return usageError(QCoreApplication::translate(
                                  "CommandLine", "--threads takes a number from 1 to %1 or auto")
                                  .arg(EngineGroup::kMaxThreads));
    }

    if (parser.isSet(check)) {
        if (positional.size() != 1)
            return usageError(
                QCoreApplication::translate("CommandLine", "--check takes exactly one FILE"));
        out->mode = CommandLine::Mode::Check;
        out->configFile = positional.first();
    } else if (parser.isSet(exportOpt)) {
        if (positional.size() != 1)
            return usageError(QCoreApplication::translate(
                "CommandLine", "--export OUT takes exactly one FILE to convert"));
        out->mode = CommandLine::Mode::Export;
        out->exportTarget = parser.value(exportOpt);
        out->exportFormat = parser.value(format);
        static const QStringList formats = {QStringLiteral("rinetd"), QStringLiteral("json"),
                                            QStringLiteral("nftables"), QStringLiteral("haproxy")};
        if (parser.isSet(format) && !formats.contains(out->exportFormat))
            return usageError(
                QCoreApplication::translate(
                    "CommandLine", "unknown --format '%1' (rinetd, json, nftables or haproxy)")
                    .arg(out->exportFormat));
        out->configFile = positional.first();
    } else if (parser.isSet(headless)) {
        if (!positional.isEmpty() && parser.isSet(conf))
            return usageError(QCoreApplication::translate(
                "CommandLine", "give the configuration either with -c or as FILE, not both"));
        out->mode = CommandLine::Mode::Headless;
        out->configFile = parser.isSet(conf)      ? parser.value(conf)
                          : !positional.isEmpty() ? positional.first()
                                                  : QStringLiteral("/etc/rinetd.conf");
    } else {
        out->mode = CommandLine::Mode::Gui;
        out->connectTarget = parser.value(connectOpt);
        if (!out->connectTarget.isEmpty() && !positional.isEmpty())
            return usageError(QCoreApplication::translate(
                "CommandLine", "--connect manages a service's rules; it opens no FILE"));
        out->files = positional;
        if (parser.isSet(conf))
            out->files.prepend(parser.value(conf));
    }
    return true;
}
