#include "LogSettingsPage.h"

#include "LogFileFollower.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

LogSettingsPage::LogSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_format(new QComboBox(this))
    , m_view(new QPlainTextEdit(this))
    , m_pathLabel(new QLabel(this))
    , m_formatLabel(new QLabel(this))
    , m_viewLabel(new QLabel(this))
    , m_follower(new LogFileFollower(this)) {
    m_path->setObjectName(QStringLiteral("logFilePath"));
    m_browse->setObjectName(QStringLiteral("logFileBrowse"));
    m_format->setObjectName(QStringLiteral("logFormat"));
    m_view->setObjectName(QStringLiteral("logView"));

    m_path->setClearButtonEnabled(true);
    // The item texts are set in retranslateUi(); the data identifies them.
    for (LogFormat format :
         {LogFormat::None, LogFormat::Rinetd, LogFormat::Common, LogFormat::PortRelay})
        m_format->addItem(QString(), static_cast<int>(format));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(2000); // a following view, not an archive
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    m_pathLabel->setBuddy(m_path); // a row holding a layout gets no buddy by itself
    form->addRow(m_pathLabel, pathRow);
    m_formatLabel->setBuddy(m_format);
    form->addRow(m_formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_viewLabel);
    layout->addWidget(m_view, 1);

    connect(m_browse, &QPushButton::clicked, this, &LogSettingsPage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        followCurrentPath();
        Q_EMIT logFileEdited(m_path->text().trimmed());
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT logFormatEdited(static_cast<LogFormat>(m_format->currentData().toInt()));
    });
    connect(m_follower, &LogFileFollower::restarted, m_view, &QPlainTextEdit::clear);
    connect(m_follower, &LogFileFollower::linesAppended, this, [this](const QStringList &lines) {
        for (const QString &line : lines)
            m_view->appendPlainText(line);
    });
    retranslateUi();
}

void LogSettingsPage::retranslateUi() {
    m_browse->setText(tr("Bro&wse…"));
    m_path->setPlaceholderText(tr("No log file"));
    auto setFormatText = [this](LogFormat format, const QString &text) {
        m_format->setItemText(m_format->findData(static_cast<int>(format)), text);
    };
    // Item texts only: the chosen format stays and no edit is signalled.
    setFormatText(LogFormat::None, tr("None"));
    setFormatText(LogFormat::Rinetd, tr("rinetd (tab separated)"));
    setFormatText(LogFormat::Common, tr("Common (web server style)"));
    setFormatText(LogFormat::PortRelay, tr("PortRelay (rinetd + duration)"));
    m_view->setPlaceholderText(tr("The log file's new lines appear here as they are written."));
    m_pathLabel->setText(tr("Log f&ile:"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_viewLabel->setText(tr("Live log (changes take effect on Apply):"));
}

void LogSettingsPage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LogSettingsPage::setSettings(const QString &path, LogFormat format) {
    const QSignalBlocker blockPath(m_path);
    const QSignalBlocker blockFormat(m_format);
    if (m_path->text() != path)
        m_path->setText(path);
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
    followCurrentPath();
}

void LogSettingsPage::browse() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Log File"), m_path->text(), tr("Log files (*.log);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // the engine appends; nothing is overwritten
    if (path.isEmpty())
        return;
    m_path->setText(path);
    followCurrentPath();
    Q_EMIT logFileEdited(path);
}

void LogSettingsPage::followCurrentPath() {
    const QString path = m_path->text().trimmed();
    if (path != m_follower->path())
        m_follower->follow(path);
}
