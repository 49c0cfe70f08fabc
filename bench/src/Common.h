#pragma once
// Small helpers shared by the benchmark's backend and clients: loopback sockets, clocks,
// deterministic data, process-tree memory. Plain C++17 + Linux, no Qt, so that the load
// generator costs as little as possible and never shares code paths with the relay it measures.

#include <cstddef>
#include <cstdint>
#include <string>
#include <sys/resource.h>
#include <sys/types.h>

namespace bench {

[[noreturn]] void fail(const std::string &what);

uint64_t nowNs();
inline double nsToSec(uint64_t ns) {
    return double(ns) / 1e9;
}

// Every socket of the benchmark is on 127.0.0.1: the benchmark never talks to another address.
int listenLoopback(uint16_t port);
// Non-blocking connect to 127.0.0.1:port. Returns the descriptor (connect may still be in
// progress: wait for EPOLLOUT and check connectError()) or -1 with errno set.
int connectLoopback(uint16_t port);
// Blocking connect with a deadline; returns a non-blocking connected descriptor or -1.
int connectLoopbackWait(uint16_t port, int timeoutMs);
int connectError(int fd);
void setNonBlocking(int fd);
void setNoDelay(int fd);
void setLingerZero(int fd);
// Raises RLIMIT_NOFILE towards want (root may raise the hard limit). Returns the soft limit.
rlim_t raiseFdLimit(rlim_t want);

struct TreeMemory {
    long rssKiB = 0; // sum of VmRSS over the process and all its descendants
    long pssKiB = 0; // sum of Pss (shared pages divided among sharers)
    int processes = 0;
};
// Memory of pid, every descendant and every member of the process group pid leads (forking
// relays such as socat/redir run one process per connection). processes == 0 when pid is gone.
TreeMemory treeMemory(pid_t root);

// FNV-1a: byte-wise, so the result does not depend on how the stream was chunked.
constexpr uint64_t kFnvInit = 1469598103934665603ull;
uint64_t fnv1a(uint64_t hash, const char *data, size_t size);

// The half-close backend answers EOF with: 8 bytes count, 8 bytes FNV of what it received
// (little endian), then kHalfReplyBytes bytes of ByteStream(kHalfReplySeed).
constexpr size_t kHalfReplyBytes = 256 * 1024;
constexpr uint64_t kHalfReplySeed = 0x48616c66436c6f73ull;

// Deterministic pseudo-random byte stream (xorshift64*): the same bytes whatever the chunking,
// so a receiver can verify a stream against a second instance with the same seed.
class ByteStream {
public:
    explicit ByteStream(uint64_t seed);
    void fill(char *out, size_t size);
    // Compares the next size bytes of the stream with data; returns the index of the first
    // difference, or size when all match.
    size_t verify(const char *data, size_t size);

private:
    uint64_t nextWord();
    uint64_t m_state;
    uint64_t m_word = 0;
    int m_left = 0;
};

// "--key value" options; every key must be known to the mode that reads it.
class Options {
public:
    Options(int argc, char **argv, int first);
    std::string text(const char *key, const char *fallback) const;
    uint64_t number(const char *key, uint64_t fallback) const;
    double real(const char *key, double fallback) const;

private:
    int m_argc;
    char **m_argv;
    int m_first;
};

} // namespace bench
