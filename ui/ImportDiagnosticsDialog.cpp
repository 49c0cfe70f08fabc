#include "ImportDiagnosticsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportDiagnosticsDialog::ImportDiagnosticsDialog(const QString &fileName,
                                                 const QVector<ConfigDiagnostic> &diagnostics,
                                                 int validRuleCount, QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_diagnostics(diagnostics)
    , m_validRuleCount(validRuleCount)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_source(new QLabel(this)) {
    setObjectName(QStringLiteral("importDiagnosticsDialog"));
    QLabel *summary = m_summary;
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);

    QTreeWidget *list = m_list;
    list->setObjectName(QStringLiteral("diagnosticsList"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setColumnCount(3);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ConfigDiagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem(list);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setIcon(1, d.isError() ? errorIcon : warningIcon);
        item->setText(2, d.message);
        item->setToolTip(2, d.message);
    }
    // The offending line as written, for the selected finding: the message alone often does not
    // say which of several similar lines it means.
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly))
        m_sourceLines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QLabel *source = m_source;
    source->setObjectName(QStringLiteral("diagnosticSource"));
    source->setTextFormat(Qt::PlainText);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(list, &QTreeWidget::currentItemChanged, this, &ImportDiagnosticsDialog::showSource);
    list->setWordWrap(true);
    list->setUniformRowHeights(false);
    list->setTextElideMode(Qt::ElideNone);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    m_take = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    QPushButton *take = m_take;
    take->setObjectName(QStringLiteral("importValidPart"));
    // Taking an empty "valid part" would only throw away what is loaded.
    take->setEnabled(validRuleCount > 0);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelImport"));
    cancel->setDefault(true); // taking a partial config must be a deliberate choice
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(source);
    layout->addWidget(buttons);
    retranslateUi();
    for (int i = 0; i < diagnostics.size(); ++i) {
        if (diagnostics.at(i).isError()) {
            list->setCurrentItem(list->topLevelItem(i));
            break;
        }
    }
    resize(760, 400);
}

void ImportDiagnosticsDialog::retranslateUi() {
    setWindowTitle(tr("Problems in %1").arg(QFileInfo(m_fileName).fileName()));
    int errors = 0;
    for (const ConfigDiagnostic &d : std::as_const(m_diagnostics))
        errors += d.isError() ? 1 : 0;
    const int warnings = int(m_diagnostics.size()) - errors;
    m_summary->setText(tr("%1 has %2 and %3. The lines with errors are left out; the valid part "
                          "holds %4.")
                           .arg(QDir::toNativeSeparators(m_fileName),
                                tr("%n error(s)", nullptr, errors),
                                tr("%n warning(s)", nullptr, warnings),
                                tr("%n rule(s)", nullptr, m_validRuleCount)));
    m_list->setHeaderLabels({tr("Line"), tr("Severity"), tr("Message")});
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const ConfigDiagnostic &d = m_diagnostics.at(i);
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setText(0, d.line > 0
                             ? (d.column > 0 ? QStringLiteral("%1:%2").arg(d.line).arg(d.column)
                                             : QString::number(d.line))
                             : tr("file"));
        item->setText(1, d.isError() ? tr("error") : tr("warning"));
    }
    m_take->setText(tr("&Import valid part"));
    showSource();
}

void ImportDiagnosticsDialog::showSource() {
    QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? m_list->indexOfTopLevelItem(item) : -1;
    const int line = index >= 0 ? m_diagnostics.at(index).line : 0;
    if (line <= 0 || line > m_sourceLines.size()) {
        m_source->clear();
        return;
    }
    QString text = m_sourceLines.at(line - 1);
    text.remove(QLatin1Char('\r'));
    m_source->setText(tr("Line %1: %2").arg(line).arg(text));
}

void ImportDiagnosticsDialog::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
