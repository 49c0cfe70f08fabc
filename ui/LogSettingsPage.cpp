#include "LogSettingsPage.h"

#include "LogFileFollower.h"

#include <QComboBox>
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
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_format(new QComboBox(this))
    , m_view(new QPlainTextEdit(this))
    , m_follower(new LogFileFollower(this)) {
    m_path->setObjectName(QStringLiteral("logFilePath"));
    m_browse->setObjectName(QStringLiteral("logFileBrowse"));
    m_format->setObjectName(QStringLiteral("logFormat"));
    m_view->setObjectName(QStringLiteral("logView"));

    m_path->setPlaceholderText(tr("No log file"));
    m_path->setClearButtonEnabled(true);
    m_format->addItem(tr("None"), static_cast<int>(LogFormat::None));
    m_format->addItem(tr("rinetd (tab separated)"), static_cast<int>(LogFormat::Rinetd));
    m_format->addItem(tr("Common (web server style)"), static_cast<int>(LogFormat::Common));
    m_format->addItem(tr("PortRelay (rinetd + duration)"), static_cast<int>(LogFormat::PortRelay));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(2000); // a following view, not an archive
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("The log file's new lines appear here as they are written."));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("Log &file:"), this);
    pathLabel->setBuddy(m_path); // a row holding a layout gets no buddy by itself
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Live log (changes take effect on Apply):"), this));
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
