#include "PrivilegedPort.h"

#include <QCoreApplication>
#include <QFile>

namespace PrivilegedPort {

quint16 unprivilegedPortStart() {
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (!file.open(QIODevice::ReadOnly))
        return 1024;
    bool ok = false;
    const int value = QString::fromLatin1(file.readAll()).trimmed().toInt(&ok);
    return ok && value >= 0 && value <= 65536 ? quint16(qMin(value, 65535)) : 1024;
}

bool needsPrivilege(quint16 port) {
    return port > 0 && port < unprivilegedPortStart();
}

QString permissionDeniedText(quint16 port, const QString &program) {
    const QString denied = QCoreApplication::translate("PrivilegedPort", "permission denied");
    if (!needsPrivilege(port))
        return denied;
    const QString path = program.isEmpty() ? QCoreApplication::applicationFilePath() : program;
    return QCoreApplication::translate(
               "PrivilegedPort",
               "%1: port %2 is below %3, which only root or a program with "
               "CAP_NET_BIND_SERVICE may bind. Choose one: run the rule in the PortRelay system "
               "service (portrelay.service binds as root, then runs as its own user); start "
               "portrelay --headless as root with --user NAME, which binds first and then drops "
               "to NAME; allow the program to bind low ports with \"sudo setcap "
               "cap_net_bind_service=+ep %4\"; or use port %3 or above.")
        .arg(denied)
        .arg(port)
        .arg(unprivilegedPortStart())
        .arg(path.isEmpty() ? QStringLiteral("portrelay") : path);
}

} // namespace PrivilegedPort
