#include "GuiMain.h"

#include "EngineHost.h"
#include "MainWindow.h"

#include <QApplication>

int runGui(const CommandLine &cmd) {
    // The engine outlives the window: the window's destructor may still talk to it.
    EngineHost host;
    int exitCode = 0;
    {
        MainWindow window(&host);
        window.show();
        if (!cmd.files.isEmpty())
            window.openFile(cmd.files.first());
        exitCode = QApplication::exec();
    }
    host.shutdown();
    return exitCode;
}
