// libFuzzer target: the rinetd.conf lexer keeps every character (the in-place writer relies on
// it) and the grammar built on it never fails on any bytes.
#include "RinetdConfigParser.h"
#include "RinetdLexer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const QString text = QString::fromLatin1(bytes);
    QString joined;
    for (const RinetdLine &line : RinetdLexer::split(text)) {
        joined += line.text + line.ending;
        for (const RinetdToken &token : line.tokens) {
            if (token.column < 1 || token.column - 1 + token.length > line.text.size())
                abort();
        }
    }
    if (joined != text)
        abort();
    RinetdConfigParser parser(QStringLiteral("fuzz.conf"));
    const Config config = parser.parse(bytes);
    if (parser.sourceMap().rules.size() != config.rules.size())
        abort();
    return 0;
}
