#pragma once

#include "Rule.h"
#include "StatsSnapshot.h"

#include <QWidget>

class QLabel;
class QTableView;
class RulePortsModel;

// The details tab that expands the selected rule into its ports: for a range, each bind port,
// the target port it forwards to and whether it listens.
class RulePortsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RulePortsPanel(QWidget *parent = nullptr);

    // RULE null: nothing selected. See RulePortsModel::setRule.
    void setRule(const Rule *rule, const Rule *applied, const RuleStats *stats,
                 bool stopped = false);
    void setStats(const RuleStats *stats);
    RulePortsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeading();

    RulePortsModel *m_model;
    QLabel *m_heading;
    QTableView *m_view;
    bool m_hasRule = false;
    QString m_bindPort;
    QString m_connectPort;
};
