#include "PidFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestPidFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesPidAndRemovesOnDestruction();
    void replacesStaleFile();
    void leavesForeignFileAlone();
    void reportsUnwritableDirectory();
    void replacesSymlinkWithoutFollowingIt();
    void modeIs0644WhateverTheUmask();
    void refusesWorldWritableDirectoryWithoutStickyBit();
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

// A link planted at the pid file's path must be replaced, its target left as it was (the writer
// used to resolve the link and rename over the target, making a 0600 file 0644).
void TestPidFile::replacesSymlinkWithoutFollowingIt() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("secret"));
    {
        QFile secret(target);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("secret\n");
    }
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0600) == 0);
    const QString path = dir.filePath(QStringLiteral("portrelay.pid"));
    QVERIFY(QFile::link(target, path));
    PidFile pidFile;
    QString error;
    QVERIFY2(pidFile.write(path, &error), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("secret\n"));
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(target).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    QVERIFY(S_ISREG(st.st_mode));
    QCOMPARE(readAll(path), ownPidLine());
}

void TestPidFile::modeIs0644WhateverTheUmask() {
    for (const mode_t mask : {mode_t(0), mode_t(022), mode_t(077)}) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("portrelay.pid"));
        const mode_t old = ::umask(mask);
        PidFile pidFile;
        QString error;
        const bool written = pidFile.write(path, &error);
        ::umask(old);
        QVERIFY2(written, qPrintable(error));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0644));
    }
}

void TestPidFile::refusesWorldWritableDirectoryWithoutStickyBit() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray dirName = QFile::encodeName(dir.path());
    const QString path = dir.filePath(QStringLiteral("portrelay.pid"));
    QVERIFY(::chmod(dirName.constData(), 0777) == 0);
    PidFile pidFile;
    QString error;
    QVERIFY(!pidFile.write(path, &error));
    QVERIFY2(error.contains(QLatin1String("sticky")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // /tmp's mode: everyone writes, but only the owner may replace a file.
    QVERIFY(::chmod(dirName.constData(), 01777) == 0);
    QVERIFY2(pidFile.write(path, &error), qPrintable(error));
    QCOMPARE(readAll(path), ownPidLine());
}

QTEST_GUILESS_MAIN(TestPidFile)
#include "tst_pidfile.moc"
