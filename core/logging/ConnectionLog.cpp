#include "ConnectionLog.h"

#include "LogLineFormatter.h"

#include <QCoreApplication>

#include <ctime>

ConnectionLog::ConnectionLog(QObject *parent)
    : QObject(parent) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConnectionLog::flush);
}

ConnectionLog::~ConnectionLog() {
    close();
}

bool ConnectionLog::open(const QString &path, LogFormat format, QString *error) {
    close();
    m_format = format;
    if (path.isEmpty() || format == LogFormat::None)
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error) {
            *error = QCoreApplication::translate("ConnectionLog", "could not open %1 to append: %2")
                         .arg(path, m_file.errorString());
        }
        return false;
    }
    return true;
}

void ConnectionLog::close() {
    flush();
    if (m_file.isOpen())
        m_file.close();
    m_pending.clear();
}

void ConnectionLog::write(const LogEvent &event) {
    if (!m_file.isOpen() || m_format == LogFormat::None)
        return;
    LogLineFormatter::append(m_pending, m_format, event, std::time(nullptr));
    if (m_pending.size() >= kFlushThresholdBytes)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ConnectionLog::flush() {
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_file.isOpen())
        return;
    m_file.write(m_pending);
    m_pending.clear();
}
