#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

// Every persistent preference of the desktop manager in one table of keys over QSettings, so a
// key is spelled once and its default lives beside it. Values are read and written at once (no
// cache): two objects of this class never disagree.
class AppSettings {
public:
    enum class Key {
        WindowGeometry, // QByteArray from QWidget::saveGeometry()
        WindowState,    // QByteArray from QMainWindow::saveState() (tool bars)
        SplitterState,  // QByteArray of the rule table / detail tabs splitter
        RuleColumns,    // QByteArray of the rule table's header (widths, order, hidden)
        LastFile,       // the document open when the manager last quit
        RecentFiles,    // shared with RecentFiles (same key)
        ReopenLastFile, // reopen LastFile at start (its enabled rules start)
        CloseToTray,    // closing the window hides it to the tray (when there is one)
        StartMinimized, // start hidden in the tray (when there is one)
        Language,       // "" = system locale, else a locale name such as "de" or "zh_CN"
        Autostart,      // the user asked for the XDG autostart entry
        // LastFile's rules ran when the manager last quit: only then does the reopen start them
        // (a file opened just to look at stays stopped). True for settings from before Start.
        LastFileStarted,
        ExposureSeen, // ExposureReport::fingerprint() of the last start the user has seen listed
        RelayThreads, // threads of the engine this process runs (from its next start)
        Count
    };

    struct KeyInfo {
        Key key;
        const char *name;
        QVariant defaultValue;
    };
    static const KeyInfo &info(Key key);
    static QString name(Key key);

    AppSettings() = default;
    // For tests: settings in an explicit file instead of the user's.
    explicit AppSettings(const QString &iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    void sync();

    // Typed shortcuts for the common ones.
    bool closeToTray() const { return value(Key::CloseToTray).toBool(); }
    bool startMinimized() const { return value(Key::StartMinimized).toBool(); }
    bool reopenLastFile() const { return value(Key::ReopenLastFile).toBool(); }
    bool lastFileStarted() const { return value(Key::LastFileStarted).toBool(); }
    bool autostart() const { return value(Key::Autostart).toBool(); }
    QString language() const { return value(Key::Language).toString(); }
    int relayThreads() const { return value(Key::RelayThreads).toInt(); }
    QString lastFile() const { return value(Key::LastFile).toString(); }
    QStringList recentFiles() const { return value(Key::RecentFiles).toStringList(); }

private:
    QString m_iniFile; // empty: the application's default QSettings
};
