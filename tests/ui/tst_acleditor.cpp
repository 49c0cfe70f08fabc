#include "AclEditor.h"
#include "AclModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
AclEntry entry(AclEntry::Kind kind, const QString &pattern) {
    AclEntry e;
    e.kind = kind;
    e.pattern = pattern;
    return e;
}
} // namespace

class TestAclEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelTester();
    void invalidPatternIsMarked();
    void explain_data();
    void explain();
    void testFieldShowsVerdict();
    void buttonsAddRemoveReorder();
};

void TestAclEditor::modelTester() {
    AclModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &AclModel::listEdited);
    model.insertEntry(0, entry(AclEntry::Kind::Allow, QStringLiteral("10.*")));
    model.insertEntry(1, entry(AclEntry::Kind::Deny, QStringLiteral("10.0.0.1")));
    model.insertEntry(0, entry(AclEntry::Kind::Allow, QStringLiteral("192.168.0.0/16")));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.moveEntry(0, 2));
    QCOMPARE(model.list().entries.at(2).pattern, QStringLiteral("192.168.0.0/16"));
    QVERIFY(model.setData(model.index(0, AclModel::col(AclModel::Column::Kind)),
                          int(AclEntry::Kind::Deny)));
    QCOMPARE(model.list().entries.at(0).kind, AclEntry::Kind::Deny);
    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(edited.count(), 6);
    AccessList list;
    list.entries = {entry(AclEntry::Kind::Allow, QStringLiteral("127.0.0.1"))};
    model.setList(list);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(edited.count(), 6); // programmatic loads are not edits
}

void TestAclEditor::invalidPatternIsMarked() {
    AclModel model;
    model.insertEntry(0, entry(AclEntry::Kind::Allow, QStringLiteral("10.0.0.0/40")));
    const QModelIndex pattern = model.index(0, AclModel::col(AclModel::Column::Pattern));
    QVERIFY(pattern.data(Qt::BackgroundRole).isValid());
    QVERIFY(!pattern.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.invalidCount(), 1);
    QVERIFY(model.setData(pattern, QStringLiteral("10.0.0.0/8")));
    QVERIFY(!pattern.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.invalidCount(), 0);
}

void TestAclEditor::explain_data() {
    QTest::addColumn<QStringList>("global"); // "+pattern" allow, "-pattern" deny
    QTest::addColumn<QStringList>("own");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty lists") << QStringList() << QStringList() << "192.0.2.1" << true
                                 << "no pattern";
    QTest::newRow("own allow matches") << QStringList() << QStringList{"+192.168.1.*"}
                                       << "192.168.1.20" << true << "#1 \"192.168.1.*\"";
    QTest::newRow("own allow misses") << QStringList() << QStringList{"+192.168.1.*"} << "10.1.1.1"
                                      << false << "no allow pattern";
    QTest::newRow("own deny wins") << QStringList() << QStringList{"+10.*", "-10.0.0.5"}
                                   << "10.0.0.5" << false << "#2 \"10.0.0.5\"";
    QTest::newRow("global deny first") << QStringList{"-10.0.0.0/8"} << QStringList{"+10.*"}
                                       << "10.2.3.4" << false << "global deny pattern #1";
    QTest::newRow("global allow misses")
        << QStringList{"+127.0.0.1"} << QStringList() << "10.2.3.4" << false << "no global allow";
    QTest::newRow("mapped ipv4") << QStringList() << QStringList{"+127.0.0.0/8"}
                                 << "::ffff:127.0.0.1" << true << "#1";
    QTest::newRow("not an address")
        << QStringList() << QStringList() << "foo" << false << "not an IP address";
}

void TestAclEditor::explain() {
    QFETCH(QStringList, global);
    QFETCH(QStringList, own);
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    QFETCH(QString, mentions);
    auto toList = [](const QStringList &specs) {
        AccessList list;
        for (const QString &spec : specs)
            list.entries.append(entry(spec.startsWith(QLatin1Char('+')) ? AclEntry::Kind::Allow
                                                                        : AclEntry::Kind::Deny,
                                      spec.mid(1)));
        return list;
    };
    const AccessList globalList = toList(global);
    const AclEditor::Verdict verdict =
        AclEditor::explain(global.isEmpty() ? nullptr : &globalList, toList(own), address);
    QCOMPARE(verdict.allowed, allowed);
    QVERIFY2(verdict.text.contains(mentions), qPrintable(verdict.text));
}

void TestAclEditor::testFieldShowsVerdict() {
    AclEditor editor(QStringLiteral("ruleAcl"));
    AccessList global;
    global.entries = {entry(AclEntry::Kind::Deny, QStringLiteral("192.168.1.66"))};
    editor.setPrecedingList(&global);
    AccessList own;
    own.entries = {entry(AclEntry::Kind::Allow, QStringLiteral("192.168.1.*"))};
    editor.setList(own);

    auto *field = editor.findChild<QLineEdit *>(QStringLiteral("ruleAclTestAddress"));
    auto *verdict = editor.findChild<QLabel *>(QStringLiteral("ruleAclVerdict"));
    QVERIFY(field && verdict);
    QTest::keyClicks(field, QStringLiteral("192.168.1.20"));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Allowed")), qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("192.168.1.*")));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("192.168.1.66"));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Denied")), qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("global")));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("10.0.0.1"));
    QVERIFY(verdict->text().startsWith(QStringLiteral("Denied")));
}

void TestAclEditor::buttonsAddRemoveReorder() {
    AclEditor editor(QStringLiteral("globalAcl"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edited(&editor, &AclEditor::listEdited);
    auto *view = editor.findChild<QTableView *>(QStringLiteral("globalAclView"));
    auto *addAllow = editor.findChild<QPushButton *>(QStringLiteral("globalAclAddAllow"));
    auto *addDeny = editor.findChild<QPushButton *>(QStringLiteral("globalAclAddDeny"));
    auto *remove = editor.findChild<QPushButton *>(QStringLiteral("globalAclRemove"));
    auto *up = editor.findChild<QPushButton *>(QStringLiteral("globalAclUp"));
    QVERIFY(view && addAllow && addDeny && remove && up);

    QTest::mouseClick(addAllow, Qt::LeftButton);
    // The new row's pattern editor is open: type into it and commit with Return.
    auto *patternEditor = view->findChild<QLineEdit *>(QStringLiteral("aclPatternEditor"));
    QVERIFY(patternEditor);
    QTest::keyClicks(patternEditor, QStringLiteral("10.0.0.0/8"));
    QTest::keyClick(patternEditor, Qt::Key_Return);
    QCOMPARE(editor.list().entries.size(), 1);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(editor.list().entries.at(0).pattern, QStringLiteral("10.0.0.0/8"));

    QTest::mouseClick(addDeny, Qt::LeftButton);
    patternEditor = view->findChild<QLineEdit *>(QStringLiteral("aclPatternEditor"));
    QVERIFY(patternEditor);
    QTest::keyClicks(patternEditor, QStringLiteral("10.0.0.9"));
    QTest::keyClick(patternEditor, Qt::Key_Return);
    QTRY_COMPARE(editor.list().entries.value(1).pattern, QStringLiteral("10.0.0.9"));
    QCOMPARE(editor.list().entries.size(), 2);
    QCOMPARE(editor.list().entries.at(1).kind, AclEntry::Kind::Deny);

    QVERIFY(up->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(editor.list().entries.at(0).pattern, QStringLiteral("10.0.0.9"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(editor.list().entries.size(), 1);
    QCOMPARE(editor.list().entries.at(0).pattern, QStringLiteral("10.0.0.0/8"));
    QVERIFY(edited.count() >= 5);
}

QTEST_MAIN(TestAclEditor)
#include "tst_acleditor.moc"
