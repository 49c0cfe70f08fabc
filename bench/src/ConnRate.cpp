// Connection rate: K slots, each repeatedly connect / send 64 bytes / read the 64-byte echo /
// close, until N connections completed or the time is up.
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

int runConnRate(const Options &options) {
    const uint16_t port = uint16_t(options.number("port", 0));
    const size_t parallel = size_t(options.number("parallel", 8));
    const uint64_t count = options.number("count", 10000);
    const double timeout = options.real("timeout", 10);
    if (port == 0 || parallel == 0 || parallel > 256) {
        std::fputs("connrate: --port and 1..256 --parallel required\n", stderr);
        return 2;
    }
    struct Slot {
        int fd = -1;
        bool sent = false;
        size_t got = 0;
        char request[64];
        char reply[64];
    };
    std::vector<Slot> slots(parallel);
    Poller poller;
    uint64_t started = 0, completed = 0, errors = 0, mismatches = 0;
    std::string firstError; // what went wrong first, for the report
    const uint64_t start = nowNs();
    const uint64_t deadline = start + uint64_t(timeout * 1e9);
    // In-flight connections get a short grace period after the deadline, then are abandoned.
    const uint64_t hardDeadline = deadline + 2000000000ull;
    uint64_t end = start;
    size_t active = 0;

    auto launch = [&](size_t i) {
        Slot &s = slots[i];
        while (started < count && nowNs() < deadline) {
            ++started;
            s.fd = connectLoopback(port);
            if (s.fd < 0) {
                if (firstError.empty())
                    firstError = std::string("connect: ") + std::strerror(errno);
                ++errors;
                continue;
            }
            s.sent = false;
            s.got = 0;
            std::snprintf(s.request, sizeof s.request, "%063llu", (unsigned long long)started);
            poller.add(s.fd, EPOLLOUT, i);
            ++active;
            return;
        }
    };
    auto finish = [&](size_t i, bool ok, const char *what) {
        Slot &s = slots[i];
        if (!ok && firstError.empty()) {
            int err = connectError(s.fd);
            firstError = std::string(what) + (err ? std::string(": ") + std::strerror(err) : "");
        }
        poller.remove(s.fd);
        close(s.fd);
        s.fd = -1;
        --active;
        if (ok) {
            ++completed;
            end = nowNs();
        } else {
            ++errors;
        }
        launch(i);
    };

    for (size_t i = 0; i < parallel; ++i)
        launch(i);
    epoll_event events[256];
    while (active > 0 && nowNs() < hardDeadline) {
        int n = poller.wait(events, 256, 100);
        for (int e = 0; e < n; ++e) {
            size_t i = size_t(events[e].data.u64);
            Slot &s = slots[i];
            if (s.fd < 0)
                continue;
            if (!s.sent) {
                if (connectError(s.fd) != 0 ||
                    write(s.fd, s.request, sizeof s.request) != ssize_t(sizeof s.request)) {
                    finish(i, false, "connect or request");
                    continue;
                }
                s.sent = true;
                poller.modify(s.fd, EPOLLIN, i);
                continue;
            }
            ssize_t r = read(s.fd, s.reply + s.got, sizeof s.reply - s.got);
            if (r < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (r <= 0) {
                finish(i, false, r == 0 ? "closed before the echo" : "reading the echo");
                continue;
            }
            s.got += size_t(r);
            if (s.got == sizeof s.reply) {
                bool same = std::memcmp(s.request, s.reply, sizeof s.reply) == 0;
                if (!same)
                    ++mismatches;
                finish(i, same, "echo differs");
            }
        }
    }
    for (Slot &s : slots) {
        if (s.fd >= 0)
            close(s.fd);
    }
    const double seconds = nsToSec(end - start);
    std::printf("{\"mode\":\"connrate\",\"parallel\":%zu,\"count_requested\":%llu,"
                "\"completed\":%llu,\"errors\":%llu,\"mismatches\":%llu,\"abandoned\":%zu,"
                "\"seconds\":%.6f,\"conns_per_s\":%.1f,\"first_error\":\"%s\"}\n",
                parallel, (unsigned long long)count, (unsigned long long)completed,
                (unsigned long long)errors, (unsigned long long)mismatches, active, seconds,
                seconds > 0 ? double(completed) / seconds : 0.0, firstError.c_str());
    return 0;
}

} // namespace bench
