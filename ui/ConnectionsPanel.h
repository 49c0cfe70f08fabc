#pragma once

#include "StatsSnapshot.h"
#include "TrafficHistory.h"

#include <QWidget>

class ConnectionsModel;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TrafficGraph;

// The open connections of the selected rule, a "close connection" action, and a throughput graph
// for the selected rule or all rules.
class ConnectionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionsPanel(QWidget *parent = nullptr);

    void setSelectedRule(int ruleId, const QString &label); // 0: none selected, show all
    void setSnapshot(const StatsSnapshot &snapshot);
    ConnectionsModel *model() const { return m_model; }
    const TrafficHistory &history() const { return m_history; }
    // Whether connections may be closed (a read-only view of a service may not).
    void setClosingAllowed(bool allowed);

Q_SIGNALS:
    void closeConnectionRequested(quint64 connectionId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void closeSelected();
    void updateGraph();
    void updateButtons();

    ConnectionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QTableView *m_view;
    QPushButton *m_close;
    QAction *m_closeAction;
    QLabel *m_scopeLabel;
    QComboBox *m_graphScope;
    TrafficGraph *m_graph;
    TrafficHistory m_history;
    int m_ruleId = 0;
    bool m_closingAllowed = true;
    QString m_ruleLabel;
    qint64 m_lastSnapshotMs = 0;
    StatsSnapshot m_pendingSnapshot;
    bool m_hasPendingSnapshot = false;
};
