#include "PidFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestPidFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesPidAndRemovesOnDestruction();
    void replacesStaleFile();
    void leavesForeignFileAlone();
    void reportsUnwritableDirectory();
};

namespace {
QByteArray ownPidLine() {
    return QByteArray::number(qint64(::getpid())) + '\n';
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}
} // namespace

void TestPidFile::writesPidAndRemovesOnDestruction() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("portrelay.pid"));
    {
        PidFile pidFile;
        QString error;
        QVERIFY2(pidFile.write(path, &error), qPrintable(error));
        QVERIFY(pidFile.isWritten());
        QCOMPARE(readAll(path), ownPidLine());
        QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ReadOther));
        // No temporary file is left next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
    QVERIFY(!QFile::exists(path));
}

void TestPidFile::replacesStaleFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stale.pid"));
    {
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("999999999\n");
    }
    PidFile pidFile;
    QString error;
    QVERIFY2(pidFile.write(path, &error), qPrintable(error));
    QCOMPARE(readAll(path), ownPidLine());
    QVERIFY(pidFile.remove(&error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!pidFile.isWritten());
}

void TestPidFile::leavesForeignFileAlone() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("taken.pid"));
    PidFile pidFile;
    QString error;
    QVERIFY2(pidFile.write(path, &error), qPrintable(error));
    // Another instance took the file over: removing it would lose its pid.
    {
        QFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write("1\n");
    }
    QVERIFY(pidFile.remove(&error));
    QCOMPARE(readAll(path), QByteArray("1\n"));
}

void TestPidFile::reportsUnwritableDirectory() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/dir/portrelay.pid"));
    PidFile pidFile;
    QString error;
    QVERIFY(!pidFile.write(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!pidFile.isWritten());
}

QTEST_GUILESS_MAIN(TestPidFile)
#include "tst_pidfile.moc"
