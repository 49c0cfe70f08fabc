#pragma once

#include "AccessList.h"

#include <QWidget>

class AclModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Edits one ordered allow/deny list and answers "would this address get in?". For a rule's list
// the global list is checked first, as the engine does, so the answer names the deciding pattern
// of whichever list decided.
class AclEditor : public QWidget {
    Q_OBJECT
public:
    // NAME prefixes the objectNames of the child widgets ("globalAcl" -> "globalAclView", ...).
    explicit AclEditor(const QString &name, QWidget *parent = nullptr);

    void setList(const AccessList &list);
    const AccessList &list() const;
    // The list checked before this one (the global list for a rule's editor); null for none.
    void setPrecedingList(const AccessList *preceding);
    void setHeading(const QString &text);

    struct Verdict {
        bool allowed = true;
        QString text;
    };
    static Verdict explain(const AccessList *preceding, const AccessList &own,
                           const QString &address);

Q_SIGNALS:
    void listEdited(const AccessList &list);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addEntry(AclEntry::Kind kind);
    void removeSelected();
    void moveSelected(int delta);
    void updateButtons();
    void updateVerdict();
    int currentRow() const;

    AclModel *m_model;
    const AccessList *m_preceding = nullptr;
    QLabel *m_heading;
    QTableView *m_view;
    QPushButton *m_addAllow;
    QPushButton *m_addDeny;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_testAddress;
    QLabel *m_testLabel;
    QLabel *m_verdict;
};
