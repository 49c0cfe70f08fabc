#include "AclItemDelegate.h"

#include "AccessList.h"
#include "AclModel.h"
#include "ValidatedLineEdit.h"

#include <QComboBox>

AclItemDelegate::AclItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QWidget *AclItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const {
    if (index.column() == AclModel::col(AclModel::Column::Kind)) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("aclKindEditor"));
        combo->addItem(tr("allow"), static_cast<int>(AclEntry::Kind::Allow));
        combo->addItem(tr("deny"), static_cast<int>(AclEntry::Kind::Deny));
        return combo;
    }
    auto *edit = new ValidatedLineEdit(
        [](const QString &text) {
            QString error;
            return AclPattern::parse(text.trimmed(), &error) ? QString() : error;
        },
        parent);
    edit->setObjectName(QStringLiteral("aclPatternEditor"));
    edit->setFrame(false);
    edit->setPlaceholderText(tr("192.168.1.* or 10.0.0.0/8"));
    return edit;
}

void AclItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
}

void AclItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text());
}
