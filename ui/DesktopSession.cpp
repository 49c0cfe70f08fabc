#include "DesktopSession.h"

#include "AppIcons.h"
#include "AppSettings.h"
#include "Autostart.h"
#include "Document.h"
#include "MainWindow.h"
#include "RelayBackend.h"
#include "RelayStatus.h"
#include "SettingsDialog.h"
#include "StartController.h"
#include "StartRulesDialog.h"
#include "TrayController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcDesktop, "portrelay.desktop")

using Key = AppSettings::Key;

DesktopSession::DesktopSession(MainWindow *window, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_tray(new TrayController(window->document(), window->ruleModel(), window->status(), this))
    , m_executable(QCoreApplication::applicationFilePath()) {
    m_window->installEventFilter(this);

    connect(m_tray, &TrayController::showWindowRequested, this, &DesktopSession::showWindow);
    connect(m_tray, &TrayController::toggleWindowRequested, this, [this] {
        if (m_window->isVisible() && m_window->isActiveWindow())
            m_window->hide();
        else
            showWindow();
    });
    connect(m_tray, &TrayController::settingsRequested, this, &DesktopSession::showSettings);
    connect(m_tray, &TrayController::quitRequested, this, [this] { quit(); });

    connect(m_window, &MainWindow::closeAnswered, this, &DesktopSession::onCloseAnswered);
    connect(m_window->document(), &Document::stateChanged, this, &DesktopSession::rememberDocument);
    connect(m_window->starter(), &StartController::started, this, &DesktopSession::onRulesStarted);
    wireWindowActions();
}

DesktopSession::~DesktopSession() {
    m_window->removeEventFilter(this);
}

void DesktopSession::wireWindowActions() {
    // File > Quit must quit even when closing the window only hides it to the tray.
    m_window->setQuitHandler([this] { quit(); });
    // Settings sit in the File menu, just above Quit.
    m_settingsAction = new QAction(m_window);
    retranslateUi();
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setIcon(AppIcons::icon(AppIcons::Id::Settings));
    connect(m_settingsAction, &QAction::triggered, this, &DesktopSession::showSettings);
    m_window->addFileMenuAction(m_settingsAction);
}

void DesktopSession::retranslateUi() {
    m_settingsAction->setText(tr("Se&ttings…"));
}

bool DesktopSession::trayShown() const {
    return m_tray->isIconShown();
}

quint64 DesktopSession::activeConnections() const {
    return m_window->status()->activeConnections();
}

void DesktopSession::setExecutable(const QString &path) {
    m_executable = path;
}

void DesktopSession::start(const QStringList &files, bool minimized) {
    m_window->restoreGeometry(m_settings->value(Key::WindowGeometry).toByteArray());
    m_window->restoreState(m_settings->value(Key::WindowState).toByteArray());
    m_window->restoreSplitterState(m_settings->value(Key::SplitterState).toByteArray());
    m_window->restoreRuleColumnsState(m_settings->value(Key::RuleColumns).toByteArray());

    const bool tray = m_tray->showIcon();
    // A process with neither a window nor a tray icon could not be reached: without a tray the
    // window is shown whatever was asked.
    QApplication::setQuitOnLastWindowClosed(!tray);
    const bool hidden = tray && (minimized || m_settings->startMinimized());
    if (!hidden)
        m_window->show();
    qCInfo(lcDesktop) << "started:" << (tray ? "tray icon shown" : "no system tray") << "-"
                      << (hidden ? "window hidden in the tray" : "window shown");

    // A service's rules come from the service, not from a file.
    if (m_window->backend() && m_window->backend()->isRemote())
        return;
    // Nothing here may wait for an answer: problems show in the window, not in a dialog.
    if (!files.isEmpty()) {
        // A file named on the command line is opened, not started.
        if (m_window->reopenAtStartup(files.first(), false))
            qCInfo(lcDesktop).noquote() << "opened" << QDir::toNativeSeparators(files.first());
        return;
    }
    const QString file = m_settings->reopenLastFile() ? m_settings->lastFile() : QString();
    if (file.isEmpty())
        return;
    if (!QFileInfo::exists(file)) {
        qCInfo(lcDesktop) << "last file" << file << "no longer exists";
        return;
    }
    // Its rules start again only when they ran at the last quit: one opened to look at stays
    // stopped.
    const bool start = m_settings->lastFileStarted();
    m_startingUp = true;
    if (m_window->reopenAtStartup(file, start))
        qCInfo(lcDesktop).noquote()
            << "reopened" << QDir::toNativeSeparators(file)
            << (m_window->document()->isStopped() ? "stopped" : "and started its rules");
    m_startingUp = false;
}

void DesktopSession::onRulesStarted(const ExposureReport &report, bool confirmed) {
    const Config &running = m_window->document()->appliedConfig();
    const QString seen = report.fingerprint(running);
    const bool shown = confirmed || m_settings->value(Key::ExposureSeen).toString() == seen;
    m_settings->setValue(Key::ExposureSeen, seen);
    if (shown || !m_startingUp)
        return;
    // The start-up started rules nobody saw listed: the list once, beside the window, while the
    // rules already forward.
    const int leftOut = int(m_window->document()->config().rules.size() - running.rules.size());
    auto *dialog =
        new StartRulesDialog(StartRulesDialog::Mode::Started, running, report, leftOut, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->stopChosen())
            m_window->starter()->stop();
    });
    dialog->show();
    qCInfo(lcDesktop) << "listed what the start-up started:" << report.ruleIds().size()
                      << "rule(s)";
}

void DesktopSession::saveState() {
    m_settings->setValue(Key::WindowGeometry, m_window->saveGeometry());
    m_settings->setValue(Key::WindowState, m_window->saveState());
    m_settings->setValue(Key::SplitterState, m_window->splitterState());
    m_settings->setValue(Key::RuleColumns, m_window->ruleColumnsState());
    rememberDocument();
    m_settings->sync();
}

void DesktopSession::rememberDocument() {
    // Only a document with a file of its own can be reopened; an untitled one (new, imported)
    // leaves the previous choice alone.
    const QString path = m_window->document()->filePath();
    if (path.isEmpty())
        return;
    if (path != m_settings->lastFile())
        m_settings->setValue(Key::LastFile, QFileInfo(path).absoluteFilePath());
    if (m_settings->lastFileStarted() == m_window->document()->isStopped())
        m_settings->setValue(Key::LastFileStarted, !m_window->document()->isStopped());
}

void DesktopSession::showWindow() {
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopSession::activate(const QStringList &files) {
    showWindow();
    if (files.isEmpty())
        return;
    const QString &file = files.first();
    Document *document = m_window->document();
    if (document->isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Open %1").arg(QFileInfo(file).fileName()),
                        tr("Another PortRelay was started to open %1, but %2 has unsaved changes.")
                            .arg(QDir::toNativeSeparators(file), document->displayName()),
                        QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("activationDiscardQuestion"));
        box.setInformativeText(tr("Discard the changes and open it?"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    if (m_window->openFile(file))
        qCInfo(lcDesktop).noquote() << "opened on request" << QDir::toNativeSeparators(file)
                                    << "- window title:" << m_window->windowTitle();
}

bool DesktopSession::confirmQuitWithConnections() {
    // A service keeps relaying when this window goes.
    if (m_window->backend() && m_window->backend()->isRemote())
        return true;
    const quint64 active = activeConnections();
    if (active == 0)
        return true;
    if (!m_window->isVisible())
        showWindow();
    QMessageBox box(
        QMessageBox::Question, tr("Quit PortRelay"),
        tr("%n connection(s) are being relayed. Quitting closes them.", nullptr, int(active)),
        QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("quitConfirmation"));
    QPushButton *quitButton = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == quitButton;
}

bool DesktopSession::quit() {
    if (m_quitting)
        return true;
    if (!confirmQuitWithConnections())
        return false;
    // The unsaved-changes question needs the window to make sense.
    if (m_window->document()->isModified() && !m_window->isVisible())
        showWindow();
    m_quitting = true;
    saveState();
    // MainWindow's own close handling asks about unsaved changes.
    if (!m_window->close()) {
        m_quitting = false;
        return false;
    }
    quitWhenClosed();
    return true;
}

void DesktopSession::quitWhenClosed() {
    qCInfo(lcDesktop) << "quitting";
    Q_EMIT quitting();
    // The window is closed already, so Qt's quit() has no window left to ask.
    QCoreApplication::quit();
}

bool DesktopSession::eventFilter(QObject *watched, QEvent *event) {
    // The Settings action this session added to the window's File menu is translated here.
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (watched != m_window || event->type() != QEvent::Close || m_quitting)
        return QObject::eventFilter(watched, event);
    // At logout the session manager closes every window; a window that only hid itself would
    // count as a refusal and cancel the logout.
    if (qGuiApp && qGuiApp->isSavingSession()) {
        saveState();
        return QObject::eventFilter(watched, event);
    }
    if (m_settings->closeToTray() && trayShown()) {
        saveState();
        m_window->hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->notify(tr("PortRelay is still running"),
                           tr("The relays keep running. Use the tray icon to show the window or "
                              "to quit."));
        }
        event->ignore();
        return true;
    }
    // Closing the window quits.
    if (!confirmQuitWithConnections()) {
        event->ignore();
        return true;
    }
    m_quitting = true;
    m_closeQuits = true;
    saveState();
    // The window's own closeEvent still runs (unsaved changes) and answers in onCloseAnswered().
    return false;
}

void DesktopSession::onCloseAnswered(bool accepted) {
    if (!m_closeQuits)
        return;
    m_closeQuits = false;
    if (!accepted) {
        m_quitting = false; // the user kept the window
        return;
    }
    // Once the close is through: the window must be gone before quit() looks for windows.
    QMetaObject::invokeMethod(this, &DesktopSession::quitWhenClosed, Qt::QueuedConnection);
}

void DesktopSession::showSettings() {
    Autostart autostart(m_executable);
    SettingsDialog dialog(m_settings, &autostart, QSystemTrayIcon::isSystemTrayAvailable(),
                          m_window);
    // Without a backend (a window under test) no service runs the rules.
    const RelayBackend *backend = m_window->backend();
    dialog.setRulesRunInService(backend && backend->isRemote());
    dialog.exec();
}
