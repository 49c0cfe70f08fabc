#include "HumanUnits.h"

#include <QCoreApplication>
#include <QLocale>

namespace HumanUnits {

namespace {
QString scaled(double value) {
    static const char *const units[] = {
        QT_TRANSLATE_NOOP("HumanUnits", "B"), QT_TRANSLATE_NOOP("HumanUnits", "KiB"),
        QT_TRANSLATE_NOOP("HumanUnits", "MiB"), QT_TRANSLATE_NOOP("HumanUnits", "GiB"),
        QT_TRANSLATE_NOOP("HumanUnits", "TiB")};
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    const QString name = QCoreApplication::translate("HumanUnits", units[unit]);
    // Whole bytes have no fraction; larger units keep one digit below 100 so that columns of
    // live counters do not jump between widths.
    if (unit == 0)
        return QCoreApplication::translate("HumanUnits", "%1 %2")
            .arg(static_cast<qulonglong>(value))
            .arg(name);
    // The language's decimal separator (QLocale::setDefault follows the UI language), without
    // group separators: "1,5 KiB" in German, "1.5 KiB" in English, and "1023 B" in both.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const int decimals = value < 100.0 ? 1 : 0;
    return QCoreApplication::translate("HumanUnits", "%1 %2")
        .arg(locale.toString(value, 'f', decimals), name);
}
} // namespace

QString bytes(quint64 count) {
    return scaled(static_cast<double>(count));
}

QString rate(double bytesPerSecond) {
    return QCoreApplication::translate("HumanUnits", "%1/s").arg(scaled(qMax(0.0, bytesPerSecond)));
}

QString duration(qint64 seconds) {
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return QCoreApplication::translate("HumanUnits", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("HumanUnits", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return QCoreApplication::translate("HumanUnits", "%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("HumanUnits", "%1 d %2 h")
        .arg(seconds / 86400)
        .arg((seconds % 86400) / 3600);
}

} // namespace HumanUnits
