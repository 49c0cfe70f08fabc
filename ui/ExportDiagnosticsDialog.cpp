#include "ExportDiagnosticsDialog.h"

#include "ExportSupport.h"
#include "RuleTableModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

int ExportDiagnosticsDialog::ruleIndexOf(const Config &config, const ConfigDiagnostic &diagnostic) {
    // "rule 1: " must not take the messages of "rule 12": the label is matched with its colon.
    for (int i = 0; i < config.rules.size(); ++i) {
        const QString prefix =
            ExportSupport::ruleLabel(config.rules.at(i), i) + QStringLiteral(": ");
        if (diagnostic.message.startsWith(prefix))
            return i;
    }
    return -1;
}

ExportDiagnosticsDialog::ExportDiagnosticsDialog(const Config &config,
                                                 const QVector<ConfigDiagnostic> &diagnostics,
                                                 const QString &formatName,
                                                 const QString &targetPath, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_write(nullptr) {
    setObjectName(QStringLiteral("exportDiagnosticsDialog"));
    setWindowTitle(tr("Export as %1").arg(formatName));
    int errors = 0;
    for (const ConfigDiagnostic &d : diagnostics)
        errors += d.isError() ? 1 : 0;

    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QString summary =
        tr("%1 cannot express everything of these rules. Nothing is written yet.").arg(formatName);
    if (errors > 0)
        summary += QLatin1Char(' ') +
                   tr("%n rule(s) marked as errors would be left out of %1.", nullptr, errors)
                       .arg(QDir::toNativeSeparators(targetPath));
    m_summary->setText(summary);

    // One group per rule, in the document's order; findings about the whole file first.
    m_list->setObjectName(QStringLiteral("exportDiagnosticsList"));
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QMap<int, QVector<ConfigDiagnostic>> byRule;
    for (const ConfigDiagnostic &d : diagnostics)
        byRule[ruleIndexOf(config, d)].append(d);
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
        auto *group = new QTreeWidgetItem(m_list);
        group->setText(0, it.key() < 0
                              ? tr("Whole configuration")
                              : tr("Rule %1: %2")
                                    .arg(it.key() + 1)
                                    .arg(RuleTableModel::ruleTitle(config.rules.at(it.key()))));
        group->setData(0, Qt::UserRole, it.key());
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const ConfigDiagnostic &d : it.value()) {
            auto *item = new QTreeWidgetItem(group);
            item->setIcon(0, d.isError() ? errorIcon : warningIcon);
            item->setText(0, d.message);
            item->setToolTip(0, d.message);
        }
    }
    m_list->expandAll();
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    m_write = buttons->addButton(errors > 0 ? tr("Write Without Them") : tr("Write"),
                                 QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("exportWrite"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("exportCancel"));
    // Leaving rules out must be a deliberate choice.
    (errors > 0 ? cancel : m_write)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

bool ExportDiagnosticsDialog::exportDocument(QWidget *parent, const Config &config,
                                             const QString &sourceName, const QString &path,
                                             DocumentExporter::Format format, QString *written) {
    const DocumentExporter::Result result =
        DocumentExporter::render(config, sourceName, path, format);
    const QString formatName = DocumentExporter::formatName(format);
    if (!result.diagnostics.isEmpty()) {
        ExportDiagnosticsDialog dialog(config, result.diagnostics, formatName, path, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    QString error;
    if (!DocumentExporter::write(path, result.data, &error)) {
        QMessageBox::warning(
            parent, tr("Export Failed"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (written)
        *written =
            result.diagnostics.isEmpty()
                ? tr("Exported %1 as %2.").arg(QDir::toNativeSeparators(path), formatName)
                : tr("Exported %1 as %2 (%n note(s)).", nullptr, int(result.diagnostics.size()))
                      .arg(QDir::toNativeSeparators(path), formatName);
    return true;
}
