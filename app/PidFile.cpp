#include "PidFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <unistd.h>

namespace {
QByteArray pidLine() {
    return QByteArray::number(qint64(::getpid())) + '\n';
}
} // namespace

PidFile::~PidFile() {
    remove();
}

bool PidFile::write(const QString &path, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pidLine()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("PidFile", "cannot write the pid file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    // 0644 whatever the umask: monitoring tools that are not root read it.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    m_path = path;
    return true;
}

bool PidFile::remove(QString *error) {
    if (m_path.isEmpty())
        return true;
    const QString path = m_path;
    m_path.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    // Only our own file: another instance may have replaced it since.
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray content = file.read(64);
        file.close();
        if (content != pidLine())
            return true;
    }
    if (!file.remove()) {
        if (error)
            *error = QCoreApplication::translate("PidFile", "cannot remove the pid file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}
