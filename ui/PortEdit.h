#pragma once

#include "Rule.h"
#include "ValidatedLineEdit.h"

// A port field: a number 1-65535 (Up/Down/PageUp/PageDown step it like a spin box) or a service
// name from the system's services database, kept as written so export writes it back unchanged.
class PortEdit : public ValidatedLineEdit {
    Q_OBJECT
public:
    explicit PortEdit(Protocol protocol, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void step(int delta);
};
