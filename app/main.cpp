#include "AppSettings.h"
#include "CommandLine.h"
#include "ConfigCommands.h"
#include "CtlMain.h"
#include "ForwardCommand.h"
#include "GuiMain.h"
#include "HeadlessMain.h"
#include "InetdCommand.h"
#include "LanguageLoader.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[]) {
    if (isInetdCommand(argc, argv)) {
        // One connection, no display, messages in C like the headless relay's.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("PortRelay"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PORTRELAY_VERSION));
        LanguageLoader::install(QStringLiteral("C"));
        return runInetd();
    }
    // The application object decides whether a display is touched at all, so the mode must be
    // known before it exists: --headless, --check and --export never initialise a GUI.
    std::unique_ptr<QCoreApplication> app;
    if (commandLineWantsNoGui(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PortRelay"));
    QCoreApplication::setOrganizationName(QStringLiteral("PortRelay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTRELAY_VERSION));
    // Before any text is made (--help too). The desktop manager's language can be chosen in its
    // settings; the other modes follow the system locale.
    LanguageLoader::install(commandLineWantsNoGui(argc, argv) ? QString()
                                                              : AppSettings().language());

    if (isForwardCommand(argc, argv)) {
        // Like --headless: messages in the words log watchers expect, whatever the locale.
        LanguageLoader::install(QStringLiteral("C"));
        return runForward();
    }

    CommandLine cmd;
    int exitCode = 0;
    if (!parseCommandLine(&cmd, &exitCode))
        return exitCode;

    switch (cmd.mode) {
    case CommandLine::Mode::Check:
        return runCheck(cmd);
    case CommandLine::Mode::Export:
        return runExport(cmd);
    case CommandLine::Mode::Headless:
        // The drop-in relay speaks like rinetd whatever the locale of the service: its messages
        // ("starting redirections...") are what log watchers written for rinetd match.
        LanguageLoader::install(QStringLiteral("C"));
        return runHeadless(cmd);
    case CommandLine::Mode::Ctl:
        return runCtl(cmd);
    case CommandLine::Mode::Gui:
        break;
    }
    return runGui(cmd);
}
