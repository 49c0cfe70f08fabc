// The backends the relays forward to, all in one single-threaded epoll process:
//   sink  reads and discards (optionally at a limited rate per connection),
//   echo  writes back what it reads,
//   half  reads until EOF, then replies (count, hash, 256 KiB) and closes: a reply that only
//         arrives if the relay keeps the backend-to-client direction open after client EOF.
#include "Common.h"
#include "Modes.h"
#include "Poller.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {
namespace {

enum class Kind { Sink, Slow, Echo, Half };

struct Connection {
    int fd = -1;
    Kind kind = Kind::Sink;
    std::string pending; // echo/half bytes not yet written
    size_t pendingOffset = 0;
    uint64_t hash = kFnvInit;
    uint64_t received = 0;
    double tokens = 0; // Slow: bytes it may still read now
    uint64_t refilledNs = 0;
    bool paused = false;
    bool closeWhenFlushed = false;
};

std::atomic<bool> g_stop{false};
void onSignal(int) {
    g_stop = true;
}

class Backend {
public:
    explicit Backend(double slowRate)
        : m_slowRate(slowRate)
        , m_scratch(1 << 20) {}

    void listen(uint16_t port, Kind kind) {
        if (port == 0)
            return;
        int fd = listenLoopback(port);
        m_listeners.push_back({fd, kind});
        m_poller.add(fd, EPOLLIN, kListenerTag | (m_listeners.size() - 1));
    }

    // Serves until SIGTERM/SIGINT or until lifetimeSeconds have passed, whichever comes first:
    // a backend orphaned by a killed driver still ends by itself.
    void run(double lifetimeSeconds) {
        const uint64_t end = nowNs() + uint64_t(lifetimeSeconds * 1e9);
        epoll_event events[512];
        while (!g_stop && nowNs() < end) {
            int n = m_poller.wait(events, 512, m_paused.empty() ? 500 : 5);
            refillPaused();
            for (int i = 0; i < n; ++i) {
                uint64_t tag = events[i].data.u64;
                if (tag & kListenerTag)
                    acceptAll(m_listeners[tag & ~kListenerTag]);
                else
                    handle(int(tag), events[i].events);
            }
        }
    }

private:
    static constexpr uint64_t kListenerTag = 1ull << 62;
    struct Listener {
        int fd;
        Kind kind;
    };

    void acceptAll(const Listener &listener) {
        for (int i = 0; i < 256; ++i) {
            int fd = accept4(listener.fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return; // EAGAIN, or EMFILE: the listener stays readable, retried next round
            setNoDelay(fd);
            if (size_t(fd) >= m_connections.size())
                m_connections.resize(size_t(fd) + 1024);
            auto c = std::make_unique<Connection>();
            c->fd = fd;
            c->kind = listener.kind;
            c->tokens = m_slowRate / 50;
            c->refilledNs = nowNs();
            m_poller.add(fd, EPOLLIN, uint64_t(fd));
            m_connections[size_t(fd)] = std::move(c);
        }
    }

    void drop(Connection &c) {
        if (c.paused)
            m_paused.erase(std::remove(m_paused.begin(), m_paused.end(), c.fd), m_paused.end());
        m_poller.remove(c.fd);
        close(c.fd);
        m_connections[size_t(c.fd)].reset();
    }

    void handle(int fd, uint32_t events) {
        Connection *c =
            size_t(fd) < m_connections.size() ? m_connections[size_t(fd)].get() : nullptr;
        if (!c)
            return;
        if ((events & EPOLLERR) || ((events & EPOLLHUP) && !(events & EPOLLIN))) {
            drop(*c);
            return;
        }
        if (!c->pending.empty()) {
            if (events & EPOLLOUT)
                flush(*c);
            return;
        }
        if (!(events & EPOLLIN))
            return;
        switch (c->kind) {
        case Kind::Sink:
            readSink(*c);
            break;
        case Kind::Slow:
            readSlow(*c);
            break;
        case Kind::Echo:
            readEcho(*c);
            break;
        case Kind::Half:
            readHalf(*c);
            break;
        }
    }

    void readSink(Connection &c) {
        for (int i = 0; i < 8; ++i) { // bounded per event so one stream cannot starve others
            ssize_t r = read(c.fd, m_scratch.data(), m_scratch.size());
            if (r > 0)
                continue;
            if (r < 0 && (errno == EAGAIN || errno == EINTR))
                return;
            drop(c);
            return;
        }
    }

    void readSlow(Connection &c) {
        refill(c, nowNs());
        size_t budget = size_t(c.tokens);
        if (budget == 0) {
            pause(c);
            return;
        }
        if (budget > m_scratch.size())
            budget = m_scratch.size();
        ssize_t r = read(c.fd, m_scratch.data(), budget);
        if (r > 0) {
            c.tokens -= double(r);
            return;
        }
        if (r < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        drop(c);
    }

    void pause(Connection &c) {
        c.paused = true;
        m_poller.modify(c.fd, 0, uint64_t(c.fd));
        m_paused.push_back(c.fd);
    }

    void refill(Connection &c, uint64_t now) {
        double elapsed = nsToSec(now - c.refilledNs);
        c.refilledNs = now;
        // Burst capped at 20 ms worth, so the average rate stays at m_slowRate.
        c.tokens = std::min(c.tokens + elapsed * m_slowRate, m_slowRate / 50);
    }

    void refillPaused() {
        if (m_paused.empty())
            return;
        uint64_t now = nowNs();
        for (size_t i = 0; i < m_paused.size();) {
            Connection *c = m_connections[size_t(m_paused[i])].get();
            if (c)
                refill(*c, now);
            if (!c || c->tokens >= 1) {
                if (c) {
                    c->paused = false;
                    m_poller.modify(c->fd, EPOLLIN, uint64_t(c->fd));
                }
                m_paused[i] = m_paused.back();
                m_paused.pop_back();
                continue;
            }
            ++i;
        }
    }

    void readEcho(Connection &c) {
        ssize_t r = read(c.fd, m_scratch.data(), 256 * 1024);
        if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) {
            drop(c);
            return;
        }
        if (r < 0)
            return;
        ssize_t w = write(c.fd, m_scratch.data(), size_t(r));
        if (w < 0)
            w = (errno == EAGAIN || errno == EINTR) ? 0 : -1;
        if (w < 0) {
            drop(c);
            return;
        }
        if (w < r) {
            // Stop reading until the peer has taken the rest: bounded memory per connection.
            c.pending.assign(m_scratch.data() + w, size_t(r - w));
            c.pendingOffset = 0;
            m_poller.modify(c.fd, EPOLLOUT, uint64_t(c.fd));
        }
    }

    void readHalf(Connection &c) {
        for (int i = 0; i < 8; ++i) {
            ssize_t r = read(c.fd, m_scratch.data(), m_scratch.size());
            if (r > 0) {
                c.hash = fnv1a(c.hash, m_scratch.data(), size_t(r));
                c.received += uint64_t(r);
                continue;
            }
            if (r < 0 && (errno == EAGAIN || errno == EINTR))
                return;
            if (r < 0) {
                drop(c);
                return;
            }
            // EOF from the client: now reply.
            c.pending.resize(16 + kHalfReplyBytes);
            std::memcpy(&c.pending[0], &c.received, 8);
            std::memcpy(&c.pending[8], &c.hash, 8);
            ByteStream(kHalfReplySeed).fill(&c.pending[16], kHalfReplyBytes);
            c.pendingOffset = 0;
            c.closeWhenFlushed = true;
            m_poller.modify(c.fd, EPOLLOUT, uint64_t(c.fd));
            return;
        }
    }

    void flush(Connection &c) {
        while (c.pendingOffset < c.pending.size()) {
            ssize_t w =
                write(c.fd, c.pending.data() + c.pendingOffset, c.pending.size() - c.pendingOffset);
            if (w > 0) {
                c.pendingOffset += size_t(w);
                continue;
            }
            if (w < 0 && (errno == EAGAIN || errno == EINTR))
                return;
            drop(c);
            return;
        }
        std::string().swap(c.pending);
        c.pendingOffset = 0;
        if (c.closeWhenFlushed) {
            drop(c);
            return;
        }
        m_poller.modify(c.fd, EPOLLIN, uint64_t(c.fd));
    }

    Poller m_poller;
    double m_slowRate;
    std::vector<char> m_scratch;
    std::vector<Listener> m_listeners;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<int> m_paused;
};

} // namespace

int runBackend(const Options &options) {
    raiseFdLimit(65536);
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    Backend backend(options.real("slow-rate", 10e6));
    backend.listen(uint16_t(options.number("sink", 0)), Kind::Sink);
    backend.listen(uint16_t(options.number("slow", 0)), Kind::Slow);
    backend.listen(uint16_t(options.number("echo", 0)), Kind::Echo);
    backend.listen(uint16_t(options.number("half", 0)), Kind::Half);
    std::printf("ready\n");
    std::fflush(stdout);
    backend.run(options.real("lifetime", 3600));
    return 0;
}

} // namespace bench
