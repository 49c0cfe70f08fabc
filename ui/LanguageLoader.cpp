#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

Q_LOGGING_CATEGORY(lcLanguage, "portrelay.language", QtInfoMsg)

namespace {
struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language;
};

Installed &installed() {
    static Installed state;
    return state;
}
} // namespace

QLocale LanguageLoader::localeFor(const QString &language) {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool LanguageLoader::install(const QString &language) {
    Installed &state = installed();
    for (auto *slot : {&state.app, &state.qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    state.language.clear();

    const QLocale locale = localeFor(language);
    // Numbers and dates follow the chosen language too.
    QLocale::setDefault(locale);

    // QTranslator::load(locale, ...) walks the locale's UI languages ("de-AT", "de"...), so a
    // regional variant finds the base language.
    auto app = std::make_unique<QTranslator>();
    const bool appFound = app->load(locale, QStringLiteral("portrelay"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n"));
    if (appFound) {
        QCoreApplication::installTranslator(app.get());
        state.language = app->language();
        state.app = std::move(app);
        // Qt's own strings (dialog buttons, context menus) in the same language. Only with a
        // PortRelay translation: an English program with German buttons would be odd.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        } else {
            qCDebug(lcLanguage) << "no Qt translation for" << locale.name();
        }
    }
    qCDebug(lcLanguage) << "language"
                        << (language.isEmpty() ? QStringLiteral("(system)") : language) << "->"
                        << (appFound ? state.language : QStringLiteral("English"));
    return appFound;
}

QString LanguageLoader::installedLanguage() {
    return installed().language;
}
