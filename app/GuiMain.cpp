#include "GuiMain.h"

#include "AppSettings.h"
#include "DesktopSession.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "RemoteBackend.h"
#include "SingleInstance.h"
#include "SystemServiceChoice.h"
#include "UnixSignalWatcher.h"

#include <QApplication>
#include <QDialog>
#include <QIcon>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcGui, "portrelay.gui")

int runGui(const CommandLine &cmd) {
    QString target = cmd.connectTarget;
    bool remote = !target.isEmpty();
    if (remote) {
        QString error;
        if (!RemoteBackend::isValidTarget(target, &error)) {
            qCCritical(lcGui).noquote() << "--connect" << cmd.connectTarget << ":" << error;
            return 2;
        }
    }
    // One desktop manager per user: a second start hands its files (or just "show yourself") to
    // the first and leaves before creating any window or listener. A window on a service is a
    // window of its own, as many as there are services.
    SingleInstance instance;
    // Started minimised (autostart) while one runs: that one is left as it is.
    const bool raise = !cmd.minimized;
    if (!remote && instance.sendToRunning(cmd.files, 5000, raise)) {
        qCInfo(lcGui) << "handed over to the running instance";
        return 0;
    }
    if (!remote && cmd.files.isEmpty() && !cmd.minimized) {
        target = SystemServiceChoice::ask();
        remote = !target.isEmpty();
    }
    // Two starts at the same moment: the one that lost the socket hands over to the winner. Without
    // any socket (no runtime directory) this instance still runs, just unreachable for others.
    if (!remote && !instance.listen() && instance.sendToRunning(cmd.files, 5000, raise)) {
        qCInfo(lcGui) << "handed over to the running instance";
        return 0;
    }

    // Windows belong to the installed desktop entry (its name and icon in task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.portrelay.PortRelay"));
    QIcon icon(QStringLiteral(":/icons/portrelay-64.png"));
    icon.addFile(QStringLiteral(":/icons/portrelay-32.png"));
    QApplication::setWindowIcon(icon);

    AppSettings settings;
    // The backend outlives the window: the window's destructor may still talk to it.
    std::unique_ptr<RelayBackend> backend;
    if (remote) {
        auto remoteBackend = std::make_unique<RemoteBackend>(target);
        remoteBackend->start();
        backend = std::move(remoteBackend);
    } else {
        backend = std::make_unique<LocalBackend>(settings.relayThreads());
    }
    int exitCode = 0;
    {
        MainWindow window(backend.get());
        DesktopSession session(&window, &settings);
        QObject::connect(
            &window, &MainWindow::connectRequested, &window, [](const QString &target) {
                const bool started = QProcess::startDetached(
                    QCoreApplication::applicationFilePath(), {QStringLiteral("--connect"), target});
                qCInfo(lcGui).noquote()
                    << "window for" << target << (started ? "started" : "did not start");
            });
        QObject::connect(&instance, &SingleInstance::activationRequested, &session,
                         &DesktopSession::activate);
        // SIGTERM (logout, kill) and SIGINT (Ctrl+C) end the event loop rather than the process,
        // so the layout is saved and the engine closes its connections below.
        UnixSignalWatcher signalWatcher;
        for (int signalNumber : {SIGTERM, SIGINT})
            signalWatcher.watch(signalNumber);
        // A quit request must win over whatever dialog is open, also one that start-up shows
        // (the problems of a file given on the command line) before the main event loop runs:
        // exit() ends the loops running now, the flag keeps exec() from starting afterwards, and
        // the timer rejects any modal dialog that opens until then.
        bool quitRequested = false;
        QTimer modalCloser;
        modalCloser.setInterval(50);
        QObject::connect(&modalCloser, &QTimer::timeout, &session, [] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else if (modal)
                modal->close();
        });
        QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &session,
                         [&quitRequested, &modalCloser](int number) {
                             qCInfo(lcGui) << "received signal" << number << "- quitting";
                             quitRequested = true;
                             modalCloser.start();
                             // exit(), not quit(): Qt 6 turns quit() into closing every
                             // window, and the unsaved-changes question would block a
                             // process nobody can answer any more.
                             QCoreApplication::exit(0);
                         });
        session.start(cmd.files, cmd.minimized);
        if (!quitRequested)
            exitCode = QApplication::exec();
        modalCloser.stop();
        session.saveState();
    }
    // Closes every connection and joins the engine's thread before the process ends.
    backend->shutdown();
    qCInfo(lcGui) << "engine stopped";
    return exitCode;
}
