#include "ConfigLoader.h"
#include "Document.h"
#include "MainWindow.h"
#include "ProxyOptions.h"
#include "RelayOptions.h"
#include "RuleOptionsDialog.h"
#include "RuleTableModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// The rule options editor: every option it offers lands in the rule (through the Document, as a
// staged edit), invalid values are refused with the validator's own words, the table shows the
// options, and they survive a save and a reload in both file formats.

namespace {

using Field = RuleOptionsDialog::Field;
using Column = RuleTableModel::Column;

Config oneRuleConfig() {
    Config config;
    config.rules = {makeRule(1, 18080, 8080)};
    return config;
}

template <typename T> T *child(QWidget *dialog, const char *name) {
    T *widget = dialog->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void choose(QComboBox *combo, const QString &value) {
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
}

QPushButton *okButton(QWidget *dialog) {
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

// Every option the dialog offers, set through its widgets.
void setEveryOption(QWidget *dialog) {
    child<QRadioButton>(dialog, "targetOriginal")->setChecked(true);
    choose(child<QComboBox>(dialog, "translateMode"), QStringLiteral("http"));
    choose(child<QComboBox>(dialog, "ftpMode"), QStringLiteral("passive"));
    child<QCheckBox>(dialog, "transparentSource")->setChecked(true);
    child<QLineEdit>(dialog, "connectionRate")->setText(QStringLiteral("512k"));
    child<QLineEdit>(dialog, "ruleRate")->setText(QStringLiteral("2M"));
    choose(child<QComboBox>(dialog, "proxySend"), QStringLiteral("v2"));
    choose(child<QComboBox>(dialog, "acceptProxy"), QStringLiteral("any"));
    child<QLineEdit>(dialog, "acceptProxyFrom")->setText(QStringLiteral("10.0.0.0/8, 192.168.*"));
    child<QSpinBox>(dialog, "acceptProxyTimeout")->setValue(5);
}

void verifyEveryOption(const Rule &rule) {
    QVERIFY(rule.forwardsToOriginalDestination());
    QCOMPARE(rule.translateMode(), QStringLiteral("http"));
    QCOMPARE(RelayOptions::ftpMode(rule), RelayOptions::FtpMode::Passive);
    QVERIFY(RelayOptions::isTransparent(rule));
    QCOMPARE(RelayOptions::connectionRate(rule), quint64(512 * 1024));
    QCOMPARE(RelayOptions::ruleRate(rule), quint64(2 * 1024 * 1024));
    const ProxyOptions proxy = ProxyOptions::of(rule);
    QCOMPARE(proxy.sendVersion, 2);
    QVERIFY(proxy.accept);
    QCOMPARE(proxy.acceptedVersions, ProxyOptions::Accepted::Any);
    QCOMPARE(proxy.acceptFrom,
             QStringList({QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.*")}));
    QCOMPARE(proxy.headerTimeoutSeconds, 5);
}

} // namespace

class TestRuleOptionsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editorSetsEveryOptionThroughTheDocument();
    void invalidInputShowsTheValidatorsMessage();
    void untouchedOptionsKeepTheirText();
    void optionsColumnShowsTheOptions();
    void originalDestinationTargetIsNotTypedOver();
    void wrappedNotesAreNotCutOffWhenShown();
    void optionsSurviveSaveAndReload_data();
    void optionsSurviveSaveAndReload();
};

void TestRuleOptionsDialog::editorSetsEveryOptionThroughTheDocument() {
    MainWindow window;
    Document *document = window.document();
    document->reset(oneRuleConfig(), QString(), true);
    document->markApplied();
    window.selectRule(1);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionRuleOptions"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RuleOptionsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        setEveryOption(dialog);
        QVERIFY2(okButton(dialog)->isEnabled(),
                 qPrintable(dialog->problemText(Field::Rule) + dialog->problemText(Field::Target)));
        okButton(dialog)->click();
        driven = true;
    });
    action->trigger();
    QVERIFY(driven);

    const Rule &edited = document->config().rules.at(0);
    verifyEveryOption(edited);
    // A staged edit like any cell's: the relay keeps the old rule until Apply.
    QVERIFY(document->isUnapplied());
    QVERIFY(document->appliedRule(1));
    QVERIFY(!document->appliedRule(1)->forwardsToOriginalDestination());
    QVERIFY(document->appliedRule(1)->options.isEmpty());
    // The rest of the rule is untouched.
    QCOMPARE(edited.bindPort, QStringLiteral("18080"));
    QCOMPARE(edited.name, QStringLiteral("rule 1"));

    // A double-click on the Options cell opens it too; Cancel changes nothing.
    const Rule before = edited;
    auto *table = window.findChild<QTableView *>(QStringLiteral("ruleTable"));
    QVERIFY(table);
    bool opened = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RuleOptionsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        opened = true;
        choose(child<QComboBox>(dialog, "ftpMode"), QString());
        dialog->reject();
    });
    Q_EMIT table->doubleClicked(table->model()->index(0, RuleTableModel::col(Column::Options)));
    QVERIFY(opened);
    QCOMPARE(document->config().rules.at(0), before);
}

void TestRuleOptionsDialog::invalidInputShowsTheValidatorsMessage() {
    Config config = oneRuleConfig();
    RuleOptionsDialog dialog(config, 1);
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!dialog.hasErrors());

    // A rate the core does not read: its message next to the field, OK disabled.
    auto *rate = child<QLineEdit>(&dialog, "connectionRate");
    rate->setText(QStringLiteral("12x"));
    const QString rateWhy = RelayOptions::valueError(QStringLiteral("rate"), QStringLiteral("12x"));
    QVERIFY(!rateWhy.isEmpty());
    QCOMPARE(dialog.problemText(Field::Rate), rateWhy);
    QVERIFY(child<QLabel>(&dialog, "rateProblem")->isVisibleTo(&dialog));
    QVERIFY(!okButton(&dialog)->isEnabled());
    rate->setText(QStringLiteral("1M"));
    QVERIFY(dialog.problemText(Field::Rate).isEmpty());
    QVERIFY(okButton(&dialog)->isEnabled());

    // A pattern that is not one.
    auto *from = child<QLineEdit>(&dialog, "acceptProxyFrom");
    choose(child<QComboBox>(&dialog, "acceptProxy"), QStringLiteral("v1"));
    from->setText(QStringLiteral("10.0.0.0/40"));
    QString why;
    QVERIFY(!ProxyOptions::checkValue(QStringLiteral("accept-proxy-from"),
                                      QStringLiteral("10.0.0.0/40"), &why));
    QVERIFY2(dialog.problemText(Field::AcceptProxyFrom).contains(why),
             qPrintable(dialog.problemText(Field::AcceptProxyFrom)));
    QVERIFY(!okButton(&dialog)->isEnabled());
    from->setText(QStringLiteral("10.0.0.0/8"));
    QVERIFY(okButton(&dialog)->isEnabled());

    // A fixed target needs an address and a port.
    child<QLineEdit>(&dialog, "targetHost")->clear();
    QVERIFY(!dialog.problemText(Field::Target).isEmpty());
    QVERIFY(!okButton(&dialog)->isEnabled());
    auto *host = child<QLineEdit>(&dialog, "targetHost");
    const QColor marked = host->palette().color(QPalette::Active, QPalette::Base);
    QVERIFY(marked != QPalette().color(QPalette::Active, QPalette::Base));
    child<QRadioButton>(&dialog, "targetOriginal")->setChecked(true);
    QVERIFY(dialog.problemText(Field::Target).isEmpty());
    QVERIFY(okButton(&dialog)->isEnabled());
    // The unused, disabled field is not marked as wrong.
    QVERIFY(!host->isEnabled());
    QCOMPARE(host->palette().color(QPalette::Active, QPalette::Base),
             QPalette().color(QPalette::Active, QPalette::Base));

    // Combinations: transparent=yes with the rule's src=, and the original destination on UDP.
    Config withSource = oneRuleConfig();
    withSource.rules[0].setOption(QStringLiteral("src"), QStringLiteral("127.0.0.1"));
    RuleOptionsDialog sourced(withSource, 1);
    QVERIFY(okButton(&sourced)->isEnabled());
    child<QCheckBox>(&sourced, "transparentSource")->setChecked(true);
    QVERIFY2(sourced.problemText(Field::Transparent).contains(QStringLiteral("src=")),
             qPrintable(sourced.problemText(Field::Transparent)));
    QVERIFY(!okButton(&sourced)->isEnabled());

    Config udp = oneRuleConfig();
    udp.rules[0].setProtocol(Protocol::Udp);
    RuleOptionsDialog udpDialog(udp, 1);
    child<QRadioButton>(&udpDialog, "targetOriginal")->setChecked(true);
    QVERIFY(udpDialog.problemText(Field::Target).contains(QStringLiteral("TCP")));
    QVERIFY(!okButton(&udpDialog)->isEnabled());
}

void TestRuleOptionsDialog::untouchedOptionsKeepTheirText() {
    Config config = oneRuleConfig();
    Rule &rule = config.rules[0];
    rule.options = {RuleOption{QStringLiteral("ftp"), QStringLiteral("pasv")},
                    RuleOption{QStringLiteral("keepalive"), QStringLiteral("yes")},
                    RuleOption{QStringLiteral("transparent"), QStringLiteral("no")},
                    RuleOption{QStringLiteral("timeout"), QStringLiteral("30")}};
    RuleOptionsDialog dialog(config, 1);
    QCOMPARE(child<QComboBox>(&dialog, "ftpMode")->currentData().toString(),
             QStringLiteral("passive"));
    QCOMPARE(dialog.rule(), rule); // nothing changed, nothing rewritten
    child<QLineEdit>(&dialog, "connectionRate")->setText(QStringLiteral("64k"));
    QVector<RuleOption> expected = rule.options;
    expected.append(RuleOption{QStringLiteral("rate"), QStringLiteral("64k")});
    QCOMPARE(dialog.rule().options, expected);
    // Turning the helper off removes it.
    choose(child<QComboBox>(&dialog, "ftpMode"), QString());
    expected.removeFirst();
    QCOMPARE(dialog.rule().options, expected);

    // A value the widget cannot show is shown as such, and replaced when another is chosen.
    Config bad = oneRuleConfig();
    bad.rules[0].setOption(QStringLiteral("proxy"), QStringLiteral("v3"));
    RuleOptionsDialog badDialog(bad, 1);
    auto *send = child<QComboBox>(&badDialog, "proxySend");
    QCOMPARE(send->currentData().toString(), QStringLiteral("v3"));
    QVERIFY(!badDialog.problemText(Field::ProxySend).isEmpty());
    QVERIFY(!okButton(&badDialog)->isEnabled());
    choose(send, QString());
    QVERIFY(badDialog.rule().options.isEmpty());
    QVERIFY(okButton(&badDialog)->isEnabled());
}

void TestRuleOptionsDialog::optionsColumnShowsTheOptions() {
    Document document;
    RuleTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Config config = oneRuleConfig();
    config.rules[0].options = {RuleOption{QStringLiteral("ftp"), QStringLiteral("passive")},
                               RuleOption{QStringLiteral("timeout"), QStringLiteral("30")},
                               RuleOption{QStringLiteral("rate"), QStringLiteral("512k")},
                               RuleOption{QStringLiteral("proxy"), QStringLiteral("v2")},
                               RuleOption{QStringLiteral("transparent"), QStringLiteral("yes")}};
    config.rules.append(makeRule(2, 18081, 8081));
    document.reset(config, QString(), false);
    const QModelIndex options = model.index(0, RuleTableModel::col(Column::Options));
    QCOMPARE(model.headerData(options.column(), Qt::Horizontal).toString(),
             QStringLiteral("Options"));
    // timeout= has a column of its own.
    QCOMPARE(options.data().toString(),
             QStringLiteral("ftp=passive, rate=512k, proxy=v2, transparent"));
    const QString words = options.data(Qt::ToolTipRole).toString();
    QVERIFY2(words.contains(QStringLiteral("512")) && words.contains(QStringLiteral("FTP")) &&
                 words.contains(QStringLiteral("PROXY protocol header (version 2)")) &&
                 words.contains(QStringLiteral("client's own address")),
             qPrintable(words));
    // Edited in the dialog, not in the cell.
    QVERIFY(!(model.flags(options) & Qt::ItemIsEditable));
    QVERIFY(model.isDialogOnly(options));
    const QModelIndex none = model.index(1, RuleTableModel::col(Column::Options));
    QCOMPARE(none.data().toString(), QString());
    QVERIFY(!none.data(Qt::ToolTipRole).toString().isEmpty());

    // A problem with an option marks this column.
    Rule bad = document.config().rules.at(1);
    bad.setOption(QStringLiteral("rate"), QStringLiteral("fast"));
    document.replaceRule(1, bad);
    QCOMPARE(options.siblingAtRow(1).data().toString(), QStringLiteral("rate=fast"));
    model.setProblems(RuleValidator::validate(document.config()));
    QVERIFY(!none.data(RuleTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(model.index(1, RuleTableModel::col(Column::Name))
                .data(RuleTableModel::ProblemRole)
                .toString()
                .isEmpty());
}

void TestRuleOptionsDialog::originalDestinationTargetIsNotTypedOver() {
    Document document;
    RuleTableModel model(&document);
    Config config = oneRuleConfig();
    config.rules[0].connectHost = QLatin1String(Rule::kOriginal);
    config.rules[0].connectPort = QLatin1String(Rule::kOriginal);
    config.rules.append(makeRule(2, 18081, 8081));
    document.reset(config, QString(), false);
    const QModelIndex host = model.index(0, RuleTableModel::col(Column::ConnectHost));
    const QModelIndex port = model.index(0, RuleTableModel::col(Column::ConnectPort));
    QCOMPARE(host.data().toString(), QStringLiteral("original destination"));
    Rule unnamed = document.config().rules.at(0);
    unnamed.name.clear();
    QCOMPARE(RuleTableModel::ruleTitle(unnamed),
             QStringLiteral("127.0.0.1:18080 → original destination"));
    QVERIFY(!(model.flags(host) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(port) & Qt::ItemIsEditable));
    QVERIFY(!host.data(Qt::ToolTipRole).toString().isEmpty());
    // A fixed target stays editable in its cells.
    QVERIFY(model.flags(host.siblingAtRow(1)) & Qt::ItemIsEditable);
    QCOMPARE(host.siblingAtRow(1).data().toString(), QStringLiteral("127.0.0.1"));

    // The dialog opens on it with the choice made, and a fixed target can be chosen again.
    RuleOptionsDialog dialog(document.config(), 1);
    QVERIFY(child<QRadioButton>(&dialog, "targetOriginal")->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, "targetHost")->isEnabled());
    child<QRadioButton>(&dialog, "targetFixed")->setChecked(true);
    child<QLineEdit>(&dialog, "targetHost")->setText(QStringLiteral("10.0.0.5"));
    child<QLineEdit>(&dialog, "targetPort")->setText(QStringLiteral("3128"));
    QVERIFY(okButton(&dialog)->isEnabled());
    document.replaceRule(0, dialog.rule());
    QCOMPARE(host.data().toString(), QStringLiteral("10.0.0.5"));
    QVERIFY(model.flags(host) & Qt::ItemIsEditable);
}

void TestRuleOptionsDialog::wrappedNotesAreNotCutOffWhenShown() {
    // The first size of a window comes from its sizeHint(), measured without the height the
    // word-wrapped notes need at the real width: shown as it opens, none may be cut off.
    RuleOptionsDialog dialog(oneRuleConfig(), 1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int checked = 0;
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        ++checked;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3 at %4 px")
                                .arg(label->text().left(40))
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->width())));
    }
    QVERIFY(checked >= 3);
}

void TestRuleOptionsDialog::optionsSurviveSaveAndReload_data() {
    QTest::addColumn<QString>("fileName");
    QTest::newRow("rinetd.conf") << QStringLiteral("rules.conf");
    QTest::newRow("json") << QStringLiteral("rules.json");
}

void TestRuleOptionsDialog::optionsSurviveSaveAndReload() {
    QFETCH(QString, fileName);
    Config config = oneRuleConfig();
    RuleOptionsDialog dialog(config, 1);
    setEveryOption(&dialog);
    QVERIFY(okButton(&dialog)->isEnabled());
    config.rules[0] = dialog.rule();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QString error;
    QVERIFY2(saveConfigFile(config, path, &error), qPrintable(error));
    const ConfigLoadResult read = loadConfigFile(path);
    QVERIFY(read.readable);
    QVERIFY(!read.hasErrors());
    QCOMPARE(read.config.rules.size(), 1);
    const Rule &back = read.config.rules.at(0);
    verifyEveryOption(back);
    QCOMPARE(back.options, config.rules.at(0).options);

    // And the dialog reads them back as it wrote them.
    RuleOptionsDialog again(read.config, back.id);
    QCOMPARE(again.rule(), back);
    QVERIFY(child<QRadioButton>(&again, "targetOriginal")->isChecked());
    QCOMPARE(child<QLineEdit>(&again, "connectionRate")->text(), QStringLiteral("512k"));
    QCOMPARE(child<QSpinBox>(&again, "acceptProxyTimeout")->value(), 5);
}

QTEST_MAIN(TestRuleOptionsDialog)
#include "tst_ruleoptionsdialog.moc"
