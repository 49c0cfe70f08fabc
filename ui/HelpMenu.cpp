#include "HelpMenu.h"

#include "AppIcons.h"
#include "ManualPageDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

#ifndef PORTRELAY_DOCDIR
#define PORTRELAY_DOCDIR ""
#endif

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(parent)
    , m_aboutAction(new QAction(this))
    , m_manualAction(new QAction(this))
    , m_docsAction(new QAction(this))
    , m_explainAction(new QAction(this)) {
    setObjectName(QStringLiteral("helpMenu"));
    m_explainAction->setObjectName(QStringLiteral("actionExplainRule"));
    m_explainAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    m_explainAction->setIcon(AppIcons::icon(AppIcons::Id::RuleExplanation));
    m_manualAction->setObjectName(QStringLiteral("actionManualPage"));
    m_manualAction->setShortcut(QKeySequence::HelpContents);
    m_manualAction->setIcon(AppIcons::icon(AppIcons::Id::Manual));
    m_docsAction->setObjectName(QStringLiteral("actionDocumentationFolder"));
    m_docsAction->setIcon(AppIcons::icon(AppIcons::Id::DocumentationFolder));
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setIcon(AppIcons::icon(AppIcons::Id::About));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    addAction(m_explainAction);
    addSeparator();
    addAction(m_manualAction);
    addAction(m_docsAction);
    addSeparator();
    addAction(m_aboutAction);

    connect(m_explainAction, &QAction::triggered, this, &HelpMenu::ruleExplanationRequested);
    connect(m_manualAction, &QAction::triggered, this, &HelpMenu::showManualPage);
    connect(m_docsAction, &QAction::triggered, this, [this] { openDocumentationFolder(); });
    connect(m_aboutAction, &QAction::triggered, this, &HelpMenu::showAbout);
    retranslateUi();
}

void HelpMenu::retranslateUi() {
    setTitle(tr("&Help"));
    m_explainAction->setText(tr("&What's This Rule Doing?"));
    m_explainAction->setToolTip(
        tr("The selected rule in plain words: where it listens, who can connect, where it "
           "relays to (Shift+F1)"));
    m_manualAction->setText(tr("&Manual Page"));
    m_docsAction->setText(tr("&Documentation Folder"));
    m_aboutAction->setText(tr("&About PortRelay"));
}

void HelpMenu::changeEvent(QEvent *event) {
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QStringList HelpMenu::documentationCandidates() {
    QStringList candidates;
    const QString configured = QStringLiteral(PORTRELAY_DOCDIR);
    if (!configured.isEmpty())
        candidates.append(configured);
    candidates.append(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                      QStringLiteral("/../share/doc/portrelay")));
    return candidates;
}

QString HelpMenu::documentationFolder() {
    const QStringList candidates = documentationCandidates();
    for (const QString &folder : candidates)
        if (QFileInfo(folder).isDir())
            return folder;
    return {};
}

QString HelpMenu::aboutText() {
    const QString docs = documentationFolder();
    QString text =
        tr("<h3>PortRelay %1</h3>"
           "<p>TCP and UDP port forwarding, on the desktop and as a system service; reads and "
           "writes rinetd.conf.</p>"
           "<p>Licensed under the GNU General Public License, version 2 or (at your option) any "
           "later version. There is no warranty.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(PORTRELAY_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()));
    if (!docs.isEmpty())
        text += tr("<p>Documentation: <a href=\"%1\">%2</a> and <tt>man portrelay</tt>.</p>")
                    .arg(QUrl::fromLocalFile(docs).toString().toHtmlEscaped(),
                         QDir::toNativeSeparators(docs).toHtmlEscaped());
    else
        text += tr("<p>Documentation: <tt>man portrelay</tt> (Help &gt; Manual Page).</p>");
    return text;
}

void HelpMenu::showAbout() {
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About PortRelay"), aboutText(),
                                QMessageBox::Close, parentWidget());
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(AppIcons::icon(AppIcons::Id::ShowWindow).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HelpMenu::showManualPage() {
    auto *dialog = new ManualPageDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool HelpMenu::openDocumentationFolder() {
    const QString folder = documentationFolder();
    if (!folder.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        return true;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Documentation Folder"),
        folder.isEmpty()
            ? tr("The documentation is not installed here. An installed PortRelay keeps it in "
                 "%1.")
                  .arg(QDir::toNativeSeparators(documentationCandidates().constFirst()))
            : tr("No file manager could open %1.").arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Close, parentWidget());
    box->setObjectName(QStringLiteral("documentationMissing"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}
