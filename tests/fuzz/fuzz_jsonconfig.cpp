// libFuzzer target: the JSON config reader. Any bytes must be read or refused without undefined
// behaviour; a document the reader accepts must write (JsonConfigWriter) and read back as the
// same document with the same findings. Any difference aborts, which libFuzzer reports as a crash.
#include "ConfigDiagnostic.h"
#include "JsonConfigReader.h"
#include "JsonConfigWriter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QStringList messages(const QVector<ConfigDiagnostic> &diagnostics) {
    QStringList out;
    for (const ConfigDiagnostic &d : diagnostics)
        out << d.toString();
    return out;
}

[[noreturn]] void fail(const char *what, const QByteArray &written) {
    std::fprintf(stderr, "fuzz_jsonconfig: %s\n--- written:\n%s---\n", what, written.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonConfigReader reader(QStringLiteral("fuzz.json"));
    const Config config = reader.read(bytes);
    const QStringList found = messages(reader.diagnostics());
    if (reader.rejectedDocument()) {
        if (config != Config())
            fail("a refused document still gave rules or settings", QByteArray());
        return 0;
    }

    const QByteArray written = JsonConfigWriter::write(config);
    JsonConfigReader rereader(QStringLiteral("fuzz.json"));
    const Config again = rereader.read(written);
    if (rereader.rejectedDocument())
        fail("the written document is refused", written);
    if (again != config)
        fail("re-reading the written document gives a different document", written);
    // Unknown fields are dropped on writing, so their warnings may go; all else must stay.
    QStringList foundAgain = messages(rereader.diagnostics());
    QStringList expected;
    for (const QString &m : found) {
        if (!m.contains(QLatin1String("unknown field")))
            expected << m;
    }
    if (foundAgain != expected)
        fail(qPrintable(QStringLiteral("the findings differ:\n  %1\nvs\n  %2")
                            .arg(expected.join(QLatin1String("\n  ")),
                                 foundAgain.join(QLatin1String("\n  ")))),
             written);
    if (JsonConfigWriter::write(again) != written)
        fail("writing the re-read document gives a different text", written);
    return 0;
}
