#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"
#include "HostResolver.h"
#include "RinetdSourceMap.h"
#include "ValidationFinding.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

// The one judge of what a Config may do: --check, the headless service, the control channel,
// the desktop editor and the engine's apply() all take its verdicts, and none has rules of its
// own. Errors make a rule unusable (the engine refuses it); warnings are shown and the rule runs.
//
// Each field and option (hosts, ports, timeout=, src=, ...) is checked on its own; the whole
// config is checked for binds the kernel would refuse (EADDRINUSE), rules that forward to one of
// the config's own listeners (a connection would multiply until descriptors run out), names that
// do not resolve, and allow/deny patterns that can never match.
class ConfigValidator {
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)

public:
    struct Options {
        QString fileName;
        // Where each element sits in the rinetd.conf the config was read from (null: not read
        // from one; rules parallel to Config::rules): findings then get LINE:COLUMN, and what the
        // reader has already reported (unknown options) is not repeated.
        const RinetdSourceMap *sourceMap = nullptr;
        // For host names; null: HostResolver::systemDefault().
        std::shared_ptr<const HostResolver> resolver;
    };

    static QVector<ValidationFinding> check(const Config &config, const Options &options);
    // check() as "FILE:LINE:COLUMN: error|warning: message" diagnostics.
    static QVector<ConfigDiagnostic> validate(const Config &config, const QString &fileName);
    static QVector<ConfigDiagnostic> toDiagnostics(const QVector<ValidationFinding> &findings);

    // One field as it is typed (inline validation in editors), with check()'s verdict on it.
    // Empty: no problem.
    static QString hostProblem(const QString &host, bool forBinding);
    static QString portProblem(const QString &port, Protocol protocol);
    // The bind and connect ports of RULE together, as one of them is typed: each side on its own
    // (portProblem()), then whether they fit (a connect range of the bind range's length, or one
    // connect port; a single bind port for the target "original original"). Empty: no error.
    // *WARNING gets check()'s warning about a range of many ports, if any.
    static QString rulePortsProblem(const Rule &rule, QString *warning = nullptr);
    // timeout=: empty (not set) or a whole number of seconds; 0 is rinetd's "default".
    static QString timeoutProblem(const QString &timeout);
    // src=: empty (the system chooses) or an address or host name; an address literal must be
    // of the family of a literal target address, or the outgoing socket cannot be bound.
    static QString sourceProblem(const QString &source, const QString &connectHost);

    // Whether the kernel would refuse to bind both: same protocol and port, and the same address
    // or a wildcard covering the other one ("::" is bound dual-stack and covers IPv4 too).
    static bool bindsConflict(const Rule &a, const Rule &b, const HostResolver *resolver = nullptr);
};
