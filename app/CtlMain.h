#pragma once

#include "CommandLine.h"

// `portrelay ctl ...`: one command against a running service's control socket, or --stdio.
// Exit status: 0 done, 1 refused or errors, 2 no service reachable.
int runCtl(const CommandLine &cmd);
