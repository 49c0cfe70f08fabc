#pragma once

#include <QTableView>

// The rule table: a QTableView that says what to do when there is nothing to show yet.
class RuleTableView : public QTableView {
    Q_OBJECT
public:
    explicit RuleTableView(QWidget *parent = nullptr);

    void setEmptyHint(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyHint;
};
