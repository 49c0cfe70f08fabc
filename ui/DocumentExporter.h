#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// File > Export As: the document in another format, made by the same core writers and exporters
// as `portrelay --export`, so that both give the same bytes for the same config. It never touches
// the document's own file, name or saved state.
class DocumentExporter {
    Q_DECLARE_TR_FUNCTIONS(DocumentExporter)

public:
    enum class Format { RinetdConf, Json, Nftables, Haproxy };

    // The save dialog's filters, one per Format in enum order.
    static QStringList nameFilters();
    static Format formatForFilter(const QString &filter);
    // The format a name asks for by its extension (.conf, .json, .nft, .cfg); nullopt: none of
    // them (the chosen filter decides, and its extension is appended).
    static std::optional<Format> formatForFileName(const QString &path);
    static QString suffix(Format format); // "conf", "json", "nft", "cfg"
    static QString formatName(Format format);

    struct Result {
        QByteArray data;
        // What the format cannot express (rules left out are errors), as the exporters say it.
        QVector<ConfigDiagnostic> diagnostics;
    };
    // SOURCENAME names the config in diagnostics and in the file's header comment, as FILE does
    // for `portrelay --export OUT FILE`; TARGETPATH is where it will be written (rinetd.conf's
    // writer names it in its own notes).
    static Result render(const Config &config, const QString &sourceName, const QString &targetPath,
                         Format format);
    // Atomic (QSaveFile): the old file stays whole when anything fails.
    static bool write(const QString &path, const QByteArray &data, QString *error);
};
