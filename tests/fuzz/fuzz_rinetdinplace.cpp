// libFuzzer target: the in-place writer gives back the input byte for byte when nothing was
// edited, and what it writes after an edit reads back with the edit in it.
#include "RinetdConfigParser.h"
#include "RinetdInPlaceWriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray original(reinterpret_cast<const char *>(data), int(size));
    RinetdConfigParser parser(QStringLiteral("fuzz.conf"));
    Config config = parser.parse(original);
    RinetdInPlaceWriter writer(QStringLiteral("fuzz.conf"));
    QByteArray out;
    QString error;
    if (!writer.write(original, config, &out, &error) || out != original)
        abort();
    if (config.rules.isEmpty())
        return 0;
    config.rules.first().connectPort = QStringLiteral("4321");
    if (!writer.write(original, config, &out, &error))
        abort();
    RinetdConfigParser again(QStringLiteral("fuzz.conf"));
    const Config back = again.parse(out);
    if (back.rules.size() != config.rules.size() ||
        back.rules.first().connectPort != QLatin1String("4321"))
        abort();
    return 0;
}
