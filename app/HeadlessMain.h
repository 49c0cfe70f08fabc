#pragma once

#include "CommandLine.h"

int runHeadless(const CommandLine &cmd);
