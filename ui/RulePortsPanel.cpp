#include "RulePortsPanel.h"

#include "RulePortsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

RulePortsPanel::RulePortsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RulePortsModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this)) {
    m_heading->setObjectName(QStringLiteral("rulePortsHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("rulePortsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: a range of thousands of ports scrolls without measuring every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    const int portWidth =
        m_view->fontMetrics().horizontalAdvance(
            m_model->headerData(int(RulePortsModel::Column::TargetPort), Qt::Horizontal)
                .toString()) +
        24;
    m_view->setColumnWidth(0, portWidth);
    m_view->setColumnWidth(1, portWidth);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    updateHeading();
}

void RulePortsPanel::setRule(const Rule *rule, const Rule *applied, const RuleStats *stats,
                             bool stopped) {
    m_hasRule = rule != nullptr;
    m_bindPort = rule ? rule->bindPort : QString();
    m_connectPort = rule ? rule->connectPort : QString();
    m_model->setRule(rule, applied, stats, stopped);
    updateHeading();
}

void RulePortsPanel::setStats(const RuleStats *stats) {
    m_model->setStats(stats);
    updateHeading();
}

void RulePortsPanel::updateHeading() {
    const int count = m_model->rowCount();
    if (!m_hasRule)
        m_heading->setText(tr("Select a rule to see its ports."));
    else if (count == 0)
        m_heading->setText(m_model->problem().isEmpty()
                               ? tr("The rule has no ports to list yet.")
                               : tr("No ports: %1").arg(m_model->problem()));
    else if (count == 1)
        m_heading->setText(
            tr("Port %1 forwards to port %2: a single listener.").arg(m_bindPort, m_connectPort));
    else
        m_heading->setText(tr("Ports %1 forward to %2: %n listener(s), bound together (one that "
                              "cannot be bound keeps the others from starting).",
                              nullptr, count)
                               .arg(m_bindPort, m_connectPort));
    if (m_hasRule && !m_model->startError().isEmpty())
        m_heading->setText(m_heading->text() + QLatin1Char('\n') +
                           tr("Not listening: %1").arg(m_model->startError()));
}

void RulePortsPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        updateHeading();
    }
}
