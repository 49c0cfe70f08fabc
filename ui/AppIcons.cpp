#include "AppIcons.h"

#include <QHash>

namespace {
struct IconName {
    const char *theme;
    const char *bundled; // under :/icons/actions/ as NAME-16.png, NAME-24.png, NAME-32.png
};

IconName namesOf(AppIcons::Id id) {
    using Id = AppIcons::Id;
    switch (id) {
    case Id::Open:
        return {"document-open", "open"};
    case Id::Save:
        return {"document-save", "save"};
    case Id::Add:
        return {"list-add", "add"};
    case Id::Clone:
        return {"edit-copy", "clone"};
    case Id::Remove:
        return {"list-remove", "remove"};
    case Id::MoveUp:
        return {"go-up", "up"};
    case Id::MoveDown:
        return {"go-down", "down"};
    case Id::Apply:
        return {"dialog-ok-apply", "apply"};
    case Id::Revert:
        return {"document-revert", "revert"};
    case Id::ShowWindow:
        return {"portrelay", nullptr};
    case Id::Settings:
        return {"configure", "settings"};
    case Id::Quit:
        return {"application-exit", "quit"};
    case Id::StartAll:
        return {"media-playback-start", "start"};
    case Id::StopAll:
        return {"media-playback-stop", "stop"};
    case Id::About:
        return {"help-about", "about"};
    case Id::Manual:
        return {"help-contents", "manual"};
    case Id::DocumentationFolder:
        return {"folder-documents", "folder"};
    case Id::RuleExplanation:
        return {"help-whatsthis", "whatsthis"};
    // The states keep their own colours (green, grey, red, amber) whatever the theme: a themed
    // monochrome play/stop glyph would tell them apart by shape only.
    case Id::StateListening:
        return {nullptr, "state-listening"};
    case Id::StateStopped:
        return {nullptr, "state-stopped"};
    case Id::StateError:
        return {nullptr, "state-error"};
    case Id::StatePending:
        return {nullptr, "state-pending"};
    }
    return {nullptr, nullptr};
}
} // namespace

QString AppIcons::themeName(Id id) {
    const char *name = namesOf(id).theme;
    return name ? QString::fromLatin1(name) : QString();
}

QIcon AppIcons::bundled(Id id) {
    const char *name = namesOf(id).bundled;
    QIcon icon;
    if (!name) { // the application's own icon
        icon.addFile(QStringLiteral(":/icons/portrelay-32.png"), QSize(32, 32));
        icon.addFile(QStringLiteral(":/icons/portrelay-64.png"), QSize(64, 64));
        return icon;
    }
    for (int size : {16, 24, 32})
        icon.addFile(QStringLiteral(":/icons/actions/%1-%2.png").arg(QLatin1String(name)).arg(size),
                     QSize(size, size));
    return icon;
}

QIcon AppIcons::icon(Id id) {
    // Table cells ask for their icon on every repaint: one lookup per theme and icon.
    static QHash<QString, QIcon> cache;
    const QString theme = themeName(id);
    const QString key = QIcon::themeName() + QLatin1Char('/') + QString::number(int(id));
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    const QIcon icon = theme.isEmpty() ? bundled(id) : QIcon::fromTheme(theme, bundled(id));
    cache.insert(key, icon);
    return icon;
}

QList<AppIcons::Id> AppIcons::all() {
    QList<Id> ids;
    for (int i = 0; i <= int(Id::StatePending); ++i)
        ids.append(Id(i));
    return ids;
}
