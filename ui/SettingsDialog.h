#pragma once

#include <QDialog>

class AppSettings;
class Autostart;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

// The desktop manager's preferences: tray behaviour, reopening the last file, autostart at login
// and the language. OK writes them (and the autostart entry) and installs a changed language at
// once (every open window translates itself); Cancel leaves everything as it was.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, Autostart *autostart, bool trayAvailable,
                   QWidget *parent = nullptr);

    // The languages offered: locale name ("" = system) and the language's own name.
    static QList<QPair<QString, QString>> languages();

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
    QString m_initialLanguage;
};
