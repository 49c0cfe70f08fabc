#include "ConfigCommands.h"

#include <cstdio>

// PLACEHOLDER until the config reader lands (owned by the config work).
int runCheck(const CommandLine &) {
    std::fputs("portrelay: --check is not built yet\n", stderr);
    return 2;
}

int runExport(const CommandLine &) {
    std::fputs("portrelay: --export is not built yet\n", stderr);
    return 2;
}
