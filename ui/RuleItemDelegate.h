#pragma once

#include <QStyledItemDelegate>

// One typed editor per rule column: a protocol combo, port fields, address fields with inline
// validation, a spin box for the timeout= seconds; the model's setData() receives plain
// text/values.
class RuleItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RuleItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};
