#include "ConnectionTrace.h"

Q_LOGGING_CATEGORY(lcTrace, lcTraceName, QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnectionEvents, lcConnectionEventsName, QtWarningMsg)
