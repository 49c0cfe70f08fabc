#include "TrayController.h"

#include "AppIcons.h"
#include "Document.h"
#include "HumanUnits.h"
#include "RelayStatus.h"
#include "RuleTableModel.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QSignalBlocker>

Q_LOGGING_CATEGORY(lcTray, "portrelay.tray")

namespace {
// A target that refused is not re-reported for this long (the tray must not nag).
constexpr qint64 RefusalNoticeIntervalSecs = 10 * 60;

QString endpoint(const QString &host, const QString &port) {
    auto part = [](const QString &text) { return text.isEmpty() ? QStringLiteral("?") : text; };
    // An IPv6 address needs brackets before its port.
    const QString h =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : part(host);
    return h + QLatin1Char(':') + part(port);
}
} // namespace

TrayController::TrayController(Document *document, RuleTableModel *model, RelayStatus *status,
                               QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_model(model)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(this)) {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    // The figures at a glance, also where a tray shows no tooltips.
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setObjectName(QStringLiteral("trayStatus"));
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();
    m_noRulesAction = m_menu->addAction(QString());
    m_noRulesAction->setObjectName(QStringLiteral("trayNoRules"));
    m_noRulesAction->setEnabled(false);
    m_rulesSeparator = m_menu->addSeparator();
    m_enableAllAction = m_menu->addAction(QString());
    m_enableAllAction->setObjectName(QStringLiteral("trayEnableAll"));
    m_disableAllAction = m_menu->addAction(QString());
    m_disableAllAction->setObjectName(QStringLiteral("trayDisableAll"));
    m_menu->addSeparator();
    m_showAction = m_menu->addAction(QString());
    m_showAction->setObjectName(QStringLiteral("trayShow"));
    m_settingsAction = m_menu->addAction(QString());
    m_settingsAction->setObjectName(QStringLiteral("traySettings"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("trayQuit"));
    m_enableAllAction->setIcon(AppIcons::icon(AppIcons::Id::StartAll));
    m_disableAllAction->setIcon(AppIcons::icon(AppIcons::Id::StopAll));
    m_showAction->setIcon(AppIcons::icon(AppIcons::Id::ShowWindow));
    m_settingsAction->setIcon(AppIcons::icon(AppIcons::Id::Settings));
    m_quitAction->setIcon(AppIcons::icon(AppIcons::Id::Quit));
    retranslateUi();
    m_menu->installEventFilter(this);

    connect(m_enableAllAction, &QAction::triggered, this, [this] { setAllEnabled(true); });
    connect(m_disableAllAction, &QAction::triggered, this, [this] { setAllEnabled(false); });
    connect(m_showAction, &QAction::triggered, this, &TrayController::showWindowRequested);
    connect(m_settingsAction, &QAction::triggered, this, &TrayController::settingsRequested);
    connect(m_quitAction, &QAction::triggered, this, &TrayController::quitRequested);

    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT toggleWindowRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindowRequested);

    // Whatever changes the rules (the table, Open, Revert, another toggle) reaches the menu.
    connect(m_document, &Document::resetDone, this, &TrayController::syncRuleActions);
    connect(m_document, &Document::ruleChanged, this, &TrayController::syncRuleActions);
    connect(m_document, &Document::stateChanged, this, &TrayController::syncRuleActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrayController::syncRuleActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrayController::syncRuleActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TrayController::syncRuleActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrayController::syncRuleActions);
    connect(m_model, &RuleTableModel::enableRefused, this, [this](const QString &reason) {
        notify(tr("Rule not enabled"), reason, QSystemTrayIcon::Warning);
    });

    // Several rules failing in one apply make one message.
    m_bindFailureTimer.setSingleShot(true);
    m_bindFailureTimer.setInterval(250);
    connect(&m_bindFailureTimer, &QTimer::timeout, this, &TrayController::flushBindFailures);

    // The status object also re-sends its picture as time passes, which brings the throughput
    // to zero when nothing moves.
    if (status) {
        connect(status, &RelayStatus::snapshotChanged, this, &TrayController::setSnapshot);
        connect(status, &RelayStatus::ruleStateChanged, this, &TrayController::onRuleStateChanged);
    }

    syncRuleActions();
    setSnapshot(status ? status->snapshot() : StatsSnapshot());
}

void TrayController::retranslateUi() {
    m_noRulesAction->setText(tr("No rules"));
    m_enableAllAction->setText(tr("&Enable all"));
    m_disableAllAction->setText(tr("&Disable all"));
    m_showAction->setText(tr("&Show PortRelay"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_quitAction->setText(tr("&Quit"));
}

bool TrayController::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_menu && event->type() == QEvent::LanguageChange) {
        retranslateUi();
        syncRuleActions(); // "name: binds — error"
        updateStatusTexts();
    }
    return QObject::eventFilter(watched, event);
}

TrayController::~TrayController() {
    m_menu->removeEventFilter(this);
    // The icon's context menu is not owned by the icon.
    m_icon->setContextMenu(nullptr);
    delete m_menu;
}

bool TrayController::showIcon() {
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcTray) << "no system tray available";
        return false;
    }
    m_icon->show();
    return m_icon->isVisible();
}

bool TrayController::isIconShown() const {
    return m_icon->isVisible();
}

QString TrayController::actionText(const Rule &rule, const QString &error) {
    // A rule without a name or comment is titled by its binds already; do not say them twice.
    Rule bare = rule;
    bare.name.clear();
    bare.notes = Annotations();
    QString title = RuleTableModel::ruleTitle(rule);
    // A long name (or a comment taken as one) must not stretch the menu across the screen.
    constexpr int MaxTitle = 40;
    if (title.size() > MaxTitle)
        title = title.left(MaxTitle - 1) + QChar(0x2026);
    const QString binds = endpoint(rule.bindHost, rule.bindPort) + QStringLiteral(" → ") +
                          endpoint(rule.connectHost, rule.connectPort);
    QString text =
        title == RuleTableModel::ruleTitle(bare) ? binds : tr("%1: %2").arg(title, binds);
    if (rule.bindProtocol == Protocol::Udp || rule.connectProtocol == Protocol::Udp)
        text += QStringLiteral(" (%1)").arg(
            protocolName(rule.bindProtocol) +
            (rule.bindProtocol == rule.connectProtocol
                 ? QString()
                 : QStringLiteral("→") + protocolName(rule.connectProtocol)));
    // Checked but not relaying: the menu says why.
    if (!error.isEmpty())
        text = tr("%1 — %2").arg(text, error);
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    return text;
}

void TrayController::syncRuleActions() {
    const auto &rules = m_document->config().rules;
    QHash<int, QAction *> previous = m_ruleActions;
    m_ruleActions.clear();
    // Take them out and put them back in document order, reusing the action objects: a sync can
    // run from inside one of these actions' own toggled() signal.
    for (QAction *action : std::as_const(previous))
        m_menu->removeAction(action);
    for (const Rule &rule : rules) {
        QAction *action = previous.take(rule.id);
        if (!action) {
            action = new QAction(m_menu);
            action->setCheckable(true);
            action->setObjectName(QStringLiteral("trayRule%1").arg(rule.id));
            const int id = rule.id;
            connect(action, &QAction::triggered, this,
                    [this, id](bool checked) { setRuleEnabled(id, checked); });
        }
        action->setText(actionText(rule, rule.enabled ? m_ruleErrors.value(rule.id) : QString()));
        const QSignalBlocker blocker(action);
        action->setChecked(rule.enabled);
        m_menu->insertAction(m_noRulesAction, action);
        m_ruleActions.insert(rule.id, action);
    }
    for (QAction *gone : std::as_const(previous))
        gone->deleteLater();
    m_noRulesAction->setVisible(rules.isEmpty());
    bool anyOn = false;
    bool anyOff = false;
    for (const Rule &rule : rules) {
        anyOn = anyOn || rule.enabled;
        anyOff = anyOff || !rule.enabled;
    }
    m_enableAllAction->setEnabled(anyOff);
    m_disableAllAction->setEnabled(anyOn);
}

void TrayController::setRuleEnabled(int ruleId, bool enabled) {
    const int row = m_model->rowForId(ruleId);
    if (row < 0)
        return;
    const QModelIndex index =
        m_model->index(row, RuleTableModel::col(RuleTableModel::Column::Enabled));
    if (!m_model->setData(index, enabled ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole))
        qCInfo(lcTray) << "rule" << ruleId << "not toggled";
    // Refused or not, the check mark shows what the document says.
    syncRuleActions();
}

void TrayController::setAllEnabled(bool enabled) {
    QVector<int> ids;
    for (const Rule &rule : m_document->config().rules)
        if (rule.enabled != enabled)
            ids.append(rule.id);
    for (int id : std::as_const(ids))
        setRuleEnabled(id, enabled);
}

TrayController::State TrayController::stateFor(const StatsSnapshot &snapshot) {
    bool listening = false;
    for (const RuleStats &rule : snapshot.rules) {
        if (rule.state == RuleState::Error)
            return State::Error;
        listening = listening || rule.state == RuleState::Listening;
    }
    return listening ? State::Relaying : State::Idle;
}

QIcon TrayController::iconFor(State state) {
    QString name;
    switch (state) {
    case State::Idle:
        name = QStringLiteral("portrelay-tray-idle");
        break;
    case State::Relaying:
        name = QStringLiteral("portrelay-tray-active");
        break;
    case State::Error:
        name = QStringLiteral("portrelay-tray-error");
        break;
    }
    // The PNG renditions work without Qt's SVG plugin; the SVG is used where that plugin exists.
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/%1-32.png").arg(name), QSize(32, 32));
    icon.addFile(QStringLiteral(":/icons/%1-64.png").arg(name), QSize(64, 64));
    return icon;
}

void TrayController::setSnapshot(const StatsSnapshot &snapshot) {
    int listening = 0;
    int failing = 0;
    quint64 active = 0;
    quint64 total = 0;
    for (const RuleStats &rule : snapshot.rules) {
        listening += rule.state == RuleState::Listening ? 1 : 0;
        failing += rule.state == RuleState::Error ? 1 : 0;
        active += rule.active;
        total += rule.bytesFromClient + rule.bytesToClient;
    }
    if (m_last.takenAt.isValid() && snapshot.takenAt.isValid()) {
        const qint64 ms = m_last.takenAt.msecsTo(snapshot.takenAt);
        // Counters go down when rules are removed or reset; that is not negative traffic.
        if (ms > 0)
            m_rate = total >= m_lastTotalBytes ? double(total - m_lastTotalBytes) * 1000.0 / ms : 0;
    }
    m_last = snapshot;
    m_lastTotalBytes = total;
    QHash<int, QString> errors;
    for (const RuleStats &rule : snapshot.rules)
        if (rule.state == RuleState::Error)
            errors.insert(rule.ruleId, rule.error);
    if (errors != m_ruleErrors) {
        m_ruleErrors = errors;
        syncRuleActions();
    }
    watchRefusals(snapshot);

    m_listening = listening;
    m_failing = failing;
    m_active = active;
    updateStatusTexts();

    const State state = stateFor(snapshot);
    if (state != m_state || !m_iconStateKnown) {
        m_state = state;
        m_iconStateKnown = true;
        updateIcon();
    }
}

void TrayController::updateStatusTexts() {
    QStringList lines;
    lines.append(QStringLiteral("PortRelay"));
    lines.append(tr("%n rule(s) listening", nullptr, m_listening));
    if (m_failing)
        lines.append(tr("%n rule(s) failed to start", nullptr, m_failing));
    lines.append(tr("%n active connection(s)", nullptr, int(m_active)));
    lines.append(tr("Throughput: %1").arg(HumanUnits::rate(m_rate)));
    m_toolTip = lines.join(QLatin1Char('\n'));
    m_statusAction->setText(m_failing
                                ? tr("%n listening", nullptr, m_listening) + QStringLiteral(" · ") +
                                      tr("%n failed", nullptr, m_failing) + QStringLiteral(" · ") +
                                      tr("%n connection(s)", nullptr, int(m_active))
                                : tr("%n listening", nullptr, m_listening) + QStringLiteral(" · ") +
                                      tr("%n connection(s)", nullptr, int(m_active)));
    m_icon->setToolTip(m_toolTip);
}

void TrayController::updateIcon() {
    m_icon->setIcon(iconFor(m_state));
}

void TrayController::onRuleStateChanged(int ruleId, RuleState state, const QString &error) {
    const RuleState before = m_ruleStates.value(ruleId, RuleState::Disabled);
    m_ruleStates.insert(ruleId, state);
    if (state == RuleState::Error && before != RuleState::Error) {
        m_pendingBindFailures.insert(ruleId, error);
        m_bindFailureTimer.start();
    } else if (state != RuleState::Error) {
        m_pendingBindFailures.remove(ruleId);
    }
}

void TrayController::flushBindFailures() {
    if (m_pendingBindFailures.isEmpty())
        return;
    QStringList lines;
    for (auto it = m_pendingBindFailures.cbegin(); it != m_pendingBindFailures.cend(); ++it)
        lines.append(tr("%1: %2").arg(ruleTitle(it.key()), it.value()));
    lines.sort();
    const int count = int(m_pendingBindFailures.size());
    m_pendingBindFailures.clear();
    notify(tr("%n rule(s) could not start", nullptr, count), lines.join(QLatin1Char('\n')),
           QSystemTrayIcon::Critical);
}

void TrayController::watchRefusals(const StatsSnapshot &snapshot) {
    const QDateTime now = QDateTime::currentDateTime();
    QHash<int, RefusalWatch> next;
    for (const RuleStats &rule : snapshot.rules) {
        // A rule seen for the first time starts from zero: failures counted before the first
        // snapshot arrived belong to the streak too.
        RefusalWatch watch = m_refusals.value(rule.ruleId);
        if (rule.failed < watch.failedBase || rule.bytesToClient != watch.bytesBase) {
            // Counters were reset, or the target answered: a fresh streak starts here.
            watch.failedBase = rule.failed;
            watch.bytesBase = rule.bytesToClient;
            next.insert(rule.ruleId, watch);
            continue;
        }
        const quint64 streak = rule.failed - watch.failedBase;
        const bool quiet =
            watch.lastNotice.isValid() && watch.lastNotice.secsTo(now) < RefusalNoticeIntervalSecs;
        if (streak >= RefusalsBeforeNotice && !quiet) {
            const Rule *r = m_document->config().ruleById(rule.ruleId);
            const QString target = r ? endpoint(r->connectHost, r->connectPort) : QString();
            notify(tr("Target not reachable"),
                   tr("%1: the target %2 refused or did not answer %n connection(s) in a row.",
                      nullptr, int(streak))
                       .arg(ruleTitle(rule.ruleId), target),
                   QSystemTrayIcon::Warning);
            watch.failedBase = rule.failed;
            watch.lastNotice = now;
        }
        next.insert(rule.ruleId, watch);
    }
    m_refusals = std::move(next);
}

void TrayController::notify(const QString &title, const QString &message,
                            QSystemTrayIcon::MessageIcon icon) {
    qCInfo(lcTray).noquote() << "notice:" << title << "-" << message;
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, icon, 8000);
    Q_EMIT notified(title, message);
}

QString TrayController::ruleTitle(int ruleId) const {
    const Rule *rule = m_document->config().ruleById(ruleId);
    return rule ? RuleTableModel::ruleTitle(*rule) : tr("rule %1").arg(ruleId);
}
