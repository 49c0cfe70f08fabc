#include "DocumentExporter.h"

#include "ExportSupport.h"
#include "HaproxyExporter.h"
#include "JsonConfigWriter.h"
#include "NftablesExporter.h"
#include "RinetdConfigWriter.h"

#include <QFileInfo>

QStringList DocumentExporter::nameFilters() {
    return {tr("rinetd configuration (*.conf)"), tr("PortRelay JSON (*.json)"),
            tr("nftables ruleset (*.nft)"), tr("HAProxy configuration (*.cfg)")};
}

DocumentExporter::Format DocumentExporter::formatForFilter(const QString &filter) {
    const QStringList filters = nameFilters();
    const int index = int(filters.indexOf(filter));
    return index < 0 ? Format::RinetdConf : static_cast<Format>(index);
}

std::optional<DocumentExporter::Format> DocumentExporter::formatForFileName(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (Format format : {Format::RinetdConf, Format::Json, Format::Nftables, Format::Haproxy}) {
        if (suffix == DocumentExporter::suffix(format))
            return format;
    }
    return std::nullopt;
}

QString DocumentExporter::suffix(Format format) {
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Nftables:
        return QStringLiteral("nft");
    case Format::Haproxy:
        return QStringLiteral("cfg");
    case Format::RinetdConf:
        break;
    }
    return QStringLiteral("conf");
}

QString DocumentExporter::formatName(Format format) {
    switch (format) {
    case Format::Json:
        return tr("PortRelay JSON");
    case Format::Nftables:
        return tr("nftables");
    case Format::Haproxy:
        return tr("HAProxy");
    case Format::RinetdConf:
        break;
    }
    return tr("rinetd.conf");
}

DocumentExporter::Result DocumentExporter::render(const Config &config, const QString &sourceName,
                                                  const QString &targetPath, Format format) {
    Result result;
    switch (format) {
    case Format::Json:
        result.data = JsonConfigWriter::write(config);
        break;
    case Format::Nftables: {
        NftablesExporter exporter(sourceName);
        result.data = exporter.write(config);
        result.diagnostics = exporter.diagnostics();
        break;
    }
    case Format::Haproxy: {
        HaproxyExporter exporter(sourceName);
        result.data = exporter.write(config);
        result.diagnostics = exporter.diagnostics();
        break;
    }
    case Format::RinetdConf: {
        RinetdConfigWriter writer(targetPath);
        result.data = writer.write(config).toUtf8();
        result.diagnostics = writer.warnings();
        break;
    }
    }
    return result;
}

bool DocumentExporter::write(const QString &path, const QByteArray &data, QString *error) {
    return ExportSupport::writeFileAtomically(path, data, error);
}
