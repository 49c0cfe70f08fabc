#include "StartRulesDialog.h"

#include "RuleTableModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

StartRulesDialog::StartRulesDialog(Mode mode, const Config &config, const ExposureReport &report,
                                   int leftOut, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_config(config)
    , m_report(report)
    , m_leftOut(leftOut)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this)) {
    setObjectName(mode == Mode::Confirm ? QStringLiteral("startRulesDialog")
                                        : QStringLiteral("startedRulesDialog"));
    m_summary->setObjectName(QStringLiteral("exposureSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("exposureList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_details->setObjectName(QStringLiteral("exposureDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setText(item ? item->data(1, Qt::UserRole).toString() : QString());
    });

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_reject = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    if (mode == Mode::Confirm) {
        m_accept->setObjectName(QStringLiteral("startRulesButton"));
        m_reject->setObjectName(QStringLiteral("cancelStart"));
        // Binding ports other machines reach must be a deliberate click, not a stray Return.
        m_reject->setDefault(true);
        m_accept->setEnabled(!report.ruleIds().isEmpty());
    } else {
        m_accept->setObjectName(QStringLiteral("keepRunningButton"));
        m_reject->setObjectName(QStringLiteral("stopRulesButton"));
        m_accept->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_stopChosen = m_mode == Mode::Started;
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    retranslateUi();
    resize(760, 380);
}

void StartRulesDialog::retranslateUi() {
    const int rules = int(m_report.ruleIds().size());
    using Kind = ExposureReport::Kind;
    const int wildcard = m_report.count(Kind::Wildcard);
    const int privileged = m_report.count(Kind::Privileged);
    const int inUse = m_report.count(Kind::InUse);
    QString summary;
    if (m_mode == Mode::Confirm) {
        setWindowTitle(tr("Start Rules"));
        summary = tr("Starting binds %n rule(s) on these addresses.", nullptr, rules);
    } else {
        setWindowTitle(tr("Rules Started"));
        summary = tr("PortRelay reopened the last configuration and started %n rule(s), "
                     "listening on these addresses. This list is shown once.",
                     nullptr, rules);
    }
    QStringList notes;
    if (wildcard)
        notes.append(
            tr("%n listen(s) on every address (reachable from other machines)", nullptr, wildcard));
    if (privileged)
        notes.append(tr("%n use(s) ports below 1024", nullptr, privileged));
    if (inUse)
        notes.append(tr("%n port(s) already in use on this computer", nullptr, inUse));
    if (!notes.isEmpty())
        summary += QLatin1Char(' ') + tr("Look closely: %1.").arg(notes.join(QStringLiteral("; ")));
    if (m_leftOut)
        summary +=
            QLatin1Char(' ') + tr("%n rule(s) with errors do not start.", nullptr, m_leftOut);
    m_summary->setText(summary);

    m_list->clear();
    m_list->setHeaderLabels({tr("Rule"), tr("Listens on"), tr("Exposure")});
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int id : m_report.ruleIds()) {
        const Rule *rule = m_config.ruleById(id);
        if (!rule)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, id);
        item->setText(0, RuleTableModel::ruleTitle(*rule));
        const QString host = rule->bindHost.contains(QLatin1Char(':')) &&
                                     !rule->bindHost.startsWith(QLatin1Char('['))
                                 ? QStringLiteral("[%1]").arg(rule->bindHost)
                                 : rule->bindHost;
        item->setText(
            1,
            QStringLiteral("%1 %2:%3").arg(protocolName(rule->bindProtocol), host, rule->bindPort));
        QStringList kinds;
        QStringList tags;
        QStringList messages;
        for (const ExposureReport::Item &entry : m_report.itemsFor(id)) {
            messages.append(entry.message);
            kinds.append(entry.kind == Kind::Wildcard     ? QStringLiteral("wildcard")
                         : entry.kind == Kind::Privileged ? QStringLiteral("privileged")
                                                          : QStringLiteral("in-use"));
            tags.append(entry.kind == Kind::Wildcard     ? tr("every address: other machines")
                        : entry.kind == Kind::Privileged ? tr("port below 1024")
                                                         : tr("port already in use"));
        }
        // For tools and tests: which kinds this row has, independent of the language.
        item->setData(2, Qt::UserRole, kinds);
        if (messages.isEmpty()) {
            const QString bare =
                rule->bindHost.trimmed().remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            const bool loopback =
                bare.startsWith(QLatin1String("127.")) || bare == QLatin1String("::1") ||
                bare.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
            item->setText(2, loopback ? tr("Only this computer can connect.")
                                      : tr("Machines that reach %1 can connect.").arg(bare));
        } else {
            item->setIcon(2, warning);
            item->setText(2, tags.join(QStringLiteral(", ")));
            // The whole explanation below the list, for the selected rule.
            item->setData(1, Qt::UserRole, messages.join(QLatin1Char('\n')));
            item->setToolTip(2, messages.join(QLatin1Char('\n')));
        }
    }
    // The first rule that exposes something is explained at once.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_list->topLevelItem(i)->data(1, Qt::UserRole).toString().isEmpty()) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    if (m_mode == Mode::Confirm) {
        m_accept->setText(tr("&Start %n rule(s)", nullptr, rules));
        m_reject->setText(tr("Cancel"));
    } else {
        m_accept->setText(tr("&Keep running"));
        m_reject->setText(tr("&Stop these rules"));
    }
}

void StartRulesDialog::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
