#include "PortEdit.h"

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

void PortEdit::step(int delta) {
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
