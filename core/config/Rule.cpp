#include "Rule.h"

QString protocolName(Protocol p) {
    return p == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}
