#include "ConnectionsModel.h"

#include "HumanUnits.h"

#include <QSet>

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ConnectionsModel::setRuleFilter(int ruleId) {
    if (ruleId == m_ruleId)
        return;
    m_ruleId = ruleId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    update();
}

void ConnectionsModel::setSnapshot(const StatsSnapshot &snapshot) {
    m_snapshot = snapshot;
    update();
}

void ConnectionsModel::update() {
    QVector<ConnectionStats> incoming;
    QHash<quint64, int> incomingById;
    for (const ConnectionStats &c : m_snapshot.connections) {
        if (m_ruleId != 0 && c.ruleId != m_ruleId)
            continue;
        incomingById.insert(c.id, incoming.size());
        incoming.append(c);
    }

    // Under heavy churn (thousands of short connections between two snapshots) per-run removals
    // would cost more than they keep: start over instead.
    int removedRuns = 0;
    bool previousRemoved = false;
    for (const ConnectionStats &row : std::as_const(m_rows)) {
        const bool removed = !incomingById.contains(row.id);
        removedRuns += removed && !previousRemoved ? 1 : 0;
        previousRemoved = removed;
    }
    if (removedRuns > MaxIncrementalRuns) {
        beginResetModel();
        m_rows = incoming;
        endResetModel();
        return;
    }

    // Remove closed connections, one signal per run of adjacent rows.
    for (int row = m_rows.size() - 1; row >= 0;) {
        if (incomingById.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incomingById.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Refresh the rows that stay, then append the new ones in one go.
    QSet<quint64> present;
    for (ConnectionStats &row : m_rows) {
        row = incoming.at(incomingById.value(row.id));
        present.insert(row.id);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, col(Column::Count) - 1));
    QVector<ConnectionStats> added;
    for (const ConnectionStats &c : incoming)
        if (!present.contains(c.id))
            added.append(c);
    if (!added.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + added.size() - 1);
        m_rows += added;
        endInsertRows();
    }
}

quint64 ConnectionsModel::connectionIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows.size();
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : col(Column::Count);
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionStats &c = m_rows.at(index.row());
    const qint64 seconds = c.started.isValid() && m_snapshot.takenAt.isValid()
                               ? c.started.secsTo(m_snapshot.takenAt)
                               : 0;
    const auto column = static_cast<Column>(index.column());
    if (role == ConnectionIdRole)
        return c.id;
    if (role == SortRole) {
        switch (column) {
        case Column::Since:
            return c.started;
        case Column::Duration:
            return seconds;
        case Column::FromClient:
            return c.bytesFromClient;
        case Column::ToClient:
            return c.bytesToClient;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole && column >= Column::Duration)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Client: {
        const QString address = c.clientAddress.protocol() == QAbstractSocket::IPv6Protocol
                                    ? QStringLiteral("[%1]").arg(c.clientAddress.toString())
                                    : c.clientAddress.toString();
        return c.udp ? tr("%1:%2 (udp)").arg(address).arg(c.clientPort)
                     : QStringLiteral("%1:%2").arg(address).arg(c.clientPort);
    }
    case Column::Since:
        return c.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case Column::Duration:
        return HumanUnits::duration(seconds);
    case Column::FromClient:
        return HumanUnits::bytes(c.bytesFromClient);
    case Column::ToClient:
        return HumanUnits::bytes(c.bytesToClient);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Client:
        return tr("Client");
    case Column::Since:
        return tr("Since");
    case Column::Duration:
        return tr("Duration");
    case Column::FromClient:
        return tr("From client");
    case Column::ToClient:
        return tr("To client");
    case Column::Count:
        break;
    }
    return {};
}
