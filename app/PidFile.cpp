#include "PidFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QByteArray pidLine() {
    return QByteArray::number(qint64(::getpid())) + '\n';
}

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

bool writeAll(int fd, const QByteArray &data) {
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

PidFile::~PidFile() {
    remove();
}

bool PidFile::write(const QString &path, QString *error) {
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("PidFile", "cannot write the pid file %1: %2")
                         .arg(path, reason);
        return false;
    };
    const QFileInfo info(path);
    const QByteArray directory = QFile::encodeName(info.absolutePath());
    struct stat dirStat;
    if (::stat(directory.constData(), &dirStat) != 0)
        return fail(errnoText(errno));
    // Anyone could replace the file there between our write and a reader (or plant a link to
    // make root overwrite another file): /tmp without its sticky bit, for instance.
    if ((dirStat.st_mode & S_IWOTH) && !(dirStat.st_mode & S_ISVTX))
        return fail(QCoreApplication::translate(
                        "PidFile", "the directory %1 is writable by everyone and has no sticky bit")
                        .arg(info.absolutePath()));

    // A new temporary file (O_EXCL: never an existing file or link), then rename() over the
    // path itself: a symbolic link planted at the path is replaced, never followed.
    QByteArray temporary =
        directory + '/' + QFile::encodeName(QLatin1Char('.') + info.fileName()) + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(errnoText(errno));
    // 0644 whatever the umask: monitoring tools that are not root read it.
    const bool written = ::fchmod(fd, 0644) == 0 && writeAll(fd, pidLine()) && ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    if (!written) {
        ::unlink(temporary.constData());
        return fail(errnoText(writeError));
    }
    if (::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        const int renameError = errno;
        ::unlink(temporary.constData());
        return fail(errnoText(renameError));
    }
    m_path = path;
    return true;
}

bool PidFile::remove(QString *error) {
    if (m_path.isEmpty())
        return true;
    const QString path = m_path;
    m_path.clear();
    const QByteArray name = QFile::encodeName(path);
    // Only our own file: another instance may have replaced it since (or a link stands there).
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return true;
    char buffer[64];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    if (n < 0 || QByteArray(buffer, int(n)) != pidLine())
        return true;
    if (::unlink(name.constData()) != 0 && errno != ENOENT) {
        if (error)
            *error = QCoreApplication::translate("PidFile", "cannot remove the pid file %1: %2")
                         .arg(path, errnoText(errno));
        return false;
    }
    return true;
}
