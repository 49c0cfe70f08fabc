#pragma once

#include <QString>

// Numbers as an admin reads them: "1.5 MiB", "320 KiB/s", "2 h 05 min".
namespace HumanUnits {
QString bytes(quint64 count);
QString rate(double bytesPerSecond);
QString duration(qint64 seconds);
} // namespace HumanUnits
