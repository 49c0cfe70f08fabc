#include "ConfigCommands.h"

#include "ConfigLoader.h"
#include "ControlCharEscape.h"
#include "ExportSupport.h"
#include "HaproxyExporter.h"
#include "JsonConfigWriter.h"
#include "NftablesExporter.h"
#include "RelayOptions.h"
#include "RinetdConfigWriter.h"
#include "TransparentSource.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace {

// A context lupdate can see: a bare tr() in a free function has none, and its
// strings would never reach the translations.
struct ConfigCommands {
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)
};

// Lines quote config text and file names: control characters in them are written out.
void printLine(std::FILE *stream, const QString &text) {
    std::fprintf(stream, "%s\n", escapeControlCharacters(text).toLocal8Bit().constData());
}

// Every finding, in file order, one per line: FILE:LINE:COLUMN: error|warning: message.
void printDiagnostics(const QVector<ConfigDiagnostic> &diagnostics) {
    for (const ConfigDiagnostic &d : diagnostics)
        printLine(stderr, d.toString());
}

int count(const QVector<ConfigDiagnostic> &diagnostics, bool errors) {
    int n = 0;
    for (const ConfigDiagnostic &d : diagnostics)
        n += d.isError() == errors ? 1 : 0;
    return n;
}

enum class ExportFormat { RinetdConf, Json, Nftables, Haproxy };

ExportFormat exportFormat(const CommandLine &cmd) {
    const QString name = cmd.exportFormat;
    if (name == QLatin1String("json"))
        return ExportFormat::Json;
    if (name == QLatin1String("nftables"))
        return ExportFormat::Nftables;
    if (name == QLatin1String("haproxy"))
        return ExportFormat::Haproxy;
    if (name == QLatin1String("rinetd"))
        return ExportFormat::RinetdConf;
    const QString suffix = QFileInfo(cmd.exportTarget).suffix().toLower();
    if (suffix == QLatin1String("nft"))
        return ExportFormat::Nftables;
    if (suffix == QLatin1String("cfg"))
        return ExportFormat::Haproxy;
    if (suffix == QLatin1String("json"))
        return ExportFormat::Json;
    return ExportFormat::RinetdConf;
}

// nftables and HAProxy: what cannot be exported is a diagnostic of its own; errors among them
// (a rule that would be left out) keep the file from being written unless --force.
int exportToEngine(const CommandLine &cmd, const Config &config, ExportFormat format) {
    QByteArray data;
    QVector<ConfigDiagnostic> diagnostics;
    if (format == ExportFormat::Nftables) {
        NftablesExporter exporter(cmd.configFile);
        data = exporter.write(config);
        diagnostics = exporter.diagnostics();
    } else {
        HaproxyExporter exporter(cmd.configFile);
        data = exporter.write(config);
        diagnostics = exporter.diagnostics();
    }
    printDiagnostics(diagnostics);
    if (hasErrors(diagnostics) && !cmd.force) {
        printLine(stderr, ConfigCommands::tr("portrelay: %1 cannot be exported as it is; %2 was "
                                             "not written (--force writes it without the rules "
                                             "named above)")
                              .arg(cmd.configFile, cmd.exportTarget));
        return 1;
    }
    QString error;
    if (!ExportSupport::writeFileAtomically(cmd.exportTarget, data, &error)) {
        printLine(stderr, ConfigCommands::tr("portrelay: cannot write %1").arg(error));
        return 2;
    }
    printLine(stdout, ConfigCommands::tr("%1: written, rules: %2, diagnostics: %3")
                          .arg(cmd.exportTarget)
                          .arg(config.rules.size())
                          .arg(diagnostics.size()));
    return 0;
}

// transparent=yes works only with this host's routing in place: say what is missing (the file
// itself may be fine, so the exit status does not change).
void printTransparentRequirements(const Config &config) {
    bool used = false;
    for (const Rule &rule : config.rules)
        used = used || (rule.enabled && RelayOptions::isTransparent(rule));
    if (!used)
        return;
    for (const TransparentSource::Requirement &r : TransparentSource::check()) {
        if (r.met)
            printLine(stderr, ConfigCommands::tr("portrelay: transparent: ok: %1").arg(r.what));
        else
            printLine(
                stderr,
                ConfigCommands::tr("portrelay: transparent: missing: %1 (%2)").arg(r.what, r.hint));
    }
}

} // namespace

int runCheck(const CommandLine &cmd) {
    if (cmd.configFile.isEmpty()) {
        printLine(stderr, ConfigCommands::tr("portrelay: --check needs a FILE"));
        return 2;
    }
    const ConfigLoadResult result = loadConfigFile(cmd.configFile);
    if (!result.readable) {
        printLine(stderr, ConfigCommands::tr("portrelay: cannot read %1").arg(result.readError));
        return 2;
    }
    printDiagnostics(result.diagnostics);
    printTransparentRequirements(result.config);
    const int errors = count(result.diagnostics, true);
    const int warnings = count(result.diagnostics, false);
    const QString format = result.format == ConfigFormat::Json ? QStringLiteral("PortRelay JSON")
                                                               : QStringLiteral("rinetd.conf");
    printLine(stdout, ConfigCommands::tr("%1: %2, rules: %3, errors: %4, warnings: %5")
                          .arg(cmd.configFile, format)
                          .arg(result.config.rules.size())
                          .arg(errors)
                          .arg(warnings));
    return errors > 0 ? 1 : 0;
}

int runExport(const CommandLine &cmd) {
    if (cmd.configFile.isEmpty() || cmd.exportTarget.isEmpty()) {
        printLine(stderr, ConfigCommands::tr("portrelay: --export needs OUT and FILE"));
        return 2;
    }
    const ConfigLoadResult result = loadConfigFile(cmd.configFile);
    if (!result.readable) {
        printLine(stderr, ConfigCommands::tr("portrelay: cannot read %1").arg(result.readError));
        return 2;
    }
    printDiagnostics(result.diagnostics);
    if (!result.documentRead) {
        printLine(stderr,
                  ConfigCommands::tr("portrelay: nothing of %1 could be read; %2 was not written")
                      .arg(cmd.configFile, cmd.exportTarget));
        return 1;
    }
    if (result.hasErrors() && !cmd.force) {
        printLine(stderr, ConfigCommands::tr(
                              "portrelay: %1 has errors; %2 was not written (--force writes the "
                              "valid parts, lines with errors become comments)")
                              .arg(cmd.configFile, cmd.exportTarget));
        return 1;
    }
    const ExportFormat format = exportFormat(cmd);
    if (format == ExportFormat::Nftables || format == ExportFormat::Haproxy)
        return exportToEngine(cmd, result.config, format);
    QString error;
    QVector<ConfigDiagnostic> warnings;
    bool saved = false;
    if (cmd.exportFormat.isEmpty()) {
        saved = saveConfigFile(result.config, cmd.exportTarget, &error, &warnings);
    } else if (format == ExportFormat::Json) {
        saved = ExportSupport::writeFileAtomically(cmd.exportTarget,
                                                   JsonConfigWriter::write(result.config), &error);
    } else {
        RinetdConfigWriter writer(cmd.exportTarget);
        const QByteArray data = writer.write(result.config).toUtf8();
        warnings = writer.warnings();
        saved = ExportSupport::writeFileAtomically(cmd.exportTarget, data, &error);
    }
    if (!saved) {
        printLine(stderr, ConfigCommands::tr("portrelay: cannot write %1").arg(error));
        return 2;
    }
    printDiagnostics(warnings);
    printLine(stdout, ConfigCommands::tr("%1: written, rules: %2")
                          .arg(cmd.exportTarget)
                          .arg(result.config.rules.size()));
    return 0;
}
