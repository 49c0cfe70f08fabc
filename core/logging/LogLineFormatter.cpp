#include "LogLineFormatter.h"

#include <cstdio>

namespace {

// rinetd never calls setlocale(), so its strftime("%b") always gives the C locale's English
// month names; QCoreApplication does call setlocale(), so the names are spelled out here.
const char *const kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// "%d/%b/%Y:%H:%M:%S " (with rinetd's trailing space) and the UTC offset in minutes.
QByteArray timeText(time_t when, long *offsetMinutes) {
    struct tm local {};
    localtime_r(&when, &local);
    *offsetMinutes = local.tm_gmtoff / 60;
    char text[64];
    const int month = local.tm_mon >= 0 && local.tm_mon < 12 ? local.tm_mon : 0;
    const int n = std::snprintf(text, sizeof text, "%02d/%s/%04d:%02d:%02d:%02d ", local.tm_mday,
                                kMonths[month], local.tm_year + 1900, local.tm_hour, local.tm_min,
                                local.tm_sec);
    return QByteArray(text, n);
}

} // namespace

const char *LogEvent::resultText(Result result) {
    switch (result) {
    case Result::Opened:
        return "opened";
    case Result::LocalClosedFirst:
        return "done-local-closed";
    case Result::RemoteClosedFirst:
        return "done-remote-closed";
    case Result::Denied:
        return "denied";
    case Result::NotAllowed:
        return "not-allowed";
    case Result::LocalConnectFailed:
        return "local-connect-failed -";
    case Result::LocalSocketFailed:
        return "local-socket-failed -";
    case Result::LocalBindFailed:
        return "local-bind-failed -";
    case Result::IdleTimeout:
        return "done-idle-timeout";
    case Result::ClosedByOperator:
        return "done-closed";
    }
    return "unknown-error";
}

QByteArray LogLineFormatter::clientText(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also true for ::ffff:a.b.c.d
    if (isV4)
        return QHostAddress(v4).toString().toLatin1();
    if (address.isNull())
        return QByteArrayLiteral("?");
    return address.toString().toLatin1();
}

void LogLineFormatter::append(QByteArray &out, LogFormat format, const LogEvent &event,
                              time_t when) {
    if (format == LogFormat::None)
        return;
    long offset = 0;
    const QByteArray time = timeText(when, &offset);
    const QByteArray client = clientText(event.client);
    const QByteArray bindHost = event.bindHost.toUtf8();
    const QByteArray connectHost = event.connectHost.toUtf8();
    const char *result = LogEvent::resultText(event.result);

    if (format == LogFormat::Common) {
        // %s - - [%s %c%.2d%.2d] "GET /rinetd-services/%s/%d/%s/%d/%s HTTP/1.0" 200 %llu - - - %llu
        const char sign = offset < 0 ? '-' : '+';
        // rinetd assumes an offset under 24 hours; so does this (and keeps the text bounded).
        const int absOffset = int((offset < 0 ? -offset : offset) % (24 * 60));
        char zone[16];
        std::snprintf(zone, sizeof zone, "%c%.2d%.2d", sign, absOffset / 60, absOffset % 60);
        out += client;
        out += " - - [";
        out += time;
        out += ' ';
        out += zone;
        out += "] \"GET /rinetd-services/";
        out += bindHost;
        out += '/';
        out += QByteArray::number(event.bindPort);
        out += '/';
        out += connectHost;
        out += '/';
        out += QByteArray::number(event.connectPort);
        out += '/';
        out += result;
        out += " HTTP/1.0\" 200 ";
        out += QByteArray::number(event.bytesToClient);
        out += " - - - ";
        out += QByteArray::number(event.bytesFromClient);
        out += '\n';
        return;
    }

    // "%s\t%s\t%s\t%d\t%s\t%d\t%llu\t%llu\t%s" (+ "\t<seconds>" in PortRelay's format)
    out += time;
    out += '\t';
    out += client;
    out += '\t';
    out += bindHost;
    out += '\t';
    out += QByteArray::number(event.bindPort);
    out += '\t';
    out += connectHost;
    out += '\t';
    out += QByteArray::number(event.connectPort);
    out += '\t';
    out += QByteArray::number(event.bytesFromClient);
    out += '\t';
    out += QByteArray::number(event.bytesToClient);
    out += '\t';
    out += result;
    if (format == LogFormat::PortRelay) {
        const qint64 ms = event.durationMs < 0 ? 0 : event.durationMs;
        char duration[32];
        std::snprintf(duration, sizeof duration, "\t%lld.%03lld", static_cast<long long>(ms / 1000),
                      static_cast<long long>(ms % 1000));
        out += duration;
    }
    out += '\n';
}

QByteArray LogLineFormatter::format(LogFormat format, const LogEvent &event, time_t when) {
    QByteArray out;
    append(out, format, event, when);
    return out;
}
