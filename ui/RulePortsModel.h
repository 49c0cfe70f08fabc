#pragma once

#include "Rule.h"
#include "StatsSnapshot.h"

#include <QAbstractTableModel>
#include <QPair>
#include <QVector>

// The ports of one rule, one row each: bind port, the target port it forwards to, and whether it
// listens. A range rule is one row of the rule table; this is its expansion. Rows are made on
// demand from the pairs, so a range of thousands of ports costs a vector of pairs, not items.
class RulePortsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { BindPort, TargetPort, State, Count };

    explicit RulePortsModel(QObject *parent = nullptr);

    // RULE as edited; APPLIED: what the relay runs for it (null: nothing); STATS: the relay's
    // latest figures for it (null: none yet); STOPPED: nothing of the document runs (opened and
    // not started, or stopped).
    void setRule(const Rule *rule, const Rule *applied, const RuleStats *stats,
                 bool stopped = false);
    void setStats(const RuleStats *stats);
    // Why the rule has no ports to list (its ports do not fit together), or empty.
    QString problem() const { return m_problem; }
    const QVector<QPair<quint16, quint16>> &ports() const { return m_ports; }
    // Why the relay could not start the rule (for a range, it names the port that failed), or
    // empty.
    QString startError() const {
        return m_hasStats && m_state == RuleState::Error ? m_error : QString();
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QString stateText(int row) const;

    QVector<QPair<quint16, quint16>> m_ports;
    // Bind port -> connect port of what the relay runs; empty when nothing runs.
    QHash<quint16, quint16> m_applied;
    bool m_hasApplied = false;
    bool m_stopped = false;
    bool m_enabled = false;
    bool m_hasStats = false;
    RuleState m_state = RuleState::Disabled;
    QString m_error;
    QString m_problem;
};
