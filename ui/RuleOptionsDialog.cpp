#include "RuleOptionsDialog.h"

#include "ConfigValidator.h"
#include "HostResolver.h"
#include "PortEdit.h"
#include "ProxyOptions.h"
#include "RelayOptions.h"
#include "RuleValidator.h"
#include "ValidatedLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace {

const QLatin1String kTranslate("translate");
const QLatin1String kProxy("proxy");
const QLatin1String kAcceptProxy("accept-proxy");
const QLatin1String kAcceptProxyFrom("accept-proxy-from");
const QLatin1String kAcceptProxyTimeout("accept-proxy-timeout");

// Stands for "the option's value as written cannot be shown by its widget": whatever the widget
// then says differs from it, and is written when the dialog is accepted.
const QString kNotRepresentable = QStringLiteral("\x01");

// The options this dialog edits, in the order it writes new ones.
const QStringList &editedOptions() {
    static const QStringList names = {
        kTranslate,
        QLatin1String(RelayOptions::Ftp),
        QLatin1String(RelayOptions::Transparent),
        QLatin1String(RelayOptions::Rate),
        QLatin1String(RelayOptions::RuleRate),
        kProxy,
        kAcceptProxy,
        kAcceptProxyFrom,
        kAcceptProxyTimeout,
    };
    return names;
}

void addChoice(QComboBox *combo, const QString &text, const QString &value) {
    combo->addItem(text, value);
}

// Selects the item whose value is VALUE; a value no item has (invalid in the file) gets an item
// of its own, so that the combo shows what is there and choosing anything else replaces it.
void selectValue(QComboBox *combo, const QString &value) {
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(RuleOptionsDialog::tr("%1 (not valid)").arg(value), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

// accept-proxy-from as typed (spaces, commas or semicolons between patterns) to the option's
// form; empty when no pattern is given.
QString patternList(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts).join(QLatin1Char(';'));
}

// The system's answers about this host's addresses, but no name lookups: the dialog checks on
// every key press, and a lookup of a half-typed name would stall it. Names get their verdict
// from the main window's validation of the whole document.
class NoLookupResolver : public HostResolver {
public:
    void prefetch(const QStringList &) const override {}
    std::optional<QVector<QHostAddress>> addresses(const QString &) const override {
        return std::nullopt;
    }
    QVector<QHostAddress> localAddresses() const override {
        return HostResolver::systemDefault()->localAddresses();
    }
};

} // namespace

RuleOptionsDialog::RuleOptionsDialog(const Config &config, int ruleId, QWidget *parent)
    : QDialog(parent)
    , m_config(config) {
    setObjectName(QStringLiteral("ruleOptionsDialog"));
    for (int i = 0; i < m_config.rules.size(); ++i) {
        if (m_config.rules.at(i).id == ruleId)
            m_index = i;
    }
    if (m_index < 0) { // not in the config (yet): edited as a rule of its own
        Rule rule;
        rule.id = ruleId;
        m_config.rules.append(rule);
        m_index = int(m_config.rules.size()) - 1;
    }
    m_original = m_config.rules.at(m_index);
    buildUi();
    load();
    revalidate();
}

QLabel *RuleOptionsDialog::makeProblemLabel(Field field, const QString &name) {
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    m_problemLabels.insert(int(field), label);
    return label;
}

QString RuleOptionsDialog::transparentDocLink() {
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() +
            QStringLiteral("/../share/doc/portrelay/transparent.md"),
        QStringLiteral("/usr/share/doc/portrelay/transparent.md"),
        QStringLiteral("/usr/local/share/doc/portrelay/transparent.md"),
    };
    for (const QString &path : candidates) {
        const QFileInfo info(path);
        if (info.isFile())
            return QStringLiteral("<a href=\"%1\">docs/transparent.md</a>")
                .arg(QUrl::fromLocalFile(info.canonicalFilePath()).toString().toHtmlEscaped());
    }
    return QStringLiteral("docs/transparent.md");
}

void RuleOptionsDialog::buildUi() {
    const Rule &rule = m_original;
    setWindowTitle(tr("Rule Options"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("ruleOptionsTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setText(rule.name.isEmpty()
                       ? tr("Rule listening on %1 port %2").arg(rule.bindHost, rule.bindPort)
                       : tr("Rule \"%1\", listening on %2 port %3")
                             .arg(rule.name, rule.bindHost, rule.bindPort));
    layout->addWidget(title);

    // --- where connections go ---
    auto *targetBox = new QGroupBox(tr("Target"), this);
    auto *targetForm = new QFormLayout(targetBox);
    m_fixedTarget = new QRadioButton(tr("&Fixed address and port:"), targetBox);
    m_fixedTarget->setObjectName(QStringLiteral("targetFixed"));
    m_targetHost = new ValidatedLineEdit(
        [](const QString &text) { return RuleValidator::hostProblem(text, false); }, targetBox);
    m_targetHost->setObjectName(QStringLiteral("targetHost"));
    m_targetHost->setPlaceholderText(tr("address or host name"));
    m_targetPort = new PortEdit(rule.connectProtocol, targetBox);
    m_targetPort->setObjectName(QStringLiteral("targetPort"));
    m_targetPort->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_targetHost, 1);
    fixedRow->addWidget(new QLabel(QStringLiteral(":"), targetBox));
    fixedRow->addWidget(m_targetPort);
    targetForm->addRow(m_fixedTarget, fixedRow);
    m_originalTarget = new QRadioButton(tr("&Original destination of each connection"), targetBox);
    m_originalTarget->setObjectName(QStringLiteral("targetOriginal"));
    targetForm->addRow(m_originalTarget);
    auto *originalNote = new QLabel(
        tr("For connections the kernel redirected to this port (nftables redirect or dnat, or "
           "tproxy): each goes where its client was going."),
        targetBox);
    originalNote->setWordWrap(true);
    originalNote->setIndent(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    targetForm->addRow(originalNote);
    targetForm->addRow(makeProblemLabel(Field::Target, QStringLiteral("targetProblem")));
    m_translate = new QComboBox(targetBox);
    m_translate->setObjectName(QStringLiteral("translateMode"));
    addChoice(m_translate, tr("none: relay the stream unchanged"), QString());
    addChoice(m_translate, tr("http: rewrite requests for an HTTP proxy as target"),
              QStringLiteral("http"));
    targetForm->addRow(tr("&Translate:"), m_translate);
    targetForm->addRow(makeProblemLabel(Field::Translate, QStringLiteral("translateProblem")));
    layout->addWidget(targetBox);

    // --- what happens on the way ---
    auto *trafficBox = new QGroupBox(tr("Traffic"), this);
    auto *trafficForm = new QFormLayout(trafficBox);
    m_ftp = new QComboBox(trafficBox);
    m_ftp->setObjectName(QStringLiteral("ftpMode"));
    addChoice(m_ftp, tr("off"), QString());
    addChoice(m_ftp, tr("passive (PASV, EPSV)"), QStringLiteral("passive"));
    addChoice(m_ftp, tr("active (PORT, EPRT)"), QStringLiteral("active"));
    addChoice(m_ftp, tr("passive and active"), QStringLiteral("both"));
    trafficForm->addRow(tr("FT&P helper:"), m_ftp);
    trafficForm->addRow(makeProblemLabel(Field::Ftp, QStringLiteral("ftpProblem")));

    m_transparent = new QCheckBox(tr("Connect from the client's own address and port"), trafficBox);
    m_transparent->setObjectName(QStringLiteral("transparentSource"));
    m_transparentNote = new QLabel(trafficBox);
    m_transparentNote->setObjectName(QStringLiteral("transparentNote"));
    m_transparentNote->setWordWrap(true);
    m_transparentNote->setTextFormat(Qt::RichText);
    m_transparentNote->setOpenExternalLinks(true);
    m_transparentNote->setText(
        tr("Needs the CAP_NET_ADMIN capability and policy routing for the replies on this host "
           "and the target; see %1.")
            .arg(transparentDocLink()));
    // The note belongs to the checkbox: one cell, so that spare height never separates them.
    auto *transparentCell = new QVBoxLayout;
    transparentCell->setSpacing(2);
    transparentCell->addWidget(m_transparent);
    transparentCell->addWidget(m_transparentNote);
    auto *transparentLabel = new QLabel(tr("Tra&nsparent source:"), trafficBox);
    transparentLabel->setBuddy(m_transparent);
    trafficForm->addRow(transparentLabel, transparentCell);
    trafficForm->addRow(makeProblemLabel(Field::Transparent, QStringLiteral("transparentProblem")));

    auto rateEdit = [&](const char *option, const QString &name) {
        const QString optionName = QLatin1String(option);
        auto *edit = new ValidatedLineEdit(
            [optionName](const QString &text) {
                return text.trimmed().isEmpty()
                           ? QString()
                           : RelayOptions::valueError(optionName, text.trimmed());
            },
            trafficBox);
        edit->setObjectName(name);
        edit->setPlaceholderText(tr("unlimited"));
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
        return edit;
    };
    m_rate = rateEdit(RelayOptions::Rate, QStringLiteral("connectionRate"));
    m_ruleRate = rateEdit(RelayOptions::RuleRate, QStringLiteral("ruleRate"));
    auto rateRow = [&](QWidget *edit, const QString &unit) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit);
        auto *label = new QLabel(unit, trafficBox);
        label->setWordWrap(true);
        row->addWidget(label, 1);
        return row;
    };
    auto rateLabel = [&](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, trafficBox);
        label->setBuddy(buddy);
        return label;
    };
    trafficForm->addRow(rateLabel(tr("&Rate per connection:"), m_rate),
                        rateRow(m_rate, tr("bytes/s in each direction (k, M, G: ×1024)")));
    trafficForm->addRow(makeProblemLabel(Field::Rate, QStringLiteral("rateProblem")));
    trafficForm->addRow(rateLabel(tr("Rate for the &whole rule:"), m_ruleRate),
                        rateRow(m_ruleRate, tr("bytes/s shared by all its connections")));
    trafficForm->addRow(makeProblemLabel(Field::RuleRate, QStringLiteral("ruleRateProblem")));
    layout->addWidget(trafficBox);

    // --- PROXY protocol ---
    auto *proxyBox = new QGroupBox(tr("PROXY protocol"), this);
    auto *proxyForm = new QFormLayout(proxyBox);
    m_proxySend = new QComboBox(proxyBox);
    m_proxySend->setObjectName(QStringLiteral("proxySend"));
    addChoice(m_proxySend, tr("off"), QString());
    addChoice(m_proxySend, tr("version 1 (text)"), QStringLiteral("v1"));
    addChoice(m_proxySend, tr("version 2 (binary)"), QStringLiteral("v2"));
    proxyForm->addRow(tr("&Send to the target:"), m_proxySend);
    proxyForm->addRow(makeProblemLabel(Field::ProxySend, QStringLiteral("proxySendProblem")));
    m_acceptProxy = new QComboBox(proxyBox);
    m_acceptProxy->setObjectName(QStringLiteral("acceptProxy"));
    addChoice(m_acceptProxy, tr("off"), QString());
    addChoice(m_acceptProxy, tr("version 1 only"), QStringLiteral("v1"));
    addChoice(m_acceptProxy, tr("version 2 only"), QStringLiteral("v2"));
    addChoice(m_acceptProxy, tr("either version"), QStringLiteral("any"));
    proxyForm->addRow(tr("&Expect from the peer:"), m_acceptProxy);
    proxyForm->addRow(makeProblemLabel(Field::AcceptProxy, QStringLiteral("acceptProxyProblem")));
    // Allow patterns only, unordered: the allow/deny list editor would offer what this list
    // cannot hold.
    m_acceptProxyFrom = new ValidatedLineEdit(
        [](const QString &text) {
            const QString list = patternList(text);
            QString why;
            if (!list.isEmpty() &&
                !ProxyOptions::checkValue(QLatin1String("accept-proxy-from"), list, &why))
                return why;
            return QString();
        },
        proxyBox);
    m_acceptProxyFrom->setObjectName(QStringLiteral("acceptProxyFrom"));
    m_acceptProxyFrom->setPlaceholderText(tr("nobody: every header is refused"));
    m_acceptProxyFrom->setToolTip(tr("CIDR blocks or rinetd patterns, separated by spaces"));
    proxyForm->addRow(tr("&Trusted peers:"), m_acceptProxyFrom);
    proxyForm->addRow(
        makeProblemLabel(Field::AcceptProxyFrom, QStringLiteral("acceptProxyFromProblem")));
    m_acceptProxyTimeout = new QSpinBox(proxyBox);
    m_acceptProxyTimeout->setObjectName(QStringLiteral("acceptProxyTimeout"));
    m_acceptProxyTimeout->setRange(0, 3600);
    m_acceptProxyTimeout->setSuffix(tr(" s"));
    m_acceptProxyTimeout->setSpecialValueText(
        tr("default (%1 s)").arg(ProxyOptions::kDefaultHeaderTimeoutSeconds));
    proxyForm->addRow(tr("Header &timeout:"), m_acceptProxyTimeout);
    layout->addWidget(proxyBox);

    layout->addWidget(makeProblemLabel(Field::Rule, QStringLiteral("ruleProblem")));
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QRadioButton *radio : {m_fixedTarget, m_originalTarget})
        connect(radio, &QRadioButton::toggled, this, [this] {
            updateTargetFields();
            revalidate();
        });
    for (QLineEdit *edit :
         {static_cast<QLineEdit *>(m_targetHost), static_cast<QLineEdit *>(m_targetPort),
          static_cast<QLineEdit *>(m_rate), static_cast<QLineEdit *>(m_ruleRate),
          static_cast<QLineEdit *>(m_acceptProxyFrom)})
        connect(edit, &QLineEdit::textChanged, this, &RuleOptionsDialog::revalidate);
    for (QComboBox *combo : {m_translate, m_ftp, m_proxySend, m_acceptProxy})
        connect(combo, &QComboBox::currentIndexChanged, this, &RuleOptionsDialog::revalidate);
    connect(m_transparent, &QCheckBox::toggled, this, &RuleOptionsDialog::revalidate);
    connect(m_acceptProxyTimeout, &QSpinBox::valueChanged, this, &RuleOptionsDialog::revalidate);
    connect(m_acceptProxy, &QComboBox::currentIndexChanged, this,
            &RuleOptionsDialog::updateProxyFields);
}

void RuleOptionsDialog::updateProxyFields() {
    // Left enabled while they hold a value, so that it can be removed.
    const bool accepting = !m_acceptProxy->currentData().toString().isEmpty();
    m_acceptProxyFrom->setEnabled(accepting || !m_acceptProxyFrom->text().isEmpty());
    m_acceptProxyTimeout->setEnabled(accepting || m_acceptProxyTimeout->value() != 0);
}

void RuleOptionsDialog::load() {
    const Rule &rule = m_original;
    const bool original = rule.forwardsToOriginalDestination();
    m_originalTarget->setChecked(original);
    m_fixedTarget->setChecked(!original);
    if (!original) {
        m_targetHost->setText(rule.connectHost);
        m_targetPort->setText(rule.connectPort);
    }
    updateTargetFields();

    auto representable = [&rule](const QString &name, bool valid) {
        return rule.option(name).isEmpty() || valid;
    };
    const QString translate = rule.option(kTranslate);
    selectValue(m_translate, translate == QLatin1String("none") ? QString() : translate);
    const QString ftp = rule.option(QLatin1String(RelayOptions::Ftp));
    const auto ftpMode = RelayOptions::parseFtpMode(ftp);
    selectValue(m_ftp, ftpMode ? RelayOptions::ftpModeName(*ftpMode) : ftp);
    m_transparent->setChecked(RelayOptions::isTransparent(rule));
    m_rate->setText(rule.option(QLatin1String(RelayOptions::Rate)));
    m_ruleRate->setText(rule.option(QLatin1String(RelayOptions::RuleRate)));
    selectValue(m_proxySend, rule.option(kProxy));
    selectValue(m_acceptProxy, rule.option(kAcceptProxy));
    const QString from = rule.option(kAcceptProxyFrom);
    m_acceptProxyFrom->setText(QString(from).replace(QLatin1Char(';'), QLatin1Char(' ')));
    const QString timeout = rule.option(kAcceptProxyTimeout);
    QString why;
    const bool timeoutValid =
        timeout.isEmpty() || ProxyOptions::checkValue(kAcceptProxyTimeout, timeout, &why);
    m_acceptProxyTimeout->setValue(timeoutValid ? timeout.toInt() : 0);
    updateProxyFields();

    for (const QString &name : editedOptions())
        m_initial.insert(name, widgetValue(name));
    if (!representable(
            QLatin1String(RelayOptions::Transparent),
            RelayOptions::parseSwitch(rule.option(QLatin1String(RelayOptions::Transparent)))
                .has_value()))
        m_initial.insert(QLatin1String(RelayOptions::Transparent), kNotRepresentable);
    if (!timeoutValid)
        m_initial.insert(kAcceptProxyTimeout, kNotRepresentable);
}

QString RuleOptionsDialog::widgetValue(const QString &option) const {
    if (option == kTranslate)
        return m_translate->currentData().toString();
    if (option == QLatin1String(RelayOptions::Ftp))
        return m_ftp->currentData().toString();
    if (option == QLatin1String(RelayOptions::Transparent))
        return m_transparent->isChecked() ? QStringLiteral("yes") : QString();
    if (option == QLatin1String(RelayOptions::Rate))
        return m_rate->text().trimmed();
    if (option == QLatin1String(RelayOptions::RuleRate))
        return m_ruleRate->text().trimmed();
    if (option == kProxy)
        return m_proxySend->currentData().toString();
    if (option == kAcceptProxy)
        return m_acceptProxy->currentData().toString();
    if (option == kAcceptProxyFrom)
        return patternList(m_acceptProxyFrom->text());
    if (option == kAcceptProxyTimeout)
        return m_acceptProxyTimeout->value() > 0 ? QString::number(m_acceptProxyTimeout->value())
                                                 : QString();
    return QString();
}

void RuleOptionsDialog::updateTargetFields() {
    const bool fixed = m_fixedTarget->isChecked();
    m_targetHost->setEnabled(fixed);
    m_targetPort->setEnabled(fixed);
}

Rule RuleOptionsDialog::rule() const {
    Rule rule = m_original;
    if (m_originalTarget->isChecked()) {
        rule.connectHost = QLatin1String(Rule::kOriginal);
        rule.connectPort = QLatin1String(Rule::kOriginal);
    } else {
        rule.connectHost = m_targetHost->text().trimmed();
        rule.connectPort = m_targetPort->text().trimmed();
    }
    for (const QString &name : editedOptions()) {
        const QString value = widgetValue(name);
        if (value != m_initial.value(name))
            rule.setOption(name, value);
    }
    return rule;
}

QString RuleOptionsDialog::problemText(Field field) const {
    const QLabel *label = m_problemLabels.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

void RuleOptionsDialog::revalidate() {
    const Rule candidate = rule();
    Config config = m_config;
    config.rules[m_index] = candidate;
    ConfigValidator::Options options;
    static const auto resolver = std::make_shared<const NoLookupResolver>();
    options.resolver = resolver;
    const QVector<ValidationFinding> findings = ConfigValidator::check(config, options);

    // Messages name the rule for a reader of the whole config; here it is the dialog's own.
    const QString prefix = QCoreApplication::translate("ConfigValidator", "rule %1 (id %2)")
                               .arg(m_index + 1)
                               .arg(candidate.id) +
                           QStringLiteral(": ");
    QHash<int, QStringList> messages;
    QHash<int, bool> errors;
    bool anyError = false;
    for (const ValidationFinding &f : findings) {
        if (f.ruleId != candidate.id)
            continue;
        Field field = Field::Rule;
        using F = ValidationFinding::Field;
        if (f.field == F::ConnectHost || f.field == F::ConnectPort ||
            f.check.startsWith(QLatin1String("original-"))) {
            field = Field::Target;
        } else if (f.field == F::Option) {
            if (f.option == kTranslate)
                field = Field::Translate;
            else if (f.option == QLatin1String(RelayOptions::Ftp))
                field = Field::Ftp;
            else if (f.option == QLatin1String(RelayOptions::Transparent))
                field = Field::Transparent;
            else if (f.option == QLatin1String(RelayOptions::Rate))
                field = Field::Rate;
            else if (f.option == QLatin1String(RelayOptions::RuleRate))
                field = Field::RuleRate;
            else if (f.option == kProxy)
                field = Field::ProxySend;
            else if (f.option == kAcceptProxy || f.option == kAcceptProxyTimeout)
                field = Field::AcceptProxy;
            else if (f.option == kAcceptProxyFrom)
                field = Field::AcceptProxyFrom;
            else if (!f.option.isEmpty())
                continue; // timeout=, src= and options kept as written: the table's business
        } else {
            continue; // the bind, the name, the access lists: edited elsewhere
        }
        QString message = f.message;
        if (message.startsWith(prefix))
            message = message.mid(prefix.size());
        messages[int(field)].append(message);
        if (f.isError()) {
            errors[int(field)] = true;
            anyError = true;
        }
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        QLabel *label = it.value();
        const QStringList list = messages.value(it.key());
        label->setText(list.join(QLatin1Char('\n')));
        label->setStyleSheet(errors.value(it.key()) ? QStringLiteral("color: #b00000;")
                                                    : QStringLiteral("color: #805000;"));
        label->setVisible(!list.isEmpty());
    }
    m_hasErrors = anyError;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!anyError);
    // Messages come and go next to their fields: the dialog grows with them instead of squeezing
    // its rows.
    if (isVisible())
        growToFitContents();
}

void RuleOptionsDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    // The first size comes from sizeHint(), which is not measured at the dialog's real width:
    // the word-wrapped notes would be cut off.
    growToFitContents();
}

void RuleOptionsDialog::growToFitContents() {
    // Word-wrapped labels are not in a window's minimum size: their height depends on the width.
    if (!layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}
