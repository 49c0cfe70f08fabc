#pragma once
// The per-rule options PortRelay adds to rinetd's timeout= and src=: bandwidth limits, the FTP
// helper and the transparent source address. One place decides what their values mean and which
// ones are valid, for the rinetd.conf parser, the JSON reader, the validator and the engine.

#include "Rule.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace RelayOptions {

inline constexpr char Rate[] = "rate";               // bytes/s per connection and direction
inline constexpr char RuleRate[] = "rate-rule";      // bytes/s for all of a rule's connections
inline constexpr char Ftp[] = "ftp";                 // passive | active | both
inline constexpr char Transparent[] = "transparent"; // yes | no

enum class FtpMode { Off = 0, Passive = 1, Active = 2, Both = 3 };

// Whether `name` is one of the options above.
bool isRelayOption(const QString &name);

// "512", "512k", "1M", "2G" (binary multiples: k = 1024); nullopt for anything else, for 0 and
// for more than a tebibyte per second.
std::optional<quint64> parseRate(const QString &text);
// The shortest text parseRate() reads back as `bytesPerSecond`.
QString formatRate(quint64 bytesPerSecond);
// "passive" (or redir's "pasv"), "active" (or "port"), "both"; case-insensitive.
std::optional<FtpMode> parseFtpMode(const QString &text);
QString ftpModeName(FtpMode mode);
// yes/no, on/off, true/false, 1/0.
std::optional<bool> parseSwitch(const QString &text);

// Why `value` is not valid for option `name`; empty when it is (or `name` is not one of these).
QString valueError(const QString &name, const QString &value);

// Everything wrong with the rule's use of these options (bad values, options on a UDP rule,
// transparent=yes with src=), one message each; empty when all is well. The one check behind
// ConfigValidator and the desktop manager's rule validation. OPTIONS, when given, receives the
// name of the option each problem is about, in the same order (editors show it by that field).
QStringList ruleProblems(const Rule &rule, QStringList *options = nullptr);

// The rule's settings; defaults (0: unlimited, Off, false) when absent or invalid.
quint64 connectionRate(const Rule &rule);
quint64 ruleRate(const Rule &rule);
FtpMode ftpMode(const Rule &rule);
bool isTransparent(const Rule &rule);

} // namespace RelayOptions
