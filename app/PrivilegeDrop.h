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
    // Before apply(): gives PATH (a regular file root created, such as the connection log) to
    // the target user, so that reopening it after a SIGHUP works once root is gone. A link is
    // not followed; a file owned by another user than root is left alone. True when there is
    // nothing to do.
    bool handOver(const QString &path, QString *error) const;

    uid_t uid() const { return m_uid; }
    gid_t gid() const { return m_gid; }

private:
    QString m_userName;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_prepared = false;
};
