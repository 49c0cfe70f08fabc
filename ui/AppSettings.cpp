#include "AppSettings.h"

#include "RecentFiles.h"

#include <array>
#include <memory>

namespace {
using Key = AppSettings::Key;

// Index = Key. The names are the on-disk format: renaming one forgets the user's choice.
const std::array<AppSettings::KeyInfo, static_cast<size_t>(Key::Count)> &table() {
    static const std::array<AppSettings::KeyInfo, static_cast<size_t>(Key::Count)> keys = {{
        {Key::WindowGeometry, "window/geometry", QByteArray()},
        {Key::WindowState, "window/state", QByteArray()},
        {Key::SplitterState, "window/splitter", QByteArray()},
        // Versioned with the rule table's columns: QHeaderView::restoreState() applies a state
        // by section number, so one saved before columns were inserted (v1 had 12, without
        // Timeout and Source) would give their widths and hidden flags to the wrong columns.
        {Key::RuleColumns, "window/ruleColumns3", QByteArray()},
        {Key::LastFile, "files/last", QString()},
        {Key::RecentFiles, RecentFiles::SettingsKey, QStringList()},
        {Key::ReopenLastFile, "files/reopenLast", true},
        {Key::CloseToTray, "tray/closeToTray", true},
        {Key::StartMinimized, "tray/startMinimized", false},
        {Key::Language, "ui/language", QString()},
        {Key::Autostart, "session/autostart", false},
        {Key::LastFileStarted, "files/lastStarted", true},
        {Key::ExposureSeen, "files/exposureSeen", QString()},
        {Key::RelayThreads, "engine/relayThreads", 1},
    }};
    return keys;
}
} // namespace

const AppSettings::KeyInfo &AppSettings::info(Key key) {
    const auto &keys = table();
    const auto &entry = keys.at(static_cast<size_t>(key));
    Q_ASSERT(entry.key == key);
    return entry;
}

QString AppSettings::name(Key key) {
    return QLatin1String(info(key).name);
}

AppSettings::AppSettings(const QString &iniFile)
    : m_iniFile(iniFile) {}

namespace {
std::unique_ptr<QSettings> open(const QString &iniFile) {
    if (iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
}
} // namespace

QVariant AppSettings::value(Key key) const {
    const KeyInfo &entry = info(key);
    const QVariant stored = open(m_iniFile)->value(QLatin1String(entry.name), entry.defaultValue);
    // INI files bring booleans back as strings; give every key its default's type.
    QVariant typed = stored;
    if (entry.defaultValue.isValid() && typed.metaType() != entry.defaultValue.metaType() &&
        typed.canConvert(entry.defaultValue.metaType()))
        typed.convert(entry.defaultValue.metaType());
    return typed;
}

void AppSettings::setValue(Key key, const QVariant &value) {
    open(m_iniFile)->setValue(name(key), value);
}

void AppSettings::remove(Key key) {
    open(m_iniFile)->remove(name(key));
}

void AppSettings::sync() {
    open(m_iniFile)->sync();
}
