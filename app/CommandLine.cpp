#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

bool commandLineWantsNoGui(int argc, char *argv[]) {
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

bool parseCommandLine(CommandLine *out, int *exitCode) {
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
                                    "Convert FILE to OUT (.json: PortRelay JSON, otherwise "
                                    "rinetd.conf) and exit."),
        QCoreApplication::translate("CommandLine", "out"));
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
    parser.addOptions({headless, conf, foreground, check, exportOpt, force, user, syslog, ident,
                       minimized, connectOpt});
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

    out->force = parser.isSet(force);
    out->user = parser.value(user);
    out->syslog = parser.isSet(syslog);
    out->ident = parser.isSet(ident) ? parser.value(ident) : QStringLiteral("portrelay");
    out->minimized = parser.isSet(minimized);

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
