#pragma once

#include "RuleValidator.h"
#include "StatsSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QSet>

class Document;

// The rules of a Document as table rows, merged with the engine's latest statistics.
// Edits go through the Document; statistics arrive as whole snapshots and are turned into one
// dataChanged() per run of changed rows, so heavy traffic costs a handful of signals per snapshot.
class RuleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Order = order on screen.
    enum class Column {
        Enabled,
        Name,
        Protocol,
        BindHost,
        BindPort,
        ConnectHost,
        ConnectPort,
        Timeout, // [timeout=N]: empty shows the engine's default
        Source,  // [src=ADDR]: empty lets the system choose
        Options, // the other options, compact (RuleOptionsDialog edits them)
        State,
        Active,
        Total,
        BytesIn,
        BytesOut,
        Denied, // refused by the access lists
        Failed, // accepted, but the target could not be reached (or would loop back)
        Count
    };
    enum Role { RuleIdRole = Qt::UserRole + 1, SortRole, ProblemRole, ProblemIsErrorRole };

    explicit RuleTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    int insertRule(int row, const Rule &rule); // returns the row
    // RULES at ROW in one insertion (one rowsInserted, one revalidation); returns the first row.
    int insertRules(int row, const QVector<Rule> &rules);
    bool moveRule(int row, int to);
    int rowForId(int ruleId) const { return m_rowById.value(ruleId, -1); }
    int ruleIdAt(int row) const;

    void setSnapshot(const StatsSnapshot &snapshot);
    // REASON not empty: nothing can be edited or toggled (enableRefused(REASON) says why).
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    void setProblems(const QVector<RuleValidator::Problem> &problems);
    const RuleStats *statsFor(int ruleId) const;
    // After a language change: the headers and every cell's texts (states, tooltips) are tr()
    // made on demand, so views only need to ask again. Selections and open editors stay.
    void retranslate();

    static Column columnFor(RuleValidator::Field field);
    // What applies without timeout=, in words: "default (72 s)" for UDP, "none" for TCP (the
    // cell itself shows just the value, greyed).
    static QString defaultTimeoutText(Protocol protocol);
    // How a rule is called in messages: its name, else its binds (never a comment of the file).
    static QString ruleTitle(const Rule &rule);
    static int col(Column c) { return static_cast<int>(c); }
    // Whether INDEX is edited in RuleOptionsDialog rather than in its cell: the options, and the
    // target of a rule that forwards to the original destination.
    bool isDialogOnly(const QModelIndex &index) const;

Q_SIGNALS:
    void enableRefused(const QString &reason);

private:
    void rebuildIndex();
    void onRuleChanged(int row);
    void emitRowRanges(const QVector<int> &rows, Column first, Column last);
    QString stateText(const Rule &rule) const;
    QVariant displayValue(const Rule &rule, Column column) const;
    QVariant sortValue(const Rule &rule, Column column) const;

    Document *m_document;
    QHash<int, int> m_rowById;
    QHash<int, RuleStats> m_stats;
    QHash<QPair<int, int>, QString> m_problems; // (rule id, column) -> message
    QSet<QPair<int, int>> m_errorCells;         // of m_problems: errors (the rest are warnings)
    bool m_inStructuralChange = false;
    QString m_readOnlyReason;
};
