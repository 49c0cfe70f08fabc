#include "SystemServiceChoice.h"

#include <QLocalServer>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class TestSystemServiceChoice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void noSocketAsksNothing();
    void socketLeftBehindAsksNothing();
    void runningServiceIsOffered_data();
    void runningServiceIsOffered();

private:
    QTemporaryDir m_dir;
    QString m_socket;
};

void TestSystemServiceChoice::init() {
    QVERIFY(m_dir.isValid());
    m_socket = m_dir.filePath(QStringLiteral("control.sock"));
    QFile::remove(m_socket);
    qputenv("PORTRELAY_SERVICE_SOCKET", QFile::encodeName(m_socket));
}

void TestSystemServiceChoice::noSocketAsksNothing() {
    QCOMPARE(SystemServiceChoice::socketPath(), m_socket);
    QCOMPARE(SystemServiceChoice::ask(), QString());
}

void TestSystemServiceChoice::socketLeftBehindAsksNothing() {
    // A bound socket nobody listens on: what a service killed without cleaning up leaves.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(m_socket);
    qstrncpy(address.sun_path, path.constData(), sizeof address.sun_path);
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    ::close(fd);
    QVERIFY(QFile::exists(m_socket));
    QCOMPARE(SystemServiceChoice::runningServiceSocket(), QString());
    QCOMPARE(SystemServiceChoice::ask(), QString());
}

void TestSystemServiceChoice::runningServiceIsOffered_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("connects");
    QTest::newRow("manage the service") << "manageService" << true;
    QTest::newRow("local session") << "localSession" << false;
}

void TestSystemServiceChoice::runningServiceIsOffered() {
    QFETCH(QString, button);
    QFETCH(bool, connects);
    QLocalServer service;
    QVERIFY(service.listen(m_socket));
    QCOMPARE(SystemServiceChoice::runningServiceSocket(), m_socket);
    bool asked = false;
    // Answered once the dialog is up (the modal test idiom: scheduled before exec()).
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->objectName() == QLatin1String("startupChoice");
        if (auto *b = box->findChild<QPushButton *>(button))
            b->click();
        else
            box->reject();
    });
    const QString chosen = SystemServiceChoice::ask();
    QVERIFY(asked);
    QCOMPARE(chosen, connects ? m_socket : QString());
}

QTEST_MAIN(TestSystemServiceChoice)
#include "tst_systemservicechoice.moc"
