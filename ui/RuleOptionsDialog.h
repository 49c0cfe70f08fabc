#pragma once

#include "Config.h"
#include "ValidationFinding.h"

#include <QDialog>
#include <QHash>

class PortEdit;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class ValidatedLineEdit;

// Typed editors for a rule's target and for the options that have no column of their own:
// fixed target or the original destination of intercepted connections, translate=, ftp=,
// transparent=, rate= and rate-rule=, the PROXY protocol (proxy=, accept-proxy=,
// accept-proxy-from=, accept-proxy-timeout=). Every change is checked by ConfigValidator with the
// rule in its config; a finding is shown next to the field it is about, and an error disables
// OK. The dialog edits a copy: rule() is what the caller hands to the Document.
class RuleOptionsDialog : public QDialog {
    Q_OBJECT
public:
    // Which field a message label belongs to (see problemText()).
    enum class Field {
        Target,
        Translate,
        Ftp,
        Transparent,
        Rate,
        RuleRate,
        ProxySend,
        AcceptProxy,
        AcceptProxyFrom,
        Rule, // about the combination, not one field
    };

    // CONFIG: the document's config; RULEID: the rule in it to edit.
    RuleOptionsDialog(const Config &config, int ruleId, QWidget *parent = nullptr);

    // The rule with the dialog's values. Options whose field was not changed keep the text they
    // were written with ("pasv", "transparent=no"), and options the dialog does not know stay.
    Rule rule() const;
    // The validator's messages shown next to FIELD (empty: none).
    QString problemText(Field field) const;
    bool hasErrors() const { return m_hasErrors; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void growToFitContents();
    void load();
    void revalidate();
    void updateTargetFields();
    void updateProxyFields();
    QString widgetValue(const QString &option) const;
    QLabel *makeProblemLabel(Field field, const QString &name);
    static QString transparentDocLink();

    Config m_config;
    int m_index = -1;
    Rule m_original;
    // The value each option's widget showed when the dialog opened; a widget left at it keeps
    // the option as it was written.
    QHash<QString, QString> m_initial;
    bool m_hasErrors = false;

    QRadioButton *m_fixedTarget = nullptr;
    QRadioButton *m_originalTarget = nullptr;
    ValidatedLineEdit *m_targetHost = nullptr;
    PortEdit *m_targetPort = nullptr;
    QComboBox *m_translate = nullptr;
    QComboBox *m_ftp = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLabel *m_transparentNote = nullptr;
    ValidatedLineEdit *m_rate = nullptr;
    ValidatedLineEdit *m_ruleRate = nullptr;
    QComboBox *m_proxySend = nullptr;
    QComboBox *m_acceptProxy = nullptr;
    ValidatedLineEdit *m_acceptProxyFrom = nullptr;
    QSpinBox *m_acceptProxyTimeout = nullptr;
    QHash<int, QLabel *> m_problemLabels; // Field -> label
    QDialogButtonBox *m_buttons = nullptr;
};
