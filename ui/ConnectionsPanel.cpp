#include "ConnectionsPanel.h"

#include "ConnectionsModel.h"
#include "TrafficGraph.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ConnectionsPanel::ConnectionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_close(new QPushButton(this))
    , m_closeAction(new QAction(this))
    , m_scopeLabel(new QLabel(this))
    , m_graphScope(new QComboBox(this))
    , m_graph(new TrafficGraph(this)) {
    m_view->setObjectName(QStringLiteral("connectionsView"));
    m_heading->setObjectName(QStringLiteral("connectionsHeading"));
    m_close->setObjectName(QStringLiteral("closeConnection"));
    m_graphScope->setObjectName(QStringLiteral("graphScope"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConnectionsModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Unsorted until the user asks: rows already come oldest first, and re-sorting thousands of
    // rows on every snapshot is work for nothing.
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(ConnectionsModel::col(ConnectionsModel::Column::Client), digit * 18);
    m_view->setColumnWidth(ConnectionsModel::col(ConnectionsModel::Column::OriginalDestination),
                           digit * 18);
    // Only intercepted connections (target "original original") have one.
    m_view->setColumnHidden(ConnectionsModel::col(ConnectionsModel::Column::OriginalDestination),
                            true);
    connect(m_model, &ConnectionsModel::originalDestinationsPresenceChanged, this,
            [this](bool present) {
                m_view->setColumnHidden(
                    ConnectionsModel::col(ConnectionsModel::Column::OriginalDestination), !present);
            });
    m_view->setColumnWidth(ConnectionsModel::col(ConnectionsModel::Column::Since), digit * 8);
    m_view->setColumnWidth(ConnectionsModel::col(ConnectionsModel::Column::Duration), digit * 9);
    m_view->setColumnWidth(ConnectionsModel::col(ConnectionsModel::Column::FromClient), digit * 10);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_closeAction);
    connect(m_closeAction, &QAction::triggered, this, &ConnectionsPanel::closeSelected);

    // Index 0: the selected rule, 1: all rules (texts in retranslateUi()).
    m_graphScope->addItem(QString());
    m_graphScope->addItem(QString());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_close);
    leftLayout->addLayout(headingRow);
    leftLayout->addWidget(m_view, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeLabel);
    scopeRow->addWidget(m_graphScope, 1);
    rightLayout->addLayout(scopeRow);
    rightLayout->addWidget(m_graph, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("connectionsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The list needs its columns more than the graph needs width.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_close, &QPushButton::clicked, this, &ConnectionsPanel::closeSelected);
    connect(m_graphScope, &QComboBox::currentIndexChanged, this, &ConnectionsPanel::updateGraph);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionsPanel::updateButtons);
    retranslateUi();
    setSelectedRule(0, QString());
    updateButtons();
}

void ConnectionsPanel::retranslateUi() {
    m_close->setText(tr("Close connec&tion"));
    m_closeAction->setText(tr("Close connection"));
    // Item texts only: the chosen scope stays, and no currentIndexChanged fires.
    m_graphScope->setItemText(0, tr("Selected rule"));
    m_graphScope->setItemText(1, tr("All rules"));
    m_scopeLabel->setText(tr("Throughput of:"));
}

void ConnectionsPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslateUi();
    m_model->retranslate();
    setSelectedRule(m_ruleId, m_ruleLabel); // the heading and the graph's title
}

void ConnectionsPanel::setSelectedRule(int ruleId, const QString &label) {
    m_ruleId = ruleId;
    m_ruleLabel = label;
    m_model->setRuleFilter(ruleId);
    m_heading->setText(ruleId == 0 ? tr("Open connections of all rules")
                                   : tr("Open connections of %1").arg(label));
    updateGraph();
}

void ConnectionsPanel::setSnapshot(const StatsSnapshot &snapshot) {
    m_history.addSnapshot(snapshot);
    m_lastSnapshotMs = snapshot.takenAt.toMSecsSinceEpoch();
    // Thousands of connections cost real work per snapshot; a hidden list (another tab, the
    // window in the tray) catches up when it is shown.
    if (isVisible()) {
        m_model->setSnapshot(snapshot);
        updateGraph();
    } else {
        m_pendingSnapshot = snapshot;
        m_hasPendingSnapshot = true;
    }
}

void ConnectionsPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_hasPendingSnapshot) {
        m_hasPendingSnapshot = false;
        m_model->setSnapshot(m_pendingSnapshot);
        m_pendingSnapshot = StatsSnapshot();
    }
    updateGraph();
}

void ConnectionsPanel::updateGraph() {
    const bool all = m_graphScope->currentIndex() == 1 || m_ruleId == 0;
    m_graph->setTitle(all ? tr("All rules") : m_ruleLabel);
    const int id = all ? 0 : m_ruleId;
    using Direction = TrafficHistory::Direction;
    m_graph->setSeries(
        {{tr("In"), m_history.series(id, Direction::In), m_history.latestRate(id, Direction::In)},
         {tr("Out"), m_history.series(id, Direction::Out),
          m_history.latestRate(id, Direction::Out)}},
        m_lastSnapshotMs, m_history.windowMs());
    m_graph->setToolTip(tr("In: bytes per second from the clients to the targets.\n"
                           "Out: bytes per second from the targets back to the clients."));
}

void ConnectionsPanel::setClosingAllowed(bool allowed) {
    m_closingAllowed = allowed;
    updateButtons();
}

void ConnectionsPanel::updateButtons() {
    const bool enabled = m_closingAllowed && m_view->selectionModel()->hasSelection();
    m_close->setEnabled(enabled);
    m_closeAction->setEnabled(enabled);
}

void ConnectionsPanel::closeSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        Q_EMIT closeConnectionRequested(row.data(ConnectionsModel::ConnectionIdRole).toULongLong());
}
