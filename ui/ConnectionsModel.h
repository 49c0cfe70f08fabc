#pragma once

#include "StatsSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

// The open connections of one rule (or of all rules) from the latest snapshot. Updates keep rows
// that stay open in place, so the selection survives while connections come and go.
class ConnectionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // OriginalDestination: where an intercepted connection's client was going (empty for the
    // connections of other rules).
    enum class Column { Client, OriginalDestination, Since, Duration, FromClient, ToClient, Count };
    enum Role { ConnectionIdRole = Qt::UserRole + 1, SortRole };
    static constexpr int MaxIncrementalRuns = 32;

    explicit ConnectionsModel(QObject *parent = nullptr);

    void setRuleFilter(int ruleId); // 0: all rules
    int ruleFilter() const { return m_ruleId; }
    void setSnapshot(const StatsSnapshot &snapshot);
    quint64 connectionIdAt(int row) const;
    // Whether a row shows an original destination (otherwise its column can be hidden).
    bool hasOriginalDestinations() const { return m_hasOriginalDestinations; }
    // After a language change: headers and cells (units, durations) are asked for again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static int col(Column c) { return static_cast<int>(c); }

Q_SIGNALS:
    void originalDestinationsPresenceChanged(bool present);

private:
    void update();

    struct Row {
        ConnectionStats stats;
        qint64 startedMs = 0; // converted once: QDateTime arithmetic in local time is costly
    };
    static Row makeRow(const ConnectionStats &stats);

    int m_ruleId = 0;
    StatsSnapshot m_snapshot;
    qint64 m_takenAtMs = 0;
    QVector<Row> m_rows;
    bool m_hasOriginalDestinations = false;
};
