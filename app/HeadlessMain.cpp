#include "HeadlessMain.h"

#include "HeadlessController.h"
#include "ProgramMessageHandler.h"

#include <QCoreApplication>

int runHeadless(const CommandLine &cmd) {
    if (cmd.syslog)
        ProgramMessageHandler::installSyslog(cmd.ident);
    else
        ProgramMessageHandler::installStderr();

    int exitCode = 0;
    {
        HeadlessController controller(cmd);
        if (controller.start(&exitCode))
            exitCode = QCoreApplication::exec();
    }
    ProgramMessageHandler::uninstall();
    return exitCode;
}
