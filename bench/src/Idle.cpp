// Idle connections: opens connections in steps (e.g. 1,000 then 10,000), proves each relays by
// a 1-byte echo, holds them, and reads the relay's memory (process tree) at each step. At the end
// every held connection is probed once more: "held, all relaying".
#include "Modes.h"
#include "Poller.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {
namespace {

enum class State { Connecting, Probing, Idle, Failed };

struct Conn {
    int fd = -1;
    State state = State::Connecting;
};

std::vector<size_t> parseSteps(const std::string &text) {
    std::vector<size_t> steps;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t comma = text.find(',', pos);
        if (comma == std::string::npos)
            comma = text.size();
        steps.push_back(size_t(std::strtoull(text.substr(pos, comma - pos).c_str(), nullptr, 10)));
        pos = comma + 1;
    }
    return steps;
}

class IdleHolder {
public:
    IdleHolder(uint16_t port, size_t window)
        : m_port(port)
        , m_window(window) {}

    // Opens connections until target are open (or the deadline), each proven by a 1-byte echo.
    void grow(size_t target, uint64_t deadline) {
        while ((m_conns.size() < target || m_inFlight > 0) && nowNs() < deadline) {
            while (m_conns.size() < target && m_inFlight < m_window) {
                Conn c;
                c.fd = connectLoopback(m_port);
                if (c.fd < 0) {
                    c.state = State::Failed;
                    ++m_failed;
                    m_conns.push_back(c);
                    continue;
                }
                m_poller.add(c.fd, EPOLLOUT, m_conns.size());
                m_conns.push_back(c);
                ++m_inFlight;
            }
            pump(100);
        }
    }

    // Keeps watching for a while (closures by the relay are noticed), without new connections.
    void settle(uint64_t until) {
        while (nowNs() < until)
            pump(50);
    }

    // Sends one byte on every idle connection and waits for all echoes.
    size_t probeAll(uint64_t deadline) {
        for (size_t i = 0; i < m_conns.size(); ++i) {
            Conn &c = m_conns[i];
            if (c.state != State::Idle)
                continue;
            if (write(c.fd, "i", 1) != 1) {
                fail(c);
                continue;
            }
            c.state = State::Probing;
            m_poller.modify(c.fd, EPOLLIN, i);
            ++m_inFlight;
        }
        while (m_inFlight > 0 && nowNs() < deadline)
            pump(100);
        return count(State::Idle);
    }

    size_t count(State state) const {
        size_t n = 0;
        for (const Conn &c : m_conns)
            n += c.state == state ? 1 : 0;
        return n;
    }
    size_t opened() const { return m_conns.size(); }
    size_t failed() const { return m_failed; }
    size_t inFlight() const { return m_inFlight; }

private:
    void fail(Conn &c) {
        if (c.state == State::Connecting || c.state == State::Probing)
            --m_inFlight;
        c.state = State::Failed;
        ++m_failed;
        m_poller.remove(c.fd);
        close(c.fd);
        c.fd = -1;
    }

    void pump(int timeoutMs) {
        epoll_event events[1024];
        int n = m_poller.wait(events, 1024, timeoutMs);
        for (int e = 0; e < n; ++e) {
            size_t i = size_t(events[e].data.u64);
            Conn &c = m_conns[i];
            uint32_t ev = events[e].events;
            switch (c.state) {
            case State::Connecting:
                if (connectError(c.fd) != 0 || write(c.fd, "i", 1) != 1) {
                    fail(c);
                    break;
                }
                c.state = State::Probing;
                m_poller.modify(c.fd, EPOLLIN, i);
                break;
            case State::Probing: {
                char b;
                ssize_t r = read(c.fd, &b, 1);
                if (r < 0 && (errno == EAGAIN || errno == EINTR))
                    break;
                if (r != 1) {
                    fail(c);
                    break;
                }
                c.state = State::Idle;
                --m_inFlight;
                // Registered with no events: only hang-up/error (the relay dropped it) wake us.
                m_poller.modify(c.fd, 0, i);
                break;
            }
            case State::Idle:
                if (ev & (EPOLLHUP | EPOLLERR | EPOLLIN))
                    fail(c);
                break;
            case State::Failed:
                break;
            }
        }
    }

    uint16_t m_port;
    size_t m_window;
    Poller m_poller;
    std::vector<Conn> m_conns;
    size_t m_inFlight = 0;
    size_t m_failed = 0;
};

} // namespace

int runIdle(const Options &options) {
    const uint16_t port = uint16_t(options.number("port", 0));
    const std::vector<size_t> steps = parseSteps(options.text("steps", "1000,10000"));
    const pid_t pid = pid_t(options.number("pid", 0));
    const double timeout = options.real("timeout", 60);
    // Connections being opened at once. Small by default: socat listens with a backlog of 5, and
    // an overflowing accept queue turns into SYN-ACK retransmissions (1 s, 2 s, ...), which would
    // measure the holder, not the relay.
    const size_t window = size_t(options.number("window", 4));
    if (port == 0 || steps.empty() || window == 0) {
        std::fputs("idle: --port and --steps required\n", stderr);
        return 2;
    }
    size_t largest = 0;
    for (size_t s : steps)
        largest = s > largest ? s : largest;
    const rlim_t limit = raiseFdLimit(rlim_t(largest + 256));

    IdleHolder holder(port, window);
    // A fresh relay: memory before any connection is its idle footprint.
    holder.settle(nowNs() + 300000000ull);
    TreeMemory base = pid > 0 ? treeMemory(pid) : TreeMemory{};
    std::string stepsJson;
    for (size_t target : steps) {
        const uint64_t started = nowNs();
        size_t reachable = target < size_t(limit) - 64 ? target : size_t(limit) - 64;
        holder.grow(reachable, started + uint64_t(timeout * 1e9));
        const double openSeconds = nsToSec(nowNs() - started);
        holder.settle(nowNs() + 1000000000ull);
        TreeMemory mem = pid > 0 ? treeMemory(pid) : TreeMemory{};
        size_t idle = holder.count(State::Idle);
        char buf[512];
        std::snprintf(buf, sizeof buf,
                      "%s{\"target\":%zu,\"opened\":%zu,\"relaying\":%zu,\"failed\":%zu,"
                      "\"pending\":%zu,\"open_seconds\":%.3f,\"rss_kib\":%ld,\"pss_kib\":%ld,"
                      "\"processes\":%d,\"rss_per_conn_kib\":%.3f,\"pss_per_conn_kib\":%.3f}",
                      stepsJson.empty() ? "" : ",", target, holder.opened(), idle, holder.failed(),
                      holder.inFlight(), openSeconds, mem.rssKiB, mem.pssKiB, mem.processes,
                      idle ? double(mem.rssKiB - base.rssKiB) / double(idle) : 0.0,
                      idle ? double(mem.pssKiB - base.pssKiB) / double(idle) : 0.0);
        stepsJson += buf;
    }
    size_t relaying = holder.probeAll(nowNs() + uint64_t(timeout * 1e9));
    std::printf("{\"mode\":\"idle\",\"fd_limit\":%llu,\"base_rss_kib\":%ld,\"base_pss_kib\":%ld,"
                "\"base_processes\":%d,\"steps\":[%s],\"final_held\":%zu,\"final_relaying\":%zu}"
                "\n",
                (unsigned long long)limit, base.rssKiB, base.pssKiB, base.processes,
                stepsJson.c_str(), holder.opened(), relaying);
    return 0;
}

} // namespace bench
