#pragma once

#include "Config.h"
#include "ConfigDiagnostic.h"
#include "DocumentExporter.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;
class QTreeWidget;

// What an export cannot express, listed per rule before the file is written: the user writes it
// anyway (rules named as errors are left out of it) or cancels.
class ExportDiagnosticsDialog : public QDialog {
    Q_OBJECT
public:
    ExportDiagnosticsDialog(const Config &config, const QVector<ConfigDiagnostic> &diagnostics,
                            const QString &formatName, const QString &targetPath,
                            QWidget *parent = nullptr);

    // The index in CONFIG's rules that DIAGNOSTIC is about (the exporters start each message with
    // ExportSupport::ruleLabel()); -1: about the whole configuration.
    static int ruleIndexOf(const Config &config, const ConfigDiagnostic &diagnostic);

    // Renders CONFIG as FORMAT, lets the user review what the format cannot express (this dialog,
    // modal, only when there is something to say), then writes PATH atomically. False: cancelled
    // or not written (a message box said why). *WRITTEN gets a line for the status bar.
    static bool exportDocument(QWidget *parent, const Config &config, const QString &sourceName,
                               const QString &path, DocumentExporter::Format format,
                               QString *written = nullptr);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_write;
};
