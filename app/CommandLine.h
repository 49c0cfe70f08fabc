#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line. Parsed once in main(), handed to one mode.
struct CommandLine {
    enum class Mode { Gui, Headless, Check, Export, Ctl };
    Mode mode = Mode::Gui;
    QString configFile;   // --headless -c FILE / --check FILE / --export OUT FILE
    QString exportTarget; // --export OUT
    QString exportFormat; // --format rinetd|json|nftables|haproxy; empty: by OUT's extension
    bool force = false;   // --export despite errors
    QString user;         // --user NAME: drop root after binding
    bool syslog = false;  // --syslog
    QString ident;        // --ident NAME (syslog tag)
    bool debug = false;   // --debug: trace every connection step
    bool minimized = false;
    QStringList files;     // GUI: files to open
    QString connectTarget; // GUI: --connect PATH or ssh://user@host (manage a service)
    QString controlPath;   // --control PATH ("none": no control socket); empty: the default
    bool ctlJson = false;  // ctl --json
    bool ctlStdio = false; // ctl --stdio
    QStringList ctlArgs;   // ctl: the command and its arguments ("enable", "web")
    int threads = 0;       // --threads N (relay threads; "auto": one per core); 0: not given
};

// The value of --threads: a count from 1 to EngineGroup::kMaxThreads, or "auto" (one per core).
// 0 when it is neither.
int parseThreadCount(const QString &text);

// True when argv asks for a mode that must not touch a display (decided before any
// QGuiApplication exists).
bool commandLineWantsNoGui(int argc, char *argv[]);

// Parses QCoreApplication::arguments(). On --help/--version/usage errors it prints and returns
// false with *exitCode set.
bool parseCommandLine(CommandLine *out, int *exitCode);
