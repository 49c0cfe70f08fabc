#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class AppSettings;
class ExposureReport;
class Autostart;
class MainWindow;
class QAction;
class TrayController;

// The desktop manager's life around its main window: restores and saves the window's layout,
// reopens the last document, owns the tray, decides what closing the window means (hide to the
// tray only when a tray shows the icon, otherwise quit), asks before quitting with connections
// open, and takes over requests from a second instance.
class DesktopSession : public QObject {
    Q_OBJECT
public:
    // Both must outlive the session. The relay is the window's backend (it may have none).
    DesktopSession(MainWindow *window, AppSettings *settings, QObject *parent = nullptr);
    ~DesktopSession() override;

    TrayController *tray() const { return m_tray; }
    // Whether the tray icon is shown (a system tray exists and the session uses it).
    bool trayShown() const;
    quint64 activeConnections() const;

    // Restores the layout, shows the window (or only the tray icon when MINIMIZED and a tray
    // exists), then opens FILES' first entry or else the last document.
    void start(const QStringList &files, bool minimized);
    void saveState();

    // Another instance asked to be shown, possibly with files to open.
    void activate(const QStringList &files);
    void showWindow();
    // Quits after the confirmations (connections open, unsaved changes). False when cancelled.
    bool quit();
    void showSettings();

    // Where the autostart entry points (the running binary by default).
    void setExecutable(const QString &path);

Q_SIGNALS:
    // The application is about to quit on the user's request (window closed or Quit).
    void quitting();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wireWindowActions();
    void retranslateUi();
    bool confirmQuitWithConnections();
    void rememberDocument();
    void quitWhenClosed();
    void onCloseAnswered(bool accepted);
    // Remembers the list the user saw; a start-up start nobody saw listed shows it once.
    void onRulesStarted(const ExposureReport &report, bool confirmed);

    MainWindow *m_window;
    AppSettings *m_settings;
    TrayController *m_tray;
    QAction *m_settingsAction = nullptr;
    QString m_executable;
    bool m_quitting = false;
    bool m_closeQuits = false; // the window's close in progress quits the application
    bool m_toldAboutTray = false;
    bool m_startingUp = false; // reopening the last document in start()
};
