#pragma once

#include "StatsSnapshot.h"

#include <QLabel>

class RelayStatus;

// What goes wrong while the relay runs and belongs to no rule's cell: today, a connection log
// file that cannot be opened or written (the relay goes on, but connections are not logged).
// Shown above the rule table for as long as the relay reports it, gone when it is cleared.
class RuntimeProblemBanner : public QLabel {
    Q_OBJECT
public:
    explicit RuntimeProblemBanner(RelayStatus *status, QWidget *parent = nullptr);

    // The problems of SNAPSHOT, one line each, as the banner shows them (empty: none).
    static QString problemText(const StatsSnapshot &snapshot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const StatsSnapshot &snapshot);

    StatsSnapshot m_snapshot;
};
