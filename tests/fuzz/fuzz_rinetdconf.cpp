// libFuzzer target: the rinetd.conf parser and writer. Whatever the bytes hold, good or bad, what
// the parser keeps of them must export to a text that reads back without errors as the same
// document, and exporting that again must give the same text (what tst_rinetdconfigwriter checks
// on hand-made and generated inputs). The same document saved as JSON must read back equal too
// (what converting a rinetd.conf to PortRelay's format relies on). Any difference aborts, which
// libFuzzer reports as a crash.
#include "ConfigDiagnostic.h"
#include "JsonConfigReader.h"
#include "JsonConfigWriter.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &exported, const QString &again) {
    std::fprintf(stderr, "fuzz_rinetdconf: %s\n--- exported:\n%s--- exported again:\n%s---\n", what,
                 exported.toUtf8().constData(), again.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    RinetdConfigParser parser(QStringLiteral("fuzz.conf"));
    const Config config = parser.parse(bytes);
    for (const ConfigDiagnostic &d : parser.diagnostics())
        (void)d.toString();

    RinetdConfigWriter writer(QStringLiteral("fuzz.conf"));
    const QString exported = writer.write(config);
    for (const ConfigDiagnostic &d : writer.warnings())
        (void)d.toString();

    RinetdConfigParser reparser(QStringLiteral("exported.conf"));
    const Config again = reparser.parseText(exported);
    RinetdConfigWriter rewriter(QStringLiteral("exported.conf"));
    const QString exportedAgain = rewriter.write(again);
    if (again != config)
        fail("re-reading the export gives a different document", exported, exportedAgain);
    for (const ConfigDiagnostic &d : reparser.diagnostics()) {
        if (d.isError())
            fail(qPrintable(QStringLiteral("the export has an error: ") + d.toString()), exported,
                 exportedAgain);
    }
    if (!exported.isEmpty() && !exported.endsWith(QLatin1Char('\n')))
        fail("the export does not end with a newline", exported, exportedAgain);
    if (exportedAgain != exported)
        fail("exporting the re-read document gives a different text", exported, exportedAgain);

    const QByteArray json = JsonConfigWriter::write(config);
    JsonConfigReader jsonReader(QStringLiteral("fuzz.json"));
    const Config fromJson = jsonReader.read(json);
    if (jsonReader.rejectedDocument() || fromJson != config)
        fail("the document saved as JSON reads back different", QString::fromUtf8(json),
             RinetdConfigWriter().write(fromJson));
    return 0;
}
