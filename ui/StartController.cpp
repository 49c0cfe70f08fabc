#include "StartController.h"

#include "BannerStyle.h"
#include "BoundSockets.h"
#include "ConfigValidator.h"
#include "Document.h"
#include "RelayBackend.h"
#include "StartRulesDialog.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QToolButton>
#include <QWidget>

Q_LOGGING_CATEGORY(lcStart, "portrelay.start")

StartController::StartController(Document *document, RelayBackend *backend, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_backend(backend)
    , m_window(window)
    , m_startAction(new QAction(window))
    , m_stopAction(new QAction(window))
    , m_banner(new QFrame(window))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerButton(new QToolButton(m_banner)) {
    m_startAction->setObjectName(QStringLiteral("actionStart"));
    m_stopAction->setObjectName(QStringLiteral("actionStop"));
    connect(m_startAction, &QAction::triggered, this, [this] { start(); });
    connect(m_stopAction, &QAction::triggered, this, &StartController::stop);

    m_banner->setObjectName(QStringLiteral("startBanner"));
    BannerStyle::apply(m_banner, BannerStyle::Kind::Information);
    m_bannerText->setObjectName(QStringLiteral("startBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerButton->setObjectName(QStringLiteral("startBannerButton"));
    m_bannerButton->setDefaultAction(m_startAction);
    m_bannerButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_bannerButton);

    connect(m_document, &Document::stateChanged, this, &StartController::update);
    connect(m_document, &Document::resetDone, this, &StartController::update);
    connect(m_document, &Document::ruleChanged, this, &StartController::update);
    retranslateUi();
}

QWidget *StartController::banner() const {
    return m_banner;
}

bool StartController::isRemote() const {
    return m_backend && m_backend->isRemote();
}

ValidPart StartController::validPart() const {
    ConfigValidator::Options options;
    ValidPart part =
        ValidPart::of(m_document->config(), ConfigValidator::check(m_document->config(), options));
    return part;
}

int StartController::startableCount() const {
    int count = 0;
    for (const Rule &rule : validPart().config.rules)
        count += rule.enabled ? 1 : 0;
    return count;
}

ExposureReport StartController::exposure(const ValidPart &part) const {
    QString error;
    const QVector<BoundSocket> bound = BoundSockets::readSystem(&error);
    if (!error.isEmpty())
        qCInfo(lcStart).noquote() << "ports in use not fully known:" << error;
    return ExposureReport::analyse(part.config, bound);
}

void StartController::loadStopped() {
    if (isRemote())
        return;
    m_document->markStopped();
    // What ran before (the previous document) stops: the window shows one document, and what
    // is shown is what runs.
    if (m_backend)
        m_backend->apply(Config(), m_backend->revision());
    update();
}

bool StartController::start() {
    if (isRemote())
        return false;
    const ValidPart part = validPart();
    const ExposureReport report = exposure(part);
    if (report.ruleIds().isEmpty())
        return false;
    StartRulesDialog dialog(StartRulesDialog::Mode::Confirm, part.config, report,
                            int(part.leftOutRuleIds.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    run(part);
    Q_EMIT started(report, true);
    return true;
}

ExposureReport StartController::startWithoutAsking() {
    const ValidPart part = validPart();
    const ExposureReport report = exposure(part);
    run(part);
    Q_EMIT started(report, false);
    return report;
}

void StartController::run(const ValidPart &part) {
    qCInfo(lcStart) << "starting" << part.config.rules.size() << "rule(s);"
                    << part.leftOutRuleIds.size() << "left out for errors";
    if (m_backend)
        m_backend->apply(part.config, m_backend->revision());
    // Rules left out stay "not applied" in the table: Apply starts them once fixed.
    if (part.leftOutRuleIds.isEmpty())
        m_document->markApplied();
    else
        m_document->setRunningConfig(part.config);
    update();
}

void StartController::stop() {
    if (isRemote() || m_document->isStopped())
        return;
    m_document->markStopped();
    if (m_backend)
        m_backend->apply(Config(), m_backend->revision());
    update();
    Q_EMIT stopped();
}

void StartController::update() {
    const bool remote = isRemote();
    const bool stopped = m_document->isStopped();
    const int rules = int(m_document->config().rules.size());
    int startable = 0;
    int leftOut = 0;
    if (stopped && !remote && rules > 0) {
        const ValidPart part = validPart();
        leftOut = int(part.leftOutRuleIds.size());
        for (const Rule &rule : part.config.rules)
            startable += rule.enabled ? 1 : 0;
    }
    m_startAction->setVisible(!remote);
    m_stopAction->setVisible(!remote);
    m_startAction->setEnabled(stopped && startable > 0 && (!m_backend || m_backend->canChange()));
    m_stopAction->setEnabled(!remote && !stopped && !m_document->appliedConfig().rules.isEmpty());
    m_startAction->setText(startable > 0 ? tr("&Start %n rule(s)…", nullptr, startable)
                                         : tr("&Start rules…"));
    m_banner->setVisible(!remote && stopped && rules > 0);
    QString text = tr("Stopped: none of these rules listens. Start lists what will be exposed "
                      "before anything binds.");
    if (leftOut > 0)
        text += QLatin1Char(' ') +
                tr("%n rule(s) with errors will not start until fixed.", nullptr, leftOut);
    m_bannerText->setText(text);
}

void StartController::retranslateUi() {
    m_startAction->setToolTip(
        tr("List what the rules will expose (addresses, privileged ports, ports in use), then "
           "start them"));
    m_stopAction->setText(tr("S&top all rules"));
    m_stopAction->setToolTip(tr("Close every listener of this document; the rules stay in the "
                                "table"));
    update();
}
