#include "SyslogWriter.h"

#include <QDateTime>
#include <QLocale>
#include <QMutexLocker>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

SyslogWriter &SyslogWriter::instance() {
    static SyslogWriter writer;
    return writer;
}

QString SyslogWriter::socketPath() {
    const QString path = qEnvironmentVariable("PORTRELAY_SYSLOG_SOCKET");
    return path.isEmpty() ? QStringLiteral("/dev/log") : path;
}

void SyslogWriter::open(const QString &ident, Facility facility) {
    QMutexLocker locker(&m_mutex);
    m_ident = ident.toLocal8Bit();
    m_facility = facility;
    m_open = true;
    connectLocked();
}

void SyslogWriter::close() {
    QMutexLocker locker(&m_mutex);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_open = false;
}

bool SyslogWriter::isOpen() const {
    QMutexLocker locker(&m_mutex);
    return m_open;
}

bool SyslogWriter::connectLocked() {
    if (m_fd >= 0)
        return true;
    const QByteArray path = socketPath().toLocal8Bit();
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

QByteArray SyslogWriter::format(int facility, Severity severity, const QByteArray &ident,
                                qint64 pid, const QString &text) {
    // RFC 3164's timestamp is in English whatever the locale, the day padded with a blank.
    const QDateTime now = QDateTime::currentDateTime();
    const QString stamp = QLocale::c().toString(now, QStringLiteral("MMM")) +
                          QStringLiteral(" %1 ").arg(now.date().day(), 2, 10, QLatin1Char(' ')) +
                          now.toString(QStringLiteral("hh:mm:ss"));
    QByteArray body;
    const QByteArray utf8 = text.toUtf8();
    body.reserve(utf8.size());
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            body += '#' + QByteArray::number(u, 8).rightJustified(3, '0');
        else
            body += c;
    }
    return '<' + QByteArray::number(facility * 8 + int(severity)) + '>' + stamp.toLatin1() + ' ' +
           ident + '[' + QByteArray::number(pid) + "]: " + body;
}

void SyslogWriter::write(Severity severity, const QString &text) {
    QMutexLocker locker(&m_mutex);
    if (!m_open)
        return;
    const QByteArray datagram = format(m_facility, severity, m_ident, ::getpid(), text);
    if (!connectLocked())
        return;
    if (::send(m_fd, datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL) < 0) {
        // The daemon restarted (its socket is new): reconnect once.
        ::close(m_fd);
        m_fd = -1;
        if (connectLocked())
            ::send(m_fd, datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL);
    }
}
