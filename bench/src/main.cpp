// prbench: load generator and backends of PortRelay's benchmark (see bench/README.md).
#include "Modes.h"

#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

const char kUsage[] =
    "usage: prbench MODE --key value ...   (every address is 127.0.0.1)\n"
    "  backend   --sink P --slow P --slow-rate BYTES_PER_S --echo P --half P --lifetime S\n"
    "  stream    --port P --bytes N --conns C --timeout S\n"
    "  connrate  --port P --parallel K --count N --timeout S\n"
    "  pingpong  --port P --conns C --count N --timeout S\n"
    "  idle      --port P --steps 1000,10000 --pid RELAY_PID --timeout S --window 4\n"
    "  slowgrowth --port P --seconds S --pid RELAY_PID\n"
    "  exact     --port P --bytes N --timeout S   (port forwards to the echo backend)\n"
    "  halfclose --port P --bytes N --timeout S   (port forwards to the half backend)\n";

struct Mode {
    const char *name;
    int (*run)(const bench::Options &);
};

const Mode kModes[] = {
    {"backend", bench::runBackend},   {"stream", bench::runStream},
    {"connrate", bench::runConnRate}, {"pingpong", bench::runPingPong},
    {"idle", bench::runIdle},         {"slowgrowth", bench::runSlowGrowth},
    {"exact", bench::runCheckExact},  {"halfclose", bench::runCheckHalf},
};

} // namespace

int main(int argc, char **argv) {
    std::signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    for (const Mode &mode : kModes) {
        if (std::strcmp(argv[1], mode.name) == 0)
            return mode.run(bench::Options(argc, argv, 2));
    }
    std::fputs(kUsage, stderr);
    return 2;
}
