#pragma once

#include <QLoggingCategory>

// Program messages of the headless mode (startup, signals, bind errors, privilege drop).
Q_DECLARE_LOGGING_CATEGORY(lcHeadless)
// Config file findings, printed verbatim as "FILE:LINE:COL: error|warning: message".
Q_DECLARE_LOGGING_CATEGORY(lcDiagnostic)

inline constexpr char lcDiagnosticName[] = "portrelay.diagnostic";
