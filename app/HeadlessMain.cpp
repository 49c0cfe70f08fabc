#include "HeadlessMain.h"

#include <cstdio>

// PLACEHOLDER until the engine lands (owned by the headless work).
int runHeadless(const CommandLine &) {
    std::fputs("portrelay: --headless is not built yet\n", stderr);
    return 2;
}
