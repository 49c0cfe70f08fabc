#include "ConnectionsModel.h"

#include "HumanUnits.h"

#include <QSet>

#include <algorithm>

namespace {

QString endpointText(const QHostAddress &address, quint16 port) {
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

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
    m_takenAtMs = snapshot.takenAt.isValid() ? snapshot.takenAt.toMSecsSinceEpoch() : 0;
    update();
}

ConnectionsModel::Row ConnectionsModel::makeRow(const ConnectionStats &stats) {
    return Row{stats, stats.started.isValid() ? stats.started.toMSecsSinceEpoch() : 0};
}

void ConnectionsModel::update() {
    QVector<ConnectionStats> incoming;
    bool original = false;
    for (const ConnectionStats &c : m_snapshot.connections)
        if (m_ruleId == 0 || c.ruleId == m_ruleId) {
            incoming.append(c);
            original = original || !c.originalAddress.isNull();
        }
    if (original != m_hasOriginalDestinations) {
        m_hasOriginalDestinations = original;
        Q_EMIT originalDestinationsPresenceChanged(original);
    }
    // Ids grow with time: in id order, new rows append at the end and the list reads oldest first.
    std::sort(incoming.begin(), incoming.end(),
              [](const ConnectionStats &a, const ConnectionStats &b) { return a.id < b.id; });
    QHash<quint64, int> incomingById;
    incomingById.reserve(incoming.size());
    for (int i = 0; i < incoming.size(); ++i)
        incomingById.insert(incoming.at(i).id, i);

    // Under heavy churn (thousands of short connections between two snapshots) per-run removals
    // would cost more than they keep: start over instead.
    int removedRuns = 0;
    bool previousRemoved = false;
    for (const Row &row : std::as_const(m_rows)) {
        const bool removed = !incomingById.contains(row.stats.id);
        removedRuns += removed && !previousRemoved ? 1 : 0;
        previousRemoved = removed;
    }
    if (removedRuns > MaxIncrementalRuns) {
        beginResetModel();
        m_rows.clear();
        m_rows.reserve(incoming.size());
        for (const ConnectionStats &stats : std::as_const(incoming))
            m_rows.append(makeRow(stats));
        endResetModel();
        return;
    }

    // Remove closed connections, one signal per run of adjacent rows.
    for (int row = m_rows.size() - 1; row >= 0;) {
        if (incomingById.contains(m_rows.at(row).stats.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incomingById.contains(m_rows.at(first - 1).stats.id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Refresh the rows that stay, then append the new ones in one go.
    QSet<quint64> present;
    for (Row &row : m_rows) {
        row.stats = incoming.at(incomingById.value(row.stats.id)); // counters moved on
        present.insert(row.stats.id);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, col(Column::Count) - 1));
    QVector<Row> added;
    for (const ConnectionStats &c : incoming)
        if (!present.contains(c.id))
            added.append(makeRow(c));
    if (!added.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + added.size() - 1);
        m_rows += added;
        endInsertRows();
    }
}

quint64 ConnectionsModel::connectionIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).stats.id : 0;
}

void ConnectionsModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, col(Column::Count) - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, col(Column::Count) - 1));
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
    const Row &row = m_rows.at(index.row());
    const ConnectionStats &c = row.stats;
    const qint64 seconds = row.startedMs && m_takenAtMs ? (m_takenAtMs - row.startedMs) / 1000 : 0;
    const auto column = static_cast<Column>(index.column());
    if (role == ConnectionIdRole)
        return c.id;
    if (role == SortRole) {
        switch (column) {
        case Column::Since:
            return row.startedMs;
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
    case Column::OriginalDestination:
        return c.originalAddress.isNull() ? QString()
                                          : endpointText(c.originalAddress, c.originalPort);
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
    case Column::OriginalDestination:
        return tr("Original destination");
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
