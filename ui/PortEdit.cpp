#include "PortEdit.h"

#include "PortRange.h"
#include "RuleValidator.h"

#include <QKeyEvent>
#include <QRegularExpressionValidator>
#include <QWheelEvent>

PortEdit::PortEdit(Protocol protocol, QWidget *parent)
    : ValidatedLineEdit(
          [protocol](const QString &text) { return RuleValidator::portProblem(text, protocol); },
          parent) {
    // Service names are letters, digits, '-' and '_'; nothing else can ever become valid.
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,32}")), this));
    setPlaceholderText(tr("1-65535 or service"));
}

void PortEdit::setRule(const Rule &rule, bool bindSide) {
    auto check = [rule, bindSide](const QString &text, QString *warning) {
        Rule r = rule;
        (bindSide ? r.bindPort : r.connectPort) = text.trimmed();
        if (r.forwardsToOriginalDestination())
            return ConfigValidator::rulePortsProblem(r, warning);
        const QString own =
            ConfigValidator::portProblem(text, bindSide ? r.bindProtocol : r.connectProtocol);
        if (!own.isEmpty())
            return own;
        // A problem of the other cell alone is shown there, not while this one is typed.
        if (!ConfigValidator::portProblem(bindSide ? r.connectPort : r.bindPort,
                                          bindSide ? r.connectProtocol : r.bindProtocol)
                 .isEmpty())
            return QString();
        return ConfigValidator::rulePortsProblem(r, warning);
    };
    setCheckers([check](const QString &text) { return check(text, nullptr); },
                [check](const QString &text) {
                    QString warning;
                    check(text, &warning);
                    return warning;
                });
}

void PortEdit::step(int delta) {
    // A range moves as a whole, its length kept, within 1..65535.
    if (const auto range = PortRange::looksLikeRange(text())
                               ? PortRange::parse(text(), Protocol::Tcp)
                               : std::nullopt) {
        const int shift = qBound(1 - int(range->first), delta, 65535 - int(range->last));
        setText(QStringLiteral("%1-%2").arg(range->first + shift).arg(range->last + shift));
        return;
    }
    bool isNumber = false;
    int value = text().toInt(&isNumber);
    if (!isNumber) {
        const auto resolved = resolvePort(text(), Protocol::Tcp);
        value = resolved ? int(*resolved) : 0;
    }
    setText(QString::number(qBound(1, value + delta, 65535)));
}

void PortEdit::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Up:
        step(1);
        return;
    case Qt::Key_Down:
        step(-1);
        return;
    case Qt::Key_PageUp:
        step(10);
        return;
    case Qt::Key_PageDown:
        step(-10);
        return;
    default:
        ValidatedLineEdit::keyPressEvent(event);
    }
}

void PortEdit::wheelEvent(QWheelEvent *event) {
    if (!hasFocus())
        return ValidatedLineEdit::wheelEvent(event);
    step(event->angleDelta().y() > 0 ? 1 : -1);
    event->accept();
}
