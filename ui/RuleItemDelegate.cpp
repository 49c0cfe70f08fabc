#include "RuleItemDelegate.h"

#include "PortEdit.h"
#include "RuleTableModel.h"
#include "RuleValidator.h"

#include <QComboBox>
#include <QPainter>
#include <QSpinBox>

namespace {
using Column = RuleTableModel::Column;

Protocol protocolOf(const QModelIndex &index) {
    const QModelIndex protocolIndex = index.siblingAtColumn(RuleTableModel::col(Column::Protocol));
    return static_cast<Protocol>(protocolIndex.data(Qt::EditRole).toInt());
}

QString connectHostOf(const QModelIndex &index) {
    return index.siblingAtColumn(RuleTableModel::col(Column::ConnectHost))
        .data(Qt::EditRole)
        .toString();
}

// What a port editor checks its text with: the row's ports, hosts and protocol as they are now.
Rule ruleOf(const QModelIndex &index) {
    auto text = [&index](Column column) {
        return index.siblingAtColumn(RuleTableModel::col(column)).data(Qt::EditRole).toString();
    };
    Rule rule;
    rule.setProtocol(protocolOf(index));
    rule.bindHost = text(Column::BindHost);
    rule.bindPort = text(Column::BindPort);
    rule.connectHost = text(Column::ConnectHost);
    rule.connectPort = text(Column::ConnectPort);
    return rule;
}

// A week: longer idle timeouts are possible in the file, but not a sensible thing to click.
constexpr int kMaxTimeoutSeconds = 7 * 24 * 3600;
} // namespace

RuleItemDelegate::RuleItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void RuleItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyledItemDelegate::paint(painter, option, index);
    // The tinted background of a cell with a problem disappears under the selection colour; a
    // red frame stays visible either way.
    if (index.data(RuleTableModel::ProblemRole).toString().isEmpty())
        return;
    painter->save();
    painter->setPen(QPen(QColor(200, 0, 0), 2));
    painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

QWidget *RuleItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const {
    switch (static_cast<Column>(index.column())) {
    case Column::Protocol: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("protocolEditor"));
        combo->addItem(tr("tcp"), static_cast<int>(Protocol::Tcp));
        combo->addItem(tr("udp"), static_cast<int>(Protocol::Udp));
        return combo;
    }
    case Column::BindPort:
    case Column::ConnectPort: {
        auto *edit = new PortEdit(protocolOf(index), parent);
        edit->setObjectName(QStringLiteral("portEditor"));
        edit->setRule(ruleOf(index), static_cast<Column>(index.column()) == Column::BindPort);
        edit->setFrame(false);
        return edit;
    }
    case Column::BindHost:
    case Column::ConnectHost: {
        const bool binding = static_cast<Column>(index.column()) == Column::BindHost;
        auto *edit = new ValidatedLineEdit(
            [binding](const QString &text) { return RuleValidator::hostProblem(text, binding); },
            parent);
        edit->setObjectName(QStringLiteral("addressEditor"));
        edit->setFrame(false);
        edit->setPlaceholderText(binding ? tr("0.0.0.0, ::, an address or a name")
                                         : tr("address or host name"));
        return edit;
    }
    case Column::Timeout: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("timeoutEditor"));
        spin->setFrame(false);
        spin->setRange(0, kMaxTimeoutSeconds);
        spin->setSuffix(tr(" s"));
        // 0 is "not set": the text says which default applies then.
        spin->setSpecialValueText(RuleTableModel::defaultTimeoutText(protocolOf(index)));
        spin->setAccelerated(true);
        // Wider than its cell (see updateEditorGeometry): cover the neighbour's text fully.
        spin->setAutoFillBackground(true);
        return spin;
    }
    case Column::Source: {
        // The target is read when the editor opens; whole-table validation catches a later
        // change of the target.
        const QString connectHost = connectHostOf(index);
        auto *edit = new ValidatedLineEdit(
            [connectHost](const QString &text) {
                return RuleValidator::sourceProblem(text, connectHost);
            },
            parent);
        edit->setObjectName(QStringLiteral("sourceEditor"));
        edit->setFrame(false);
        edit->setPlaceholderText(tr("automatic"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RuleItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        // A longer timeout from the file is kept, not cut to the maximum by opening the editor.
        const int seconds = index.data(Qt::EditRole).toInt();
        spin->setMaximum(qMax(spin->maximum(), seconds));
        spin->setValue(seconds);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (auto *edit = qobject_cast<ValidatedLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RuleItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const {
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText(); // a number typed but not yet taken by the spin box
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    // Invalid text is stored too: whole-table validation marks the cell, and the user can fix it
    // later instead of losing what was typed.
    if (auto *edit = qobject_cast<ValidatedLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void RuleItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const {
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // The timeout column is narrow; the spin box's "default (72 s)" and its arrows need more.
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        QRect rect = spin->geometry();
        rect.setWidth(qMax(rect.width(), spin->sizeHint().width()));
        spin->setGeometry(rect);
    }
}
