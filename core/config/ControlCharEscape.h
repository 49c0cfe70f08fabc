#pragma once

#include <QString>
#include <QStringView>

// TEXT with every control character written out, for messages that quote input (config text,
// names, paths): a newline in a config value cannot forge a second message line, an ESC cannot
// reach the terminal. A newline and a carriage return are written as \n and \r, other C0/C1
// controls and DEL as \xHH; Unicode line/paragraph separators and bidirectional overrides as
// \uHHHH. The tab stays: rinetd.conf separates fields with it and a terminal shows it harmlessly.
QString escapeControlCharacters(QStringView text);
