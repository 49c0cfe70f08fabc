// Bulk throughput: C connections push N bytes in total to the sink, then half-close and wait
// for the far end to close. The clock runs from the first byte to the last connection's close,
// so bytes still queued inside the relay when the client finishes writing are counted.
#include "Modes.h"
#include "Poller.h"

#include <cerrno>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {

int runStream(const Options &options) {
    const uint16_t port = uint16_t(options.number("port", 0));
    const uint64_t total = options.number("bytes", 1ull << 30);
    const size_t count = size_t(options.number("conns", 1));
    const double timeout = options.real("timeout", 60);
    if (port == 0 || count == 0 || count > 1024) {
        std::fputs("stream: --port and 1..1024 --conns required\n", stderr);
        return 2;
    }
    struct Conn {
        int fd = -1;
        uint64_t left = 0;
        bool shut = false;
        bool done = false;
    };
    std::vector<Conn> conns(count);
    Poller poller;
    int connectFailures = 0;
    for (size_t i = 0; i < count; ++i) {
        conns[i].left = total / count + (i < total % count ? 1 : 0);
        conns[i].fd = connectLoopbackWait(port, 5000);
        if (conns[i].fd < 0) {
            ++connectFailures;
            conns[i].done = true;
            continue;
        }
        poller.add(conns[i].fd, EPOLLOUT, i);
    }
    std::vector<char> chunk(256 * 1024);
    ByteStream(1).fill(chunk.data(), chunk.size());
    uint64_t sent = 0;
    size_t finished = size_t(connectFailures);
    int errors = 0;
    const uint64_t start = nowNs();
    const uint64_t deadline = start + uint64_t(timeout * 1e9);
    uint64_t end = start;
    epoll_event events[1024];
    while (finished < count && nowNs() < deadline) {
        int n = poller.wait(events, 1024, 100);
        for (int e = 0; e < n; ++e) {
            Conn &c = conns[events[e].data.u64];
            if (c.done)
                continue;
            if (!c.shut) {
                size_t want = c.left < chunk.size() ? size_t(c.left) : chunk.size();
                ssize_t w = write(c.fd, chunk.data(), want);
                if (w > 0) {
                    c.left -= uint64_t(w);
                    sent += uint64_t(w);
                } else if (w < 0 && errno != EAGAIN && errno != EINTR) {
                    ++errors;
                    c.done = true;
                    ++finished;
                    poller.remove(c.fd);
                    continue;
                }
                if (c.left == 0) {
                    shutdown(c.fd, SHUT_WR);
                    c.shut = true;
                    poller.modify(c.fd, EPOLLIN, events[e].data.u64);
                }
                continue;
            }
            // Waiting for the far end to close after our EOF.
            char scratch[4096];
            ssize_t r = read(c.fd, scratch, sizeof scratch);
            if (r > 0 || (r < 0 && (errno == EAGAIN || errno == EINTR)))
                continue;
            c.done = true;
            ++finished;
            end = nowNs();
            poller.remove(c.fd);
        }
    }
    const bool complete = finished == count && connectFailures == 0 && errors == 0 && sent == total;
    if (!complete)
        end = nowNs();
    for (Conn &c : conns) {
        if (c.fd >= 0)
            close(c.fd);
    }
    const double seconds = nsToSec(end - start);
    std::printf("{\"mode\":\"stream\",\"conns\":%zu,\"bytes_requested\":%llu,\"bytes_sent\":%llu,"
                "\"seconds\":%.6f,\"bytes_per_s\":%.1f,\"complete\":%s,\"connect_failures\":%d,"
                "\"errors\":%d}\n",
                count, (unsigned long long)total, (unsigned long long)sent, seconds,
                seconds > 0 ? double(sent) / seconds : 0.0, complete ? "true" : "false",
                connectFailures, errors);
    return 0;
}

} // namespace bench
