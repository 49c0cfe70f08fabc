// Correctness checks run against every relay:
//   exact:     N random bytes through the echo backend, compared byte for byte on return;
//   halfclose: N random bytes, then shutdown(SHUT_WR); the backend answers only after EOF with
//              the count and hash of what it got plus 256 KiB: all of it must arrive.
#include "Modes.h"
#include "Poller.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {
namespace {

void printResult(const char *mode, bool ok, uint64_t sent, uint64_t received,
                 const std::string &detail) {
    std::printf("{\"mode\":\"%s\",\"ok\":%s,\"sent\":%llu,\"received\":%llu,\"detail\":\"%s\"}\n",
                mode, ok ? "true" : "false", (unsigned long long)sent, (unsigned long long)received,
                detail.c_str());
}

} // namespace

int runCheckExact(const Options &options) {
    const uint16_t port = uint16_t(options.number("port", 0));
    const uint64_t total = options.number("bytes", 16ull << 20);
    const double timeout = options.real("timeout", 30);
    int fd = connectLoopbackWait(port, 5000);
    if (fd < 0) {
        printResult("exact", false, 0, 0, "connect failed");
        return 0;
    }
    Poller poller;
    poller.add(fd, EPOLLIN | EPOLLOUT, 0);
    ByteStream out(42), expect(42);
    std::vector<char> chunk(64 * 1024), in(256 * 1024);
    size_t chunkLen = 0, chunkOff = 0;
    uint64_t sent = 0, received = 0;
    std::string detail;
    const uint64_t deadline = nowNs() + uint64_t(timeout * 1e9);
    while (received < total && detail.empty() && nowNs() < deadline) {
        epoll_event ev;
        if (poller.wait(&ev, 1, 100) != 1)
            continue;
        if ((ev.events & EPOLLOUT) && sent < total) {
            if (chunkOff == chunkLen) {
                chunkLen = size_t(total - sent < chunk.size() ? total - sent : chunk.size());
                out.fill(chunk.data(), chunkLen);
                chunkOff = 0;
            }
            ssize_t w = write(fd, chunk.data() + chunkOff, chunkLen - chunkOff);
            if (w > 0) {
                chunkOff += size_t(w);
                sent += uint64_t(w);
                if (sent == total)
                    poller.modify(fd, EPOLLIN, 0);
            } else if (w < 0 && errno != EAGAIN && errno != EINTR) {
                detail = std::string("write failed: ") + std::strerror(errno);
            }
        }
        if (ev.events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            ssize_t r = read(fd, in.data(), in.size());
            if (r > 0) {
                size_t bad = expect.verify(in.data(), size_t(r));
                if (bad != size_t(r))
                    detail = "first difference at byte " + std::to_string(received + bad);
                received += uint64_t(r);
            } else if (r == 0) {
                detail = "connection closed early";
            } else if (errno != EAGAIN && errno != EINTR) {
                detail = std::string("read failed: ") + std::strerror(errno);
            }
        }
    }
    if (detail.empty() && received < total)
        detail = "timed out";
    close(fd);
    printResult("exact", detail.empty() && received == total, sent, received,
                detail.empty() ? "all bytes identical" : detail);
    return 0;
}

int runCheckHalf(const Options &options) {
    const uint16_t port = uint16_t(options.number("port", 0));
    const uint64_t total = options.number("bytes", 1ull << 20);
    const double timeout = options.real("timeout", 20);
    int fd = connectLoopbackWait(port, 5000);
    if (fd < 0) {
        printResult("halfclose", false, 0, 0, "connect failed");
        return 0;
    }
    Poller poller;
    poller.add(fd, EPOLLIN | EPOLLOUT, 0);
    ByteStream out(7);
    uint64_t hash = kFnvInit;
    std::vector<char> chunk(64 * 1024), reply;
    size_t chunkLen = 0, chunkOff = 0;
    uint64_t sent = 0;
    bool eof = false;
    std::string detail;
    const uint64_t deadline = nowNs() + uint64_t(timeout * 1e9);
    if (total == 0) {
        shutdown(fd, SHUT_WR);
        poller.modify(fd, EPOLLIN, 0);
    }
    while (!eof && detail.empty() && nowNs() < deadline) {
        epoll_event ev;
        if (poller.wait(&ev, 1, 100) != 1)
            continue;
        if ((ev.events & EPOLLOUT) && sent < total) {
            if (chunkOff == chunkLen) {
                chunkLen = size_t(total - sent < chunk.size() ? total - sent : chunk.size());
                out.fill(chunk.data(), chunkLen);
                hash = fnv1a(hash, chunk.data(), chunkLen);
                chunkOff = 0;
            }
            ssize_t w = write(fd, chunk.data() + chunkOff, chunkLen - chunkOff);
            if (w > 0) {
                chunkOff += size_t(w);
                sent += uint64_t(w);
                if (sent == total) {
                    shutdown(fd, SHUT_WR); // EOF to the relay; the reply must still come back
                    poller.modify(fd, EPOLLIN, 0);
                }
            } else if (w < 0 && errno != EAGAIN && errno != EINTR) {
                detail = std::string("write failed: ") + std::strerror(errno);
            }
        }
        if (ev.events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            char buf[65536];
            ssize_t r = read(fd, buf, sizeof buf);
            if (r > 0)
                reply.insert(reply.end(), buf, buf + r);
            else if (r == 0)
                eof = true;
            else if (errno != EAGAIN && errno != EINTR)
                detail = std::string("read failed: ") + std::strerror(errno);
            if (reply.size() > 16 + kHalfReplyBytes)
                detail = "more reply bytes than sent";
        }
    }
    close(fd);
    const size_t expected = 16 + kHalfReplyBytes;
    if (detail.empty() && !eof)
        detail = "timed out";
    if (detail.empty() && reply.size() != expected)
        detail = "reply after EOF: got " + std::to_string(reply.size()) + " of " +
                 std::to_string(expected) + " bytes";
    if (detail.empty()) {
        uint64_t count = 0, theirHash = 0;
        std::memcpy(&count, reply.data(), 8);
        std::memcpy(&theirHash, reply.data() + 8, 8);
        ByteStream expect(kHalfReplySeed);
        if (count != total || theirHash != hash)
            detail = "backend saw " + std::to_string(count) + " bytes with a different hash";
        else if (expect.verify(reply.data() + 16, kHalfReplyBytes) != kHalfReplyBytes)
            detail = "reply bytes differ";
    }
    printResult("halfclose", detail.empty(), sent, reply.size(),
                detail.empty() ? "reply after EOF complete" : detail);
    return 0;
}

} // namespace bench
