#pragma once

#include "RuleValidator.h"
#include "StatsSnapshot.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class AclEditor;
class ConnectionsPanel;
class Document;
class EngineHost;
class LogSettingsPage;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolBar;
class RecentFiles;
class RuleTableView;
class RuleTableModel;

// Ties the document, its views and the engine together. Edits are staged in the Document;
// Apply validates the whole document and hands it to the engine in one piece.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // HOST may be null (no engine: editing only). It must outlive the window.
    explicit MainWindow(EngineHost *host = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    RuleTableModel *ruleModel() const { return m_model; }

    // File operations without the "discard changes?" question (the actions ask first).
    // A file with errors shows its diagnostics; Cancel keeps the current document.
    bool openFile(const QString &path);
    bool saveTo(const QString &path);   // PortRelay JSON
    bool exportTo(const QString &path); // rinetd.conf

    bool applyChanges(); // false: validation problems (shown) or nothing to apply
    int addRule();       // returns the new rule's source row
    int selectedRuleId() const;
    void selectRule(int ruleId);

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
    void connectEngine();

    void open();
    bool save();
    bool saveAs();
    void importRinetd();
    void exportRinetd();
    void revert();
    void removeSelected();
    void cloneSelected();
    void moveSelected(int delta);
    void resetSelectedCounters();
    bool maybeDiscardChanges();
    void fillRecentMenu();

    void revalidate();
    void onSnapshot(const StatsSnapshot &snapshot);
    void updateStatusFigures(); // the status bar's figures from m_lastSnapshot
    void onIdleTick();
    void onSelectionChanged();
    void updateWindowState();
    void updateActions();
    void showProblems(const QVector<RuleValidator::Problem> &problems, bool afterApply);
    QList<int> selectedSourceRows() const;
    QString ruleLabel(int ruleId) const;

    EngineHost *m_host;
    Document *m_document;
    RuleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    RecentFiles *m_recent;

    RuleTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_problemBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConnectionsPanel *m_connections = nullptr;
    AclEditor *m_ruleAcl = nullptr;
    AclEditor *m_globalAcl = nullptr;
    LogSettingsPage *m_logPage = nullptr;

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
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_resetCountersAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_rulesMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QString m_lastImportPath; // default for Export
    int m_aclRuleId = 0;      // the rule shown in the rule access editor
    bool m_showProblemBanner = false;
    StatsSnapshot m_lastSnapshot;
    QElapsedTimer m_sinceSnapshot;
    QTimer m_idleClock;
};
