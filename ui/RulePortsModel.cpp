#include "RulePortsModel.h"

#include "PortRange.h"
#include "RuleTableModel.h"

#include <QBrush>
#include <QColor>

RulePortsModel::RulePortsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void RulePortsModel::setRule(const Rule *rule, const Rule *applied, const RuleStats *stats,
                             bool stopped) {
    beginResetModel();
    m_stopped = stopped;
    m_ports.clear();
    m_applied.clear();
    m_problem.clear();
    if (rule) {
        m_ports = forwardedPorts(*rule, &m_problem);
        if (!m_ports.isEmpty())
            m_problem.clear();
        m_enabled = rule->enabled;
    }
    m_hasApplied = applied != nullptr;
    if (applied) {
        const QVector<QPair<quint16, quint16>> running = forwardedPorts(*applied);
        for (const auto &pair : running)
            m_applied.insert(pair.first, pair.second);
    }
    m_hasStats = stats != nullptr;
    m_state = stats ? stats->state : RuleState::Disabled;
    m_error = stats ? stats->error : QString();
    endResetModel();
}

void RulePortsModel::setStats(const RuleStats *stats) {
    const bool changed = m_hasStats != (stats != nullptr) ||
                         (stats && (stats->state != m_state || stats->error != m_error));
    if (!changed)
        return;
    m_hasStats = stats != nullptr;
    m_state = stats ? stats->state : RuleState::Disabled;
    m_error = stats ? stats->error : QString();
    if (!m_ports.isEmpty())
        Q_EMIT dataChanged(index(0, int(Column::State)),
                           index(int(m_ports.size()) - 1, int(Column::State)));
}

int RulePortsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ports.size());
}

int RulePortsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QString RulePortsModel::stateText(int row) const {
    const QPair<quint16, quint16> &pair = m_ports.at(row);
    // The rule table's words for the same states and columns (RuleTableModel::tr): one term, one
    // translation, in both places.
    if (!m_hasApplied || !m_applied.contains(pair.first))
        return m_stopped ? RuleTableModel::tr("stopped") : RuleTableModel::tr("not applied");
    // The relay binds every port of a rule or none (one that fails stops the others): the rule's
    // state is each port's.
    QString text;
    if (!m_enabled)
        text = RuleTableModel::tr("disabled");
    else if (!m_hasStats)
        text = RuleTableModel::tr("starting");
    else if (m_state == RuleState::Listening)
        text = RuleTableModel::tr("listening");
    else if (m_state == RuleState::Error)
        text = tr("not listening");
    else
        text = RuleTableModel::tr("disabled");
    const quint16 runningTarget = m_applied.value(pair.first);
    if (runningTarget != pair.second)
        text = tr("%1 (to %2 until applied)").arg(text).arg(runningTarget);
    return text;
}

QVariant RulePortsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QPair<quint16, quint16> &pair = m_ports.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::BindPort)
            return QString::number(pair.first);
        if (column == Column::TargetPort)
            return QString::number(pair.second);
        if (column == Column::State)
            return stateText(index.row());
        return {};
    case Qt::ToolTipRole:
        if (column == Column::State && m_hasStats && m_state == RuleState::Error &&
            m_applied.contains(pair.first))
            return m_error;
        return {};
    case Qt::ForegroundRole:
        if (column == Column::State && m_applied.contains(pair.first) && m_enabled && m_hasStats) {
            if (m_state == RuleState::Listening)
                return QBrush(QColor(0, 120, 0));
            if (m_state == RuleState::Error)
                return QBrush(QColor(190, 0, 0));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column != Column::State)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RulePortsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::BindPort:
        return RuleTableModel::tr("Port");
    case Column::TargetPort:
        return RuleTableModel::tr("Target port");
    case Column::State:
        return RuleTableModel::tr("State");
    case Column::Count:
        break;
    }
    return {};
}

void RulePortsModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_ports.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ports.size()) - 1, int(Column::Count) - 1));
}
