#pragma once

#include <QIcon>
#include <QList>
#include <QString>

// The icons of the actions and states: the desktop's icon theme where it has the freedesktop name,
// else a small picture bundled in the resources (so that a bare window manager, or an empty
// theme, still shows every icon).
class AppIcons {
public:
    enum class Id {
        Open,
        Save,
        Add,
        Clone,
        Remove,
        MoveUp,
        MoveDown,
        Apply,
        Revert,
        ShowWindow,
        Settings,
        Quit,
        StartAll,
        StopAll,
        About,
        Manual,
        DocumentationFolder,
        RuleExplanation,
        StateListening,
        StateStopped,
        StateError,
        StatePending,
    };

    static QIcon icon(Id id);
    // The freedesktop icon name looked up in the theme.
    static QString themeName(Id id);
    // The bundled picture alone (what icon() gives without a theme icon of that name).
    static QIcon bundled(Id id);
    static QList<Id> all();
};
