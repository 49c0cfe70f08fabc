#pragma once

#include "AccessList.h"

#include <QAbstractTableModel>

// An ordered allow/deny list as rows (kind, pattern); each pattern is checked with
// AclPattern::parse and an invalid one is marked on its cell. listEdited() carries every edit.
class AclModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Kind, Pattern, Count };

    explicit AclModel(QObject *parent = nullptr);

    const AccessList &list() const { return m_list; }
    void setList(const AccessList &list); // no listEdited(): that is for user edits

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    int insertEntry(int row, const AclEntry &entry);
    bool moveEntry(int row, int to);
    int invalidCount() const;
    // After a language change: headers, kinds and tooltips are asked for again.
    void retranslate();

    static int col(Column c) { return static_cast<int>(c); }

Q_SIGNALS:
    void listEdited(const AccessList &list);

private:
    AccessList m_list;
};
