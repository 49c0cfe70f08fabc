#include "PrivilegeDrop.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {
QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

bool PrivilegeDrop::prepare(const QString &userName, QString *error) {
    m_prepared = false;
    const QByteArray name = userName.toLocal8Bit();
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    if (size <= 0)
        size = 16384;
    std::vector<char> buffer(static_cast<size_t>(size));
    struct passwd entry;
    struct passwd *found = nullptr;
    const int rc = ::getpwnam_r(name.constData(), &entry, buffer.data(), buffer.size(), &found);
    if (found == nullptr) {
        *error = rc == 0 ? QCoreApplication::translate("PrivilegeDrop", "--user: unknown user %1")
                               .arg(userName)
                         : QCoreApplication::translate("PrivilegeDrop",
                                                       "--user: cannot look up user %1: %2")
                               .arg(userName, QString::fromLocal8Bit(std::strerror(rc)));
        return false;
    }
    if (::geteuid() != 0) {
        *error = QCoreApplication::translate(
                     "PrivilegeDrop",
                     "--user %1: only root can switch users (running as uid %2); start as root "
                     "or leave --user out")
                     .arg(userName)
                     .arg(::geteuid());
        return false;
    }
    m_userName = userName;
    m_uid = entry.pw_uid;
    m_gid = entry.pw_gid;
    m_prepared = true;
    return true;
}

bool PrivilegeDrop::apply(QString *error) {
    if (!m_prepared) {
        *error = QCoreApplication::translate("PrivilegeDrop", "--user: no user prepared");
        return false;
    }
    const QByteArray name = m_userName.toLocal8Bit();
    // Order matters: groups first, while still root; the uid last.
    if (::initgroups(name.constData(), m_gid) != 0) {
        *error = QCoreApplication::translate("PrivilegeDrop",
                                             "--user %1: cannot set supplementary groups: %2")
                     .arg(m_userName, systemError());
        return false;
    }
    if (::setgid(m_gid) != 0) {
        *error = QCoreApplication::translate("PrivilegeDrop", "--user %1: setgid(%2) failed: %3")
                     .arg(m_userName)
                     .arg(m_gid)
                     .arg(systemError());
        return false;
    }
    if (::setuid(m_uid) != 0) {
        *error = QCoreApplication::translate("PrivilegeDrop", "--user %1: setuid(%2) failed: %3")
                     .arg(m_userName)
                     .arg(m_uid)
                     .arg(systemError());
        return false;
    }
    // A process that could setuid(0) again has not dropped anything.
    if (m_uid != 0 && (::setuid(0) == 0 || ::geteuid() == 0)) {
        *error = QCoreApplication::translate("PrivilegeDrop",
                                             "--user %1: root privileges could be regained")
                     .arg(m_userName);
        return false;
    }
    return true;
}

bool PrivilegeDrop::handOver(const QString &path, QString *error) const {
    if (!m_prepared || path.isEmpty())
        return true;
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return true; // not there (it is created when next opened) or a link: nothing to give
    struct stat st;
    bool ok = true;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == 0 &&
        ::fchown(fd, m_uid, m_gid) != 0) {
        ok = false;
        *error =
            QCoreApplication::translate("PrivilegeDrop", "--user: cannot give %1 to user %2: %3")
                .arg(path, m_userName, systemError());
    }
    ::close(fd);
    return ok;
}
