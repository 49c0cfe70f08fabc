#pragma once

#include <QString>
#include <QtGlobal>

// Ports below net.ipv4.ip_unprivileged_port_start (1024 unless changed) need root or
// CAP_NET_BIND_SERVICE. A "permission denied" there says nothing to an admin who did not
// know; these texts say why and what the choices are.
namespace PrivilegedPort {

// The first port anyone may bind (the sysctl, read each time; 1024 where it cannot be read).
quint16 unprivilegedPortStart();
// Whether binding PORT needs privileges on this host.
bool needsPrivilege(quint16 port);
// The whole reason for a bind of PORT refused with EACCES/EPERM: "permission denied" and,
// for a port that needs privileges, the ways to get there. PROGRAM is the executable
// setcap would be given (the running program when empty).
QString permissionDeniedText(quint16 port, const QString &program = QString());

} // namespace PrivilegedPort
