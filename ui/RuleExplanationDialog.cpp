#include "RuleExplanationDialog.h"

#include "Document.h"
#include "RuleExplanation.h"
#include "RuleTableModel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

RuleExplanationDialog::RuleExplanationDialog(const QString &title, const QString &html,
                                             QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("ruleExplanation"));
    setWindowTitle(tr("What This Rule Does — %1").arg(title));
    m_browser->setObjectName(QStringLiteral("ruleExplanationText"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == QLatin1String(TesterLink))
            Q_EMIT testerRequested();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *test = buttons->addButton(tr("&Test an Address…"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("ruleExplanationTest"));
    connect(test, &QPushButton::clicked, this, &RuleExplanationDialog::testerRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(560, 460);
}

QString RuleExplanationDialog::text() const {
    return m_browser->toPlainText();
}

RuleExplanationDialog *RuleExplanationDialog::showFor(int ruleId, const Document *document,
                                                      const RuleTableModel *model,
                                                      QWidget *parent) {
    const Rule *rule = document->config().ruleById(ruleId);
    if (!rule)
        return nullptr;
    using RunState = RuleExplanation::RunState;
    const Rule *running = document->appliedRule(ruleId);
    const RuleStats *stats = model->statsFor(ruleId);
    RunState state = RunState::NotApplied;
    QString error;
    if (running) {
        if (!stats)
            state = RunState::Starting;
        else if (stats->state == RuleState::Listening)
            state = RunState::Listening;
        else if (stats->state == RuleState::Error) {
            state = RunState::Error;
            error = stats->error;
        } else
            state = RunState::Stopped;
    }
    const auto sections = RuleExplanation::explain(*rule, document->config(), state,
                                                   running && *running != *rule, error);
    auto *dialog = new RuleExplanationDialog(
        RuleTableModel::ruleTitle(*rule),
        RuleExplanation::toHtml(sections, QLatin1String(TesterLink)), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}
