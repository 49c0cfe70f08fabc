#include "MainWindow.h"

#include "AclEditor.h"
#include "AppIcons.h"
#include "BannerStyle.h"
#include "BulkAddDialog.h"
#include "CommentNamesOffer.h"
#include "ConfigLoader.h"
#include "ConfigValidator.h"
#include "ConnectionsPanel.h"
#include "Document.h"
#include "ExportDiagnosticsDialog.h"
#include "FreePortFinder.h"
#include "HelpMenu.h"
#include "HumanUnits.h"
#include "ImportDiagnosticsDialog.h"
#include "LogSettingsPage.h"
#include "ProblemsBanner.h"
#include "ProblemsPanel.h"
#include "RecentFiles.h"
#include "RelayBackend.h"
#include "RelayStatus.h"
#include "RemoteBackend.h"
#include "RuleExplanationDialog.h"
#include "RuleItemDelegate.h"
#include "RuleOptionsDialog.h"
#include "RulePortsPanel.h"
#include "RuleTableModel.h"
#include "RuleTableView.h"
#include "RuntimeProblemBanner.h"
#include "StartController.h"
#include "ValidPart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "portrelay.ui")

namespace {
using Column = RuleTableModel::Column;
constexpr int col(Column c) {
    return static_cast<int>(c);
}
} // namespace

MainWindow::MainWindow(RelayBackend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_status(new RelayStatus(backend, this))
    , m_document(new Document(this))
    , m_model(new RuleTableModel(m_document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_recent(new RecentFiles(this))
    , m_starter(new StartController(m_document, backend, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy->setObjectName(QStringLiteral("ruleProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RuleTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    createActions();
    createCentralWidgets();
    createMenus();
    createStatusBar();
    retranslateUi();
    connectDocument();
    connectBackend();

    m_logPage->setSettings(m_document->config().logFile, m_document->config().logFormat);
    revalidate();
    onSelectionChanged();
    updateWindowState();
    updateBackendState();
    resize(1180, 720);
}

MainWindow::~MainWindow() {
    // Children die after this destructor, and some emit on their way out (an open editor commits,
    // the selection empties): nothing may reach a half-destroyed MainWindow.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void MainWindow::createActions() {
    // Texts, tooltips and translated shortcuts are set in retranslateUi().
    auto make = [this](const QString &name, const QKeySequence &key, void (MainWindow::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_openAction = make(QStringLiteral("actionOpen"), QKeySequence::Open, &MainWindow::open);
    m_saveAction = make(QStringLiteral("actionSave"), QKeySequence::Save, nullptr);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_saveAsAction = make(QStringLiteral("actionSaveAs"), QKeySequence::SaveAs, nullptr);
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    m_importAction =
        make(QStringLiteral("actionImport"), QKeySequence(), &MainWindow::importRinetd);
    m_exportAction =
        make(QStringLiteral("actionExport"), QKeySequence(), &MainWindow::chooseExportTarget);
    m_connectServiceAction = make(QStringLiteral("actionConnectService"), QKeySequence(), nullptr);
    connect(m_connectServiceAction, &QAction::triggered, this, [this] { askConnectTarget(false); });
    m_connectHostAction = make(QStringLiteral("actionConnectHost"), QKeySequence(), nullptr);
    connect(m_connectHostAction, &QAction::triggered, this, [this] { askConnectTarget(true); });
    m_quitAction = make(QStringLiteral("actionQuit"), QKeySequence::Quit, nullptr);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        if (m_quitHandler)
            m_quitHandler();
        else
            close();
    });

    m_addAction = make(QStringLiteral("actionAdd"), QKeySequence(Qt::Key_Insert), nullptr);
    connect(m_addAction, &QAction::triggered, this, [this] { addRule(); });
    m_bulkAddAction = make(QStringLiteral("actionBulkAdd"), QKeySequence(), nullptr);
    connect(m_bulkAddAction, &QAction::triggered, this, [this] { addSeveralRules(); });
    m_removeAction = make(QStringLiteral("actionRemove"), QKeySequence(QKeySequence::Delete),
                          &MainWindow::removeSelected);
    m_cloneAction = make(QStringLiteral("actionClone"), QKeySequence(), &MainWindow::cloneSelected);
    m_moveUpAction = make(QStringLiteral("actionMoveUp"), QKeySequence(), nullptr);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_moveDownAction = make(QStringLiteral("actionMoveDown"), QKeySequence(), nullptr);
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveSelected(1); });
    m_applyAction = make(QStringLiteral("actionApply"), QKeySequence(), nullptr);
    connect(m_applyAction, &QAction::triggered, this, [this] { applyChanges(); });
    m_revertAction = make(QStringLiteral("actionRevert"), QKeySequence(), &MainWindow::revert);
    m_resetCountersAction = make(QStringLiteral("actionResetCounters"), QKeySequence(),
                                 &MainWindow::resetSelectedCounters);
    m_ruleOptionsAction =
        make(QStringLiteral("actionRuleOptions"), QKeySequence(), &MainWindow::editRuleOptions);

    // Theme icons, with bundled pictures where the theme has none.
    using Icon = AppIcons::Id;
    const std::pair<QAction *, Icon> icons[] = {
        {m_openAction, Icon::Open},         {m_saveAction, Icon::Save},
        {m_addAction, Icon::Add},           {m_cloneAction, Icon::Clone},
        {m_removeAction, Icon::Remove},     {m_moveUpAction, Icon::MoveUp},
        {m_moveDownAction, Icon::MoveDown}, {m_applyAction, Icon::Apply},
        {m_revertAction, Icon::Revert},     {m_quitAction, Icon::Quit}};
    for (const auto &[action, icon] : icons)
        action->setIcon(AppIcons::icon(icon));
}

void MainWindow::retranslateUi() {
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_importAction->setText(tr("&Import rinetd.conf…"));
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_exportAction->setText(tr("&Export As…"));
    m_exportAction->setToolTip(
        tr("Write the rules as rinetd.conf, PortRelay JSON, an nftables ruleset or an HAProxy "
           "configuration"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_quitAction->setText(tr("&Quit"));
    m_connectServiceAction->setText(tr("Connect to &Service…"));
    m_connectServiceAction->setToolTip(
        tr("Manage the PortRelay system service of this computer in a new window"));
    m_connectHostAction->setText(tr("Connect to &Host…"));
    m_connectHostAction->setToolTip(
        tr("Manage the PortRelay service of another computer over ssh in a new window"));
    m_addAction->setText(tr("&Add rule"));
    m_bulkAddAction->setText(tr("Add &Several Rules…"));
    m_bulkAddAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_bulkAddAction->setToolTip(
        tr("Type or paste forwardings in rinetd.conf syntax, one per line (Ctrl+Shift+N)"));
    m_removeAction->setText(tr("&Remove rules…"));
    m_cloneAction->setText(tr("&Duplicate rule"));
    m_cloneAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_moveUpAction->setText(tr("Move &up"));
    m_moveUpAction->setShortcut(QKeySequence(tr("Ctrl+Up")));
    m_moveDownAction->setText(tr("Move &down"));
    m_moveDownAction->setShortcut(QKeySequence(tr("Ctrl+Down")));
    m_applyAction->setText(tr("A&pply"));
    m_applyAction->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_revertAction->setText(tr("Re&vert"));
    m_resetCountersAction->setText(tr("Reset &counters"));
    m_showPortsAction->setText(tr("Show &ports"));
    m_resetCountersAction->setToolTip(
        tr("Set the selected rules' totals and byte counts back to zero"));
    m_applyAction->setToolTip(tr("Validate all rules and hand them to the relay (Ctrl+Return)"));
    m_revertAction->setToolTip(tr("Drop the changes that were not applied"));
    m_addAction->setToolTip(tr("Add a rule (Ins)"));
    m_removeAction->setToolTip(tr("Remove the selected rules (Del)"));
    m_cloneAction->setToolTip(
        tr("Copy the selected rule onto the next free port, disabled (Ctrl+D)"));
    m_ruleOptionsAction->setText(tr("Rule &options…"));
    m_ruleOptionsAction->setShortcut(QKeySequence(tr("Alt+Return")));
    m_ruleOptionsAction->setToolTip(
        tr("Target, FTP, bandwidth, transparent source and PROXY protocol options of the "
           "selected rule (Alt+Return)"));

    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_rulesMenu->setTitle(tr("&Rules"));
    m_toolBar->setWindowTitle(tr("Main"));

    m_search->setPlaceholderText(tr("Search rules"));
    m_search->setToolTip(
        tr("Shows the rules with this text in any column (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_table->setEmptyHint(
        tr("No forwarding rules yet.\nAdd one with Ins, or open a configuration (Ctrl+O) or "
           "import a rinetd.conf (Ctrl+I)."));
    m_globalAcl->setHeading(
        tr("Checked for every connection before the rule's own list. Any matching deny refuses; "
           "when allow patterns exist, one must match."));
    m_tabs->setTabText(m_tabs->indexOf(m_connections), tr("&Connections"));
    m_tabs->setTabText(m_tabs->indexOf(m_ruleAcl), tr("Rule &access"));
    m_tabs->setTabText(m_tabs->indexOf(m_globalAcl), tr("&Global access"));
    m_tabs->setTabText(m_tabs->indexOf(m_logPage), tr("&Logging"));
    m_tabs->setTabText(m_tabs->indexOf(m_ports), tr("&Ports"));
    m_tabs->setTabText(m_tabs->indexOf(m_problemsPanel), tr("&Problems"));
    m_starter->retranslateUi();

    m_listeningLabel->setToolTip(
        tr("Rules accepting connections (and rules that failed to start)"));
    m_activeLabel->setToolTip(tr("Open connections over all rules"));
    m_throughputLabel->setToolTip(tr("Bytes relayed per second over all rules, both directions"));
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // Qt sends this to every widget after LanguageLoader replaced the translators; the children
    // (panels, editors) translate their own texts. What this window builds from tr() at run
    // time is built again: figures, title, headings, validation messages.
    retranslateUi();
    m_model->retranslate();
    updateStatusFigures();
    updateWindowState();
    onSelectionChanged();
    revalidate();
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    QMenu *file = m_fileMenu;
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_connectServiceAction);
    file->addAction(m_connectHostAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    m_rulesMenu = menuBar()->addMenu(QString());
    QMenu *rules = m_rulesMenu;
    for (QAction *a :
         {m_addAction, m_bulkAddAction, m_cloneAction, m_removeAction, m_ruleOptionsAction})
        rules->addAction(a);
    rules->addSeparator();
    rules->addAction(m_moveUpAction);
    rules->addAction(m_moveDownAction);
    rules->addAction(m_resetCountersAction);
    rules->addSeparator();
    rules->addAction(m_applyAction);
    rules->addAction(m_revertAction);
    rules->addSeparator();
    m_starter->startAction()->setIcon(AppIcons::icon(AppIcons::Id::StartAll));
    m_starter->stopAction()->setIcon(AppIcons::icon(AppIcons::Id::StopAll));
    rules->addAction(m_starter->startAction());
    rules->addAction(m_starter->stopAction());

    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
    m_table->addAction(m_helpMenu->ruleExplanationAction());
    connect(m_helpMenu, &HelpMenu::ruleExplanationRequested, this, [this] {
        auto *dialog = RuleExplanationDialog::showFor(selectedRuleId(), m_document, m_model, this);
        if (!dialog)
            return;
        // The tester is the rule access tab's address field: it checks the global list, then
        // the rule's own.
        connect(dialog, &RuleExplanationDialog::testerRequested, this, [this, dialog] {
            m_tabs->setCurrentWidget(m_ruleAcl);
            if (auto *field =
                    m_ruleAcl->findChild<QLineEdit *>(QStringLiteral("ruleAclTestAddress")))
                field->setFocus();
            dialog->close();
        });
    });

    m_toolBar = addToolBar(QString());
    QToolBar *bar = m_toolBar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *a : {m_openAction, m_saveAction})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction *a :
         {m_addAction, m_cloneAction, m_removeAction, m_moveUpAction, m_moveDownAction})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_applyAction);
    bar->addAction(m_revertAction);
    bar->addAction(m_starter->startAction());
    // Apply and Revert carry the document's state: they keep their words beside the icon.
    for (QAction *a : {m_applyAction, m_revertAction})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_search);
}

void MainWindow::createCentralWidgets() {
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("ruleSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Ctrl+F from anywhere in the window, the rule table included (where typing edits a cell).
    auto *find = new QAction(this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_problemBanner = new QLabel(this);
    m_problemBanner->setObjectName(QStringLiteral("problemBanner"));
    m_problemBanner->setWordWrap(true);
    m_problemBanner->setTextFormat(Qt::PlainText);
    m_problemBanner->setMargin(4);
    BannerStyle::apply(m_problemBanner, BannerStyle::Kind::Error);
    m_problemBanner->hide();

    m_connectionBanner = new QLabel(this);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setTextFormat(Qt::PlainText);
    m_connectionBanner->setMargin(4);
    BannerStyle::apply(m_connectionBanner, BannerStyle::Kind::Warning);
    m_connectionBanner->hide();

    m_table = new RuleTableView(this);
    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RuleItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    const QFontMetrics fm = m_table->fontMetrics();
    // Fourteen columns share the default 1180 px window with the stretched State column: the
    // cell margins and a little air, no more.
    const int pad = 16;
    auto widthFor = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    m_table->setColumnWidth(col(Column::Enabled), widthFor(tr("On")) + 8);
    m_table->setColumnWidth(col(Column::Name), widthFor(QStringLiteral("ssh jump host")));
    m_table->setColumnWidth(col(Column::Protocol), widthFor(QStringLiteral("tcp→udp")));
    m_table->setColumnWidth(col(Column::BindHost), widthFor(QStringLiteral("255.255.255.255")));
    // Wide enough for a range of five-digit ports.
    m_table->setColumnWidth(col(Column::BindPort), widthFor(QStringLiteral("40000-40010")));
    m_table->setColumnWidth(col(Column::ConnectHost),
                            qMax(widthFor(QStringLiteral("192.168.100.200")),
                                 widthFor(RuleTableModel::tr("original destination"))));
    m_table->setColumnWidth(
        col(Column::ConnectPort),
        qMax(widthFor(tr("Target port")), widthFor(QStringLiteral("40000-40010"))));
    m_table->setColumnWidth(
        col(Column::Timeout),
        qMax(widthFor(QStringLiteral("86400 s")),
             widthFor(m_model->headerData(col(Column::Timeout), Qt::Horizontal).toString())));
    m_table->setColumnWidth(col(Column::Source), widthFor(QStringLiteral("192.168.1.100")));
    m_table->setColumnWidth(col(Column::Options),
                            widthFor(QStringLiteral("ftp=passive, rate=512k")));
    m_table->setColumnWidth(col(Column::Active), widthFor(QStringLiteral("Active0")));
    m_table->setColumnWidth(col(Column::Total), widthFor(QStringLiteral("100000")));
    m_table->setColumnWidth(col(Column::BytesIn), widthFor(QStringLiteral("1023.9 MiB")));
    m_table->setColumnWidth(col(Column::BytesOut), widthFor(QStringLiteral("1023.9 MiB")));
    m_table->setColumnWidth(col(Column::Denied), widthFor(tr("Denied")));
    m_table->setColumnWidth(col(Column::Failed), widthFor(tr("Failed")));
    header->setSectionResizeMode(col(Column::State), QHeaderView::Stretch);
    // Fourteen columns do not fit a small screen: the header's context menu hides the ones an admin
    // does not need.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint pos) {
        QMenu menu(this);
        for (int section = col(Column::Name); section < col(Column::Count); ++section) {
            QAction *action =
                menu.addAction(m_model->headerData(section, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(section));
            connect(action, &QAction::toggled, header,
                    [header, section](bool shown) { header->setSectionHidden(section, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("On")) + 16);

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    auto *separator2 = new QAction(m_table);
    separator2->setSeparator(true);
    // A range rule is one row; its ports are listed in the Ports tab.
    auto *showPorts = new QAction(m_table);
    showPorts->setObjectName(QStringLiteral("actionShowPorts"));
    connect(showPorts, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_ports); });
    m_showPortsAction = showPorts;
    for (QAction *a : {m_addAction, m_bulkAddAction, m_cloneAction, m_removeAction,
                       m_ruleOptionsAction, separator, m_moveUpAction, m_moveDownAction, separator2,
                       m_resetCountersAction, showPorts})
        m_table->addAction(a);
    // The cells that have no editor of their own open the options dialog.
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->isDialogOnly(m_proxy->mapToSource(index)))
            editRuleOptions();
    });
    // Del and Ctrl+Up/Down act on rules only while the table has focus; elsewhere (the search
    // box, an ACL pattern field) the keys keep their usual meaning.
    for (QAction *a :
         {m_removeAction, m_cloneAction, m_moveUpAction, m_moveDownAction, m_ruleOptionsAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_connections = new ConnectionsPanel(this);
    m_connections->setObjectName(QStringLiteral("connectionsPanel"));
    m_ruleAcl = new AclEditor(QStringLiteral("ruleAcl"), this);
    m_globalAcl = new AclEditor(QStringLiteral("globalAcl"), this);
    m_ruleAcl->setPrecedingList(&m_document->config().globalAcl);
    m_logPage = new LogSettingsPage(this);
    m_logPage->setObjectName(QStringLiteral("logSettings"));
    m_ports = new RulePortsPanel(this);
    m_ports->setObjectName(QStringLiteral("rulePorts"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    for (QWidget *page : {static_cast<QWidget *>(m_connections), static_cast<QWidget *>(m_ruleAcl),
                          static_cast<QWidget *>(m_globalAcl), static_cast<QWidget *>(m_logPage)})
        m_tabs->addTab(page, QString());
    // A range rule is one row of the table; this tab expands the selected rule into its ports.
    m_tabs->insertTab(m_tabs->indexOf(m_ruleAcl) + 1, m_ports, QString());
    m_problemsPanel = new ProblemsPanel(this);
    m_tabs->addTab(m_problemsPanel, QString());
    m_problemsBanner = new ProblemsBanner(this);
    m_commentNames = new CommentNamesOffer(m_document, this);
    connect(m_problemsBanner, &ProblemsBanner::showProblemsRequested, this,
            [this] { m_tabs->setCurrentWidget(m_problemsPanel); });
    connect(m_problemsBanner, &ProblemsBanner::takeValidPartRequested, this,
            &MainWindow::takeValidPart);
    connect(m_problemsPanel, &ProblemsPanel::lineActivated, this, [this](int line) {
        for (const Rule &rule : m_document->config().rules) {
            if (line > 0 && rule.sourceLine == line)
                selectRule(rule.id);
        }
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_connectionBanner);
    topLayout->addWidget(m_starter->banner());
    topLayout->addWidget(m_problemsBanner);
    topLayout->addWidget(m_commentNames);
    topLayout->addWidget(m_problemBanner);
    topLayout->addWidget(new RuntimeProblemBanner(m_status, top));
    topLayout->addWidget(m_table, 1);

    auto *splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The rules are the main thing: three fifths of the height for the table, whatever the
    // details' size hints ask (the sizes are scaled to the window; saved sizes replace them).
    splitter->setSizes({3000, 2000});
    setCentralWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_connections, &ConnectionsPanel::closeConnectionRequested, this, [this](quint64 id) {
        if (m_backend)
            m_backend->closeConnection(id);
    });
    // The rule whose list the editor shows, not the current selection: an edit committed while
    // the selection moves must land on the rule it was made for.
    connect(m_ruleAcl, &AclEditor::listEdited, this, [this](const AccessList &list) {
        if (m_aclRuleId != 0)
            m_document->setRuleAcl(m_aclRuleId, list);
    });
    connect(m_globalAcl, &AclEditor::listEdited, m_document, &Document::setGlobalAcl);
    connect(m_logPage, &LogSettingsPage::logFileEdited, m_document, &Document::setLogFile);
    connect(m_logPage, &LogSettingsPage::logFormatEdited, m_document, &Document::setLogFormat);
}

void MainWindow::createStatusBar() {
    auto makeLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    // Separate the live figures visually; they change several times a second side by side.
    statusBar()->setStyleSheet(
        QStringLiteral("QStatusBar::item { border: none; border-left: 1px solid palette(mid); }"));
    m_backendLabel = makeLabel(QStringLiteral("backendLabel"));
    m_documentStateLabel = makeLabel(QStringLiteral("documentState"));
    m_listeningLabel = makeLabel(QStringLiteral("listeningRules"));
    m_activeLabel = makeLabel(QStringLiteral("activeConnections"));
    m_throughputLabel = makeLabel(QStringLiteral("throughput"));
    updateStatusFigures();
}

void MainWindow::connectDocument() {
    connect(m_document, &Document::stateChanged, this, &MainWindow::updateWindowState);
    connect(m_document, &Document::stateChanged, this, &MainWindow::revalidate);
    connect(m_document, &Document::ruleChanged, this, &MainWindow::revalidate);
    // The selected rule's title heads the connections, the graph and the access editor: edits
    // of its binds or name (a new rule's "127.0.0.1:? → …") show there at once.
    connect(m_document, &Document::ruleChanged, this, [this](int index) {
        const int id = selectedRuleId();
        const QVector<Rule> &rules = m_document->config().rules;
        if (id == 0 || index < 0 || index >= rules.size() || rules.at(index).id != id)
            return;
        m_connections->setSelectedRule(id, ruleLabel(id));
        m_ruleAcl->setHeading(
            tr("Access list of %1, checked after the global list.").arg(ruleLabel(id)));
    });
    // Edited ports, and Apply (what runs changes): the ports tab follows.
    connect(m_document, &Document::ruleChanged, this, &MainWindow::updatePortsPanel);
    connect(m_document, &Document::stateChanged, this, &MainWindow::updatePortsPanel);
    connect(m_document, &Document::globalAclChanged, this, &MainWindow::revalidate);
    connect(m_document, &Document::globalAclChanged, this, [this] {
        m_globalAcl->setList(m_document->config().globalAcl);
        m_ruleAcl->setPrecedingList(&m_document->config().globalAcl); // refreshes its verdict
    });
    connect(m_document, &Document::logSettingsChanged, this, [this] {
        m_logPage->setSettings(m_document->config().logFile, m_document->config().logFormat);
    });
    connect(m_document, &Document::resetDone, this, [this] {
        m_globalAcl->setList(m_document->config().globalAcl);
        m_logPage->setSettings(m_document->config().logFile, m_document->config().logFormat);
        onSelectionChanged();
    });
    connect(m_document, &Document::ruleEnabledToggled, this,
            [this](int ruleId, bool enabled, bool inEngine) {
                if (m_backend && inEngine)
                    m_backend->setRuleEnabled(ruleId, enabled);
                // The On box is the one cell that does not wait for Apply: said each time.
                QString text;
                if (!inEngine)
                    text = enabled ? tr("%1 enabled; it is not running yet and starts with Apply.")
                                   : tr("%1 disabled; it was not running.");
                else
                    text = enabled ? tr("%1 started at once: the On box needs no Apply.")
                                   : tr("%1 stopped at once: the On box needs no Apply.");
                const Rule *rule = m_document->config().ruleById(ruleId);
                const Rule *running = m_document->appliedRule(ruleId);
                if (inEngine && rule && running && *rule != *running)
                    text += QLatin1Char(' ') +
                            tr("It runs as last applied; its other changes wait for Apply.");
                statusBar()->showMessage(text.arg(ruleLabel(ruleId)), 8000);
            });
    connect(m_model, &RuleTableModel::enableRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 8000); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::revalidate);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::revalidate);
}

void MainWindow::connectBackend() {
    connect(m_status, &RelayStatus::snapshotChanged, this, &MainWindow::onSnapshot);
    if (!m_backend)
        return;
    connect(m_backend, &RelayBackend::configChanged, this, &MainWindow::onBackendConfigChanged);
    // Reverted to what the service runs: nothing is left in conflict.
    connect(m_document, &Document::stateChanged, this, [this] {
        if (m_conflictText.isEmpty() || m_document->isUnapplied())
            return;
        m_conflictText.clear();
        m_baseRevision = m_backend->revision();
        updateBackendState();
    });
    connect(m_backend, &RelayBackend::changeRefused, this, &MainWindow::onChangeRefused);
    connect(m_backend, &RelayBackend::connectionStateChanged, this,
            &MainWindow::updateBackendState);
    connect(m_backend, &RelayBackend::permissionsChanged, this, &MainWindow::updateBackendState);
    connect(m_backend, &RelayBackend::runningConfigSaved, this,
            [this](bool ok, const QString &message) {
                if (ok) {
                    m_document->markSaved(QString());
                    statusBar()->showMessage(tr("The service saved its rules to %1.").arg(message),
                                             8000);
                } else {
                    QMessageBox::warning(this, tr("Save Failed"),
                                         tr("The service did not save its rules: %1").arg(message));
                }
            });
    connect(m_backend, &RelayBackend::applied, this,
            [this](quint64 revision, const RuleStartErrors &errors) {
                m_baseRevision = revision;
                if (m_backend->isRemote()) {
                    m_document->setRunningConfig(m_sentConfig);
                    m_conflictText.clear();
                    updateBackendState();
                }
                if (m_document->isStopped())
                    return; // the stop of an opened document: its banner says so
                if (errors.isEmpty())
                    statusBar()->showMessage(tr("Applied."), 4000);
                else
                    statusBar()->showMessage(
                        tr("Applied; %n rule(s) could not start (see the State column).", nullptr,
                           int(errors.size())),
                        10000);
            });
}

// ---- files -------------------------------------------------------------------------------------

bool MainWindow::maybeDiscardChanges() {
    if (m_backend && m_backend->isRemote()) {
        // The service keeps its rules; only edits not applied to it can be lost here.
        if (!m_document->isUnapplied())
            return true;
        QMessageBox box(QMessageBox::Warning, tr("Changes Not Applied"),
                        tr("Your changes were not applied to the service. Discard them?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("discardUnappliedQuestion"));
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Discard;
    }
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    // A table with errors is not what Return should write over the file.
    const bool invalid = RuleValidator::hasErrors(RuleValidator::validate(m_document->config()));
    box.setDefaultButton(invalid ? QMessageBox::Cancel : QMessageBox::Save);
    if (invalid)
        box.setInformativeText(tr("The table has errors; Save asks how to go on."));
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::open() {
    if (!maybeDiscardChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Configuration"), QFileInfo(m_document->filePath()).absolutePath(),
        tr("PortRelay configurations (*.json);;rinetd configurations (*.conf);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importRinetd() {
    if (!maybeDiscardChanges())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import rinetd.conf"), QStringLiteral("/etc"),
                                     tr("rinetd configurations (*.conf);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path) {
    const ConfigLoadResult result = loadConfigFile(path);
    if (!result.readable) {
        QMessageBox::warning(
            this, tr("Open Failed"),
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), result.readError));
        return false;
    }
    ValidPart part;
    if (result.hasErrors()) {
        // The rules the validator refuses are not part of what can be taken: the engine would
        // refuse them too.
        part = ValidPart::of(result.config,
                             ConfigValidator::check(result.config, ConfigValidator::Options()));
        ImportDiagnosticsDialog dialog(path, result.diagnostics, int(part.config.rules.size()),
                                       this);
        qCInfo(lcUi) << "showing the problems of" << path;
        if (dialog.exec() != QDialog::Accepted) {
            statusBar()->showMessage(tr("Nothing was loaded; the current document is unchanged."),
                                     8000);
            return false;
        }
    }
    // The document keeps its file: Save writes a rinetd.conf back in place and a JSON file as a
    // whole. A JSON file that could not be used at all stays untitled, so that Save never
    // replaces it with an empty document.
    // What was read is the whole file (a JSON document is read all or nothing; a rinetd.conf
    // keeps its lines with errors as they are), so it is not an unsaved change.
    const bool asIs = result.documentRead;
    const QString documentPath = result.documentRead ? path : QString();
    m_document->reset(result.config, documentPath, asIs, result.format);
    if (!part.leftOutRuleIds.isEmpty())
        takeValidPart();
    if (result.format == ConfigFormat::RinetdConf)
        m_lastImportPath = path;
    if (!documentPath.isEmpty())
        m_recent->add(path);

    qCInfo(lcUi) << "loaded" << path << result.config.rules.size() << "rules";
    // A service's rules change only on an explicit Apply.
    if (m_backend && m_backend->isRemote()) {
        revalidate();
        statusBar()->showMessage(
            tr("Loaded %1; Apply sends its rules to the service.").arg(QFileInfo(path).fileName()),
            8000);
        return true;
    }
    // Opening never binds: the document is loaded stopped, and Start first lists what it would
    // expose. What ran before stops.
    m_starter->loadStopped();
    showLoadProblems(path, result, false, true);
    if (result.format == ConfigFormat::RinetdConf)
        m_commentNames->offer();
    statusBar()->showMessage(tr("Loaded %1, stopped: nothing listens until you start its rules.")
                                 .arg(QFileInfo(path).fileName()),
                             8000);
    return true;
}

bool MainWindow::reopenAtStartup(const QString &path, bool start) {
    const ConfigLoadResult result = loadConfigFile(path);
    if (!result.readable) {
        m_problemsBanner->showMessage(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), result.readError),
            false);
        return false;
    }
    // What was read is the whole file (a JSON document is read all or nothing; a rinetd.conf
    // keeps its lines with errors as they are), so it is not an unsaved change.
    const bool asIs = result.documentRead;
    const QString documentPath = result.documentRead ? path : QString();
    m_document->reset(result.config, documentPath, asIs, result.format);
    if (result.format == ConfigFormat::RinetdConf)
        m_lastImportPath = path;
    if (!documentPath.isEmpty())
        m_recent->add(path);
    if (m_backend && m_backend->isRemote())
        return true;
    m_starter->loadStopped();
    bool started = false;
    if (start && m_starter->startableCount() > 0) {
        m_starter->startWithoutAsking();
        started = true;
    }
    showLoadProblems(path, result, started, false);
    return true;
}

void MainWindow::showLoadProblems(const QString &path, const ConfigLoadResult &result, bool started,
                                  bool dialogSeen) {
    m_problemsPanel->setDiagnostics(QFileInfo(path).absoluteFilePath(), result.diagnostics);
    const ValidPart part = m_starter->validPart();
    const int leftOut = int(part.leftOutRuleIds.size());
    int lineErrors = 0; // lines of the file that are not in the document at all
    for (const ConfigDiagnostic &d : result.diagnostics)
        lineErrors += d.isError() ? 1 : 0;
    if (!result.hasErrors() || (dialogSeen && leftOut == 0)) {
        m_problemsBanner->hide();
        return;
    }
    const QString name = QFileInfo(path).fileName();
    QString text;
    if (leftOut > 0) {
        const int rules = int(m_document->config().rules.size());
        text = tr("%1: %2 of %n rule(s) have errors.", nullptr, rules).arg(name).arg(leftOut) +
               QLatin1Char(' ') +
               (started ? tr("The %n valid rule(s) started; the others wait until fixed.", nullptr,
                             rules - leftOut)
                        : tr("%n valid rule(s) can be started; the others wait until fixed.",
                             nullptr, rules - leftOut));
    } else {
        text = (started ? tr("%1 has %n error(s); the lines with errors were left out and its "
                             "rules started.",
                             nullptr, lineErrors)
                        : tr("%1 has %n error(s); the lines with errors were left out.", nullptr,
                             lineErrors))
                   .arg(name);
    }
    m_problemsBanner->showMessage(text, leftOut > 0);
    qCInfo(lcUi).noquote() << "problems of" << path << "shown:" << text;
}

void MainWindow::takeValidPart() {
    const ValidPart part = m_starter->validPart();
    for (int id : part.leftOutRuleIds) {
        const int row = m_model->rowForId(id);
        if (row >= 0)
            m_model->removeRows(row, 1);
    }
    m_problemsBanner->hide();
    if (!part.leftOutRuleIds.isEmpty())
        statusBar()->showMessage(
            tr("%n rule(s) with errors removed from the document; Save writes it without them.",
               nullptr, int(part.leftOutRuleIds.size())),
            8000);
}

bool MainWindow::confirmSaveWithErrors() {
    const auto problems = RuleValidator::validate(m_document->config());
    if (!RuleValidator::hasErrors(problems))
        return true;
    const int errors = RuleValidator::errorCount(problems);
    QMessageBox box(QMessageBox::Warning, tr("Save With Errors"),
                    tr("The table has %n error(s): rules with errors do not start, here or "
                       "wherever this file is used.",
                       nullptr, errors),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("saveWithErrorsQuestion"));
    box.setInformativeText(tr("Fix them first (the marked cells), or save the table as it is?"));
    QPushButton *fix = box.addButton(tr("&Fix first"), QMessageBox::RejectRole);
    fix->setObjectName(QStringLiteral("fixFirstButton"));
    QPushButton *anyway = box.addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("saveAnywayButton"));
    box.setDefaultButton(fix);
    box.exec();
    if (box.clickedButton() == anyway)
        return true;
    for (const auto &problem : problems) {
        if (problem.isError && problem.ruleId != 0) {
            selectRule(problem.ruleId);
            m_table->setFocus();
            break;
        }
    }
    statusBar()->showMessage(
        tr("Not saved: %n error(s) to fix (see the marked cells).", nullptr, errors), 8000);
    return false;
}

bool MainWindow::save() {
    if (m_backend && m_backend->isRemote()) {
        // The service's own file is the source of truth: it writes what it runs.
        if (m_document->isUnapplied())
            statusBar()->showMessage(
                tr("Saving what the service runs; your changes are not applied yet."), 8000);
        m_backend->saveRunningConfig();
        return true;
    }
    if (!confirmSaveWithErrors())
        return false;
    const QString path = m_document->filePath();
    if (!path.isEmpty() && m_document->fileFormat() == ConfigFormat::RinetdConf) {
        QString error;
        if (!m_document->save(&error)) {
            QMessageBox::warning(
                this, tr("Save Failed"),
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        m_recent->add(path);
        statusBar()->showMessage(
            tr("Saved %1 (the previous version is %2.bak).")
                .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()),
            5000);
        return true;
    }
    if (path.isEmpty() || formatForFileName(path) != ConfigFormat::Json)
        return chooseSaveFile();
    return saveTo(path);
}

bool MainWindow::saveAs() {
    if (!confirmSaveWithErrors())
        return false;
    return chooseSaveFile();
}

bool MainWindow::chooseSaveFile() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save Configuration"),
                                                m_document->filePath().isEmpty()
                                                    ? QStringLiteral("portrelay.json")
                                                    : m_document->filePath(),
                                                tr("PortRelay configurations (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path) {
    QString error;
    if (formatForFileName(path) != ConfigFormat::Json) {
        QMessageBox::warning(this, tr("Save Failed"),
                             tr("PortRelay documents are saved as .json files; use Export for "
                                "rinetd.conf."));
        return false;
    }
    if (!saveConfigFile(m_document->config(), path, &error)) {
        QMessageBox::warning(
            this, tr("Save Failed"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_document->markSaved(path);
    m_recent->add(path);
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseExportTarget() {
    QFileDialog dialog(this, tr("Export As"));
    dialog.setObjectName(QStringLiteral("exportAsDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(DocumentExporter::nameFilters());
    // Beside the document, under a name of its own: an export never replaces the document's file.
    const QFileInfo own(m_document->filePath());
    dialog.selectFile(
        own.fileName().isEmpty()
            ? QStringLiteral("portrelay-export.conf")
            : own.dir().filePath(own.completeBaseName() + QStringLiteral("-export.conf")));
    // Choosing a format renames the file to its extension (the extension decides, as for
    // `portrelay --export`), and the filter's extension is appended to a name without one.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &filter) {
        const QString suffix = DocumentExporter::suffix(DocumentExporter::formatForFilter(filter));
        dialog.setDefaultSuffix(suffix);
        const QFileInfo typed(dialog.selectedFiles().value(0));
        if (!typed.fileName().isEmpty() && DocumentExporter::formatForFileName(typed.fileName()))
            dialog.selectFile(typed.completeBaseName() + QLatin1Char('.') + suffix);
    });
    dialog.setDefaultSuffix(QStringLiteral("conf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    // A known extension names the format (as `portrelay --export` decides); otherwise the filter.
    exportAs(path, DocumentExporter::formatForFileName(path).value_or(
                       DocumentExporter::formatForFilter(dialog.selectedNameFilter())));
}

bool MainWindow::exportAs(const QString &path, DocumentExporter::Format format) {
    // The document's own file is written by Save (in place for a rinetd.conf); an export over it
    // would replace it behind the document, which would still count as saved.
    if (!m_document->filePath().isEmpty() &&
        QFileInfo(path).absoluteFilePath() ==
            QFileInfo(m_document->filePath()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("%1 is this document's own file; Save writes it. Choose another "
                                "name for the export.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // Named as `portrelay --export OUT FILE` names FILE, so that both write the same bytes.
    const QString source =
        m_document->filePath().isEmpty() ? m_document->displayName() : m_document->filePath();
    QString written;
    if (!ExportDiagnosticsDialog::exportDocument(this, m_document->config(), source, path, format,
                                                 &written))
        return false;
    statusBar()->showMessage(written, 8000);
    return true;
}

bool MainWindow::exportTo(const QString &path) {
    if (formatForFileName(path) == ConfigFormat::Json) {
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("A rinetd.conf export must not end in .json; choose another "
                                "name."));
        return false;
    }
    QString error;
    QVector<ConfigDiagnostic> warnings;
    if (!saveConfigFile(m_document->config(), path, &error, &warnings)) {
        QMessageBox::warning(
            this, tr("Export Failed"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const ConfigDiagnostic &w : warnings)
            lines.append(w.message);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Exported with Notes"),
                                    tr("%1 was written. rinetd.conf cannot express everything:")
                                        .arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportWarnings"));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal-blocking: the export already happened
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeDiscardChanges())
                openFile(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear list")), &QAction::triggered, m_recent,
                &RecentFiles::clear);
    }
}

// ---- apply / validation ------------------------------------------------------------------------

bool MainWindow::applyChanges() {
    // Commit what is being typed: Apply must not apply an older value than the one on screen.
    if (QWidget *editor = m_table->indexWidget(m_table->currentIndex()))
        QMetaObject::invokeMethod(m_table, "commitData", Qt::DirectConnection,
                                  Q_ARG(QWidget *, editor));
    const auto problems = RuleValidator::validate(m_document->config());
    m_model->setProblems(problems);
    // Warnings (a name that does not resolve, a pattern that never matches) stay marked; only
    // errors stop Apply.
    if (RuleValidator::hasErrors(problems)) {
        showProblems(problems, true);
        statusBar()->showMessage(tr("Not applied: %n problem(s) must be fixed first.", nullptr,
                                    RuleValidator::errorCount(problems)),
                                 8000);
        return false;
    }
    if (m_backend && m_backend->isRemote()) {
        if (!m_backend->canChange()) {
            statusBar()->showMessage(tr("Not applied: %1").arg(m_backend->readOnlyReason()), 8000);
            return false;
        }
        // Marked as running once the service confirms (applied()); refused, the edits stay.
        m_sentConfig = m_document->config();
        // Based on what the service runs now, unless someone else changed it while these edits
        // were made: then on the revision the edits started from, so that the service refuses.
        if (m_conflictText.isEmpty())
            m_baseRevision = m_backend->revision();
        m_backend->apply(m_sentConfig, m_baseRevision);
        statusBar()->showMessage(tr("Sent to the service…"), 4000);
        showProblems({}, false);
        return true;
    }
    if (m_backend)
        m_backend->apply(m_document->config(), m_baseRevision);
    m_document->markApplied();
    showProblems({}, false);
    return true;
}

void MainWindow::revalidate() {
    const auto problems = RuleValidator::validate(m_document->config());
    m_model->setProblems(problems);
    if (m_showProblemBanner)
        showProblems(problems, false);
}

void MainWindow::showProblems(const QVector<RuleValidator::Problem> &allProblems, bool afterApply) {
    QVector<RuleValidator::Problem> problems; // the banner is about what stops Apply
    for (const auto &problem : allProblems) {
        if (problem.isError)
            problems.append(problem);
    }
    if (afterApply)
        m_showProblemBanner = true;
    if (problems.isEmpty()) {
        m_showProblemBanner = false;
        m_problemBanner->hide();
        return;
    }
    if (!m_showProblemBanner)
        return;
    QStringList lines;
    for (const auto &problem : problems) {
        QString where = problem.ruleId == 0 ? tr("Global access list") : ruleLabel(problem.ruleId);
        if (problem.ruleId != 0 && problem.field != RuleValidator::Field::Acl) {
            const int column = col(RuleTableModel::columnFor(problem.field));
            where = tr("%1, %2").arg(where, m_model->headerData(column, Qt::Horizontal).toString());
        }
        lines.append(tr("%1: %2").arg(where, problem.message));
        if (lines.size() == 6 && problems.size() > 6) {
            lines.append(
                tr("… and %n more (see the marked cells).", nullptr, int(problems.size() - 6)));
            break;
        }
    }
    m_problemBanner->setText(tr("Nothing was applied. Fix these problems first:") +
                             QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_problemBanner->show();
}

void MainWindow::revert() {
    if (!m_document->isUnapplied())
        return;
    if (QMessageBox::question(this, tr("Revert"), tr("Drop all changes that were not applied?")) !=
        QMessageBox::Yes)
        return;
    m_document->revertToApplied();
}

// ---- rule editing ------------------------------------------------------------------------------

QList<int> MainWindow::selectedSourceRows() const {
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int MainWindow::selectedRuleId() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->ruleIdAt(m_proxy->mapToSource(current).row());
}

void MainWindow::selectRule(int ruleId) {
    const int row = m_model->rowForId(ruleId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, col(Column::Name)));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString MainWindow::ruleLabel(int ruleId) const {
    const Rule *rule = m_document->config().ruleById(ruleId);
    if (!rule)
        return tr("rule %1").arg(ruleId);
    return RuleTableModel::ruleTitle(*rule);
}

int MainWindow::addRule() {
    const QList<int> rows = selectedSourceRows();
    const int at = rows.isEmpty() ? m_model->rowCount() : rows.last() + 1;
    const Rule rule = m_document->makeNewRule();
    const int row = m_model->insertRule(at, rule);
    m_search->clear(); // a filter could hide the new row
    selectRule(rule.id);
    const QModelIndex port = m_proxy->mapFromSource(m_model->index(row, col(Column::BindPort)));
    m_table->setCurrentIndex(port);
    if (isVisible())
        m_table->edit(port);
    return row;
}

int MainWindow::addSeveralRules() {
    BulkAddDialog dialog(m_document->config(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.validRules().isEmpty())
        return 0;
    // Numbered again: a service's new rules may have replaced the document while the dialog was
    // open.
    QVector<Rule> rules = dialog.validRules();
    int nextId = m_document->config().nextRuleId();
    for (Rule &rule : rules)
        rule.id = nextId++;
    const QList<int> rows = selectedSourceRows();
    const int at = rows.isEmpty() ? m_model->rowCount() : rows.last() + 1;
    m_model->insertRules(at, rules);
    m_search->clear(); // a filter could hide the new rows
    selectRule(rules.constFirst().id);
    statusBar()->showMessage(tr("%n rule(s) added; Apply starts them.", nullptr, int(rules.size())),
                             8000);
    return int(rules.size());
}

void MainWindow::removeSelected() {
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QStringList names;
    for (int row : rows)
        names.append(QStringLiteral("• ") + ruleLabel(m_model->ruleIdAt(row)));
    QMessageBox box(QMessageBox::Question, tr("Remove Rules"),
                    tr("Remove %n rule(s)?", nullptr, int(rows.size())),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    box.setInformativeText(names.mid(0, 10).join(QLatin1Char('\n')) +
                           (names.size() > 10 ? QStringLiteral("\n…") : QString()) +
                           QLatin1Char('\n') +
                           tr("The removal takes effect on Apply; open connections then finish."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    for (int i = rows.size() - 1; i >= 0; --i)
        m_model->removeRows(rows.at(i), 1);
}

void MainWindow::cloneSelected() {
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    Rule copy = m_document->config().rules.at(rows.first());
    copy.id = m_document->config().nextRuleId();
    // Disabled until the user enables it: enabling takes effect at once, and a new listener (a
    // port opened to whoever reaches the bind address) is a decision of its own; the port was
    // free when looked at, not reserved.
    copy.enabled = false;
    copy.name = copy.name.isEmpty() ? tr("copy") : tr("%1 (copy)").arg(copy.name);
    copy.notes = Annotations();
    copy.sourceLine = 0;
    // This host's ports say nothing about a service's host reached over ssh.
    auto *remote = qobject_cast<RemoteBackend *>(m_backend);
    const bool probeHost = !remote || !RemoteBackend::isSshTarget(remote->target());
    QString why;
    int skipped = 0;
    const std::optional<QString> port = FreePortFinder::nextBindPort(
        m_document->config(), copy,
        probeHost ? FreePortFinder::localProbe(copy.bindProtocol) : FreePortFinder::HostProbe(),
        &why, &skipped);
    if (port)
        copy.bindPort = *port;
    m_model->insertRule(rows.first() + 1, copy);
    selectRule(copy.id);
    if (!port)
        statusBar()->showMessage(
            tr("Duplicated with the same port (%1): enable it after changing the port.").arg(why),
            10000);
    else if (skipped > 0)
        statusBar()->showMessage(tr("Duplicated on port %1, disabled (%n port(s) in use on this "
                                    "host skipped).",
                                    nullptr, skipped)
                                     .arg(*port),
                                 8000);
    else
        statusBar()->showMessage(tr("Duplicated on port %1, disabled.").arg(*port), 8000);
}

void MainWindow::editRuleOptions() {
    const int id = selectedRuleId();
    if (!id || !changesAllowed())
        return;
    RuleOptionsDialog dialog(m_document->config(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Staged like a cell edit: the rule runs with it after Apply.
    const int row = m_model->rowForId(id);
    if (row >= 0)
        m_document->replaceRule(row, dialog.rule());
}

void MainWindow::resetSelectedCounters() {
    if (!m_backend)
        return;
    const QList<int> rows = selectedSourceRows();
    for (int row : rows)
        m_backend->resetCounters(m_model->ruleIdAt(row));
}

void MainWindow::moveSelected(int delta) {
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1)
        return;
    const int id = m_model->ruleIdAt(rows.first());
    // Moving changes the file order, which is only visible unsorted.
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    if (m_model->moveRule(rows.first(), rows.first() + delta))
        selectRule(id);
}

// ---- live state --------------------------------------------------------------------------------

void MainWindow::onSnapshot(const StatsSnapshot &snapshot) {
    m_model->setSnapshot(snapshot);
    m_connections->setSnapshot(snapshot);
    const int selected = selectedRuleId();
    m_ports->setStats(selected ? m_model->statsFor(selected) : nullptr);
    updateStatusFigures();
}

void MainWindow::updateStatusFigures() {
    const int listening = m_status->listeningRules();
    const int failing = m_status->failedRules();
    const quint64 active = m_status->activeConnections();
    m_listeningLabel->setText(failing ? tr("%n listening", nullptr, listening) +
                                            QLatin1String(", ") + tr("%n failed", nullptr, failing)
                                      : tr("%n listening", nullptr, listening));
    m_activeLabel->setText(tr("%n connection(s)", nullptr, int(active)));
    m_throughputLabel->setText(HumanUnits::rate(m_connections->history().latestRate(0)));
}

void MainWindow::updatePortsPanel() {
    const int id = selectedRuleId();
    const Rule *rule = id ? m_document->config().ruleById(id) : nullptr;
    m_ports->setRule(rule, rule ? m_document->appliedRule(id) : nullptr,
                     rule ? m_model->statsFor(id) : nullptr, m_document->isStopped());
}

void MainWindow::onSelectionChanged() {
    updatePortsPanel();
    const int id = selectedRuleId();
    const Rule *rule = id ? m_document->config().ruleById(id) : nullptr;
    m_aclRuleId = rule ? id : 0;
    if (rule) {
        m_ruleAcl->setEnabled(changesAllowed());
        m_ruleAcl->setList(rule->acl);
        m_ruleAcl->setHeading(
            tr("Access list of %1, checked after the global list.").arg(ruleLabel(id)));
        m_connections->setSelectedRule(id, ruleLabel(id));
    } else {
        m_ruleAcl->setList(AccessList());
        m_ruleAcl->setEnabled(false);
        m_ruleAcl->setHeading(tr("Select a rule to edit its access list."));
        m_connections->setSelectedRule(0, QString());
    }
    updateActions();
}

void MainWindow::updateActions() {
    const QList<int> rows = selectedSourceRows();
    const bool may = changesAllowed();
    m_addAction->setEnabled(may);
    m_bulkAddAction->setEnabled(may);
    m_removeAction->setEnabled(may && !rows.isEmpty());
    m_resetCountersAction->setEnabled(may && m_backend && !rows.isEmpty());
    m_cloneAction->setEnabled(may && rows.size() == 1);
    m_showPortsAction->setEnabled(!rows.isEmpty());
    m_ruleOptionsAction->setEnabled(may && rows.size() == 1);
    m_moveUpAction->setEnabled(may && rows.size() == 1 && rows.first() > 0);
    m_moveDownAction->setEnabled(may && rows.size() == 1 && rows.first() + 1 < m_model->rowCount());
    if (m_helpMenu)
        m_helpMenu->ruleExplanationAction()->setEnabled(selectedRuleId() != 0);
}

void MainWindow::updateWindowState() {
    if (m_backend && m_backend->isRemote()) {
        // What is managed, always in sight: the service, not a file.
        setWindowTitle(tr("PortRelay — %1").arg(m_backend->description()));
        setWindowModified(false);
    } else {
        setWindowTitle(tr("%1[*] — PortRelay").arg(m_document->displayName()));
        setWindowModified(m_document->isModified());
    }
    m_applyAction->setEnabled(changesAllowed() && m_document->isUnapplied());
    m_revertAction->setEnabled(m_document->isUnapplied());
    QStringList state;
    if (m_document->isUnapplied())
        state.append(tr("changes not applied"));
    if (m_document->isModified())
        state.append(tr("unsaved"));
    m_documentStateLabel->setText(state.join(QStringLiteral(", ")));
    m_documentStateLabel->setVisible(!state.isEmpty());
    m_documentStateLabel->setStyleSheet(m_document->isUnapplied()
                                            ? QStringLiteral("color: #a05000; font-weight: bold;")
                                            : QString());
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    const bool accepted = maybeDiscardChanges();
    event->setAccepted(accepted);
    Q_EMIT closeAnswered(accepted);
}

void MainWindow::setQuitHandler(std::function<void()> handler) {
    m_quitHandler = std::move(handler);
}

void MainWindow::addFileMenuAction(QAction *action) {
    m_fileMenu->insertAction(m_quitAction, action);
    m_fileMenu->insertSeparator(m_quitAction);
}

QByteArray MainWindow::splitterState() const {
    return m_splitter->saveState();
}

bool MainWindow::restoreSplitterState(const QByteArray &state) {
    return m_splitter->restoreState(state);
}

QByteArray MainWindow::ruleColumnsState() const {
    return m_table->horizontalHeader()->saveState();
}

bool MainWindow::restoreRuleColumnsState(const QByteArray &state) {
    return m_table->horizontalHeader()->restoreState(state);
}

// ---- the relay backend -------------------------------------------------------------------------

bool MainWindow::changesAllowed() const {
    return !m_backend || m_backend->canChange();
}

void MainWindow::onBackendConfigChanged(quint64 revision, const Config &config) {
    // The same rules again (a reconnection, a restarted service): the edits stay, based on it.
    if (m_document->isUnapplied() && config == m_document->appliedConfig()) {
        m_baseRevision = revision;
        updateBackendState();
        return;
    }
    if (m_document->isUnapplied() && m_document->config() != config) {
        // The user's edits stay; Apply will be refused as a conflict until they choose.
        m_document->setRunningConfig(config);
        m_conflictText =
            tr("The service's rules changed (revision %1) while you were editing. Your changes "
               "are kept; Revert takes the service's rules.")
                .arg(revision);
        updateBackendState();
        return;
    }
    m_baseRevision = revision;
    m_conflictText.clear();
    const int selected = selectedRuleId();
    m_document->reset(config, QString(), true);
    m_document->markApplied();
    if (selected)
        selectRule(selected);
    updateBackendState();
}

void MainWindow::onChangeRefused(const QString &reason, bool conflict) {
    if (conflict) {
        // Applying again replaces the other change: the user has now seen it.
        m_baseRevision = m_backend->revision();
        m_conflictText = tr("Not applied: %1. Your changes are kept: Revert takes the service's "
                            "rules, Apply again replaces them.")
                             .arg(reason);
        updateBackendState();
    }
    statusBar()->showMessage(tr("Refused by the service: %1").arg(reason), 10000);
}

void MainWindow::updateBackendState() {
    const bool remote = m_backend && m_backend->isRemote();
    const bool may = changesAllowed();
    const QString reason = m_backend ? m_backend->readOnlyReason() : QString();
    m_model->setReadOnly(may ? QString() : reason);
    m_globalAcl->setEnabled(may);
    m_logPage->setEnabled(may);
    m_connections->setClosingAllowed(may);
    m_ruleAcl->setEnabled(may && m_aclRuleId != 0);
    for (QAction *action : {m_openAction, m_importAction})
        action->setEnabled(may);
    // A service's Save writes its own file: a change too.
    m_saveAction->setEnabled(!remote || may);
    // Greyed like a disabled view, yet still selectable: connections and details stay readable.
    QPalette palette = m_table->palette();
    const QPalette normal = QApplication::palette(m_table);
    palette.setColor(QPalette::Active, QPalette::Text,
                     may ? normal.color(QPalette::Active, QPalette::Text)
                         : normal.color(QPalette::Disabled, QPalette::Text));
    palette.setColor(QPalette::Inactive, QPalette::Text,
                     may ? normal.color(QPalette::Inactive, QPalette::Text)
                         : normal.color(QPalette::Disabled, QPalette::Text));
    m_table->setPalette(palette);

    QString banner;
    if (remote && m_backend->connectionState() != RelayBackend::ConnectionState::Connected) {
        auto *remoteBackend = qobject_cast<RemoteBackend *>(m_backend);
        const QString message = remoteBackend ? remoteBackend->stateMessage() : QString();
        banner = message + QLatin1Char(' ') +
                 (m_document->isUnapplied() ? tr("Your changes are kept.")
                                            : tr("The rules shown are the last ones known."));
    } else if (!may) {
        banner = tr("Read-only: %1. Everything is shown; nothing can be changed.").arg(reason);
    } else if (!m_conflictText.isEmpty()) {
        banner = m_conflictText;
    }
    m_connectionBanner->setText(banner.trimmed());
    m_connectionBanner->setVisible(!banner.isEmpty());

    QString where = m_backend ? m_backend->description() : QString();
    if (remote && m_backend->connectionState() != RelayBackend::ConnectionState::Connected)
        where = tr("%1 — not connected").arg(where);
    else if (!may && m_backend)
        where = tr("%1 — read-only").arg(where);
    m_backendLabel->setText(where);
    m_backendLabel->setToolTip(reason);
    m_backendLabel->setVisible(!where.isEmpty());
    updateWindowState();
}

void MainWindow::askConnectTarget(bool host) {
    QInputDialog dialog(this);
    dialog.setObjectName(host ? QStringLiteral("connectHostDialog")
                              : QStringLiteral("connectServiceDialog"));
    dialog.setWindowTitle(host ? tr("Connect to Host") : tr("Connect to Service"));
    dialog.setLabelText(host ? tr("PortRelay service on another computer, reached with ssh "
                                  "(ssh://user@host):")
                             : tr("Control socket of the PortRelay service:"));
    dialog.setTextValue(host ? QStringLiteral("ssh://") : RemoteBackend::systemSocketPath());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString target = dialog.textValue().trimmed();
    QString error;
    if (!RemoteBackend::isValidTarget(target, &error) ||
        (host && !RemoteBackend::isSshTarget(target))) {
        QMessageBox::warning(
            this, dialog.windowTitle(),
            tr("%1 cannot be connected to: %2")
                .arg(target, error.isEmpty() ? tr("expected ssh://user@host") : error));
        return;
    }
    Q_EMIT connectRequested(target);
}
