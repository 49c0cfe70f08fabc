#pragma once

#include "Config.h"

#include <QWidget>

class LogFileFollower;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The log file and its format, and a live view of that file as the engine writes it.
class LogSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit LogSettingsPage(QWidget *parent = nullptr);

    void setSettings(const QString &path, LogFormat format); // from the document, no signals

Q_SIGNALS:
    void logFileEdited(const QString &path);
    void logFormatEdited(LogFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void followCurrentPath();

    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format;
    QPlainTextEdit *m_view;
    QLabel *m_pathLabel;
    QLabel *m_formatLabel;
    QLabel *m_viewLabel;
    LogFileFollower *m_follower;
};
