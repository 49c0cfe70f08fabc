// Latency: C persistent connections, each with one 64-byte request in flight at a time; the
// round trip is timed from write() to the last byte of the echo.
#include "Modes.h"
#include "Poller.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {

int runPingPong(const Options &options) {
    const uint16_t port = uint16_t(options.number("port", 0));
    const size_t count = size_t(options.number("conns", 16));
    const uint64_t rounds = options.number("count", 20000);
    const double timeout = options.real("timeout", 20);
    const int warmup = 3; // per connection: the first round trips set up buffers, not measured
    if (port == 0 || count == 0 || count > 1024) {
        std::fputs("pingpong: --port and 1..1024 --conns required\n", stderr);
        return 2;
    }
    struct Conn {
        int fd = -1;
        uint64_t sentAt = 0;
        size_t got = 0;
        int done = 0;
        bool closed = false;
        char buf[64];
    };
    std::vector<Conn> conns(count);
    Poller poller;
    char request[64];
    std::memset(request, 'p', sizeof request);
    std::vector<uint32_t> samples;
    samples.reserve(size_t(rounds));
    uint64_t issued = 0, errors = 0;
    // Every completed round trip, warm-up included: what the relay's CPU time is divided by.
    uint64_t roundTrips = 0;
    size_t active = 0;
    const uint64_t start = nowNs();
    const uint64_t deadline = start + uint64_t(timeout * 1e9);

    auto send = [&](size_t i) {
        Conn &c = conns[i];
        if (issued >= rounds + uint64_t(warmup) * count) {
            c.closed = true;
            --active;
            return;
        }
        ++issued;
        c.got = 0;
        c.sentAt = nowNs();
        if (write(c.fd, request, sizeof request) != ssize_t(sizeof request)) {
            ++errors;
            c.closed = true;
            --active;
        }
    };
    for (size_t i = 0; i < count; ++i) {
        conns[i].fd = connectLoopbackWait(port, 5000);
        if (conns[i].fd < 0) {
            ++errors;
            conns[i].closed = true;
            continue;
        }
        setNoDelay(conns[i].fd);
        poller.add(conns[i].fd, EPOLLIN, i);
        ++active;
    }
    for (size_t i = 0; i < count; ++i) {
        if (!conns[i].closed)
            send(i);
    }
    epoll_event events[1024];
    while (active > 0 && nowNs() < deadline) {
        int n = poller.wait(events, 1024, 100);
        for (int e = 0; e < n; ++e) {
            size_t i = size_t(events[e].data.u64);
            Conn &c = conns[i];
            if (c.closed)
                continue;
            ssize_t r = read(c.fd, c.buf + c.got, sizeof c.buf - c.got);
            if (r < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (r <= 0) {
                ++errors;
                c.closed = true;
                --active;
                poller.remove(c.fd);
                continue;
            }
            c.got += size_t(r);
            if (c.got < sizeof c.buf)
                continue;
            uint64_t rtt = nowNs() - c.sentAt;
            ++roundTrips;
            if (++c.done > warmup && samples.size() < rounds)
                samples.push_back(uint32_t(std::min<uint64_t>(rtt, 0xffffffffull)));
            send(i);
        }
    }
    for (Conn &c : conns) {
        if (c.fd >= 0)
            close(c.fd);
    }
    std::sort(samples.begin(), samples.end());
    auto pct = [&](double p) {
        if (samples.empty())
            return 0.0;
        size_t k = size_t(p * double(samples.size() - 1) + 0.5);
        return double(samples[k]) / 1000.0;
    };
    double sum = 0;
    for (uint32_t s : samples)
        sum += s;
    std::printf(
        "{\"mode\":\"pingpong\",\"conns\":%zu,\"samples\":%zu,\"round_trips\":%llu,"
        "\"errors\":%llu,"
        "\"p50_us\":%.2f,\"p90_us\":%.2f,\"p99_us\":%.2f,\"max_us\":%.2f,"
        "\"mean_us\":%.2f,\"seconds\":%.6f,\"complete\":%s}\n",
        count, samples.size(), (unsigned long long)roundTrips, (unsigned long long)errors, pct(0.5),
        pct(0.9), pct(0.99), pct(1.0), samples.empty() ? 0.0 : sum / double(samples.size()) / 1000,
        nsToSec(nowNs() - start), samples.size() == rounds && errors == 0 ? "true" : "false");
    return 0;
}

} // namespace bench
