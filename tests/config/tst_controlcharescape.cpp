#include "ConfigDiagnostic.h"
#include "ControlCharEscape.h"

#include <QTest>

// Messages that quote input write control characters out, so that config text can neither
// forge a message line nor send escape sequences to a terminal.
class TestControlCharEscape : public QObject {
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void diagnosticIsOneLine();
};

void TestControlCharEscape::escapes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "rule 7 on 0.0.0.0"
                           << "rule 7 on 0.0.0.0";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("newline") << "a\nportrelay: forged"
                             << "a\\nportrelay: forged";
    QTest::newRow("carriage return") << "a\rb"
                                     << "a\\rb";
    QTest::newRow("escape sequence") << "\x1b[31mred\x1b[0m"
                                     << "\\x1b[31mred\\x1b[0m";
    QTest::newRow("nul") << QString(QChar(0)) + "x"
                         << "\\x00x";
    QTest::newRow("bell and del") << "\a\x7f"
                                  << "\\x07\\x7f";
    QTest::newRow("tab stays") << "a\tb"
                               << "a\tb";
    QTest::newRow("c1 csi") << QString(QChar(0x9b)) + "31m"
                            << "\\x9b31m";
    QTest::newRow("line separator") << QString(QChar(0x2028)) << "\\u2028";
    QTest::newRow("bidi override") << QString(QChar(0x202e)) + "abc"
                                   << "\\u202eabc";
    QTest::newRow("non-ascii text stays") << "Grüße ✓"
                                          << "Grüße ✓";
    QTest::newRow("backslash stays") << "C:\\path"
                                     << "C:\\path";
}

void TestControlCharEscape::escapes() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(escapeControlCharacters(text), expected);
}

void TestControlCharEscape::diagnosticIsOneLine() {
    ConfigDiagnostic d;
    d.file = QStringLiteral("rinetd.conf");
    d.line = 3;
    d.message = QStringLiteral("'evil\nrinetd.conf:1: error: forged' is not valid \x1b]0;title\a");
    const QString text = d.toString();
    QVERIFY(!text.contains(QLatin1Char('\n')));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x07)));
    QVERIFY2(text.contains(QLatin1String("evil\\nrinetd.conf:1")), qPrintable(text));
}

QTEST_APPLESS_MAIN(TestControlCharEscape)
#include "tst_controlcharescape.moc"
