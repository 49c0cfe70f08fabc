#include "AppIcons.h"
#include "Document.h"
#include "HelpMenu.h"
#include "MainWindow.h"
#include "ManualPageDialog.h"
#include "RuleExplanationDialog.h"
#include "RuleTableModel.h"
#include "TrayController.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {
using Column = RuleTableModel::Column;

Config threeRules() {
    Config config;
    for (int id = 1; id <= 3; ++id)
        config.rules.append(makeRule(id, quint16(18100 + id), quint16(18200 + id)));
    return config;
}
} // namespace

// Icons with an empty icon theme (the bundled pictures must stand in for every one), the main
// window's layout at a small size.
class TestLookAndFeel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyIconHasABundledPicture();
    void toolbarActionsHaveIcons();
    void trayMenuActionsHaveIcons();
    void stateColumnShowsIconAndText();
    void stateColumnInSightAtDefaultSize();
    void readOnlyGreysDefaultsLikeValues();
    void applyStaysVisibleAt800x500();
    void helpMenuActions();
    void aboutNamesVersionAndLicence();
    void manualPageIsFormattedText();
    void documentationFolderOpens();
    void ruleExplanationLeadsToTheTester();
};

// Takes the URLs QDesktopServices would hand to the desktop.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

void TestLookAndFeel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // No theme: QIcon::fromTheme() finds nothing, so only the fallbacks can give an icon.
    QIcon::setThemeName(QString());
    QIcon::setFallbackThemeName(QString());
    QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("document-open")));
}

void TestLookAndFeel::everyIconHasABundledPicture() {
    const QList<AppIcons::Id> ids = AppIcons::all();
    QVERIFY(ids.size() >= 20);
    for (AppIcons::Id id : ids) {
        const QIcon icon = AppIcons::icon(id);
        QVERIFY2(!icon.isNull(), qPrintable(QString::number(int(id))));
        for (int size : {16, 22, 24, 32}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QVERIFY2(!image.isNull(),
                     qPrintable(QStringLiteral("%1 at %2").arg(int(id)).arg(size)));
            // Not an empty (all transparent) picture.
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y)
                for (int x = 0; x < image.width() && !painted; ++x)
                    painted = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(painted, qPrintable(QString::number(int(id))));
        }
    }
    // Every bundled picture is a different file (a copy-paste slip would show one icon twice).
    QSet<QByteArray> distinct;
    for (AppIcons::Id id : ids) {
        const QImage image =
            AppIcons::bundled(id).pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
        distinct.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()),
                                   int(image.sizeInBytes())));
    }
    QCOMPARE(distinct.size(), ids.size());
}

void TestLookAndFeel::stateColumnInSightAtDefaultSize() {
    // A new user sees every rule's state, whole, without scrolling the table sideways.
    MainWindow window;
    window.document()->reset(threeRules(), QString(), true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    const int state = int(Column::State);
    QVERIFY(!header->isSectionHidden(state));
    const int left = header->sectionViewportPosition(state);
    const int right = left + header->sectionSize(state);
    QVERIFY2(left >= 0 && right <= table->viewport()->width(),
             qPrintable(QStringLiteral("State at %1..%2 of %3 px")
                            .arg(left)
                            .arg(right)
                            .arg(table->viewport()->width())));
    // Room for a long state (icon, text, margins).
    const QString longState =
        RuleTableModel::tr("%1 (edited, not applied)").arg(RuleTableModel::tr("listening"));
    const int needed =
        table->fontMetrics().horizontalAdvance(longState) + table->iconSize().width() + 16;
    QVERIFY2(header->sectionSize(state) >= needed,
             qPrintable(QStringLiteral("State is %1 px, \"%2\" needs %3")
                            .arg(header->sectionSize(state))
                            .arg(longState)
                            .arg(needed)));
    // The columns hidden by default come back with a problem in them.
    QVERIFY(header->isSectionHidden(int(Column::Timeout)));
    Config config = threeRules();
    config.rules[1].setOption(QStringLiteral("timeout"), QStringLiteral("soon"));
    window.document()->reset(config, QString(), true);
    QVERIFY(!header->isSectionHidden(int(Column::Timeout)));
    QVERIFY(header->isSectionHidden(int(Column::Source)));
}

void TestLookAndFeel::toolbarActionsHaveIcons() {
    MainWindow window;
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    int withIcons = 0;
    const QList<QAction *> actions = bar->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || bar->widgetForAction(action) == nullptr ||
            !qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            continue; // the spacer and the search field
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        ++withIcons;
    }
    QVERIFY(withIcons >= 9);
    // The menus' actions too.
    for (const char *name : {"actionOpen", "actionSave", "actionApply", "actionRevert", "actionAdd",
                             "actionRemove", "actionQuit"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->icon().isNull(), name);
    }
}

void TestLookAndFeel::trayMenuActionsHaveIcons() {
    Document document;
    document.reset(threeRules(), QString(), true);
    RuleTableModel model(&document);
    TrayController tray(&document, &model);
    for (const char *name :
         {"trayEnableAll", "trayDisableAll", "trayShow", "traySettings", "trayQuit"}) {
        auto *action = tray.menu()->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->icon().isNull(), name);
        QVERIFY2(!action->icon().pixmap(16, 16).isNull(), name);
    }
}

void TestLookAndFeel::stateColumnShowsIconAndText() {
    Document document;
    Config config = threeRules();
    config.rules[1].enabled = false;
    document.reset(config, QString(), true);
    document.markApplied();
    RuleTableModel model(&document);

    auto stateIcon = [&](int row) {
        return model.index(row, int(Column::State)).data(Qt::DecorationRole).value<QIcon>();
    };
    auto stateText = [&](int row) {
        return model.index(row, int(Column::State)).data(Qt::DisplayRole).toString();
    };
    // Applied, no report from the engine yet: waiting.
    QCOMPARE(stateIcon(0).cacheKey(), AppIcons::icon(AppIcons::Id::StatePending).cacheKey());

    StatsSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTime();
    RuleStats listening;
    listening.ruleId = 1;
    listening.state = RuleState::Listening;
    RuleStats stopped;
    stopped.ruleId = 2;
    stopped.state = RuleState::Disabled;
    RuleStats failed;
    failed.ruleId = 3;
    failed.state = RuleState::Error;
    failed.error = QStringLiteral("address already in use");
    snapshot.rules = {listening, stopped, failed};
    model.setSnapshot(snapshot);

    const struct {
        int row;
        AppIcons::Id icon;
        QString text;
    } expected[] = {{0, AppIcons::Id::StateListening, QStringLiteral("listening")},
                    {1, AppIcons::Id::StateStopped, QStringLiteral("disabled")},
                    {2, AppIcons::Id::StateError, QStringLiteral("address already in use")}};
    QSet<qint64> keys;
    for (const auto &e : expected) {
        const QIcon icon = stateIcon(e.row);
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(16, 16).isNull());
        QCOMPARE(icon.cacheKey(), AppIcons::icon(e.icon).cacheKey());
        QCOMPARE(stateText(e.row), e.text);
        keys.insert(icon.cacheKey());
    }
    QCOMPARE(keys.size(), 3);
    // Only the State column has a picture.
    QVERIFY(!model.index(0, int(Column::Name)).data(Qt::DecorationRole).isValid());
}

void TestLookAndFeel::readOnlyGreysDefaultsLikeValues() {
    Document document;
    document.reset(threeRules(), QString(), true); // no timeout=, no src=: defaults shown
    RuleTableModel model(&document);
    const QModelIndex timeout = model.index(0, int(Column::Timeout));
    const QModelIndex source = model.index(0, int(Column::Source));
    // Editable: the defaults are greyed against the values around them.
    QVERIFY(timeout.data(Qt::ForegroundRole).isValid());
    QVERIFY(source.data(Qt::ForegroundRole).isValid());
    // Read-only, the view greys every cell: no darker grey of their own.
    model.setReadOnly(QStringLiteral("not in group portrelay"));
    QVERIFY(!timeout.data(Qt::ForegroundRole).isValid());
    QVERIFY(!source.data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, int(Column::BindPort)).data(Qt::ForegroundRole).isValid());
}

void TestLookAndFeel::applyStaysVisibleAt800x500() {
    MainWindow window;
    window.document()->reset(threeRules(), QString(), true);
    window.resize(800, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nothing in the window insists on being larger.
    QCOMPARE(window.size(), QSize(800, 500));

    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *apply = window.findChild<QAction *>(QStringLiteral("actionApply"));
    QVERIFY(bar && apply);
    QWidget *button = bar->widgetForAction(apply);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
    QVERIFY2(window.rect().contains(inWindow), qPrintable(QStringLiteral("Apply at %1,%2 %3x%4")
                                                              .arg(inWindow.x())
                                                              .arg(inWindow.y())
                                                              .arg(inWindow.width())
                                                              .arg(inWindow.height())));
    // Nothing else went into the toolbar's overflow menu either.
    for (QAction *action : bar->actions())
        if (QWidget *widget = bar->widgetForAction(action); widget && !action->isSeparator())
            QVERIFY2(widget->isVisible(), qPrintable(action->objectName() + widget->objectName()));
    // Its words too, not only the icon: it carries the document's state.
    QCOMPARE(qobject_cast<QToolButton *>(button)->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);

    // The table keeps room for a few rules and the details tabs stay in sight.
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(table && tabs);
    QVERIFY(table->isVisible() && tabs->isVisible());
    QVERIFY2(table->viewport()->height() >= 3 * table->verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(table->viewport()->height())));
    const QRect tabsRect(tabs->mapTo(&window, QPoint(0, 0)), tabs->size());
    QVERIFY(window.rect().contains(tabsRect));
    QVERIFY(tabs->height() >= 100);
}

void TestLookAndFeel::helpMenuActions() {
    MainWindow window;
    window.document()->reset(threeRules(), QString(), true);
    auto *help = window.findChild<HelpMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QVERIFY(window.menuBar()->actions().contains(help->menuAction()));
    QCOMPARE(window.menuBar()->actions().constLast(), help->menuAction()); // last, as usual
    for (const char *name :
         {"actionExplainRule", "actionManualPage", "actionDocumentationFolder", "actionAbout"}) {
        auto *action = help->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(help->actions().contains(action), name);
        QVERIFY2(!action->icon().isNull(), name);
        QVERIFY2(!action->text().isEmpty(), name);
    }
    // Explaining needs a rule: off without a selection.
    QAction *explain = help->ruleExplanationAction();
    QVERIFY(!explain->isEnabled());
    window.selectRule(2);
    QVERIFY(explain->isEnabled());
    // Also in the rule table's context menu.
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table->actions().contains(explain));
}

void TestLookAndFeel::aboutNamesVersionAndLicence() {
    MainWindow window;
    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("PortRelay " PORTRELAY_VERSION)),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("GNU General Public License, version 2")));
    QVERIFY(box->text().contains(QStringLiteral("man portrelay")));
    box->close();
}

void TestLookAndFeel::manualPageIsFormattedText() {
    QString how;
    const QString text = ManualPageDialog::manualText(&how);
    QVERIFY2(text.contains(QStringLiteral("SYNOPSIS")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("--headless")));
    QVERIFY(!text.contains(QChar(0x08))); // no overstrike
    QVERIFY(!text.contains(QChar(0x1b))); // no terminal escapes
    QVERIFY(!text.contains(QStringLiteral(".SH")));
    QVERIFY(!text.contains(QStringLiteral("\n\n\n"))); // no page margins
    QVERIFY(!text.startsWith(QLatin1Char('\n')));
    if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty())
        qInfo("without groff the manual page came from: %s", qPrintable(how));
    else
        QCOMPARE(how, QStringLiteral("groff")); // the bundled page, this version's

    // Neither groff nor man: the page's source, its markup taken out.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    QString fallbackHow;
    const QString fallback = ManualPageDialog::manualText(&fallbackHow);
    qputenv("PATH", path);
    QCOMPARE(fallbackHow, QStringLiteral("source"));
    QVERIFY(fallback.contains(QStringLiteral("SYNOPSIS")));
    QVERIFY(fallback.contains(QStringLiteral("--headless")));
    for (const char *markup : {".SH", ".TH", "\\f", "\\-", ".\\\""})
        QVERIFY2(!fallback.contains(QLatin1String(markup)), markup);

    MainWindow window;
    window.findChild<QAction *>(QStringLiteral("actionManualPage"))->trigger();
    ManualPageDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ManualPageDialog *>(QStringLiteral("manualPage"))));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->text(), text);
    dialog->close();
}

void TestLookAndFeel::documentationFolderOpens() {
    // The configured install folder when it exists, else the one beside the program: made here
    // when needed (the build tree has none), and removed again.
    const QStringList candidates = HelpMenu::documentationCandidates();
    QVERIFY(candidates.size() >= 2);
    QVERIFY(candidates.constFirst().endsWith(QLatin1String("/doc/portrelay")));
    QDir relative(candidates.at(1));
    const bool made = !QFileInfo(candidates.constFirst()).isDir() && !relative.exists();
    if (made)
        QVERIFY(QDir().mkpath(relative.path()));
    const QString expected = HelpMenu::documentationFolder();
    QVERIFY(!expected.isEmpty());

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    MainWindow window;
    window.findChild<QAction *>(QStringLiteral("actionDocumentationFolder"))->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    if (made)
        QVERIFY(QDir(relative.path()).removeRecursively());
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.constFirst(), QUrl::fromLocalFile(expected));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("documentationMissing")));

    // Not installed at all: the window says where it would be instead of doing nothing.
    if (!QFileInfo(candidates.constFirst()).isDir()) {
        window.findChild<QAction *>(QStringLiteral("actionDocumentationFolder"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = window.findChild<QMessageBox *>(QStringLiteral("documentationMissing"))));
        QVERIFY(box->text().contains(QDir::toNativeSeparators(candidates.constFirst())));
        box->close();
    }
}

void TestLookAndFeel::ruleExplanationLeadsToTheTester() {
    MainWindow window;
    Config config = threeRules();
    config.rules[1].bindHost = QStringLiteral("0.0.0.0");
    window.document()->reset(config, QString(), true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectRule(2);
    window.findChild<QAction *>(QStringLiteral("actionExplainRule"))->trigger();
    RuleExplanationDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = window.findChild<RuleExplanationDialog *>(QStringLiteral("ruleExplanation"))));
    QVERIFY(dialog->isVisible());
    // The selected rule, not another one.
    QVERIFY2(dialog->text().contains(QStringLiteral("on 0.0.0.0 port 18102")),
             qPrintable(dialog->text()));
    QVERIFY(dialog->text().contains(QStringLiteral("127.0.0.1 port 18202")));
    QVERIFY(dialog->text().contains(QStringLiteral("Not applied yet")));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("ruleAclTestAddress"));
    QVERIFY(tabs && field);
    QVERIFY(tabs->currentWidget()->objectName() != QLatin1String("ruleAcl"));
    QPointer<RuleExplanationDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ruleExplanationTest")),
                      Qt::LeftButton);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("ruleAcl"));
    QVERIFY(field->isVisible() && field->isEnabled());
    QTRY_VERIFY(!guard); // closed and deleted
}

QTEST_MAIN(TestLookAndFeel)
#include "tst_lookandfeel.moc"
