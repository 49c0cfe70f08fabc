#pragma once

#include "Config.h"

#include <QByteArray>
#include <QJsonObject>

// PortRelay's own document format: JSON holding everything a Config holds, with a schema
// version ("version") so that older builds refuse files they cannot fully read.
class JsonConfigWriter {
public:
    static constexpr int SchemaVersion = 1;

    static QJsonObject toJson(const Config &config);
    static QByteArray write(const Config &config); // indented UTF-8, final newline
};
