#include "SubcommandParsing.h"

#include "RelayOptions.h"

#include <QCommandLineParser>

#include <cstdio>

bool subcommandUsageError(const char *command, const QString &message, int *exitCode) {
    std::fprintf(stderr, "portrelay %s: %s\n", command, qPrintable(message));
    *exitCode = 2;
    return false;
}

bool parseSubcommandLine(QCommandLineParser &parser, const QStringList &args, const char *command,
                         int *exitCode) {
    if (!parser.parse(args))
        return subcommandUsageError(command, parser.errorText(), exitCode);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    return true;
}

bool splitBracketedEndpoint(const QString &text, QString *host, QString *port) {
    const int close = text.indexOf(QStringLiteral("]:"));
    if (!text.startsWith(QLatin1Char('[')) || close < 0)
        return false;
    *host = text.mid(1, close - 1);
    *port = text.mid(close + 2);
    return true;
}

std::optional<qulonglong> bandwidthBytesPerSecond(const QString &text) {
    bool ok = false;
    const qulonglong bits = text.toULongLong(&ok);
    if (!ok || bits < 8 || !RelayOptions::parseRate(QString::number(bits / 8)))
        return std::nullopt;
    return bits / 8;
}
