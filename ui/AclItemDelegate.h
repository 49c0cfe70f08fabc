#pragma once

#include <QStyledItemDelegate>

// Editors for an allow/deny list: an allow/deny combo and a pattern field validated as typed.
class AclItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit AclItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
