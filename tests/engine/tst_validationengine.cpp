#include "ConfigValidator.h"
#include "EngineFixture.h"
#include "ValidationCases.h"

#include <QProcess>
#include <QTest>

#include <sched.h>

// The validator's cases through RelayEngine::apply(): a rule with an error verdict is refused
// (state Error, the validator's message), every other rule is not refused by validation. The
// rules bind wildcard and privileged ports, so the test runs in a network namespace of its own.
class TestValidationEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cases_data();
    void cases();
};

void TestValidationEngine::initTestCase() {
    if (unshare(CLONE_NEWNET) != 0)
        QSKIP("cannot create a network namespace (needs root or user namespaces)");
    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                    QStringLiteral("lo"), QStringLiteral("up")});
    if (!ip.waitForFinished(10000) || ip.exitCode() != 0)
        QSKIP("cannot bring up loopback in the test's network namespace (ip from iproute2)");
}

void TestValidationEngine::cases_data() {
    QTest::addColumn<int>("index");
    const QVector<ValidationCase> &cases = ValidationCases::all();
    QVERIFY(cases.size() >= 60);
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).name) << i;
}

void TestValidationEngine::cases() {
    QFETCH(int, index);
    const ValidationCase &c = ValidationCases::all().at(index);
    const Config config = ValidationCases::config(c);
    EngineFixture engine;
    const std::shared_ptr<const HostResolver> resolver = ValidationCases::resolver();
    engine.onEngine([resolver](RelayEngine *e) { e->setHostResolver(resolver); });
    QVERIFY(engine.apply(config));

    // The messages a refusal by the validator carries; any other failure (an address this
    // namespace does not have, protocols the engine does not relay) is the kernel's or the
    // engine's and says nothing about validation.
    ConfigValidator::Options options;
    options.resolver = resolver;
    QStringList validatorMessages;
    for (const ValidationFinding &f : ConfigValidator::check(config, options))
        validatorMessages << QStringLiteral("%1: %2").arg(f.ruleId).arg(f.message);

    QStringList refused;
    for (const QString &error : engine.lastErrors()) {
        if (validatorMessages.contains(error))
            refused << QStringLiteral("r%1:E").arg(error.section(QLatin1Char(':'), 0, 0));
    }
    QStringList expectedErrors;
    for (const QString &verdict : ValidationCases::expected(c)) {
        // Disabled rules never start, so the engine has no verdict to give on them.
        const int rule = verdict.mid(1).section(QLatin1Char(':'), 0, 0).toInt();
        if (verdict.endsWith(QLatin1String(":E")) && verdict.startsWith(QLatin1Char('r')) &&
            config.rules.at(rule - 1).enabled)
            expectedErrors << verdict;
    }
    QCOMPARE(ValidationCases::normalized(refused), ValidationCases::normalized(expectedErrors));
    for (const QString &verdict : expectedErrors) {
        const int ruleId = verdict.mid(1).section(QLatin1Char(':'), 0, 0).toInt();
        QVERIFY(engine.waitForRule(ruleId,
                                   [](const RuleStats &s) { return s.state == RuleState::Error; }));
    }
    engine.shutdown();
}

QTEST_GUILESS_MAIN(TestValidationEngine)
#include "tst_validationengine.moc"
