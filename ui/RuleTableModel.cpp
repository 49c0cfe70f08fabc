#include "RuleTableModel.h"

#include "AppIcons.h"
#include "Document.h"
#include "HumanUnits.h"
#include "PortRange.h"
#include "RinetdSyntax.h"
#include "RuleOptionsText.h"

#include <QBrush>
#include <QColor>

namespace {

bool sameStats(const RuleStats &a, const RuleStats &b) {
    return a.state == b.state && a.error == b.error && a.active == b.active &&
           a.accepted == b.accepted && a.refused == b.refused && a.failed == b.failed &&
           a.bytesFromClient == b.bytesFromClient && a.bytesToClient == b.bytesToClient &&
           a.datagramsFromClient == b.datagramsFromClient &&
           a.datagramsToClient == b.datagramsToClient && a.dropped == b.dropped;
}

QString protocolText(const Rule &rule) {
    if (rule.bindProtocol == rule.connectProtocol)
        return protocolName(rule.bindProtocol);
    return QStringLiteral("%1→%2").arg(protocolName(rule.bindProtocol),
                                       protocolName(rule.connectProtocol));
}

// Plain seconds, as in the file and in the editor's spin box.
QString secondsText(int seconds) {
    return RuleTableModel::tr("%1 s").arg(seconds);
}

// The idle timeout in force, 0 for none.
int effectiveTimeoutSeconds(const Rule &rule) {
    return rule.timeoutSeconds().value_or(Rule::defaultTimeoutSeconds(rule.bindProtocol));
}

} // namespace

RuleTableModel::RuleTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    connect(m_document, &Document::aboutToReset, this, &RuleTableModel::beginResetModel);
    connect(m_document, &Document::resetDone, this, [this] {
        rebuildIndex();
        endResetModel();
    });
    connect(m_document, &Document::ruleChanged, this, &RuleTableModel::onRuleChanged);
    // Whether a rule's edits are applied shows in its state column.
    // Insertions and removals do not change other rows' states, and a dataChanged() between
    // beginInsertRows() and endInsertRows() would be out of order.
    connect(m_document, &Document::stateChanged, this, [this] {
        if (!m_inStructuralChange && rowCount() > 0)
            Q_EMIT dataChanged(index(0, col(Column::State)),
                               index(rowCount() - 1, col(Column::State)));
    });
    rebuildIndex();
}

int RuleTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_document->config().rules.size();
}

int RuleTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : col(Column::Count);
}

int RuleTableModel::ruleIdAt(int row) const {
    const auto &rules = m_document->config().rules;
    return row >= 0 && row < rules.size() ? rules.at(row).id : 0;
}

const RuleStats *RuleTableModel::statsFor(int ruleId) const {
    auto it = m_stats.constFind(ruleId);
    return it == m_stats.constEnd() ? nullptr : &it.value();
}

QString RuleTableModel::stateText(const Rule &rule) const {
    const Rule *running = m_document->appliedRule(rule.id);
    if (!running)
        return m_document->isStopped() ? tr("stopped") : tr("not applied");
    QString text;
    const RuleStats *stats = statsFor(rule.id);
    if (!rule.enabled)
        text = tr("disabled");
    else if (!stats)
        text = tr("starting");
    else if (stats->state == RuleState::Listening)
        text = tr("listening");
    else if (stats->state == RuleState::Error)
        text = stats->error.isEmpty() ? tr("error") : stats->error;
    else
        text = tr("disabled");
    if (*running != rule)
        text = tr("%1 (edited, not applied)").arg(text);
    return text;
}

QVariant RuleTableModel::displayValue(const Rule &rule, Column column) const {
    const RuleStats *stats = statsFor(rule.id);
    switch (column) {
    case Column::Enabled:
        return {};
    case Column::Name:
        // Only a name the user gave (or a "#portrelay: name=" annotation): a comment above a rule
        // may be anything, a commented-out forwarding or a column header among them.
        return rule.name;
    case Column::Protocol:
        return protocolText(rule);
    case Column::BindHost:
        return rule.bindHost;
    case Column::BindPort:
        return rule.bindPort;
    case Column::ConnectHost:
        return rule.forwardsToOriginalDestination() ? tr("original destination") : rule.connectHost;
    case Column::ConnectPort:
        return rule.forwardsToOriginalDestination() ? tr("original") : rule.connectPort;
    case Column::Timeout:
        if (rule.timeoutIsDefault()) // greyed: the value that applies, kept short for the column
            return Rule::defaultTimeoutSeconds(rule.bindProtocol) > 0
                       ? secondsText(Rule::defaultTimeoutSeconds(rule.bindProtocol))
                       : tr("none");
        if (const auto seconds = rule.timeoutSeconds())
            return secondsText(*seconds);
        return rule.option(QStringLiteral("timeout")); // not a number: marked by the validator
    case Column::Source:
        return rule.sourceAddress().isEmpty() ? tr("automatic") : rule.sourceAddress();
    case Column::Options:
        return RuleOptionsText::summary(rule);
    case Column::State:
        return stateText(rule);
    case Column::Active:
        return stats ? QString::number(stats->active) : QString();
    case Column::Total:
        return stats ? QString::number(stats->accepted) : QString();
    case Column::BytesIn:
        return stats ? HumanUnits::bytes(stats->bytesFromClient) : QString();
    case Column::BytesOut:
        return stats ? HumanUnits::bytes(stats->bytesToClient) : QString();
    case Column::Denied:
        return stats ? QString::number(stats->refused) : QString();
    case Column::Failed:
        return stats ? QString::number(stats->failed) : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant RuleTableModel::sortValue(const Rule &rule, Column column) const {
    const RuleStats *stats = statsFor(rule.id);
    switch (column) {
    case Column::Enabled:
        return rule.enabled ? 1 : 0;
    case Column::BindPort:
        if (const auto range = PortRange::parse(rule.bindPort, rule.bindProtocol))
            return int(range->first); // a range sorts by its first port
        return rule.resolvedBindPort() ? int(*rule.resolvedBindPort()) : 0;
    case Column::ConnectPort:
        return rule.resolvedConnectPort() ? int(*rule.resolvedConnectPort()) : 0;
    case Column::Timeout:
        return effectiveTimeoutSeconds(rule);
    case Column::Source:
        return rule.sourceAddress();
    case Column::Active:
        return stats ? stats->active : 0;
    case Column::Total:
        return stats ? stats->accepted : 0;
    case Column::BytesIn:
        return stats ? stats->bytesFromClient : 0;
    case Column::BytesOut:
        return stats ? stats->bytesToClient : 0;
    case Column::Denied:
        return stats ? stats->refused : 0;
    case Column::Failed:
        return stats ? stats->failed : 0;
    default:
        return displayValue(rule, column);
    }
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_document->config().rules.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QString problem = m_problems.value({rule.id, index.column()});
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(rule, column);
    case Qt::EditRole:
        if (column == Column::Name)
            return rule.name;
        if (column == Column::Protocol)
            return static_cast<int>(rule.bindProtocol);
        if (column == Column::Timeout)
            return rule.timeoutSeconds().value_or(0); // 0: not set, the default applies
        if (column == Column::Source)
            return rule.sourceAddress();
        if (column == Column::ConnectHost) // as written, "original" too
            return rule.connectHost;
        if (column == Column::ConnectPort)
            return rule.connectPort;
        return displayValue(rule, column);
    case Qt::CheckStateRole:
        if (column == Column::Enabled)
            return rule.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        // The state as a picture beside its text: green listening, grey stopped, red error,
        // amber waiting (for Apply, or for the engine's first report).
        if (column == Column::State) {
            const RuleStats *stats = statsFor(rule.id);
            if (!m_document->appliedRule(rule.id) || (rule.enabled && !stats))
                return AppIcons::icon(AppIcons::Id::StatePending);
            if (!rule.enabled || stats->state == RuleState::Disabled)
                return AppIcons::icon(AppIcons::Id::StateStopped);
            return AppIcons::icon(stats->state == RuleState::Error ? AppIcons::Id::StateError
                                                                   : AppIcons::Id::StateListening);
        }
        return {};
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        if (column == Column::State)
            return stateText(rule);
        if (column == Column::Name) {
            QStringList lines;
            // timeout= and src= have columns; other options are kept and written back as they
            // are, and only shown here.
            QStringList options;
            for (const RuleOption &option : rule.options)
                if (!RinetdSyntax::isKnownOption(option.name))
                    options.append(QStringLiteral("%1=%2").arg(option.name, option.value));
            if (!options.isEmpty())
                lines.append(tr("Options: %1").arg(options.join(QStringLiteral(", "))));
            if (!rule.acl.isEmpty())
                lines.append(tr("%n allow/deny pattern(s) of its own", nullptr,
                                int(rule.acl.entries.size())));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        if (column == Column::Enabled) {
            // Only a rule the relay runs is started or stopped at once; a new one waits for
            // Apply like every other edit.
            if (!m_document->appliedRule(rule.id))
                return rule.enabled ? tr("Enabled: starts with Apply (not running yet)")
                                    : tr("Disabled: not running");
            return rule.enabled ? tr("Enabled: click to stop this rule now, without Apply")
                                : tr("Disabled: click to start this rule now, without Apply");
        }
        if (column == Column::Timeout) {
            const int seconds = effectiveTimeoutSeconds(rule);
            QString text;
            if (seconds <= 0)
                text = tr("Connections are never closed for being idle. Set a timeout to close "
                          "them after that many seconds without traffic.");
            else
                text = rule.bindProtocol == Protocol::Udp
                           ? tr("A UDP session ends after %1 without datagrams.")
                                 .arg(HumanUnits::duration(seconds))
                           : tr("A connection is closed after %1 without traffic.")
                                 .arg(HumanUnits::duration(seconds));
            if (rule.timeoutIsDefault())
                text = tr("Not set: the default applies.") + QLatin1Char('\n') + text;
            return text;
        }
        if (column == Column::Source && rule.sourceAddress().isEmpty())
            return tr("The system chooses the source address of connections to the target.");
        if (column == Column::Options) {
            const QString words = RuleOptionsText::description(rule);
            return words.isEmpty() ? tr("No options. Double-click to set FTP, bandwidth, "
                                        "PROXY protocol and interception options.")
                                   : words;
        }
        if ((column == Column::ConnectHost || column == Column::ConnectPort) &&
            rule.forwardsToOriginalDestination())
            return tr("Each connection goes to where its client was going before the kernel "
                      "redirected it here. Change the target in the rule's options.");
        if ((column == Column::BindPort || column == Column::ConnectPort) &&
            (PortRange::looksLikeRange(rule.bindPort) ||
             PortRange::looksLikeRange(rule.connectPort))) {
            const int ports = int(forwardedPorts(rule).size());
            if (ports > 0)
                return tr("%n port(s), one listener each; the Ports tab lists them.", nullptr,
                          ports);
        }
        return {};
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return m_errorCells.contains({rule.id, index.column()}) ? QBrush(QColor(255, 205, 205))
                                                                    : QBrush(QColor(255, 240, 190));
        return {};
    case Qt::ForegroundRole:
        if (!problem.isEmpty())
            return m_errorCells.contains({rule.id, index.column()}) ? QBrush(QColor(120, 0, 0))
                                                                    : QBrush(QColor(90, 60, 0));
        // Not set: what is shown is the default, not a value of the rule. Read-only, every value
        // is greyed by the view already: a darker grey would make the defaults stand out.
        if (!isReadOnly() && ((column == Column::Timeout && rule.timeoutIsDefault()) ||
                              (column == Column::Source && rule.sourceAddress().isEmpty()) ||
                              ((column == Column::ConnectHost || column == Column::ConnectPort) &&
                               rule.forwardsToOriginalDestination())))
            return QBrush(QColor(110, 110, 110));
        if (column == Column::State) {
            const RuleStats *stats = statsFor(rule.id);
            if (stats && rule.enabled && stats->state == RuleState::Error)
                return QBrush(QColor(190, 0, 0));
            if (stats && rule.enabled && stats->state == RuleState::Listening)
                return QBrush(QColor(0, 120, 0));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Column::Active)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RuleIdRole:
        return rule.id;
    case SortRole:
        return sortValue(rule, column);
    case ProblemRole:
        return problem;
    case ProblemIsErrorRole: // false for a warning (and for no problem)
        return m_errorCells.contains({rule.id, index.column()});
    default:
        return {};
    }
}

void RuleTableModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, col(Column::Count) - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, col(Column::Count) - 1));
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Column::Enabled:
            return tr("On: starts or stops a running rule at once, without Apply; every other "
                      "column waits for Apply");
        case Column::Timeout:
            return tr("Idle timeout in seconds (rinetd's timeout= option); 0 or empty: the "
                      "default, %1 for UDP, none for TCP")
                .arg(secondsText(Rule::defaultTimeoutSeconds(Protocol::Udp)));
        case Column::Source:
            return tr("Source address of connections to the target (rinetd's src= option); "
                      "empty: chosen by the system");
        case Column::Options:
            return tr("FTP helper, bandwidth limits, transparent source, PROXY protocol, HTTP "
                      "translation and any other option (double-click to edit)");
        case Column::Active:
            return tr("Open connections");
        case Column::Total:
            return tr("Connections accepted since start");
        case Column::BytesIn:
            return tr("Bytes from clients to the target");
        case Column::BytesOut:
            return tr("Bytes from the target to clients");
        case Column::Denied:
            return tr("Connections (UDP: sessions) refused by the access lists since start");
        case Column::Failed:
            return tr("Connections accepted whose target could not be reached: refused, "
                      "unreachable, not resolved, or one of this relay's own ports");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Enabled:
        return tr("On");
    case Column::Name:
        return tr("Name");
    case Column::Protocol:
        return tr("Protocol");
    case Column::BindHost:
        return tr("Bind address");
    case Column::BindPort:
        return tr("Port");
    case Column::ConnectHost:
        return tr("Target address");
    case Column::ConnectPort:
        return tr("Target port");
    case Column::Timeout:
        return tr("Timeout");
    case Column::Source:
        return tr("Source");
    case Column::Options:
        return tr("Options");
    case Column::State:
        return tr("State");
    case Column::Active:
        return tr("Active");
    case Column::Total:
        return tr("Total");
    case Column::BytesIn:
        return tr("In");
    case Column::BytesOut:
        return tr("Out");
    case Column::Denied:
        return tr("Denied");
    case Column::Failed:
        return tr("Failed");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const auto column = static_cast<Column>(index.column());
    if (isReadOnly())
        return f;
    if (column == Column::Enabled)
        f |= Qt::ItemIsUserCheckable;
    else if (column < Column::State && !isDialogOnly(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RuleTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (isReadOnly()) {
        Q_EMIT enableRefused(m_readOnlyReason);
        return false;
    }
    const auto column = static_cast<Column>(index.column());
    if (column == Column::Enabled) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool enable = value.toInt() == Qt::Checked;
        if (enable) {
            const QString refusal = m_document->enableRefusal(index.row());
            if (!refusal.isEmpty()) {
                Q_EMIT enableRefused(refusal);
                return false;
            }
        }
        m_document->setRuleEnabled(index.row(), enable);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    Rule rule = m_document->config().rules.at(index.row());
    const QString text = value.toString().trimmed();
    switch (column) {
    case Column::Name:
        rule.name = value.toString();
        break;
    case Column::Protocol:
        rule.setProtocol(static_cast<Protocol>(value.toInt()));
        break;
    case Column::BindHost:
        rule.bindHost = text;
        break;
    case Column::BindPort:
        rule.bindPort = text;
        break;
    case Column::ConnectHost:
        rule.connectHost = text;
        break;
    case Column::ConnectPort:
        rule.connectPort = text;
        break;
    case Column::Timeout: {
        // Seconds as a number (the spin box) or as text; what 0 means is Rule's business.
        bool ok = true;
        const int seconds = text.isEmpty() ? 0 : value.toInt(&ok);
        if (!ok || seconds < 0)
            return false;
        rule.setTimeoutSeconds(seconds);
        break;
    }
    case Column::Source:
        // Invalid text is kept like a host's: the validator marks the cell.
        if (text != rule.sourceAddress())
            rule.setOption(QStringLiteral("src"), text);
        break;
    default:
        return false;
    }
    m_document->replaceRule(index.row(), rule);
    return true;
}

bool RuleTableModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_inStructuralChange = true;
    for (int i = 0; i < count; ++i)
        m_document->removeRule(row);
    rebuildIndex();
    m_inStructuralChange = false;
    endRemoveRows();
    return true;
}

int RuleTableModel::insertRule(int row, const Rule &rule) {
    row = qBound(0, row, rowCount());
    beginInsertRows({}, row, row);
    m_inStructuralChange = true;
    m_document->insertRule(row, rule);
    rebuildIndex();
    m_inStructuralChange = false;
    endInsertRows();
    return row;
}

int RuleTableModel::insertRules(int row, const QVector<Rule> &rules) {
    row = qBound(0, row, rowCount());
    if (rules.isEmpty())
        return row;
    beginInsertRows({}, row, row + int(rules.size()) - 1);
    m_inStructuralChange = true;
    for (int i = 0; i < rules.size(); ++i)
        m_document->insertRule(row + i, rules.at(i));
    rebuildIndex();
    m_inStructuralChange = false;
    endInsertRows();
    return row;
}

bool RuleTableModel::moveRule(int row, int to) {
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || row == to)
        return false;
    // beginMoveRows wants the destination as the row *before which* to insert.
    const int destination = to > row ? to + 1 : to;
    if (!beginMoveRows({}, row, row, {}, destination))
        return false;
    m_inStructuralChange = true;
    m_document->moveRule(row, to);
    rebuildIndex();
    m_inStructuralChange = false;
    endMoveRows();
    return true;
}

void RuleTableModel::setReadOnly(const QString &reason) {
    if (reason == m_readOnlyReason)
        return;
    m_readOnlyReason = reason;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RuleTableModel::setSnapshot(const StatsSnapshot &snapshot) {
    QHash<int, RuleStats> next;
    next.reserve(snapshot.rules.size());
    for (const RuleStats &stats : snapshot.rules)
        next.insert(stats.ruleId, stats);

    QVector<int> changedRows;
    for (auto it = m_rowById.cbegin(); it != m_rowById.cend(); ++it) {
        const auto oldIt = m_stats.constFind(it.key());
        const auto newIt = next.constFind(it.key());
        const bool hadOld = oldIt != m_stats.constEnd();
        const bool hasNew = newIt != next.constEnd();
        if (hadOld != hasNew || (hadOld && !sameStats(*oldIt, *newIt)))
            changedRows.append(it.value());
    }
    m_stats = std::move(next);
    emitRowRanges(changedRows, Column::State, Column::Failed);
}

void RuleTableModel::setProblems(const QVector<RuleValidator::Problem> &problems) {
    QHash<QPair<int, int>, QString> next;
    QSet<QPair<int, int>> errorCells;
    for (const auto &problem : problems) {
        if (problem.ruleId == 0)
            continue;
        const QPair<int, int> key{problem.ruleId, col(columnFor(problem.field))};
        if (problem.isError)
            errorCells.insert(key);
        QString &message = next[key];
        message =
            message.isEmpty() ? problem.message : message + QLatin1Char('\n') + problem.message;
    }
    if (next == m_problems && errorCells == m_errorCells)
        return;
    QVector<int> rows;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        rows.append(rowForId(it.key().first));
    for (auto it = next.cbegin(); it != next.cend(); ++it)
        rows.append(rowForId(it.key().first));
    m_problems = std::move(next);
    m_errorCells = std::move(errorCells);
    emitRowRanges(rows, Column::Enabled, Column::Options);
}

QString RuleTableModel::ruleTitle(const Rule &rule) {
    if (!rule.name.isEmpty())
        return rule.name;
    auto part = [](const QString &text) { return text.isEmpty() ? QStringLiteral("?") : text; };
    if (rule.forwardsToOriginalDestination())
        return tr("%1:%2 → original destination").arg(part(rule.bindHost), part(rule.bindPort));
    return tr("%1:%2 → %3:%4")
        .arg(part(rule.bindHost), part(rule.bindPort), part(rule.connectHost),
             part(rule.connectPort));
}

QString RuleTableModel::defaultTimeoutText(Protocol protocol) {
    const int seconds = Rule::defaultTimeoutSeconds(protocol);
    return seconds > 0 ? tr("default (%1)").arg(secondsText(seconds)) : tr("none");
}

RuleTableModel::Column RuleTableModel::columnFor(RuleValidator::Field field) {
    switch (field) {
    case RuleValidator::Field::Name:
        return Column::Name;
    case RuleValidator::Field::Protocol:
        return Column::Protocol;
    case RuleValidator::Field::BindHost:
        return Column::BindHost;
    case RuleValidator::Field::BindPort:
        return Column::BindPort;
    case RuleValidator::Field::ConnectHost:
        return Column::ConnectHost;
    case RuleValidator::Field::ConnectPort:
        return Column::ConnectPort;
    case RuleValidator::Field::Acl:
        return Column::Name;
    case RuleValidator::Field::Timeout:
        return Column::Timeout;
    case RuleValidator::Field::Source:
        return Column::Source;
    case RuleValidator::Field::Options:
        return Column::Options;
    }
    return Column::Name;
}

bool RuleTableModel::isDialogOnly(const QModelIndex &index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto column = static_cast<Column>(index.column());
    if (column == Column::Options)
        return true;
    // "original original" is a choice of the options dialog, not an address to type over.
    return (column == Column::ConnectHost || column == Column::ConnectPort) &&
           m_document->config().rules.at(index.row()).forwardsToOriginalDestination();
}

void RuleTableModel::rebuildIndex() {
    m_rowById.clear();
    const auto &rules = m_document->config().rules;
    m_rowById.reserve(rules.size());
    for (int row = 0; row < rules.size(); ++row)
        m_rowById.insert(rules.at(row).id, row);
}

void RuleTableModel::onRuleChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, col(Column::Count) - 1));
}

void RuleTableModel::emitRowRanges(const QVector<int> &rows, Column first, Column last) {
    QVector<int> sorted = rows;
    sorted.removeAll(-1);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int i = 0; i < sorted.size();) {
        int j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(sorted.at(i), col(first)), index(sorted.at(j), col(last)));
        i = j + 1;
    }
}
