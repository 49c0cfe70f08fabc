#include "AclModel.h"

#include <QBrush>
#include <QColor>

AclModel::AclModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AclModel::setList(const AccessList &list) {
    if (list == m_list)
        return;
    beginResetModel();
    m_list = list;
    endResetModel();
}

void AclModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, col(Column::Count) - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, col(Column::Count) - 1));
}

int AclModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_list.entries.size();
}

int AclModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : col(Column::Count);
}

QVariant AclModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AclEntry &entry = m_list.entries.at(index.row());
    const bool isKind = index.column() == col(Column::Kind);
    QString error;
    const bool valid = isKind || AclPattern::parse(entry.pattern, &error).has_value();
    switch (role) {
    case Qt::DisplayRole:
        if (isKind)
            return entry.kind == AclEntry::Kind::Allow ? tr("allow") : tr("deny");
        return entry.pattern;
    case Qt::EditRole:
        if (isKind)
            return static_cast<int>(entry.kind);
        return entry.pattern;
    case Qt::ToolTipRole:
        if (!valid)
            return error;
        if (!isKind)
            return tr("rinetd glob (* and ?) or CIDR, e.g. 192.168.1.* or 10.0.0.0/8");
        return {};
    case Qt::BackgroundRole:
        return valid ? QVariant() : QVariant(QBrush(QColor(255, 205, 205)));
    case Qt::ForegroundRole:
        if (isKind)
            return QBrush(entry.kind == AclEntry::Kind::Allow ? QColor(0, 110, 0)
                                                              : QColor(170, 0, 0));
        return {};
    default:
        return {};
    }
}

QVariant AclModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == col(Column::Kind) ? tr("Action") : tr("Pattern");
}

Qt::ItemFlags AclModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool AclModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    AclEntry &entry = m_list.entries[index.row()];
    if (index.column() == col(Column::Kind)) {
        const auto kind = static_cast<AclEntry::Kind>(value.toInt());
        if (kind == entry.kind)
            return true;
        entry.kind = kind;
    } else {
        const QString pattern = value.toString().trimmed();
        if (pattern == entry.pattern)
            return true;
        entry.pattern = pattern;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(col(Column::Count) - 1));
    Q_EMIT listEdited(m_list);
    return true;
}

bool AclModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_list.entries.remove(row, count);
    endRemoveRows();
    Q_EMIT listEdited(m_list);
    return true;
}

int AclModel::insertEntry(int row, const AclEntry &entry) {
    row = qBound(0, row, rowCount());
    beginInsertRows({}, row, row);
    m_list.entries.insert(row, entry);
    endInsertRows();
    Q_EMIT listEdited(m_list);
    return row;
}

bool AclModel::moveEntry(int row, int to) {
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || row == to)
        return false;
    if (!beginMoveRows({}, row, row, {}, to > row ? to + 1 : to))
        return false;
    m_list.entries.move(row, to);
    endMoveRows();
    Q_EMIT listEdited(m_list);
    return true;
}

int AclModel::invalidCount() const {
    int count = 0;
    for (const AclEntry &entry : m_list.entries)
        count += AclPattern::parse(entry.pattern) ? 0 : 1;
    return count;
}
