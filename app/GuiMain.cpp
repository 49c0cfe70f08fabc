#include "GuiMain.h"

#include "AppSettings.h"
#include "DesktopSession.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGui, "portrelay.gui")

int runGui(const CommandLine &cmd) {
    // One desktop manager per user: a second start hands its files (or just "show yourself") to
    // the first and leaves before creating any window or listener.
    SingleInstance instance;
    if (instance.sendToRunning(cmd.files)) {
        qCInfo(lcGui) << "handed over to the running instance";
        return 0;
    }
    // Two starts at the same moment: the one that lost the socket hands over to the winner. Without
    // any socket (no runtime directory) this instance still runs, just unreachable for others.
    if (!instance.listen() && instance.sendToRunning(cmd.files)) {
        qCInfo(lcGui) << "handed over to the running instance";
        return 0;
    }

    AppSettings settings;
    // The engine outlives the window: the window's destructor may still talk to it.
    EngineHost host;
    int exitCode = 0;
    {
        MainWindow window(&host);
        DesktopSession session(&window, &host, &settings);
        QObject::connect(&instance, &SingleInstance::activationRequested, &session,
                         &DesktopSession::activate);
        session.start(cmd.files, cmd.minimized);
        exitCode = QApplication::exec();
        session.saveState();
    }
    // Closes every connection and joins the engine's thread before the process ends.
    host.shutdown();
    qCInfo(lcGui) << "engine stopped";
    return exitCode;
}
