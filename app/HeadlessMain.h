#pragma once

#include "CommandLine.h"

struct Config;

// inlineConfig: run this config instead of reading cmd.configFile (portrelay forward).
int runHeadless(const CommandLine &cmd, const Config *inlineConfig = nullptr);
