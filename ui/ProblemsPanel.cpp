#include "ProblemsPanel.h"

#include "ControlCharEscape.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("problemsPanel"));
    m_heading->setObjectName(QStringLiteral("problemsHeading"));
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_list->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_diagnostics.size())
            Q_EMIT lineActivated(m_diagnostics.at(index).line);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    retranslateUi();
}

int ProblemsPanel::errorCount() const {
    int errors = 0;
    for (const ConfigDiagnostic &d : m_diagnostics)
        errors += d.isError() ? 1 : 0;
    return errors;
}

void ProblemsPanel::setDiagnostics(const QString &fileName,
                                   const QVector<ConfigDiagnostic> &diagnostics) {
    m_fileName = fileName;
    m_diagnostics = diagnostics;
    retranslateUi();
}

void ProblemsPanel::retranslateUi() {
    const int errors = errorCount();
    const int warnings = count() - errors;
    if (m_fileName.isEmpty())
        m_heading->setText(tr("No problems were found in the configuration last opened."));
    else if (m_diagnostics.isEmpty())
        m_heading->setText(
            tr("%1 was opened without problems.").arg(QDir::toNativeSeparators(m_fileName)));
    else
        m_heading->setText(tr("%1 has %2 and %3 (as opened; the marked cells of the table show "
                              "what is still wrong). Activate a line to select its rule.")
                               .arg(QDir::toNativeSeparators(m_fileName),
                                    tr("%n error(s)", nullptr, errors),
                                    tr("%n warning(s)", nullptr, warnings)));
    m_list->clear();
    m_list->setHeaderLabels({tr("Line"), tr("Severity"), tr("Message")});
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ConfigDiagnostic &d : std::as_const(m_diagnostics)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(0, d.line > 0 ? QString::number(d.line) : tr("file"));
        item->setIcon(1, d.isError() ? errorIcon : warningIcon);
        item->setText(1, d.isError() ? tr("error") : tr("warning"));
        item->setText(2, escapeControlCharacters(d.message));
        item->setToolTip(2, item->text(2));
    }
}

void ProblemsPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
