#pragma once

#include <QLocale>
#include <QString>

// Installs the translators for one language: PortRelay's own (embedded under :/i18n) and Qt's
// (qtbase, from Qt's translations directory). Installing again replaces the previous ones, so a
// test can switch languages; windows created afterwards speak the new language.
class LanguageLoader {
public:
    // LANGUAGE: a locale name ("de", "zh_CN", "en") or empty for the system's UI languages.
    // Returns whether a PortRelay translation was found (English needs none and returns false).
    static bool install(const QString &language);
    static QLocale localeFor(const QString &language);
    // The language whose PortRelay translation is installed ("" when none).
    static QString installedLanguage();
};
