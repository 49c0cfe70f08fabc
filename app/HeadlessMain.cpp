#include "HeadlessMain.h"

#include "HeadlessController.h"
#include "ProgramMessageHandler.h"

#include <QCoreApplication>

int runHeadless(const CommandLine &cmd, const Config *inlineConfig) {
    if (cmd.syslog)
        ProgramMessageHandler::installSyslog(cmd.ident);
    else
        ProgramMessageHandler::installStderr();
    ProgramMessageHandler::enableConnectionMessages(cmd.debug, cmd.syslog);

    int exitCode = 0;
    {
        HeadlessController controller(cmd);
        if (inlineConfig)
            controller.setInlineConfig(*inlineConfig);
        if (controller.start(&exitCode))
            exitCode = QCoreApplication::exec();
    }
    ProgramMessageHandler::uninstall();
    return exitCode;
}
