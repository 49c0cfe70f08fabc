#pragma once
// The modes of prbench. Each client mode prints one JSON object on stdout and returns 0 when it
// could run (even if the relay misbehaved: that is a result), non-zero on a usage error.

#include "Common.h"

namespace bench {

int runBackend(const Options &options);
int runStream(const Options &options);
int runConnRate(const Options &options);
int runPingPong(const Options &options);
int runIdle(const Options &options);
int runSlowGrowth(const Options &options);
int runCheckExact(const Options &options);
int runCheckHalf(const Options &options);

} // namespace bench
