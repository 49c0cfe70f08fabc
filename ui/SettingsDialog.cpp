#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Autostart.h"
#include "EngineGroup.h"
#include "LanguageLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings *settings, Autostart *autostart, bool trayAvailable,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autostart(autostart) {
    setObjectName(QStringLiteral("settingsDialog"));

    m_trayBox = new QGroupBox(this);
    QGroupBox *trayBox = m_trayBox;
    auto *trayLayout = new QVBoxLayout(trayBox);
    m_closeToTray = new QCheckBox(trayBox);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_startMinimized = new QCheckBox(trayBox);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    trayLayout->addWidget(m_closeToTray);
    trayLayout->addWidget(m_startMinimized);
    if (!trayAvailable) {
        // The choices are kept for a desktop that has a tray, but here they cannot apply.
        m_noTrayNote = new QLabel(trayBox);
        m_noTrayNote->setObjectName(QStringLiteral("noTrayNote"));
        m_noTrayNote->setWordWrap(true);
        trayLayout->addWidget(m_noTrayNote);
    }

    m_startBox = new QGroupBox(this);
    QGroupBox *startBox = m_startBox;
    auto *startLayout = new QVBoxLayout(startBox);
    m_reopenLast = new QCheckBox(startBox);
    m_reopenLast->setObjectName(QStringLiteral("reopenLastFile"));
    m_autostartBox = new QCheckBox(startBox);
    m_autostartBox->setObjectName(QStringLiteral("autostart"));
    m_autostartBox->setToolTip(Autostart::entryPath());
    startLayout->addWidget(m_reopenLast);
    startLayout->addWidget(m_autostartBox);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    const auto langs = languages();
    for (const auto &lang : langs)
        m_language->addItem(lang.second, lang.first);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    auto *langForm = new QFormLayout;
    langForm->addRow(m_languageLabel, m_language);

    m_engineBox = new QGroupBox(this);
    auto *engineForm = new QFormLayout(m_engineBox);
    m_threads = new QSpinBox(m_engineBox);
    m_threads->setObjectName(QStringLiteral("relayThreads"));
    m_threads->setRange(1, maxRelayThreads());
    m_threadsLabel = new QLabel(m_engineBox);
    m_threadsLabel->setBuddy(m_threads);
    m_threadsNote = new QLabel(m_engineBox);
    m_threadsNote->setObjectName(QStringLiteral("relayThreadsNote"));
    m_threadsNote->setWordWrap(true);
    engineForm->addRow(m_threadsLabel, m_threads);
    engineForm->addRow(m_threadsNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(trayBox);
    layout->addWidget(startBox);
    layout->addLayout(langForm);
    layout->addWidget(m_engineBox);
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
    m_threads->setValue(m_settings->relayThreads()); // clamped to the range
    retranslateUi();
}

int SettingsDialog::maxRelayThreads() {
    return qBound(1, QThread::idealThreadCount(), EngineGroup::kMaxThreads);
}

void SettingsDialog::setRulesRunInService(bool inService) {
    m_rulesRunInService = inService;
    // The control protocol does not tell the service's thread count: nothing to show but where
    // it is set.
    m_threads->setEnabled(!inService);
    retranslateUi();
}

void SettingsDialog::retranslateUi() {
    setWindowTitle(tr("PortRelay Settings"));
    m_trayBox->setTitle(tr("Tray"));
    m_closeToTray->setText(tr("&Closing the window keeps the relays running in the tray"));
    m_startMinimized->setText(tr("Start &minimised in the tray"));
    if (m_noTrayNote)
        m_noTrayNote->setText(
            tr("This desktop has no system tray: closing the window quits PortRelay and it "
               "always starts with its window shown."));
    m_startBox->setTitle(tr("Start"));
    m_reopenLast->setText(
        tr("&Reopen the last configuration; start its rules again if they were running"));
    m_autostartBox->setText(tr("Start PortRelay when I &log in"));
    m_languageLabel->setText(tr("&Language:"));
    m_engineBox->setTitle(tr("Relaying"));
    m_threadsLabel->setText(tr("Relay &threads:"));
    m_threads->setToolTip(
        tr("How many threads relay connections, each on its own processor core. More threads "
           "help when many connections are open or opened at the same time; a single "
           "connection never uses more than one. UDP rules and rules with a rate limit "
           "(rate-rule=) always run on one thread."));
    m_threadsNote->setText(m_rulesRunInService
                               ? tr("The rules run in the system service: its own --threads "
                                    "setting applies, not this one.")
                               : tr("Takes effect the next time PortRelay starts."));
    // Only "System default" is in the current language; the others are in their own. Item texts
    // only, so the choice being made stays.
    const auto langs = languages();
    for (const auto &lang : langs)
        m_language->setItemText(m_language->findData(lang.first), lang.second);
}

void SettingsDialog::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
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
    const QString language = m_language->currentData().toString();
    m_settings->setValue(Key::Language, language);
    if (!m_rulesRunInService)
        m_settings->setValue(Key::RelayThreads, m_threads->value());
    m_settings->sync();
    // Replacing the translators makes Qt send QEvent::LanguageChange to every widget; each
    // translates its own texts, so the new language shows without a restart.
    if (language != m_initialLanguage)
        LanguageLoader::install(language);
    QDialog::accept();
}
