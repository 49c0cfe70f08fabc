#include "RelayOptions.h"

#include <QCoreApplication>

namespace {

struct RelayOptionsText {
    Q_DECLARE_TR_FUNCTIONS(RelayOptions)
};

constexpr quint64 kMaxRate = quint64(1) << 40;

} // namespace

namespace RelayOptions {

bool isRelayOption(const QString &name) {
    return name == QLatin1String(Rate) || name == QLatin1String(RuleRate) ||
           name == QLatin1String(Ftp) || name == QLatin1String(Transparent);
}

std::optional<quint64> parseRate(const QString &text) {
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    QString digits = text;
    quint64 multiplier = 1;
    const QChar last = text.back().toLower();
    if (last == QLatin1Char('k'))
        multiplier = 1024;
    else if (last == QLatin1Char('m'))
        multiplier = 1024 * 1024;
    else if (last == QLatin1Char('g'))
        multiplier = 1024 * 1024 * 1024;
    if (multiplier != 1)
        digits.chop(1);
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok);
    if (!ok || value == 0 || value > kMaxRate / multiplier)
        return std::nullopt;
    return value * multiplier;
}

QString formatRate(quint64 bytesPerSecond) {
    static const struct {
        quint64 factor;
        char suffix;
    } units[] = {{1024ull * 1024 * 1024, 'G'}, {1024ull * 1024, 'M'}, {1024ull, 'k'}};
    for (const auto &unit : units) {
        if (bytesPerSecond >= unit.factor && bytesPerSecond % unit.factor == 0)
            return QString::number(bytesPerSecond / unit.factor) + QLatin1Char(unit.suffix);
    }
    return QString::number(bytesPerSecond);
}

std::optional<FtpMode> parseFtpMode(const QString &text) {
    const QString t = text.toLower();
    if (t == QLatin1String("passive") || t == QLatin1String("pasv"))
        return FtpMode::Passive;
    if (t == QLatin1String("active") || t == QLatin1String("port"))
        return FtpMode::Active;
    if (t == QLatin1String("both"))
        return FtpMode::Both;
    return std::nullopt;
}

QString ftpModeName(FtpMode mode) {
    switch (mode) {
    case FtpMode::Passive:
        return QStringLiteral("passive");
    case FtpMode::Active:
        return QStringLiteral("active");
    case FtpMode::Both:
        return QStringLiteral("both");
    case FtpMode::Off:
        break;
    }
    return QString();
}

std::optional<bool> parseSwitch(const QString &text) {
    const QString t = text.toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("on") || t == QLatin1String("true") ||
        t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("off") || t == QLatin1String("false") ||
        t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString valueError(const QString &name, const QString &value) {
    if (name == QLatin1String(Rate) || name == QLatin1String(RuleRate)) {
        if (!parseRate(value))
            return RelayOptionsText::tr("%1 must be a positive number of bytes per second with an "
                                        "optional suffix k, M or G (e.g. 512k), not '%2'")
                .arg(name, value);
    } else if (name == QLatin1String(Ftp)) {
        if (!parseFtpMode(value))
            return RelayOptionsText::tr("ftp must be passive, active or both, not '%1'").arg(value);
    } else if (name == QLatin1String(Transparent)) {
        if (!parseSwitch(value))
            return RelayOptionsText::tr("transparent must be yes or no, not '%1'").arg(value);
    }
    return QString();
}

QStringList ruleProblems(const Rule &rule, QStringList *options) {
    QStringList problems;
    QStringList about;
    const bool udp = rule.bindProtocol == Protocol::Udp || rule.connectProtocol == Protocol::Udp;
    for (const RuleOption &o : rule.options) {
        if (!isRelayOption(o.name))
            continue;
        const QString why = valueError(o.name, o.value);
        if (!why.isEmpty())
            problems << why;
        else if (udp)
            problems << RelayOptionsText::tr("option '%1' applies to TCP rules only").arg(o.name);
        else
            continue;
        about << o.name;
    }
    if (isTransparent(rule) && !rule.sourceAddress().isEmpty()) {
        problems << RelayOptionsText::tr("transparent=yes and src= exclude each other: the source "
                                         "address is the client's");
        about << QLatin1String(Transparent);
    }
    if (options)
        *options = about;
    return problems;
}

quint64 connectionRate(const Rule &rule) {
    return parseRate(rule.option(QLatin1String(Rate))).value_or(0);
}

quint64 ruleRate(const Rule &rule) {
    return parseRate(rule.option(QLatin1String(RuleRate))).value_or(0);
}

FtpMode ftpMode(const Rule &rule) {
    return parseFtpMode(rule.option(QLatin1String(Ftp))).value_or(FtpMode::Off);
}

bool isTransparent(const Rule &rule) {
    return parseSwitch(rule.option(QLatin1String(Transparent))).value_or(false);
}

} // namespace RelayOptions
