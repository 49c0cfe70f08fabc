#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Autostart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings *settings, Autostart *autostart, bool trayAvailable,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autostart(autostart) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("PortRelay Settings"));

    auto *trayBox = new QGroupBox(tr("Tray"), this);
    auto *trayLayout = new QVBoxLayout(trayBox);
    m_closeToTray =
        new QCheckBox(tr("&Closing the window keeps the relays running in the tray"), trayBox);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_startMinimized = new QCheckBox(tr("Start &minimised in the tray"), trayBox);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    trayLayout->addWidget(m_closeToTray);
    trayLayout->addWidget(m_startMinimized);
    if (!trayAvailable) {
        // The choices are kept for a desktop that has a tray, but here they cannot apply.
        auto *note = new QLabel(
            tr("This desktop has no system tray: closing the window quits PortRelay and it "
               "always starts with its window shown."),
            trayBox);
        note->setObjectName(QStringLiteral("noTrayNote"));
        note->setWordWrap(true);
        trayLayout->addWidget(note);
    }

    auto *startBox = new QGroupBox(tr("Start"), this);
    auto *startLayout = new QVBoxLayout(startBox);
    m_reopenLast =
        new QCheckBox(tr("&Reopen the last configuration and start its enabled rules"), startBox);
    m_reopenLast->setObjectName(QStringLiteral("reopenLastFile"));
    m_autostartBox = new QCheckBox(tr("Start PortRelay when I &log in"), startBox);
    m_autostartBox->setObjectName(QStringLiteral("autostart"));
    m_autostartBox->setToolTip(Autostart::entryPath());
    startLayout->addWidget(m_reopenLast);
    startLayout->addWidget(m_autostartBox);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    const auto langs = languages();
    for (const auto &lang : langs)
        m_language->addItem(lang.second, lang.first);
    m_languageNote = new QLabel(tr("A new language applies the next time PortRelay starts."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    auto *langForm = new QFormLayout;
    langForm->addRow(tr("&Language:"), m_language);
    langForm->addRow(QString(), m_languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(trayBox);
    layout->addWidget(startBox);
    layout->addLayout(langForm);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_closeToTray->setChecked(m_settings->closeToTray());
    m_startMinimized->setChecked(m_settings->startMinimized());
    m_reopenLast->setChecked(m_settings->reopenLastFile());
    // The entry on disk is the truth (the user may have removed it by hand).
    m_autostartBox->setChecked(m_autostart->isEnabled());
    m_initialLanguage = m_settings->language();
    const int index = m_language->findData(m_initialLanguage);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_initialLanguage);
    });
}

QList<QPair<QString, QString>> SettingsDialog::languages() {
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

void SettingsDialog::accept() {
    QString error;
    if (m_autostartBox->isChecked() != m_autostart->isEnabled() &&
        !m_autostart->setEnabled(m_autostartBox->isChecked(), &error)) {
        QMessageBox::warning(this, tr("Autostart"),
                             tr("The login autostart entry could not be changed: %1").arg(error));
        return;
    }
    using Key = AppSettings::Key;
    m_settings->setValue(Key::CloseToTray, m_closeToTray->isChecked());
    m_settings->setValue(Key::StartMinimized, m_startMinimized->isChecked());
    m_settings->setValue(Key::ReopenLastFile, m_reopenLast->isChecked());
    m_settings->setValue(Key::Autostart, m_autostartBox->isChecked());
    m_settings->setValue(Key::Language, m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}
