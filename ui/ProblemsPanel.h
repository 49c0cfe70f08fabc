#pragma once

#include "ConfigDiagnostic.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QTreeWidget;

// The findings of the configuration last opened, line by line, in a tab of the main window: a
// list to come back to while fixing, where a dialog would have to be answered first.
class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const QString &fileName, const QVector<ConfigDiagnostic> &diagnostics);
    int count() const { return int(m_diagnostics.size()); }
    int errorCount() const;

Q_SIGNALS:
    // The user picked the finding about LINE of the file (0: not about a line).
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_fileName;
    QVector<ConfigDiagnostic> m_diagnostics;
    QLabel *m_heading;
    QTreeWidget *m_list;
};
