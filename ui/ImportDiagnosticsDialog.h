#pragma once

#include "ConfigDiagnostic.h"

#include <QDialog>

// Lists every finding of a config file with its line, and lets the user take the valid part or
// keep the current document.
class ImportDiagnosticsDialog : public QDialog {
    Q_OBJECT
public:
    ImportDiagnosticsDialog(const QString &fileName, const QVector<ConfigDiagnostic> &diagnostics,
                            int validRuleCount, QWidget *parent = nullptr);
};
