#include "PortRange.h"

#include <QtTest>

class tst_PortRange : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("errorOffset"); // -1: valid
        QTest::newRow("single") << "80" << 80 << 80 << -1;
        QTest::newRow("service") << "http" << 80 << 80 << -1;
        QTest::newRow("range") << "8000-8010" << 8000 << 8010 << -1;
        QTest::newRow("one-port range") << "8000-8000" << 8000 << 8000 << -1;
        QTest::newRow("full") << "1-65535" << 1 << 65535 << -1;
        QTest::newRow("reversed") << "8010-8000" << 0 << 0 << 5;
        QTest::newRow("end over 65535") << "65000-65536" << 0 << 0 << 6;
        QTest::newRow("start zero") << "0-10" << 0 << 0 << 0;
        QTest::newRow("start huge") << "999999-1" << 0 << 0 << 0;
        QTest::newRow("not a port") << "80x" << 0 << 0 << 0;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, errorOffset);
        QString error;
        int offset = -1;
        const std::optional<PortRange> range =
            PortRange::parse(text, Protocol::Tcp, &error, &offset);
        if (errorOffset < 0) {
            QVERIFY2(range, qPrintable(error));
            QCOMPARE(int(range->first), first);
            QCOMPARE(int(range->last), last);
        } else {
            QVERIFY(!range);
            QVERIFY(!error.isEmpty());
            QCOMPARE(offset, errorOffset);
        }
    }

    void forwardedPortsKeepOffsets() {
        Rule rule;
        rule.bindPort = QStringLiteral("8000-8002");
        rule.connectPort = QStringLiteral("9000-9002");
        const QVector<QPair<quint16, quint16>> expected = {
            {8000, 9000}, {8001, 9001}, {8002, 9002}};
        QCOMPARE(forwardedPorts(rule), expected);
        rule.connectPort = QStringLiteral("9000");
        const QVector<QPair<quint16, quint16>> manyToOne = {
            {8000, 9000}, {8001, 9000}, {8002, 9000}};
        QCOMPARE(forwardedPorts(rule), manyToOne);
        rule.connectPort = QStringLiteral("9000-9001");
        QString error;
        QVERIFY(forwardedPorts(rule, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("9000-9001")));
        rule.bindPort = QStringLiteral("8000");
        QVERIFY(forwardedPorts(rule, &error).isEmpty()); // one bind port, several targets
    }
};

QTEST_GUILESS_MAIN(tst_PortRange)
#include "tst_portrange.moc"
