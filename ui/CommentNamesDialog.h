#pragma once

#include "CommentNames.h"

#include <QDialog>
#include <QHash>

class QTreeWidget;

// The preview of names taken from comments: each proposal with its comment as written, checked
// when it looks like a name; only the checked ones are taken.
class CommentNamesDialog : public QDialog {
    Q_OBJECT
public:
    CommentNamesDialog(const Config &config, const QVector<CommentNameProposal> &proposals,
                       QWidget *parent = nullptr);

    // Rule id -> name, for the rows the user left checked.
    QHash<int, QString> chosenNames() const;

private:
    QVector<CommentNameProposal> m_proposals;
    QTreeWidget *m_list;
};
