#pragma once

#include "CommandLine.h"

int runCheck(const CommandLine &cmd);
int runExport(const CommandLine &cmd);
