#pragma once

#include "StatsSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

class Document;
class QAction;
class QMenu;
class RelayStatus;
class RuleTableModel;
struct Rule;

// The tray icon and its menu: quick enable/disable per rule, all on/off, show the window, quit.
// The icon tells idle / relaying / error at a glance, the tooltip gives the numbers, and a
// message pops up when a rule cannot start or its target keeps refusing.
// The menu is kept in step with the document whether or not a system tray exists, so the
// application can decide to show the icon only when there is a tray to show it in.
class TrayController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Relaying, Error };

    // Toggles go through MODEL (the same checks as the table's checkbox), which edits DOCUMENT.
    // The figures and the state come from STATUS (may be null: only setSnapshot() then).
    TrayController(Document *document, RuleTableModel *model, RelayStatus *status = nullptr,
                   QObject *parent = nullptr);
    ~TrayController() override;

    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *trayIcon() const { return m_icon; }
    QAction *ruleAction(int ruleId) const { return m_ruleActions.value(ruleId); }

    // Shows the icon if the desktop has a tray; returns whether it is shown.
    bool showIcon();
    bool isIconShown() const;

    State state() const { return m_state; }
    QString toolTipText() const { return m_toolTip; }
    static State stateFor(const StatsSnapshot &snapshot);
    static QIcon iconFor(State state);
    // "name: 127.0.0.1:8080 → 10.0.0.5:80", with & doubled for the menu; ERROR (why the rule
    // does not listen) is appended.
    static QString actionText(const Rule &rule, const QString &error = QString());

    // Failures of one rule's target, with no reply from it, before "keeps refusing" is reported.
    static constexpr quint64 RefusalsBeforeNotice = 3;

    // A message from the tray icon (when shown); always logged and emitted as notified().
    void notify(const QString &title, const QString &message,
                QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);

public Q_SLOTS:
    void setSnapshot(const StatsSnapshot &snapshot);
    void onRuleStateChanged(int ruleId, RuleState state, const QString &error);

protected:
    // The menu is a widget and gets QEvent::LanguageChange; this object, not a widget, does not.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void showWindowRequested();
    void toggleWindowRequested(); // the icon was clicked
    void settingsRequested();
    void quitRequested();
    // Also emitted when no tray can show the message (for the log and for tests).
    void notified(const QString &title, const QString &message);

private:
    struct RefusalWatch {
        quint64 failedBase = 0;
        quint64 bytesBase = 0;
        QDateTime lastNotice;
    };

    void retranslateUi();
    void updateStatusTexts(); // the tooltip and the status entry from the counts below
    void syncRuleActions();
    void setRuleEnabled(int ruleId, bool enabled);
    void setAllEnabled(bool enabled);
    void updateIcon();
    void flushBindFailures();
    void watchRefusals(const StatsSnapshot &snapshot);
    QString ruleTitle(int ruleId) const;

    Document *m_document;
    RuleTableModel *m_model;
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_statusAction;
    QAction *m_noRulesAction;
    QAction *m_rulesSeparator;
    QAction *m_enableAllAction;
    QAction *m_disableAllAction;
    QAction *m_showAction;
    QAction *m_settingsAction;
    QAction *m_quitAction;
    QHash<int, QAction *> m_ruleActions;

    State m_state = State::Idle;
    bool m_iconStateKnown = false;
    QString m_toolTip;
    int m_listening = 0;
    int m_failing = 0;
    quint64 m_active = 0;
    StatsSnapshot m_last;
    quint64 m_lastTotalBytes = 0;
    double m_rate = 0;
    QHash<int, RuleState> m_ruleStates;
    QHash<int, QString> m_ruleErrors; // from the last snapshot, shown in the rules' entries
    QHash<int, QString> m_pendingBindFailures; // rule id -> reason, shown together
    QTimer m_bindFailureTimer;
    QHash<int, RefusalWatch> m_refusals;
    QString m_logProblem; // of the last snapshot: noticed once when it appears or changes
};
