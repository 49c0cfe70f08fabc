#include "ImportDiagnosticsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportDiagnosticsDialog::ImportDiagnosticsDialog(const QString &fileName,
                                                 const QVector<ConfigDiagnostic> &diagnostics,
                                                 int validRuleCount, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("importDiagnosticsDialog"));
    setWindowTitle(tr("Problems in %1").arg(QFileInfo(fileName).fileName()));

    int errors = 0;
    for (const ConfigDiagnostic &d : diagnostics)
        errors += d.isError() ? 1 : 0;
    const int warnings = diagnostics.size() - errors;

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setText(tr("%1 has %2 and %3. The lines with errors are left out; the valid part "
                        "holds %4.")
                         .arg(QDir::toNativeSeparators(fileName),
                              tr("%n error(s)", nullptr, errors),
                              tr("%n warning(s)", nullptr, warnings),
                              tr("%n rule(s)", nullptr, validRuleCount)));

    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("diagnosticsList"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({tr("Line"), tr("Severity"), tr("Message")});
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ConfigDiagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, d.line > 0
                             ? (d.column > 0 ? QStringLiteral("%1:%2").arg(d.line).arg(d.column)
                                             : QString::number(d.line))
                             : tr("file"));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setIcon(1, d.isError() ? errorIcon : warningIcon);
        item->setText(1, d.isError() ? tr("error") : tr("warning"));
        item->setText(2, d.message);
        item->setToolTip(2, d.message);
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *take = buttons->addButton(tr("&Import valid part"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("importValidPart"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelImport"));
    cancel->setDefault(true); // taking a partial config must be a deliberate choice
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(720, 380);
}
