#pragma once

#include "CommandLine.h"

int runGui(const CommandLine &cmd);
