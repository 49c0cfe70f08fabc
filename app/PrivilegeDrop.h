#pragma once

#include <QString>

#include <sys/types.h>

// Switching from root to an unprivileged account once the listeners are bound (--user NAME, like
// transproxy's -r). Checked in two steps so that a wrong user name fails before anything binds.
class PrivilegeDrop {
public:
    // Looks NAME up and checks that the process may switch to it (it must run as root).
    // False with *error otherwise.
    bool prepare(const QString &userName, QString *error);
    // Sets the supplementary groups, the group and the user of the whole process (glibc applies
    // set*id to every thread, including the engine's) and verifies root cannot be regained.
    bool apply(QString *error);

    uid_t uid() const { return m_uid; }
    gid_t gid() const { return m_gid; }

private:
    QString m_userName;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_prepared = false;
};
