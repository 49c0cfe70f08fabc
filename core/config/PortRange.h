#pragma once

#include "Rule.h"

#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

// A bind or connect port as written in a rule: one port ("80", "http") or an inclusive range of
// numbers ("8000-8010").
struct PortRange {
    quint16 first = 0;
    quint16 last = 0;

    int count() const { return int(last) - int(first) + 1; }
    bool isRange() const { return last != first; }

    // True when the text is written as a range (digits '-' digits), valid or not.
    static bool looksLikeRange(const QString &text);
    // A port or range; on failure the reason goes to *error and the 0-based offset in text of
    // the part at fault to *errorOffset.
    static std::optional<PortRange> parse(const QString &text, Protocol protocol,
                                          QString *error = nullptr, int *errorOffset = nullptr);
};

// Ranges above this many ports get a warning: every port is a listening descriptor.
inline constexpr int kPortRangeWarningSize = 1000;

// The ports a rule forwards, (bind port, connect port), in bind-port order: a range keeps its
// offsets (8000-8010 -> 9000-9010) or sends every port to one (8000-8010 -> 9000). Empty when a
// port is invalid or the two sides do not fit together; the reason then goes to *error.
QVector<QPair<quint16, quint16>> forwardedPorts(const Rule &rule, QString *error = nullptr);
