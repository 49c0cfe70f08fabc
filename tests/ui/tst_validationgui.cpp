#include "Document.h"
#include "RuleTableModel.h"
#include "RuleValidator.h"
#include "ValidationCases.h"

#include <QTest>

// The validator's cases through the editor: the config as a user types it into the table,
// RuleValidator's problems shown by RuleTableModel on the rule's cells.
class TestValidationGui : public QObject {
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
};

void TestValidationGui::cases_data() {
    QTest::addColumn<int>("index");
    const QVector<ValidationCase> &cases = ValidationCases::all();
    QVERIFY(cases.size() >= 60);
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).name) << i;
}

void TestValidationGui::cases() {
    QFETCH(int, index);
    const ValidationCase &c = ValidationCases::all().at(index);
    Document document;
    document.reset(ValidationCases::config(c), QString(), false);
    RuleTableModel model(&document);
    const QVector<RuleValidator::Problem> problems =
        RuleValidator::validate(document.config(), ValidationCases::resolver());
    model.setProblems(problems);

    QStringList verdicts;
    for (const RuleValidator::Problem &p : problems) {
        // The other side of a conflict is marked too, but the verdict is the rule's own.
        if (p.isRelated)
            continue;
        const QString severity = p.isError ? QStringLiteral(":E") : QStringLiteral(":W");
        if (p.ruleId == 0) {
            verdicts << QStringLiteral("g") + severity;
            continue;
        }
        const int row = model.rowForId(p.ruleId);
        QVERIFY(row >= 0);
        // What the table shows on the cell of the problem's field.
        const QModelIndex cell =
            model.index(row, RuleTableModel::col(RuleTableModel::columnFor(p.field)));
        QVERIFY2(!cell.data(RuleTableModel::ProblemRole).toString().isEmpty(),
                 qPrintable(p.message));
        QCOMPARE(cell.data(RuleTableModel::ProblemIsErrorRole).toBool(), p.isError);
        verdicts << QStringLiteral("r%1").arg(row + 1) + severity;
    }
    QCOMPARE(ValidationCases::normalized(verdicts), ValidationCases::expected(c));
}

QTEST_MAIN(TestValidationGui)
#include "tst_validationgui.moc"
