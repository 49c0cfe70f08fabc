// libFuzzer target: the /proc/net/{tcp,udp}[6] reader never fails on any bytes and only returns
// sockets with a port and an address.
#include "BoundSockets.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    for (Protocol protocol : {Protocol::Tcp, Protocol::Udp}) {
        for (const BoundSocket &socket : BoundSockets::parseProcNet(bytes, protocol)) {
            if (socket.port == 0 || socket.address.isNull() || socket.protocol != protocol)
                abort();
        }
    }
    return 0;
}
