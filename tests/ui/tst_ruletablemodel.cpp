#include "ConfigLoader.h"
#include "Document.h"
#include "HumanUnits.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"
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
    void nameNeverComesFromComments();
    void optionColumnsEditTheRuleOptions();
    void optionProblemsMarkTheirCells();
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

    // Fractions use the UI language's decimal separator, and no group separator.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(HumanUnits::bytes(1536), QStringLiteral("1,5 KiB"));
    QCOMPARE(HumanUnits::bytes(1023), QStringLiteral("1023 B"));
    QCOMPARE(HumanUnits::rate(3.0 * 1024 * 1024 * 1024), QStringLiteral("3,0 GiB/s"));
    QLocale::setDefault(previous);
    QCOMPARE(HumanUnits::bytes(1536), QStringLiteral("1.5 KiB"));
}

void TestRuleTableModel::nameNeverComesFromComments() {
    Document document;
    RuleTableModel model(&document);
    Config config = makeConfig(1);
    config.rules[0].name.clear();
    // A commented-out forwarding above a rule must not name it (nor any other comment).
    config.rules[0].notes.leadingLines = {QStringLiteral(""), QStringLiteral("# ssh jump host"),
                                          QStringLiteral("#0.0.0.0 80 127.0.0.1 8080")};
    config.rules[0].notes.trailingComment = QStringLiteral("# web");
    config.rules[0].options = {RuleOption{QStringLiteral("timeout"), QStringLiteral("30")},
                               RuleOption{QStringLiteral("keepalive"), QStringLiteral("yes")}};
    document.reset(config, QString(), false);
    const QModelIndex name = model.index(0, int(Column::Name));
    QCOMPARE(name.data().toString(), QString());
    QCOMPARE(name.data(Qt::EditRole).toString(), QString()); // editing starts a real name
    // Only options without a column of their own are listed.
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("keepalive=yes")));
    QVERIFY(!name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("timeout")));
    QVERIFY(!name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ssh")));
    const Rule &rule = config.rules[0];
    QCOMPARE(RuleTableModel::ruleTitle(rule),
             QStringLiteral("%1:%2 → %3:%4")
                 .arg(rule.bindHost, rule.bindPort, rule.connectHost, rule.connectPort));
    QVERIFY(model.setData(name, QStringLiteral("jump")));
    QCOMPARE(name.data().toString(), QStringLiteral("jump"));

    // Read from a file: a column-header comment and a commented-out forwarding name nothing;
    // the annotation names its rule.
    const ConfigLoadResult read =
        parseConfigData(QByteArray("# bindaddress bindport connectaddress connectport\n"
                                   "#0.0.0.0 80 127.0.0.1 8080\n"
                                   "0.0.0.0 81 10.0.0.1 8081\n"
                                   "#portrelay: name=api\n"
                                   "0.0.0.0 82 10.0.0.1 8082\n"),
                        QStringLiteral("r.conf"));
    Document fromFile;
    RuleTableModel fileModel(&fromFile);
    fromFile.reset(read.config, QString(), true);
    QCOMPARE(fileModel.index(0, int(Column::Name)).data().toString(), QString());
    QCOMPARE(fileModel.index(1, int(Column::Name)).data().toString(), QStringLiteral("api"));
    // Options survive an edit of another field.
    QCOMPARE(document.config().rules.at(0).options.size(), 2);
}

void TestRuleTableModel::optionColumnsEditTheRuleOptions() {
    Document document;
    RuleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Config config = makeConfig(1);
    // An option PortRelay does not know sits between the known ones: it and the order stay.
    config.rules[0].options = {RuleOption{QStringLiteral("timeout"), QStringLiteral("30")},
                               RuleOption{QStringLiteral("keepalive"), QStringLiteral("yes")},
                               RuleOption{QStringLiteral("src"), QStringLiteral("127.0.0.3")}};
    document.reset(config, QString(), true);
    const QModelIndex timeout = model.index(0, int(Column::Timeout));
    const QModelIndex source = model.index(0, int(Column::Source));
    QVERIFY(model.flags(timeout) & Qt::ItemIsEditable);
    QVERIFY(model.flags(source) & Qt::ItemIsEditable);
    QCOMPARE(timeout.data(Qt::EditRole).toInt(), 30);
    QCOMPARE(timeout.data().toString(), QStringLiteral("30 s"));
    QCOMPARE(source.data(Qt::EditRole).toString(), QStringLiteral("127.0.0.3"));
    QCOMPARE(source.data().toString(), QStringLiteral("127.0.0.3"));
    QVERIFY(!timeout.data(Qt::ForegroundRole).isValid()); // a value of the rule: not greyed

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(timeout, 600));
    QVERIFY(model.setData(source, QStringLiteral("::1")));
    QVERIFY(changed.count() >= 2); // the row twice; the State column too as the edit is unapplied
    QVERIFY(document.isModified());
    const QVector<RuleOption> edited = {
        RuleOption{QStringLiteral("timeout"), QStringLiteral("600")},
        RuleOption{QStringLiteral("keepalive"), QStringLiteral("yes")},
        RuleOption{QStringLiteral("src"), QStringLiteral("::1")}};
    QCOMPARE(document.config().rules.at(0).options, edited);
    QCOMPARE(document.config().rules.at(0).timeoutSeconds(), 600);
    // Written to rinetd.conf as edited (rinetd's own line has only the options it knows) and
    // read back unchanged.
    const QString conf = RinetdConfigWriter().write(document.config());
    QVERIFY2(conf.contains(QStringLiteral("[timeout=600,src=::1]")), qPrintable(conf));
    QVERIFY2(conf.contains(QStringLiteral("[timeout=600,keepalive=yes,src=::1]")),
             qPrintable(conf));
    const Config reread = RinetdConfigParser(QStringLiteral("rinetd.conf")).parseText(conf);
    QCOMPARE(reread.rules.size(), 1);
    QCOMPARE(reread.rules.at(0).options, edited);

    // The same value again is no edit.
    changed.clear();
    QVERIFY(model.setData(timeout, 600));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!model.setData(timeout, QStringLiteral("soon"))); // not a number: refused
    QVERIFY(!model.setData(timeout, -5));
    QCOMPARE(document.config().rules.at(0).options, edited);

    // 0 and empty clear the options; the unknown one is kept.
    QVERIFY(model.setData(timeout, 0));
    QVERIFY(model.setData(source, QString()));
    const QVector<RuleOption> cleared = {
        RuleOption{QStringLiteral("keepalive"), QStringLiteral("yes")}};
    QCOMPARE(document.config().rules.at(0).options, cleared);
    QCOMPARE(timeout.data(Qt::EditRole).toInt(), 0);
    QCOMPARE(source.data(Qt::EditRole).toString(), QString());
    // Unset: the cells show what applies, greyed. TCP has no idle timeout by default.
    QCOMPARE(timeout.data().toString(), QStringLiteral("none"));
    QVERIFY(timeout.data(Qt::ForegroundRole).isValid());
    QVERIFY(source.data(Qt::ForegroundRole).isValid());
    QVERIFY(!source.data().toString().isEmpty());
    QVERIFY(model.setData(model.index(0, int(Column::Protocol)), int(Protocol::Udp)));
    QCOMPARE(timeout.data().toString(), QStringLiteral("72 s")); // the engine's UDP default
    QVERIFY(timeout.data(Qt::ForegroundRole).isValid());
    QVERIFY(timeout.data(Qt::ToolTipRole).toString().contains(QStringLiteral("default")));
    QCOMPARE(RuleTableModel::defaultTimeoutText(Protocol::Udp), QStringLiteral("default (72 s)"));
    QCOMPARE(RuleTableModel::defaultTimeoutText(Protocol::Tcp), QStringLiteral("none"));
    QCOMPARE(timeout.data(RuleTableModel::SortRole).toInt(), 72);

    // Set again: appended after the options already there.
    QVERIFY(model.setData(timeout, QStringLiteral("45")));
    QCOMPARE(document.config().rules.at(0).options.last(),
             (RuleOption{QStringLiteral("timeout"), QStringLiteral("45")}));
    QCOMPARE(document.config().rules.at(0).options.size(), 2);

    // "timeout=0" from a file means the default, and an untouched editor leaves it as written.
    Config zero = makeConfig(1);
    zero.rules[0].options = {RuleOption{QStringLiteral("timeout"), QStringLiteral("0")}};
    document.reset(zero, QString(), true);
    QCOMPARE(timeout.data().toString(), QStringLiteral("none"));
    QVERIFY(model.setData(timeout, 0));
    QCOMPARE(document.config().rules.at(0).options, zero.rules[0].options);
    QVERIFY(!document.isModified());
}

void TestRuleTableModel::optionProblemsMarkTheirCells() {
    Document document;
    RuleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Config config = makeConfig(1);
    config.rules[0].connectHost = QStringLiteral("::1");
    config.rules[0].setOption(QStringLiteral("src"), QStringLiteral("127.0.0.2"));
    config.rules[0].setOption(QStringLiteral("timeout"), QStringLiteral("5m"));
    document.reset(config, QString(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProblems(RuleValidator::validate(document.config()));
    const QModelIndex source = model.index(0, int(Column::Source));
    const QModelIndex timeout = model.index(0, int(Column::Timeout));
    QVERIFY(source.data(RuleTableModel::ProblemRole).toString().contains(QStringLiteral("IPv6")));
    QVERIFY(source.data(Qt::BackgroundRole).isValid());
    QVERIFY(!timeout.data(RuleTableModel::ProblemRole).toString().isEmpty());
    QCOMPARE(timeout.data().toString(), QStringLiteral("5m")); // shown as written
    QVERIFY(model.index(0, int(Column::ConnectHost))
                .data(RuleTableModel::ProblemRole)
                .toString()
                .isEmpty());
    // The view learns that the cells changed.
    QVERIFY(changed.count() >= 1);
    QVERIFY(changed.at(0).at(1).toModelIndex().column() >= int(Column::Source));

    // Fixing the source in the table clears its mark.
    QVERIFY(model.setData(source, QStringLiteral("::1")));
    model.setProblems(RuleValidator::validate(document.config()));
    QVERIFY(source.data(RuleTableModel::ProblemRole).toString().isEmpty());
}

QTEST_MAIN(TestRuleTableModel)
#include "tst_ruletablemodel.moc"
