#include "SystemServiceChoice.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QMessageBox>
#include <QPushButton>

QString SystemServiceChoice::socketPath() {
    const QString override = qEnvironmentVariable("PORTRELAY_SERVICE_SOCKET");
    return override.isEmpty() ? QStringLiteral("/run/portrelay/control.sock") : override;
}

QString SystemServiceChoice::runningServiceSocket(int timeoutMs) {
    const QString socket = socketPath();
    if (!QFileInfo::exists(socket))
        return QString();
    QLocalSocket probe;
    probe.connectToServer(socket);
    if (!probe.waitForConnected(timeoutMs))
        return QString();
    probe.abort();
    return socket;
}

QString SystemServiceChoice::ask(QWidget *parent) {
    const QString socket = runningServiceSocket();
    if (socket.isEmpty())
        return QString();
    QMessageBox box(QMessageBox::Question, QStringLiteral("PortRelay"),
                    tr("The PortRelay system service is running on this computer. Manage its "
                       "rules, or start a local session with rules of your own?"),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("startupChoice"));
    QPushButton *service = box.addButton(tr("Manage the &Service"), QMessageBox::AcceptRole);
    service->setObjectName(QStringLiteral("manageService"));
    QPushButton *local = box.addButton(tr("&Local Session"), QMessageBox::RejectRole);
    local->setObjectName(QStringLiteral("localSession"));
    box.setDefaultButton(service);
    box.setEscapeButton(local);
    box.exec();
    return box.clickedButton() == service ? socket : QString();
}
