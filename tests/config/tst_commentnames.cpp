#include "CommentNames.h"
#include "RinetdConfigParser.h"

#include <QTest>

class TestCommentNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposesTheCommentAboveUnnamedRules();
};

void TestCommentNames::proposesTheCommentAboveUnnamedRules() {
    RinetdConfigParser parser(QStringLiteral("t.conf"));
    const Config config = parser.parse("# bindaddress bindport connectaddress connectport\n"
                                       "127.0.0.1 20001 127.0.0.1 30001\n"
                                       "# web server\n"
                                       "127.0.0.1 20002 127.0.0.1 30002\n"
                                       "#0.0.0.0 80 127.0.0.1 8080\n"
                                       "127.0.0.1 20003 127.0.0.1 30003\n"
                                       "# parted by a blank line\n"
                                       "\n"
                                       "127.0.0.1 20004 127.0.0.1 30004\n"
                                       "#portrelay: name=named already\n"
                                       "127.0.0.1 20005 127.0.0.1 30005\n"
                                       "127.0.0.1 20006 127.0.0.1 30006 # trailing is not above\n");
    QCOMPARE(config.rules.size(), 6);
    const QVector<CommentNameProposal> proposals = CommentNameProposal::propose(config);
    QCOMPARE(proposals.size(), 3);
    QCOMPARE(proposals.at(0).ruleId, config.rules.at(0).id);
    QVERIFY(!proposals.at(0).recommended); // a column header
    QCOMPARE(proposals.at(1).ruleId, config.rules.at(1).id);
    QCOMPARE(proposals.at(1).name, QStringLiteral("web server"));
    QCOMPARE(proposals.at(1).comment, QStringLiteral("# web server"));
    QVERIFY(proposals.at(1).recommended);
    QCOMPARE(proposals.at(2).ruleId, config.rules.at(2).id);
    QVERIFY(!proposals.at(2).recommended); // a commented-out forwarding
    // Nothing is named by the reader itself.
    for (const Rule &rule : config.rules)
        QVERIFY(rule.name.isEmpty() || rule.name == QLatin1String("named already"));
}

QTEST_MAIN(TestCommentNames)
#include "tst_commentnames.moc"
