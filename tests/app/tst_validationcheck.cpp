#include "ProgramRun.h"
#include "ValidationCases.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The validator's cases through `portrelay --check FILE`, read from its
// "FILE:LINE:COLUMN: error|warning: message" lines and its exit code.
class TestValidationCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cases_data();
    void cases();

private:
    QTemporaryDir m_dir;
    QString m_hostsFile;
};

void TestValidationCheck::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_hostsFile = m_dir.filePath(QStringLiteral("hosts"));
    QFile hosts(m_hostsFile);
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write(ValidationCases::hostsFileText().toUtf8());
}

void TestValidationCheck::cases_data() {
    QTest::addColumn<int>("index");
    const QVector<ValidationCase> &cases = ValidationCases::all();
    QVERIFY(cases.size() >= 60);
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).name) << i;
}

void TestValidationCheck::cases() {
    QFETCH(int, index);
    const ValidationCase &c = ValidationCases::all().at(index);
    const QString path = m_dir.filePath(QStringLiteral("case%1.conf").arg(index));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ValidationCases::fileText(c));
    file.close();
    QStringList elements;
    ValidationCases::config(c, &elements);

    // Names resolve from the case table's hosts file only, the same answers the other runners
    // get from ValidationCases::resolver().
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTRELAY_HOSTS_FILE"), m_hostsFile);
    const ProgramRun run =
        runProgram(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--check"), path}, 60000, env);
    QVERIFY2(run.finished, qPrintable(run.err));

    static const QRegularExpression diagnostic(
        QStringLiteral("^(.*):(\\d+):(\\d+): (error|warning): (.*)$"));
    QStringList verdicts;
    bool anyError = false;
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = diagnostic.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("not FILE:LINE:COLUMN: ") + line));
        QCOMPARE(m.captured(1), path);
        const int lineNo = m.captured(2).toInt();
        QVERIFY2(lineNo >= 1 && lineNo <= elements.size() && !elements.at(lineNo - 1).isEmpty(),
                 qPrintable(line));
        const bool isError = m.captured(4) == QLatin1String("error");
        anyError = anyError || isError;
        verdicts << elements.at(lineNo - 1) +
                        (isError ? QStringLiteral(":E") : QStringLiteral(":W"));
    }
    QCOMPARE(ValidationCases::normalized(verdicts), ValidationCases::expected(c));
    QCOMPARE(run.exitCode, anyError ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestValidationCheck)
#include "tst_validationcheck.moc"
