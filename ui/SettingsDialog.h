#pragma once

#include <QDialog>

class AppSettings;
class Autostart;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

// The desktop manager's preferences: tray behaviour, reopening the last file, autostart at login,
// the language and the thread count of the engine this process runs. OK writes them (and the
// autostart entry) and installs a changed language at once (every open window translates
// itself); the thread count applies from the next start. Cancel leaves everything as it was.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, Autostart *autostart, bool trayAvailable,
                   QWidget *parent = nullptr);

    // The languages offered: locale name ("" = system) and the language's own name.
    static QList<QPair<QString, QString>> languages();

    // The rules run in a system service, not in this process: the thread count is the
    // service's own (its --threads), shown disabled here.
    void setRulesRunInService(bool inService);
    // The choices offered for the relay threads: 1 to the number of processors.
    static int maxRelayThreads();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppSettings *m_settings;
    Autostart *m_autostart;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startMinimized;
    QCheckBox *m_reopenLast;
    QCheckBox *m_autostartBox;
    QComboBox *m_language;
    QGroupBox *m_trayBox;
    QGroupBox *m_startBox;
    QLabel *m_noTrayNote = nullptr;
    QLabel *m_languageLabel;
    QGroupBox *m_engineBox;
    QLabel *m_threadsLabel;
    QSpinBox *m_threads;
    QLabel *m_threadsNote;
    bool m_rulesRunInService = false;
    QString m_initialLanguage;
};
