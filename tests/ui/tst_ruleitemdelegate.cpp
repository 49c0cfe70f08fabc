#include "Document.h"
#include "PortEdit.h"
#include "RuleItemDelegate.h"
#include "RuleTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace {
using Column = RuleTableModel::Column;

struct Fixture {
    Document document;
    RuleTableModel model{&document};
    QTableView view;

    Fixture() {
        Rule rule;
        rule.id = 1;
        rule.bindHost = QStringLiteral("127.0.0.1");
        rule.bindPort = QStringLiteral("20001");
        rule.connectHost = QStringLiteral("127.0.0.1");
        rule.connectPort = QStringLiteral("80");
        Config config;
        config.rules = {rule};
        document.reset(config, QString(), false);
        view.setModel(&model);
        view.setItemDelegate(new RuleItemDelegate(&view));
        view.show();
    }

    template <typename Editor> Editor *open(Column column) {
        const QModelIndex index = model.index(0, int(column));
        view.setCurrentIndex(index);
        view.edit(index);
        return view.findChild<Editor *>();
    }

    void commit(QWidget *editor) {
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view.indexWidget(view.currentIndex())); // committed by a queued call
    }
};
} // namespace

class TestRuleItemDelegate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void portEditorStepsAndValidates();
    void portEditorKeepsServiceNames();
    void addressEditorValidatesAsTyped();
    void protocolCombo();
    void timeoutSpinBox();
    void sourceEditorValidatesAgainstTarget();
};

void TestRuleItemDelegate::portEditorStepsAndValidates() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *edit = f.open<PortEdit>(Column::BindPort);
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("portEditor"));
    QCOMPARE(edit->text(), QStringLiteral("20001"));
    QTest::keyClick(edit, Qt::Key_Up);
    QTest::keyClick(edit, Qt::Key_Up);
    QTest::keyClick(edit, Qt::Key_PageDown);
    QCOMPARE(edit->text(), QStringLiteral("19993"));
    QVERIFY(edit->isValid());

    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("70000"));
    QVERIFY(!edit->isValid());
    QVERIFY2(edit->problem().contains(QStringLiteral("65535")), qPrintable(edit->problem()));
    // Characters that can never make a port or a service name are not taken at all.
    QTest::keyClicks(edit, QStringLiteral(" /"));
    QCOMPARE(edit->text(), QStringLiteral("70000"));

    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("65535"));
    QTest::keyClick(edit, Qt::Key_Up); // clamps at the top
    QCOMPARE(edit->text(), QStringLiteral("65535"));
    f.commit(edit);
    QCOMPARE(f.document.config().rules.at(0).bindPort, QStringLiteral("65535"));
}

void TestRuleItemDelegate::portEditorKeepsServiceNames() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *edit = f.open<PortEdit>(Column::ConnectPort);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("https"));
    QVERIFY2(edit->isValid(), qPrintable(edit->problem()));
    f.commit(edit);
    QCOMPARE(f.document.config().rules.at(0).connectPort, QStringLiteral("https"));
    QCOMPARE(*f.document.config().rules.at(0).resolvedConnectPort(), quint16(443));
}

void TestRuleItemDelegate::addressEditorValidatesAsTyped() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *edit = f.open<ValidatedLineEdit>(Column::ConnectHost);
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("addressEditor"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("backend.example"));
    QVERIFY(edit->isValid());
    QTest::keyClicks(edit, QStringLiteral(" x"));
    QVERIFY(!edit->isValid());
    QVERIFY(!edit->toolTip().isEmpty()); // the reason is shown on the field
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("::1"));
    QVERIFY(edit->isValid());
    f.commit(edit);
    QCOMPARE(f.document.config().rules.at(0).connectHost, QStringLiteral("::1"));
}

void TestRuleItemDelegate::protocolCombo() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *combo = f.open<QComboBox>(Column::Protocol);
    QVERIFY(combo);
    QCOMPARE(combo->objectName(), QStringLiteral("protocolEditor"));
    QCOMPARE(combo->currentData().toInt(), int(Protocol::Tcp));
    combo->setCurrentIndex(combo->findData(int(Protocol::Udp)));
    f.commit(combo);
    QCOMPARE(f.document.config().rules.at(0).bindProtocol, Protocol::Udp);
    QCOMPARE(f.document.config().rules.at(0).connectProtocol, Protocol::Udp);
    QVERIFY(f.document.config().rules.at(0).bindProtocolExplicit);
}

void TestRuleItemDelegate::timeoutSpinBox() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *spin = f.open<QSpinBox>(Column::Timeout);
    QVERIFY(spin);
    QCOMPARE(spin->objectName(), QStringLiteral("timeoutEditor"));
    QCOMPARE(spin->minimum(), 0);
    QVERIFY(spin->maximum() >= 86400);
    QCOMPARE(spin->value(), 0);
    // 0 reads as the default of a TCP rule, not as "0 seconds".
    QCOMPARE(spin->text(), RuleTableModel::defaultTimeoutText(Protocol::Tcp));
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("300"));
    f.commit(spin);
    QCOMPARE(f.document.config().rules.at(0).option(QStringLiteral("timeout")),
             QStringLiteral("300"));

    // Back to 0: the option is removed, not written as timeout=0.
    spin = f.open<QSpinBox>(Column::Timeout);
    QVERIFY(spin);
    QCOMPARE(spin->value(), 300);
    spin->setValue(0);
    f.commit(spin);
    QVERIFY(f.document.config().rules.at(0).options.isEmpty());

    // A UDP rule names its real default.
    QVERIFY(f.model.setData(f.model.index(0, int(Column::Protocol)), int(Protocol::Udp)));
    spin = f.open<QSpinBox>(Column::Timeout);
    QVERIFY(spin);
    QCOMPARE(spin->text(), QStringLiteral("default (72 s)"));
    // Wider than the narrow column when it needs to be, so the text is not cut.
    QVERIFY(spin->width() >= spin->sizeHint().width());
    QTest::keyClick(spin, Qt::Key_Escape);
    QTRY_VERIFY(!f.view.findChild<QSpinBox *>()); // the editor is deleted later

    // A timeout beyond the editor's usual range (written in the file) survives opening it.
    QVERIFY(f.model.setData(f.model.index(0, int(Column::Timeout)), 30 * 24 * 3600));
    spin = f.open<QSpinBox>(Column::Timeout);
    QVERIFY(spin);
    QCOMPARE(spin->value(), 30 * 24 * 3600);
    f.commit(spin);
    QCOMPARE(f.document.config().rules.at(0).timeoutSeconds(), 30 * 24 * 3600);
}

void TestRuleItemDelegate::sourceEditorValidatesAgainstTarget() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto *edit = f.open<ValidatedLineEdit>(Column::Source);
    QVERIFY(edit);
    QCOMPARE(edit->objectName(), QStringLiteral("sourceEditor"));
    QCOMPARE(edit->text(), QString());
    QTest::keyClicks(edit, QStringLiteral("::1")); // the target is 127.0.0.1
    QVERIFY(!edit->isValid());
    QVERIFY(edit->problem().contains(QStringLiteral("IPv4")));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("egress host"));
    QVERIFY(!edit->isValid());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("egress.example"));
    QVERIFY(edit->isValid());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("127.0.0.2"));
    QVERIFY(edit->isValid());
    f.commit(edit);
    QCOMPARE(f.document.config().rules.at(0).sourceAddress(), QStringLiteral("127.0.0.2"));

    // Emptied: the option is gone and the system chooses again.
    edit = f.open<ValidatedLineEdit>(Column::Source);
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("127.0.0.2"));
    edit->clear();
    QVERIFY(edit->isValid());
    f.commit(edit);
    QVERIFY(f.document.config().rules.at(0).options.isEmpty());
}

QTEST_MAIN(TestRuleItemDelegate)
#include "tst_ruleitemdelegate.moc"
