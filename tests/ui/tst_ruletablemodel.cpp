#include "Document.h"
#include "HumanUnits.h"
#include "RuleTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
using Column = RuleTableModel::Column;

Rule makeRule(int id, const QString &port) {
    Rule rule;
    rule.id = id;
    rule.name = QStringLiteral("rule %1").arg(id);
    rule.bindHost = QStringLiteral("127.0.0.1");
    rule.bindPort = port;
    rule.connectHost = QStringLiteral("127.0.0.1");
    rule.connectPort = QStringLiteral("9");
    return rule;
}

Config makeConfig(int count) {
    Config config;
    for (int i = 1; i <= count; ++i)
        config.rules.append(makeRule(i, QString::number(20000 + i)));
    return config;
}

StatsSnapshot snapshotFor(const Config &config, quint64 bytes) {
    StatsSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    for (const Rule &rule : config.rules) {
        RuleStats stats;
        stats.ruleId = rule.id;
        stats.state = RuleState::Listening;
        stats.bytesFromClient = bytes;
        snapshot.rules.append(stats);
    }
    return snapshot;
}
} // namespace

class TestRuleTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelTesterThroughEdits();
    void snapshotChangesAreBatchedIntoRanges();
    void stateTexts();
    void enableToggleIsImmediateAndChecked();
    void problemsMarkCells();
    void humanUnits();
    void nameShowsCommentAndOptions();
};

void TestRuleTableModel::modelTesterThroughEdits() {
    Document document;
    RuleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.reset(makeConfig(3), QString(), false);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(Column::Count));

    model.insertRule(1, makeRule(10, QStringLiteral("30000")));
    QCOMPARE(model.ruleIdAt(1), 10);
    QCOMPARE(model.rowForId(10), 1);
    QCOMPARE(model.rowForId(2), 2);
    QVERIFY(model.moveRule(0, 3));
    QCOMPARE(model.ruleIdAt(3), 1);
    QCOMPARE(model.rowForId(1), 3);
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(document.config().rules.size(), 2);

    QVERIFY(model.setData(model.index(0, int(Column::BindPort)), QStringLiteral("http")));
    QCOMPARE(document.config().rules.at(0).bindPort, QStringLiteral("http"));
    QVERIFY(model.setData(model.index(0, int(Column::Protocol)), int(Protocol::Udp)));
    QCOMPARE(document.config().rules.at(0).bindProtocol, Protocol::Udp);
    QCOMPARE(model.index(0, int(Column::Protocol)).data().toString(), QStringLiteral("udp"));
    model.setSnapshot(snapshotFor(document.config(), 1536));
    document.markApplied();
    document.reset(makeConfig(5), QString(), false);
    QCOMPARE(model.rowCount(), 5);
}

void TestRuleTableModel::snapshotChangesAreBatchedIntoRanges() {
    Document document;
    RuleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Config config = makeConfig(100);
    document.reset(config, QString(), false);
    document.markApplied();

    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(snapshotFor(config, 10));
    // All 100 rows changed: a single range.
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(spy.at(0).at(1).toModelIndex().row(), 99);

    // Rows 10-19 and 50 change: two ranges, nothing for the rest.
    StatsSnapshot next = snapshotFor(config, 10);
    for (int row = 10; row < 20; ++row)
        next.rules[row].bytesToClient = 5;
    next.rules[50].active = 3;
    spy.clear();
    model.setSnapshot(next);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 10);
    QCOMPARE(spy.at(0).at(1).toModelIndex().row(), 19);
    QCOMPARE(spy.at(1).at(0).toModelIndex().row(), 50);
    QCOMPARE(spy.at(1).at(1).toModelIndex().row(), 50);

    spy.clear();
    model.setSnapshot(next); // unchanged: no signal at all
    QCOMPARE(spy.count(), 0);
    QCOMPARE(model.index(50, int(Column::Active)).data().toString(), QStringLiteral("3"));
}

void TestRuleTableModel::stateTexts() {
    Document document;
    RuleTableModel model(&document);
    Config config = makeConfig(3);
    config.rules[1].enabled = false;
    document.reset(config, QString(), false);
    const QModelIndex state0 = model.index(0, int(Column::State));
    QCOMPARE(state0.data().toString(), QStringLiteral("not applied"));
    document.markApplied();

    StatsSnapshot snapshot = snapshotFor(config, 1536 * 1024);
    snapshot.rules[1].state = RuleState::Disabled;
    snapshot.rules[2].state = RuleState::Error;
    snapshot.rules[2].error = QStringLiteral("address already in use");
    model.setSnapshot(snapshot);
    QCOMPARE(state0.data().toString(), QStringLiteral("listening"));
    QCOMPARE(model.index(1, int(Column::State)).data().toString(), QStringLiteral("disabled"));
    QCOMPARE(model.index(2, int(Column::State)).data().toString(),
             QStringLiteral("address already in use"));
    QCOMPARE(model.index(0, int(Column::BytesIn)).data().toString(), QStringLiteral("1.5 MiB"));

    QVERIFY(model.setData(model.index(0, int(Column::ConnectPort)), QStringLiteral("10")));
    QVERIFY(state0.data().toString().contains(QStringLiteral("not applied")));
    QVERIFY(document.isUnapplied());
    document.markApplied();
    QCOMPARE(state0.data().toString(), QStringLiteral("listening"));
}

void TestRuleTableModel::enableToggleIsImmediateAndChecked() {
    Document document;
    RuleTableModel model(&document);
    Config config = makeConfig(2);
    config.rules[1].bindPort = config.rules[0].bindPort; // same bind, kept disabled
    config.rules[1].enabled = false;
    document.reset(config, QString(), true);
    document.markApplied();

    QSignalSpy toggled(&document, &Document::ruleEnabledToggled);
    QSignalSpy refused(&model, &RuleTableModel::enableRefused);
    const QModelIndex check0 = model.index(0, int(Column::Enabled));
    const QModelIndex check1 = model.index(1, int(Column::Enabled));
    QVERIFY(model.flags(check0) & Qt::ItemIsUserCheckable);

    // Enabling the duplicate would collide with rule 1: refused, nothing changes.
    QVERIFY(!model.setData(check1, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(toggled.count(), 0);
    QCOMPARE(check1.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QVERIFY(model.setData(check0, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toInt(), 1);
    QCOMPARE(toggled.at(0).at(1).toBool(), false);
    QCOMPARE(toggled.at(0).at(2).toBool(), true); // rule 1 runs in the engine
    // A toggle is applied at once: it is not an unapplied edit, but it is unsaved.
    QVERIFY(!document.isUnapplied());
    QVERIFY(document.isModified());

    QVERIFY(model.setData(check1, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(toggled.count(), 2);
}

void TestRuleTableModel::problemsMarkCells() {
    Document document;
    RuleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Config config = makeConfig(2);
    config.rules[1].bindPort = config.rules[0].bindPort;
    document.reset(config, QString(), false);
    model.setProblems(RuleValidator::validate(document.config()));
    const QModelIndex port1 = model.index(1, int(Column::BindPort));
    QVERIFY(!port1.data(RuleTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(port1.data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, int(Column::BindHost)).data(Qt::BackgroundRole).isValid());
    model.setProblems({});
    QVERIFY(port1.data(RuleTableModel::ProblemRole).toString().isEmpty());
}

void TestRuleTableModel::humanUnits() {
    QCOMPARE(HumanUnits::bytes(0), QStringLiteral("0 B"));
    QCOMPARE(HumanUnits::bytes(1023), QStringLiteral("1023 B"));
    QCOMPARE(HumanUnits::bytes(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(HumanUnits::bytes(200ull * 1024 * 1024), QStringLiteral("200 MiB"));
    QCOMPARE(HumanUnits::rate(3.0 * 1024 * 1024 * 1024), QStringLiteral("3.0 GiB/s"));
    QCOMPARE(HumanUnits::duration(5), QStringLiteral("5 s"));
    QCOMPARE(HumanUnits::duration(125), QStringLiteral("2 min 05 s"));
    QCOMPARE(HumanUnits::duration(3 * 3600 + 7 * 60), QStringLiteral("3 h 07 min"));
}

void TestRuleTableModel::nameShowsCommentAndOptions() {
    Document document;
    RuleTableModel model(&document);
    Config config = makeConfig(1);
    config.rules[0].name.clear();
    config.rules[0].notes.leadingLines = {QStringLiteral(""), QStringLiteral("# ssh jump host")};
    config.rules[0].options = {RuleOption{QStringLiteral("timeout"), QStringLiteral("30")}};
    document.reset(config, QString(), false);
    const QModelIndex name = model.index(0, int(Column::Name));
    QCOMPARE(name.data().toString(), QStringLiteral("ssh jump host"));
    QCOMPARE(name.data(Qt::EditRole).toString(), QString()); // editing starts a real name
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("timeout=30")));
    QCOMPARE(RuleTableModel::ruleTitle(config.rules[0]), QStringLiteral("ssh jump host"));
    QVERIFY(model.setData(name, QStringLiteral("jump")));
    QCOMPARE(name.data().toString(), QStringLiteral("jump"));
    // Options survive an edit of another field.
    QCOMPARE(document.config().rules.at(0).options.size(), 1);
}

QTEST_MAIN(TestRuleTableModel)
#include "tst_ruletablemodel.moc"
