#pragma once

#include "Rule.h"
#include "ValidatedLineEdit.h"

// A port field: a number 1-65535 (Up/Down/PageUp/PageDown step it like a spin box), a range
// "8000-8010" (stepped as a whole) or a service name from the system's services database, kept
// as written so export writes it back unchanged.
class PortEdit : public ValidatedLineEdit {
    Q_OBJECT
public:
    explicit PortEdit(Protocol protocol, QWidget *parent = nullptr);

    // Checks the text as RULE's bind port (BINDSIDE) or connect port, together with the other
    // side, as the validator does: a range must fit the other side; a large range is a warning.
    void setRule(const Rule &rule, bool bindSide);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void step(int delta);
};
