#include "DesktopSession.h"

#include "AppSettings.h"
#include "Autostart.h"
#include "Document.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDesktop, "portrelay.desktop")

using Key = AppSettings::Key;

DesktopSession::DesktopSession(MainWindow *window, EngineHost *host, AppSettings *settings,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_host(host)
    , m_settings(settings)
    , m_tray(new TrayController(window->document(), window->ruleModel(), this))
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

    if (m_host) {
        connect(m_host->engine(), &RelayEngine::statsUpdated, this, &DesktopSession::onSnapshot);
        connect(m_host->engine(), &RelayEngine::statsUpdated, m_tray, &TrayController::setSnapshot);
        connect(m_host->engine(), &RelayEngine::ruleStateChanged, m_tray,
                &TrayController::onRuleStateChanged);
    }
    connect(m_window->document(), &Document::stateChanged, this, &DesktopSession::rememberDocument);
    wireWindowActions();
}

DesktopSession::~DesktopSession() {
    m_window->removeEventFilter(this);
}

void DesktopSession::wireWindowActions() {
    // File > Quit must quit even when closing the window only hides it to the tray: the window's
    // action is taken over here rather than closing the window.
    auto *quitAction = m_window->findChild<QAction *>(QStringLiteral("actionQuit"));
    if (quitAction) {
        disconnect(quitAction, &QAction::triggered, m_window, &QWidget::close);
        connect(quitAction, &QAction::triggered, this, [this] { quit(); });
    }
    // Settings sit in the File menu, just above Quit.
    m_settingsAction = new QAction(m_window);
    retranslateUi();
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &DesktopSession::showSettings);
    QMenu *fileMenu = nullptr;
    if (quitAction) {
        const QList<QObject *> holders = quitAction->associatedObjects();
        for (QObject *holder : holders)
            if (auto *menu = qobject_cast<QMenu *>(holder))
                fileMenu = menu;
    }
    if (fileMenu) {
        fileMenu->insertAction(quitAction, m_settingsAction);
        fileMenu->insertSeparator(quitAction);
    } else {
        m_window->addAction(m_settingsAction); // the shortcut still works
    }
}

void DesktopSession::retranslateUi() {
    m_settingsAction->setText(tr("Se&ttings…"));
}

bool DesktopSession::trayShown() const {
    return m_tray->isIconShown();
}

quint64 DesktopSession::activeConnections() const {
    quint64 active = 0;
    for (const RuleStats &rule : m_snapshot.rules)
        active += rule.active;
    return active;
}

void DesktopSession::onSnapshot(const StatsSnapshot &snapshot) {
    m_snapshot = snapshot;
}

void DesktopSession::setExecutable(const QString &path) {
    m_executable = path;
}

void DesktopSession::start(const QStringList &files, bool minimized) {
    m_window->restoreGeometry(m_settings->value(Key::WindowGeometry).toByteArray());
    m_window->restoreState(m_settings->value(Key::WindowState).toByteArray());
    if (auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(m_settings->value(Key::SplitterState).toByteArray());
    if (auto *table = m_window->findChild<QTableView *>(QStringLiteral("ruleTable")))
        table->horizontalHeader()->restoreState(m_settings->value(Key::RuleColumns).toByteArray());

    const bool tray = m_tray->showIcon();
    // A process with neither a window nor a tray icon could not be reached: without a tray the
    // window is shown whatever was asked.
    QApplication::setQuitOnLastWindowClosed(!tray);
    const bool hidden = tray && (minimized || m_settings->startMinimized());
    if (!hidden)
        m_window->show();
    qCInfo(lcDesktop) << "started:" << (tray ? "tray icon shown" : "no system tray") << "-"
                      << (hidden ? "window hidden in the tray" : "window shown");

    QString file;
    if (!files.isEmpty())
        file = files.first();
    else if (m_settings->reopenLastFile())
        file = m_settings->lastFile();
    if (!file.isEmpty()) {
        if (files.isEmpty() && !QFileInfo::exists(file)) {
            qCInfo(lcDesktop) << "last file" << file << "no longer exists";
        } else if (m_window->openFile(file)) {
            qCInfo(lcDesktop).noquote() << "opened" << QDir::toNativeSeparators(file);
        }
    }
}

void DesktopSession::saveState() {
    m_settings->setValue(Key::WindowGeometry, m_window->saveGeometry());
    m_settings->setValue(Key::WindowState, m_window->saveState());
    if (auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        m_settings->setValue(Key::SplitterState, splitter->saveState());
    if (auto *table = m_window->findChild<QTableView *>(QStringLiteral("ruleTable")))
        m_settings->setValue(Key::RuleColumns, table->horizontalHeader()->saveState());
    rememberDocument();
    m_settings->sync();
}

void DesktopSession::rememberDocument() {
    // Only a document with a file of its own can be reopened; an untitled one (new, imported)
    // leaves the previous choice alone.
    const QString path = m_window->document()->filePath();
    if (!path.isEmpty() && path != m_settings->lastFile())
        m_settings->setValue(Key::LastFile, QFileInfo(path).absoluteFilePath());
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
    saveState();
    // The window's own closeEvent still runs (unsaved changes); whether it accepted shows once
    // the event is done.
    QTimer::singleShot(0, this, [this] {
        if (m_window->isVisible())
            m_quitting = false; // the user kept the window
        else
            quitWhenClosed();
    });
    return false;
}

void DesktopSession::showSettings() {
    Autostart autostart(m_executable);
    SettingsDialog dialog(m_settings, &autostart, QSystemTrayIcon::isSystemTrayAvailable(),
                          m_window);
    dialog.exec();
}
