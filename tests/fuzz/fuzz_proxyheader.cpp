// libFuzzer target for the PROXY protocol header parser: arbitrary bytes from an untrusted peer.
#include "ProxyHeader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *bytes = reinterpret_cast<const char *>(data);
    for (const ProxyHeader::Accepted accepted :
         {ProxyHeader::Accepted::Any, ProxyHeader::Accepted::V1, ProxyHeader::Accepted::V2}) {
        ProxyHeader parser(accepted);
        const ProxyHeader::Status status = parser.parse(bytes, size);
        switch (status) {
        case ProxyHeader::Status::Complete:
            // The header lies within the input and within the protocol's limits.
            if (parser.headerLength() <= 0 || size_t(parser.headerLength()) > size ||
                parser.headerLength() > ProxyHeader::kMaxLength)
                abort();
            if (parser.version() == ProxyHeader::Version::V1 &&
                parser.headerLength() > ProxyHeader::kMaxV1Length)
                abort();
            if (!parser.isLocal() && (parser.source().isNull() || parser.destination().isNull()))
                abort();
            // A complete header stays complete, with the same length, whatever follows it.
            {
                ProxyHeader again(accepted);
                if (again.parse(bytes, size_t(parser.headerLength())) !=
                        ProxyHeader::Status::Complete ||
                    again.headerLength() != parser.headerLength())
                    abort();
            }
            break;
        case ProxyHeader::Status::NeedMore:
            if (size_t(parser.bytesWanted()) <= size ||
                parser.bytesWanted() > ProxyHeader::kMaxLength)
                abort();
            break;
        case ProxyHeader::Status::Invalid:
            if (parser.error().isEmpty())
                abort();
            break;
        }
    }
    return 0;
}
