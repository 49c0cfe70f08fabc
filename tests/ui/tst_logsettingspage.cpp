#include "LogFileFollower.h"
#include "LogSettingsPage.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
void append(const QString &path, const QByteArray &data,
            QIODevice::OpenMode mode = QIODevice::Append) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | mode));
    QCOMPARE(file.write(data), qint64(data.size()));
}

QStringList collected(const QSignalSpy &spy) {
    QStringList lines;
    for (const QList<QVariant> &args : spy)
        lines += args.at(0).toStringList();
    return lines;
}
} // namespace

class TestLogSettingsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followerReportsAppendedLines();
    void followerStartsOverAfterTruncation();
    void followerShowsOnlyTheTail();
    void pageShowsSettingsAndLiveLines();
};

void TestLogSettingsPage::followerReportsAppendedLines() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relay.log"));
    append(path, "first\nsecond\n");
    LogFileFollower follower;
    QSignalSpy lines(&follower, &LogFileFollower::linesAppended);
    follower.follow(path);
    QCOMPARE(collected(lines), QStringList({"first", "second"}));

    append(path, "third\npart");
    QTRY_COMPARE_WITH_TIMEOUT(collected(lines), QStringList({"first", "second", "third"}), 10000);
    // An incomplete line waits for its newline.
    append(path, "ial\n");
    QTRY_COMPARE_WITH_TIMEOUT(collected(lines),
                              QStringList({"first", "second", "third", "partial"}), 10000);
}

void TestLogSettingsPage::followerStartsOverAfterTruncation() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relay.log"));
    append(path, "old line one\nold line two\n");
    LogFileFollower follower;
    follower.follow(path);
    QSignalSpy restarted(&follower, &LogFileFollower::restarted);
    QSignalSpy lines(&follower, &LogFileFollower::linesAppended);
    append(path, "new\n", QIODevice::Truncate); // rotated by copy-truncate
    QTRY_COMPARE_WITH_TIMEOUT(collected(lines), QStringList({"new"}), 10000);
    QVERIFY(restarted.count() >= 1);
}

void TestLogSettingsPage::followerShowsOnlyTheTail() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relay.log"));
    QByteArray big;
    for (int i = 0; i < 1000; ++i)
        big += "line " + QByteArray::number(i) + '\n';
    append(path, big);
    LogFileFollower follower;
    QSignalSpy lines(&follower, &LogFileFollower::linesAppended);
    follower.follow(path, 100);
    const QStringList got = collected(lines);
    QVERIFY(!got.isEmpty());
    QVERIFY(got.size() < 30);
    QCOMPARE(got.last(), QStringLiteral("line 999"));
    QVERIFY(got.first().startsWith(QStringLiteral("line 9"))); // whole lines only
}

void TestLogSettingsPage::pageShowsSettingsAndLiveLines() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relay.log"));
    append(path,
           "2026-01-01 "
           "12:00:00\t127.0.0.1\t127.0.0.1\t8080\t127.0.0.1\t80\t10\t20\tdone-local-closed\n");
    LogSettingsPage page;
    page.setSettings(path, LogFormat::Common);
    auto *pathEdit = page.findChild<QLineEdit *>(QStringLiteral("logFilePath"));
    auto *format = page.findChild<QComboBox *>(QStringLiteral("logFormat"));
    auto *view = page.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
    QVERIFY(pathEdit && format && view);
    QCOMPARE(pathEdit->text(), path);
    QCOMPARE(format->currentData().toInt(), int(LogFormat::Common));
    QVERIFY(view->toPlainText().contains(QStringLiteral("done-local-closed")));
    append(path, "another connection\n");
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral("another connection")),
                             10000);

    QSignalSpy fileEdited(&page, &LogSettingsPage::logFileEdited);
    QSignalSpy formatEdited(&page, &LogSettingsPage::logFormatEdited);
    format->setCurrentIndex(format->findData(int(LogFormat::PortRelay)));
    QCOMPARE(formatEdited.count(), 1);
    QCOMPARE(formatEdited.at(0).at(0).value<LogFormat>(), LogFormat::PortRelay);
    pathEdit->setText(dir.filePath(QStringLiteral("other.log")));
    Q_EMIT pathEdit->editingFinished();
    QCOMPARE(fileEdited.count(), 1);
    QCOMPARE(fileEdited.at(0).at(0).toString(), dir.filePath(QStringLiteral("other.log")));
    QTRY_VERIFY(view->toPlainText().isEmpty()); // following the new (missing) file now
}

QTEST_MAIN(TestLogSettingsPage)
#include "tst_logsettingspage.moc"
