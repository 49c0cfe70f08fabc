#pragma once

#include "Config.h"
#include "DocumentExporter.h"
#include "RuleValidator.h"
#include "StatsSnapshot.h"

#include <QMainWindow>

#include <functional>

class AclEditor;
class CommentNamesOffer;
class ConnectionsPanel;
class Document;
class HelpMenu;
class LogSettingsPage;
class ProblemsBanner;
class ProblemsPanel;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;
class RecentFiles;
class RelayBackend;
class RelayStatus;
class RulePortsPanel;
class RuleTableView;
class RuleTableModel;
class StartController;
struct ConfigLoadResult;

// Ties the document, its views and the relay backend together. Edits are staged in the Document;
// Apply validates the whole document and hands it to the backend in one piece.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // BACKEND may be null (no relay: editing only). It must outlive the window.
    explicit MainWindow(RelayBackend *backend = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    RuleTableModel *ruleModel() const { return m_model; }
    RelayBackend *backend() const { return m_backend; }
    // The live state every view reads (table, status bar, connections, and the session's tray).
    RelayStatus *status() const { return m_status; }
    // Start and Stop of the document's rules (a local document is opened stopped).
    StartController *starter() const { return m_starter; }
    CommentNamesOffer *commentNamesOffer() const { return m_commentNames; }

    // For the session around the window (DesktopSession):
    // File > Quit runs HANDLER instead of closing the window.
    void setQuitHandler(std::function<void()> handler);
    // Adds ACTION to the File menu, above Quit.
    void addFileMenuAction(QAction *action);
    // The layout the user made: the splitter between table and details, the rule table's columns.
    QByteArray splitterState() const;
    bool restoreSplitterState(const QByteArray &state);
    QByteArray ruleColumnsState() const;
    bool restoreRuleColumnsState(const QByteArray &state);

    // File operations without the "discard changes?" question (the actions ask first).
    // A file with errors shows its diagnostics; Cancel keeps the current document.
    bool openFile(const QString &path);
    // Opening at start-up: nothing modal (forwarding must not wait for an answer). The whole
    // document is loaded under its own name; START: its valid rules start at once. The problems
    // show in a banner and in the Problems tab. False when the file could not be read.
    bool reopenAtStartup(const QString &path, bool start);
    bool saveTo(const QString &path);   // PortRelay JSON
    bool exportTo(const QString &path); // rinetd.conf
    // File > Export As: the document as FORMAT (what the format cannot express is shown first);
    // the document's own file and saved state stay as they are.
    bool exportAs(const QString &path, DocumentExporter::Format format);

    bool applyChanges(); // false: validation problems (shown) or nothing to apply
    int addRule();       // returns the new rule's source row
    // Rules > Add Several Rules: the dialog's valid forwardings go in after the selection, as one
    // edit that waits for Apply. Returns how many were added.
    int addSeveralRules();
    int selectedRuleId() const;
    void selectRule(int ruleId);

Q_SIGNALS:
    // A close request was answered: ACCEPTED false means the user kept the window (unsaved
    // changes, Cancel).
    void closeAnswered(bool accepted);
    // File > Connect to service / host: the user asked to manage TARGET (a socket path or
    // ssh://user@host) in a window of its own.
    void connectRequested(const QString &target);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidgets();
    void createStatusBar();
    // The fixed texts (actions, menus, tabs, tooltips); called again on a language change.
    void retranslateUi();
    void connectDocument();
    void connectBackend();

    void open();
    bool save();
    bool saveAs();
    bool chooseSaveFile(); // Save As without the question about errors
    void importRinetd();
    void chooseExportTarget();
    void revert();
    void removeSelected();
    void cloneSelected();
    void moveSelected(int delta);
    void resetSelectedCounters();
    void editRuleOptions(); // of the current rule, in RuleOptionsDialog
    bool maybeDiscardChanges();
    void fillRecentMenu();

    void onBackendConfigChanged(quint64 revision, const Config &config);
    void onChangeRefused(const QString &reason, bool conflict);
    void updateBackendState(); // title, status bar, banner and what may be changed
    bool changesAllowed() const;
    void askConnectTarget(bool host);

    void revalidate();
    // Shows the hidden columns that have a cell with a problem: a problem is never out of sight.
    void revealColumnsWithProblems();
    void onSnapshot(const StatsSnapshot &snapshot);
    void updateStatusFigures(); // the status bar's figures from the status object
    void onSelectionChanged();
    void updatePortsPanel();
    void updateWindowState();
    void updateActions();
    void showProblems(const QVector<RuleValidator::Problem> &problems, bool afterApply);
    // The findings of a file just loaded, in the Problems tab and (when there are errors) the
    // banner; STARTED: its valid part runs. DIALOGSEEN: the user has just answered the findings,
    // so the banner stays for rules with errors only.
    void showLoadProblems(const QString &path, const ConfigLoadResult &result, bool started,
                          bool dialogSeen);
    void takeValidPart(); // drops the rules with errors from the document
    // Save of a table with errors: true when the user still wants it written.
    bool confirmSaveWithErrors();
    QList<int> selectedSourceRows() const;
    QString ruleLabel(int ruleId) const;

    RelayBackend *m_backend;
    RelayStatus *m_status;
    Document *m_document;
    RuleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    RecentFiles *m_recent;
    StartController *m_starter;
    ProblemsBanner *m_problemsBanner = nullptr;
    ProblemsPanel *m_problemsPanel = nullptr;
    CommentNamesOffer *m_commentNames = nullptr;

    RuleTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_problemBanner = nullptr;
    QLabel *m_connectionBanner = nullptr;
    QLabel *m_backendLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    ConnectionsPanel *m_connections = nullptr;
    AclEditor *m_ruleAcl = nullptr;
    AclEditor *m_globalAcl = nullptr;
    LogSettingsPage *m_logPage = nullptr;
    RulePortsPanel *m_ports = nullptr; // the selected rule's ports (a range's expansion)

    QLabel *m_listeningLabel = nullptr;
    QLabel *m_activeLabel = nullptr;
    QLabel *m_throughputLabel = nullptr;
    QLabel *m_documentStateLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_connectServiceAction = nullptr;
    QAction *m_connectHostAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_bulkAddAction = nullptr;
    QAction *m_showPortsAction = nullptr; // table context menu: the Ports tab
    QAction *m_removeAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_resetCountersAction = nullptr;
    QAction *m_ruleOptionsAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_rulesMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QString m_lastImportPath; // default for Export
    int m_aclRuleId = 0;      // the rule shown in the rule access editor
    bool m_showProblemBanner = false;
    std::function<void()> m_quitHandler;
    // The service's revision the document's edits are based on; Apply names it, so that a change
    // someone else made meanwhile is refused rather than overwritten.
    quint64 m_baseRevision = 0;
    Config m_sentConfig; // handed to a service, not confirmed yet
    QString m_conflictText;
};
