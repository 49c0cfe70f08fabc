#include "ControlCharEscape.h"

namespace {

bool needsEscape(char16_t u) {
    if (u == u'\t')
        return false;
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 ||
           (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

void appendHex(QString &out, char16_t u, int digits) {
    out += QString::number(uint(u), 16).rightJustified(digits, QLatin1Char('0'));
}

} // namespace

QString escapeControlCharacters(QStringView text) {
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    out += text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (!needsEscape(u)) {
            out += QChar(u);
            continue;
        }
        switch (u) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (u < 0x100) {
                out += QLatin1String("\\x");
                appendHex(out, u, 2);
            } else {
                out += QLatin1String("\\u");
                appendHex(out, u, 4);
            }
        }
    }
    return out;
}
