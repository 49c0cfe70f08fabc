#include "AclEditor.h"

#include "AclItemDelegate.h"
#include "AclModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString describeEntry(const AccessList &list, int index, bool global) {
    const AclEntry &entry = list.entries.at(index);
    const QString kind =
        entry.kind == AclEntry::Kind::Allow ? AclEditor::tr("allow") : AclEditor::tr("deny");
    return global
               ? AclEditor::tr("global %1 pattern #%2 \"%3\"")
                     .arg(kind)
                     .arg(index + 1)
                     .arg(entry.pattern)
               : AclEditor::tr("%1 pattern #%2 \"%3\"").arg(kind).arg(index + 1).arg(entry.pattern);
}

} // namespace

AclEditor::AclEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_model(new AclModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_addAllow(new QPushButton(this))
    , m_addDeny(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_testAddress(new QLineEdit(this))
    , m_testLabel(new QLabel(this))
    , m_verdict(new QLabel(this)) {
    setObjectName(name);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_addAllow->setObjectName(name + QStringLiteral("AddAllow"));
    m_addDeny->setObjectName(name + QStringLiteral("AddDeny"));
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_up->setObjectName(name + QStringLiteral("Up"));
    m_down->setObjectName(name + QStringLiteral("Down"));
    m_testAddress->setObjectName(name + QStringLiteral("TestAddress"));
    m_verdict->setObjectName(name + QStringLiteral("Verdict"));

    m_view->setModel(m_model);
    m_view->setItemDelegate(new AclItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(AclModel::col(AclModel::Column::Kind),
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_testAddress->setClearButtonEnabled(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setWordWrap(true);
    m_heading->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_addAllow, m_addDeny, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addLayout(buttons);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testLabel);
    test->addWidget(m_testAddress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top, 1);
    layout->addLayout(test);
    layout->addWidget(m_verdict);

    connect(m_addAllow, &QPushButton::clicked, this, [this] { addEntry(AclEntry::Kind::Allow); });
    connect(m_addDeny, &QPushButton::clicked, this, [this] { addEntry(AclEntry::Kind::Deny); });
    connect(m_remove, &QPushButton::clicked, this, &AclEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_testAddress, &QLineEdit::textChanged, this, &AclEditor::updateVerdict);
    connect(m_model, &AclModel::listEdited, this, [this](const AccessList &list) {
        updateVerdict();
        Q_EMIT listEdited(list);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AclEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AclEditor::updateButtons);
    retranslateUi();
    updateButtons();
    updateVerdict();
}

void AclEditor::retranslateUi() {
    m_addAllow->setText(tr("Add all&ow"));
    m_addDeny->setText(tr("Add &deny"));
    m_remove->setText(tr("Re&move"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_testAddress->setPlaceholderText(tr("Test an address, e.g. 192.168.1.20"));
    m_testLabel->setText(tr("Test:"));
}

void AclEditor::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The heading is the owner's text (setHeading) and is set again by the owner.
    retranslateUi();
    m_model->retranslate();
    updateVerdict();
}

void AclEditor::setList(const AccessList &list) {
    m_model->setList(list);
    updateVerdict();
}

const AccessList &AclEditor::list() const {
    return m_model->list();
}

void AclEditor::setPrecedingList(const AccessList *preceding) {
    m_preceding = preceding;
    updateVerdict();
}

void AclEditor::setHeading(const QString &text) {
    m_heading->setText(text);
}

int AclEditor::currentRow() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AclEditor::addEntry(AclEntry::Kind kind) {
    AclEntry entry;
    entry.kind = kind;
    const int row =
        m_model->insertEntry(currentRow() < 0 ? m_model->rowCount() : currentRow() + 1, entry);
    const QModelIndex pattern = m_model->index(row, AclModel::col(AclModel::Column::Pattern));
    m_view->setCurrentIndex(pattern);
    m_view->edit(pattern);
}

void AclEditor::removeSelected() {
    const int row = currentRow();
    if (row >= 0)
        m_model->removeRows(row, 1);
    updateButtons();
}

void AclEditor::moveSelected(int delta) {
    const int row = currentRow();
    if (row < 0 || !m_model->moveEntry(row, row + delta))
        return;
    m_view->setCurrentIndex(m_model->index(row + delta, AclModel::col(AclModel::Column::Pattern)));
    updateButtons();
}

void AclEditor::updateButtons() {
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void AclEditor::updateVerdict() {
    const QString address = m_testAddress->text().trimmed();
    if (address.isEmpty()) {
        m_verdict->setText(tr("Type an address above to see whether it would be let in."));
        m_verdict->setStyleSheet(QString());
        return;
    }
    Verdict verdict = explain(m_preceding, m_model->list(), address);
    const int invalid = m_model->invalidCount();
    if (invalid > 0)
        verdict.text += QLatin1Char(' ') +
                        tr("(%n invalid pattern(s) in this list must be fixed before Apply.)",
                           nullptr, invalid);
    m_verdict->setText(verdict.text);
    m_verdict->setStyleSheet(verdict.allowed ? QStringLiteral("color: #006e00;")
                                             : QStringLiteral("color: #aa0000;"));
}

AclEditor::Verdict AclEditor::explain(const AccessList *preceding, const AccessList &own,
                                      const QString &addressText) {
    QHostAddress address;
    if (!address.setAddress(addressText.trimmed()))
        return {false, tr("\"%1\" is not an IP address.").arg(addressText.trimmed())};

    struct Step {
        const AccessList *list;
        bool global;
    };
    QVector<Step> steps;
    if (preceding)
        steps.append({preceding, true});
    steps.append({&own, false});

    QString allowedBy;
    for (const Step &step : steps) {
        const AccessDecision decision = step.list->evaluate(address);
        switch (decision.result) {
        case AccessDecision::Result::Denied:
            return {false,
                    tr("Denied: matches %1.")
                        .arg(describeEntry(*step.list, decision.decidingEntry, step.global))};
        case AccessDecision::Result::NotAllowed:
            return {false, step.global ? tr("Denied: no global allow pattern matches.")
                                       : tr("Denied: no allow pattern matches.")};
        case AccessDecision::Result::Allowed:
            if (decision.decidingEntry >= 0)
                allowedBy = describeEntry(*step.list, decision.decidingEntry, step.global);
            break;
        }
    }
    if (allowedBy.isEmpty())
        return {true, tr("Allowed: no pattern restricts this address.")};
    return {true, tr("Allowed by %1.").arg(allowedBy)};
}
