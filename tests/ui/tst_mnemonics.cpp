#include "MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

// Alt+letter reaches one thing per window and per menu: a letter used twice on one level makes
// Alt cycle between them (or reach the wrong one) instead of acting.

namespace {
// The mnemonic letter of TEXT ("&File" -> "F"), empty when it has none.
QString mnemonicOf(const QString &text) {
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString().remove(QStringLiteral("Alt+")).toUpper();
}

// LETTER -> what uses it, for every letter used more than once.
QStringList duplicates(const QList<std::pair<QString, QString>> &uses) {
    QMap<QString, QStringList> byLetter;
    for (const auto &[letter, where] : uses) {
        if (!letter.isEmpty())
            byLetter[letter].append(where);
    }
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(
                QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return found;
}

void checkMenu(QMenu *menu, QStringList *problems) {
    QList<std::pair<QString, QString>> uses;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        uses.append({mnemonicOf(action->text()), action->text()});
        if (action->menu())
            checkMenu(action->menu(), problems);
    }
    for (const QString &d : duplicates(uses))
        problems->append(menu->title() + QStringLiteral(" menu - ") + d);
}
} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mainWindowLevelIsUnique();
    void eachMenuIsUnique();
};

void TestMnemonics::mainWindowLevelIsUnique() {
    // What can be in sight at once: the menu bar, the tab titles, the bars above the table and
    // one tab page. Widgets that are hidden (another page) take no Alt key.
    MainWindow window;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    auto onPage = [tabs](QWidget *w) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(w))
                return i;
        }
        return -1;
    };
    // Page -1: outside the pages, always there.
    QMap<int, QList<std::pair<QString, QString>>> uses;
    for (QAction *action : window.menuBar()->actions())
        uses[-1].append({mnemonicOf(action->text()), QStringLiteral("menu ") + action->text()});
    for (int i = 0; i < tabs->count(); ++i)
        uses[-1].append({mnemonicOf(tabs->tabText(i)), QStringLiteral("tab ") + tabs->tabText(i)});
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->window() == &window)
            uses[onPage(button)].append(
                {mnemonicOf(button->text()), QStringLiteral("button ") + button->text()});
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->window() == &window && label->buddy())
            uses[onPage(label)].append(
                {mnemonicOf(label->text()), QStringLiteral("label ") + label->text()});
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>()) {
        if (box->window() == &window)
            uses[onPage(box)].append(
                {mnemonicOf(box->title()), QStringLiteral("group ") + box->title()});
    }
    QStringList problems;
    for (int page = 0; page < tabs->count(); ++page) {
        for (const QString &d : duplicates(uses[-1] + uses[page]))
            problems.append(tabs->tabText(page).remove(QLatin1Char('&')) +
                            QStringLiteral(" page in sight - ") + d);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMnemonics::eachMenuIsUnique() {
    MainWindow window;
    QStringList problems;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu())
            checkMenu(action->menu(), &problems);
    }
    // The rule table's context menu.
    auto *table = window.findChild<QWidget *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    QMenu context;
    context.setTitle(QStringLiteral("rule table context"));
    context.addActions(table->actions());
    checkMenu(&context, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
