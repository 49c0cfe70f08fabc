#include "ConfigValidator.h"
#include "RelayOptions.h"

#include <QTest>

class TestRelayOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rates_data();
    void rates();
    void rateTextRoundTrips();
    void ftpModes();
    void validator_data();
    void validator();
};

void TestRelayOptions::rates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("bytes"); // 0: invalid
    QTest::newRow("plain") << "1500" << quint64(1500);
    QTest::newRow("k") << "512k" << quint64(512 * 1024);
    QTest::newRow("K") << "512K" << quint64(512 * 1024);
    QTest::newRow("M") << "1M" << quint64(1024 * 1024);
    QTest::newRow("m") << "3m" << quint64(3 * 1024 * 1024);
    QTest::newRow("G") << "2G" << quint64(2) * 1024 * 1024 * 1024;
    QTest::newRow("zero") << "0" << quint64(0);
    QTest::newRow("empty") << "" << quint64(0);
    QTest::newRow("suffix only") << "k" << quint64(0);
    QTest::newRow("negative") << "-5" << quint64(0);
    QTest::newRow("fraction") << "1.5M" << quint64(0);
    QTest::newRow("T") << "1T" << quint64(0);
    QTest::newRow("blank") << "1 M" << quint64(0);
    QTest::newRow("too large") << "2048G" << quint64(0);
    QTest::newRow("overflow") << "99999999999999999999" << quint64(0);
}

void TestRelayOptions::rates() {
    QFETCH(QString, text);
    QFETCH(quint64, bytes);
    QCOMPARE(RelayOptions::parseRate(text).value_or(0), bytes);
    QCOMPARE(RelayOptions::valueError(QStringLiteral("rate"), text).isEmpty(), bytes != 0);
    QCOMPARE(RelayOptions::valueError(QStringLiteral("rate-rule"), text).isEmpty(), bytes != 0);
}

void TestRelayOptions::rateTextRoundTrips() {
    for (quint64 bytes : {quint64(1), quint64(1000), quint64(1024), quint64(1536 * 1024),
                          quint64(1024 * 1024 * 1024), quint64(125000)}) {
        const QString text = RelayOptions::formatRate(bytes);
        QCOMPARE(RelayOptions::parseRate(text).value_or(0), bytes);
    }
    QCOMPARE(RelayOptions::formatRate(1024 * 1024), QStringLiteral("1M"));
}

void TestRelayOptions::ftpModes() {
    using RelayOptions::FtpMode;
    QCOMPARE(RelayOptions::parseFtpMode(QStringLiteral("passive")), FtpMode::Passive);
    QCOMPARE(RelayOptions::parseFtpMode(QStringLiteral("PASV")), FtpMode::Passive);
    QCOMPARE(RelayOptions::parseFtpMode(QStringLiteral("active")), FtpMode::Active);
    QCOMPARE(RelayOptions::parseFtpMode(QStringLiteral("port")), FtpMode::Active);
    QCOMPARE(RelayOptions::parseFtpMode(QStringLiteral("Both")), FtpMode::Both);
    QVERIFY(!RelayOptions::parseFtpMode(QStringLiteral("portable")));
    Rule rule;
    QCOMPARE(RelayOptions::ftpMode(rule), FtpMode::Off);
    rule.setOption(QStringLiteral("ftp"), QStringLiteral("both"));
    QCOMPARE(RelayOptions::ftpMode(rule), FtpMode::Both);
    QVERIFY(!RelayOptions::isTransparent(rule));
    rule.setOption(QStringLiteral("transparent"), QStringLiteral("on"));
    QVERIFY(RelayOptions::isTransparent(rule));
}

void TestRelayOptions::validator_data() {
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("options"); // name=value,...
    QTest::addColumn<int>("errors");
    QTest::newRow("all valid") << "tcp"
                               << "ftp=both,rate=1M,rate-rule=8M,transparent=yes" << 0;
    QTest::newRow("bad rate") << "tcp"
                              << "rate=fast" << 1;
    QTest::newRow("bad rule rate") << "tcp"
                                   << "rate-rule=0" << 1;
    QTest::newRow("bad ftp") << "tcp"
                             << "ftp=yes" << 1;
    QTest::newRow("bad transparent") << "tcp"
                                     << "transparent=2" << 1;
    QTest::newRow("ftp on udp") << "udp"
                                << "ftp=passive" << 1;
    QTest::newRow("rate on udp") << "udp"
                                 << "rate=1M" << 1;
    QTest::newRow("transparent with src") << "tcp"
                                          << "transparent=yes,src=10.0.0.1" << 1;
    QTest::newRow("transparent off with src") << "tcp"
                                              << "transparent=no,src=10.0.0.1" << 0;
}

void TestRelayOptions::validator() {
    QFETCH(QString, protocol);
    QFETCH(QString, options);
    QFETCH(int, errors);
    Config config;
    Rule rule;
    rule.id = 1;
    rule.bindHost = QStringLiteral("0.0.0.0");
    rule.bindPort = QStringLiteral("2121");
    rule.connectHost = QStringLiteral("127.0.0.1");
    rule.connectPort = QStringLiteral("21");
    rule.bindProtocol = rule.connectProtocol =
        protocol == QLatin1String("udp") ? Protocol::Udp : Protocol::Tcp;
    for (const QString &item : options.split(QLatin1Char(','))) {
        const QStringList parts = item.split(QLatin1Char('='));
        rule.options << RuleOption{parts.at(0), parts.at(1)};
    }
    config.rules << rule;
    const QVector<ConfigDiagnostic> found = ConfigValidator::validate(config, QStringLiteral("f"));
    int count = 0;
    for (const ConfigDiagnostic &d : found)
        count += d.isError() ? 1 : 0;
    QCOMPARE(count, errors);
    // PortRelay's own options are no surprise to PortRelay: no warning about them.
    for (const ConfigDiagnostic &d : found)
        QVERIFY2(d.isError(), qPrintable(d.toString()));
}

QTEST_GUILESS_MAIN(TestRelayOptions)
#include "tst_relayoptions.moc"
