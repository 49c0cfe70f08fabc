#include "ConfigValidator.h"
#include "Document.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "PortEdit.h"
#include "PortProbe.h"
#include "RulePortsModel.h"
#include "RulePortsPanel.h"
#include "RuleTableModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

namespace {
using Column = RuleTableModel::Column;

Rule rangeRule(int id, const QString &bind, const QString &connect) {
    Rule rule;
    rule.id = id;
    rule.bindHost = QStringLiteral("0.0.0.0");
    rule.bindPort = bind;
    rule.connectHost = QStringLiteral("10.0.0.5");
    rule.connectPort = connect;
    return rule;
}

// The validator's message about RULE's ports when it is alone in a config (without the "rule 1
// (id N): " that names it there).
QString validatorMessage(const Rule &rule, const QString &check, bool *isError = nullptr) {
    Config config;
    config.rules = {rule};
    ConfigValidator::Options options;
    for (const ValidationFinding &f : ConfigValidator::check(config, options)) {
        if (f.check != check)
            continue;
        if (isError)
            *isError = f.isError();
        return f.message.section(QStringLiteral(": "), 1);
    }
    return QString();
}

struct Fixture {
    MainWindow window;
    QTableView *table = nullptr;
    QSortFilterProxyModel *proxy = nullptr;

    explicit Fixture(const Rule &rule) {
        Config config;
        config.rules = {rule};
        window.document()->reset(config, QString(), false);
        window.show();
        table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
        proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    }
    QModelIndex cell(Column column) const {
        return proxy->mapFromSource(window.ruleModel()->index(0, int(column)));
    }
    // Opens the typed editor of COLUMN as the view does.
    PortEdit *openPortEditor(Column column) {
        table->setCurrentIndex(cell(column));
        table->edit(cell(column));
        return qobject_cast<PortEdit *>(table->indexWidget(cell(column)));
    }
    void type(QLineEdit *edit, const QString &text) {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
};

// A run of COUNT ports of 127.0.0.1 free for TCP now (0: none found).
quint16 freeRun(int count) {
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 base = freePortRun(count);
        if (base == 0)
            continue;
        PortProbe probe(Protocol::Tcp);
        bool free = true;
        for (int i = 0; i < count && free; ++i)
            free = probe.check(QStringLiteral("127.0.0.1"), quint16(base + i)) ==
                   PortProbe::Answer::Free;
        if (free)
            return base;
    }
    return 0;
}

} // namespace

class TestPortRangeEditing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rangeRowShowsAndEdits();
    void invalidRangeShowsValidatorMessage_data();
    void invalidRangeShowsValidatorMessage();
    void largeRangeIsAWarning();
    void upDownMovesTheWholeRange();
    void portsTabListsEachPortAndItsState();
    void portTakenByAnotherProgramStopsTheRange();
};

void TestPortRangeEditing::rangeRowShowsAndEdits() {
    Fixture f(rangeRule(1, QStringLiteral("8000-8010"), QStringLiteral("9000-9010")));
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    // One row for the whole range, the range as written in both port cells.
    QCOMPARE(f.window.ruleModel()->rowCount(), 1);
    QCOMPARE(f.cell(Column::BindPort).data().toString(), QStringLiteral("8000-8010"));
    QCOMPARE(f.cell(Column::ConnectPort).data().toString(), QStringLiteral("9000-9010"));
    QVERIFY(
        f.cell(Column::BindPort).data(Qt::ToolTipRole).toString().contains(QStringLiteral("11")));

    PortEdit *edit = f.openPortEditor(Column::BindPort);
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("8000-8010"));
    QVERIFY(edit->isValid());
    f.type(edit, QStringLiteral("8100-8110"));
    QVERIFY2(edit->isValid(), qPrintable(edit->problem()));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!f.table->indexWidget(f.cell(Column::BindPort)));
    QCOMPARE(f.window.document()->config().rules.at(0).bindPort, QStringLiteral("8100-8110"));
    QCOMPARE(f.cell(Column::BindPort).data().toString(), QStringLiteral("8100-8110"));
    QVERIFY(f.cell(Column::BindPort).data(RuleTableModel::ProblemRole).toString().isEmpty());
}

void TestPortRangeEditing::invalidRangeShowsValidatorMessage_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("check"); // ConfigValidator's name for the finding
    QTest::newRow("different lengths")
        << int(Column::BindPort) << QStringLiteral("8000-8020") << QStringLiteral("port-range");
    QTest::newRow("target longer")
        << int(Column::ConnectPort) << QStringLiteral("9000-9020") << QStringLiteral("port-range");
    QTest::newRow("reversed") << int(Column::BindPort) << QStringLiteral("8010-8000")
                              << QStringLiteral("bind-port");
    QTest::newRow("above 65535") << int(Column::BindPort) << QStringLiteral("65530-65540")
                                 << QStringLiteral("bind-port");
}

void TestPortRangeEditing::invalidRangeShowsValidatorMessage() {
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, check);
    const Rule original = rangeRule(1, QStringLiteral("8000-8010"), QStringLiteral("9000-9010"));
    Fixture f(original);
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    Rule edited = original;
    (column == int(Column::BindPort) ? edited.bindPort : edited.connectPort) = typed;
    bool isError = false;
    const QString expected = validatorMessage(edited, check, &isError);
    QVERIFY2(!expected.isEmpty() && isError, qPrintable(check));

    // While typing: the editor says what the validator says.
    PortEdit *edit = f.openPortEditor(static_cast<Column>(column));
    QVERIFY(edit);
    f.type(edit, typed);
    QVERIFY(!edit->isValid());
    QCOMPARE(edit->problem(), expected);
    QCOMPARE(edit->toolTip(), expected);

    // Kept when committed (what was typed is not lost), and the cell shows the same verdict.
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!f.table->indexWidget(f.cell(static_cast<Column>(column))));
    const Column marked =
        check == QLatin1String("port-range") ? Column::ConnectPort : Column::BindPort;
    const QString cellProblem = f.cell(marked).data(RuleTableModel::ProblemRole).toString();
    QVERIFY2(cellProblem.endsWith(expected), qPrintable(cellProblem));
    QVERIFY(f.cell(marked).data(RuleTableModel::ProblemIsErrorRole).toBool());
}

void TestPortRangeEditing::largeRangeIsAWarning() {
    Fixture f(rangeRule(1, QStringLiteral("20000-20010"), QStringLiteral("9000")));
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    Rule large = f.window.document()->config().rules.at(0);
    large.bindPort = QStringLiteral("20000-21500");
    bool isError = true;
    const QString expected = validatorMessage(large, QStringLiteral("port-range-size"), &isError);
    QVERIFY(!expected.isEmpty() && !isError);

    PortEdit *edit = f.openPortEditor(Column::BindPort);
    QVERIFY(edit);
    f.type(edit, QStringLiteral("20000-21500"));
    QVERIFY2(edit->isValid(), qPrintable(edit->problem())); // many ports to one is allowed
    QCOMPARE(edit->warning(), expected);
    QCOMPARE(edit->toolTip(), expected);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!f.table->indexWidget(f.cell(Column::BindPort)));
    // A warning in the table too, not an error: the rule still runs.
    QVERIFY(
        f.cell(Column::BindPort).data(RuleTableModel::ProblemRole).toString().endsWith(expected));
    QVERIFY(!f.cell(Column::BindPort).data(RuleTableModel::ProblemIsErrorRole).toBool());
}

void TestPortRangeEditing::upDownMovesTheWholeRange() {
    Fixture f(rangeRule(1, QStringLiteral("8000-8010"), QStringLiteral("9000")));
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    PortEdit *edit = f.openPortEditor(Column::BindPort);
    QVERIFY(edit);
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("8001-8011"));
    QTest::keyClick(edit, Qt::Key_PageDown);
    QCOMPARE(edit->text(), QStringLiteral("7991-8001"));
    f.type(edit, QStringLiteral("65530-65535"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("65530-65535"));
}

void TestPortRangeEditing::portsTabListsEachPortAndItsState() {
    EchoServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost, 0));
    const quint16 base = freeRun(3);
    QVERIFY(base != 0);
    Rule rule = makeRule(1, base, target.serverPort());
    rule.bindPort = QStringLiteral("%1-%2").arg(base).arg(base + 2);

    LocalBackend relay;
    MainWindow window(&relay);
    Config config;
    config.rules = {rule};
    window.document()->reset(config, QString(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.selectRule(1);
    auto *panel = window.findChild<RulePortsPanel *>(QStringLiteral("rulePorts"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(panel && tabs && tabs->indexOf(panel) >= 0);
    // The table's context menu opens the expansion of the selected rule.
    auto *showPorts = window.findChild<QAction *>(QStringLiteral("actionShowPorts"));
    QVERIFY(showPorts && showPorts->isEnabled());
    showPorts->trigger();
    QCOMPARE(tabs->currentWidget(), panel);
    RulePortsModel *ports = panel->model();
    QAbstractItemModelTester tester(ports);

    // Before Apply: every port, mapped many to one, none running yet.
    QCOMPARE(ports->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(ports->index(row, 0).data().toString(), QString::number(base + row));
        QCOMPARE(ports->index(row, 1).data().toString(), QString::number(target.serverPort()));
        QCOMPARE(ports->index(row, 2).data().toString(), QStringLiteral("not applied"));
    }
    QVERIFY(window.applyChanges());
    for (int row = 0; row < 3; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(ports->index(row, 2).data().toString(),
                                  QStringLiteral("listening"), 10000);
    QVERIFY(acceptsConnections(quint16(base + 2)));

    // An edit that is not applied yet shows on the ports it changes.
    Rule edited = window.document()->config().rules.at(0);
    edited.bindPort = QStringLiteral("%1-%2").arg(base).arg(base + 3);
    window.document()->replaceRule(0, edited);
    QCOMPARE(ports->rowCount(), 4);
    QCOMPARE(ports->index(0, 2).data().toString(), QStringLiteral("listening"));
    QCOMPARE(ports->index(3, 2).data().toString(), QStringLiteral("not applied"));

    // Ports that do not fit together: no rows, the validator's reason instead.
    edited.connectPort = QStringLiteral("9000-9001");
    window.document()->replaceRule(0, edited);
    QCOMPARE(ports->rowCount(), 0);
    QVERIFY(!ports->problem().isEmpty());
}

void TestPortRangeEditing::portTakenByAnotherProgramStopsTheRange() {
    const quint16 base = freeRun(3);
    QVERIFY(base != 0);
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, quint16(base + 1)));
    Rule rule = makeRule(1, base, 9);
    rule.bindPort = QStringLiteral("%1-%2").arg(base).arg(base + 2);

    LocalBackend relay;
    MainWindow window(&relay);
    Config config;
    config.rules = {rule};
    window.document()->reset(config, QString(), false);
    window.selectRule(1);
    auto *panel = window.findChild<RulePortsPanel *>(QStringLiteral("rulePorts"));
    QVERIFY(panel);
    QVERIFY(window.applyChanges());
    // The relay binds a rule's ports together: none listens, and the heading names the port.
    for (int row = 0; row < 3; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->index(row, 2).data().toString(),
                                  QStringLiteral("not listening"), 10000);
    QVERIFY(!acceptsConnections(base));
    auto *heading = panel->findChild<QLabel *>(QStringLiteral("rulePortsHeading"));
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(QString::number(base + 1)), qPrintable(heading->text()));
}

QTEST_MAIN(TestPortRangeEditing)
#include "tst_portrangeediting.moc"
