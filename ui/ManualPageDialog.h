#pragma once

#include <QDialog>

class QPlainTextEdit;

// Help > Manual Page: portrelay(1) as text in a window of its own. The page bundled with the
// program is formatted with groff (it is the page of this very version, installed or not); without
// groff, the installed page through man; without either, the page's source with its markup
// stripped. No browser and no network are needed.
class ManualPageDialog : public QDialog {
    Q_OBJECT
public:
    explicit ManualPageDialog(QWidget *parent = nullptr);

    QString text() const;
    // The formatted page; *HOW (if given) says which of the three ways made it.
    static QString manualText(QString *how = nullptr);

private:
    QPlainTextEdit *m_text;
};
