#include "CommentNamesDialog.h"

#include "ControlCharEscape.h"
#include "RuleTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CommentNamesDialog::CommentNamesDialog(const Config &config,
                                       const QVector<CommentNameProposal> &proposals,
                                       QWidget *parent)
    : QDialog(parent)
    , m_proposals(proposals)
    , m_list(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("commentNamesDialog"));
    setWindowTitle(tr("Names from Comments"));
    auto *text = new QLabel(
        tr("These rules have a comment line right above them. Checked comments become the rules' "
           "names (saved as \"#portrelay: name=\" lines); the comments stay as they are. "
           "Comments that look like a commented-out forwarding or a column header are not "
           "checked."),
        this);
    text->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("commentNamesList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Rule"), tr("Comment as written")});
    for (const CommentNameProposal &proposal : proposals) {
        const Rule *rule = config.ruleById(proposal.ruleId);
        auto *item = new QTreeWidgetItem(m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, proposal.recommended ? Qt::Checked : Qt::Unchecked);
        item->setText(0, escapeControlCharacters(proposal.name));
        item->setText(1, rule ? RuleTableModel::ruleTitle(*rule) : QString());
        item->setText(2, escapeControlCharacters(proposal.comment));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *use = buttons->addButton(tr("&Use as names"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("useCommentNames"));
    QPushButton *skip = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipCommentNames"));
    skip->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

QHash<int, QString> CommentNamesDialog::chosenNames() const {
    QHash<int, QString> names;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_proposals.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            names.insert(m_proposals.at(i).ruleId, m_proposals.at(i).name);
    }
    return names;
}
