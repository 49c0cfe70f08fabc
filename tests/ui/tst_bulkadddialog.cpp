#include "BulkAddDialog.h"
#include "Document.h"
#include "MainWindow.h"
#include "RuleTableModel.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace {

Rule existingRule() {
    Rule rule;
    rule.id = 7;
    rule.bindHost = QStringLiteral("127.0.0.1");
    rule.bindPort = QStringLiteral("21500");
    rule.connectHost = QStringLiteral("127.0.0.1");
    rule.connectPort = QStringLiteral("31500");
    return rule;
}

// Three good forwardings (one a range with an option, one UDP) and a target port out of range.
const QString kLines = QStringLiteral("127.0.0.1 21001 127.0.0.1 31001\n"
                                      "0.0.0.0 8000-8010 10.0.0.5 9000-9010 [timeout=30]\n"
                                      "127.0.0.1 21002 127.0.0.1 99999\n"
                                      "127.0.0.1 21003/udp 127.0.0.1 53/udp\n");

} // namespace

class TestBulkAddDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void marksBadLineWithColumnAndAddsTheOthers();
    void validatesWhileTyping();
    void rangeErrorsAndSizeWarningFromCore();
    void conflictWithDocumentAndBadAclLine();
    void linesOnlyAFileHasAreNotTaken();
};

void TestBulkAddDialog::marksBadLineWithColumnAndAddsTheOthers() {
    MainWindow window;
    Config config;
    config.rules = {existingRule()};
    window.document()->reset(config, QString(), true);
    window.document()->markApplied();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionBulkAdd"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));

    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<BulkAddDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("bulkAddText"));
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("bulkAddButton"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("bulkAddProblems"));
        QVERIFY(edit && add && list);
        QVERIFY(!add->isEnabled()); // nothing typed yet
        edit->setFocus();
        edit->insertPlainText(kLines);
        QTRY_VERIFY(add->isEnabled());
        QCOMPARE(dialog->validRules().size(), 3);

        // The bad line: marked with the column of "99999".
        QCOMPARE(dialog->problems().size(), 1);
        const BulkAddDialog::LineProblem problem = dialog->problems().constFirst();
        QCOMPARE(problem.line, 3);
        QCOMPARE(problem.column, 27);
        QVERIFY(problem.isError);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("3:27: error: ")),
                 qPrintable(list->item(0)->text()));
        // On the line itself: a tinted line and the word underlined from the column.
        bool lineMarked = false;
        bool wordMarked = false;
        for (const QTextEdit::ExtraSelection &s : edit->extraSelections()) {
            if (s.cursor.blockNumber() != 2)
                continue;
            if (s.format.property(QTextFormat::FullWidthSelection).toBool())
                lineMarked = true;
            if (s.cursor.selectedText() == QStringLiteral("99999"))
                wordMarked = true;
        }
        QVERIFY(lineMarked);
        QVERIFY(wordMarked);
        // Choosing the problem puts the cursor on it.
        list->setCurrentRow(0);
        QCOMPARE(edit->textCursor().blockNumber(), 2);
        QCOMPARE(edit->textCursor().positionInBlock(), 26);
        add->click();
    });
    QCOMPARE(window.addSeveralRules(), 3);
    QVERIFY(seen);

    const QVector<Rule> &rules = window.document()->config().rules;
    QCOMPARE(rules.size(), 4);
    QCOMPARE(rules.at(1).bindPort, QStringLiteral("21001"));
    QCOMPARE(rules.at(2).bindPort, QStringLiteral("8000-8010"));
    QCOMPARE(rules.at(2).connectPort, QStringLiteral("9000-9010"));
    QCOMPARE(rules.at(2).option(QStringLiteral("timeout")), QStringLiteral("30"));
    QCOMPARE(rules.at(3).bindProtocol, Protocol::Udp);
    QSet<int> ids;
    for (const Rule &r : rules) {
        ids.insert(r.id);
        QCOMPARE(r.sourceLine, 0);
    }
    QCOMPARE(ids.size(), 4);
    // Staged like any edit: Apply starts them.
    QVERIFY(window.document()->isUnapplied());
    QCOMPARE(window.ruleModel()->rowCount(), 4);
}

void TestBulkAddDialog::validatesWhileTyping() {
    BulkAddDialog dialog(Config{});
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bulkAddText"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("bulkAddButton"));
    dialog.show();
    QTest::keyClicks(edit, QStringLiteral("127.0.0.1 21001 127.0.0.1 3100x"));
    QTRY_VERIFY(!dialog.problems().isEmpty());
    QVERIFY(!add->isEnabled());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("1"));
    QTRY_VERIFY(add->isEnabled());
    QVERIFY(dialog.problems().isEmpty());
}

void TestBulkAddDialog::rangeErrorsAndSizeWarningFromCore() {
    BulkAddDialog dialog(Config{});
    dialog.setText(QStringLiteral("0.0.0.0 8000-8010 10.0.0.5 9000-9005\n"
                                  "0.0.0.0 8010-8000 10.0.0.5 9000\n"
                                  "0.0.0.0 60000-65536 10.0.0.5 9000\n"
                                  "0.0.0.0 20000-21500 10.0.0.5 20000-21500\n"));
    dialog.revalidate();
    QVector<int> errorLines;
    bool sizeWarning = false;
    for (const BulkAddDialog::LineProblem &p : dialog.problems()) {
        if (p.isError)
            errorLines.append(p.line);
        else if (p.line == 4 && p.message.contains(QStringLiteral("1501")))
            sizeWarning = true;
        QVERIFY2(p.column > 0, qPrintable(p.message));
    }
    QCOMPARE(errorLines, QVector<int>({1, 2, 3}));
    QVERIFY(sizeWarning);
    // The large range is valid: a warning does not keep it out.
    QCOMPARE(dialog.validRules().size(), 1);
    QCOMPARE(dialog.validRules().constFirst().bindPort, QStringLiteral("20000-21500"));
}

void TestBulkAddDialog::conflictWithDocumentAndBadAclLine() {
    Config document;
    document.rules = {existingRule()};
    BulkAddDialog dialog(document);
    dialog.setText(QStringLiteral("127.0.0.1 21500 127.0.0.1 31999\n"
                                  "127.0.0.1 21600 127.0.0.1 31600\n"
                                  "allow\n"
                                  "127.0.0.1 21700 127.0.0.1 31700\n"
                                  "deny 192.168.1.*\n"));
    dialog.revalidate();
    bool conflict = false;
    bool badAcl = false;
    for (const BulkAddDialog::LineProblem &p : dialog.problems()) {
        conflict = conflict || (p.line == 1 && p.isError);
        badAcl = badAcl || (p.line == 3 && p.isError);
    }
    QVERIFY(conflict);
    QVERIFY(badAcl);
    // Only the last one: the first binds the document's port, the second would lose its allow.
    QCOMPARE(dialog.validRules().size(), 1);
    const Rule &rule = dialog.validRules().constFirst();
    QCOMPARE(rule.bindPort, QStringLiteral("21700"));
    QCOMPARE(rule.acl.entries.size(), 1);
    QVERIFY(rule.id > existingRule().id);
}

void TestBulkAddDialog::linesOnlyAFileHasAreNotTaken() {
    BulkAddDialog dialog(Config{});
    dialog.setText(QStringLiteral("logfile /tmp/x.log\n"
                                  "allow 10.0.0.1\n"
                                  "127.0.0.1 21001 127.0.0.1 31001\n"));
    dialog.revalidate();
    QVector<int> errorLines;
    for (const BulkAddDialog::LineProblem &p : dialog.problems())
        if (p.isError)
            errorLines.append(p.line);
    QCOMPARE(errorLines, QVector<int>({1, 2}));
    QCOMPARE(dialog.validRules().size(), 1);
    QVERIFY(dialog.validRules().constFirst().acl.entries.isEmpty());
}

QTEST_MAIN(TestBulkAddDialog)
#include "tst_bulkadddialog.moc"
