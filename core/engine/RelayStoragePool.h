#pragma once

#include <cstddef>
#include <vector>

// Where a relay direction keeps the bytes it has read and not yet written: a kernel pipe for the
// splice() path or a fixed user-space buffer for the copy path. Both are lent by this pool only
// while bytes are pending and returned as soon as the direction is drained, so an idle
// connection holds neither, and the steady state allocates nothing per chunk.
class RelayStoragePool {
public:
    static constexpr size_t kBufferSize = 64 * 1024;
    static constexpr size_t kMaxFreeBuffers = 64;
    static constexpr size_t kMaxFreePipes = 64;
    // Capacity the free pipes may hold together. An unprivileged user's pipes share
    // fs.pipe-user-pages-soft (64 MiB by default; beyond it the kernel refuses bigger pipes and
    // makes new ones 8 KiB): 64 idle 1 MiB pipes would use it all up.
    static constexpr size_t kMaxFreePipeBytes = 16 * 1024 * 1024;
    // After the kernel refused a pipe of useful size, this many takePipe() calls that find the
    // pool empty answer "use a buffer" at once instead of trying again.
    static constexpr int kTakesAfterRefusal = 256;
    // Pipe size asked of the kernel by default: the backpressure bound per direction. 1 MiB
    // instead of the kernel's 64 KiB: one splice() pair then moves up to 1 MiB, and the
    // loopback TCP path costs the relay, the client and the backend less per byte with fewer,
    // larger sends (fewer pushes and wake-ups). Measured against 256 and 512 KiB and 2 MiB:
    // docs/benchmarks.md. Only a direction with bytes pending holds a pipe, and pipe pages are
    // kernel memory, so idle connections and the relay's RSS are unaffected.
    static constexpr size_t kDefaultPipeSize = 1024 * 1024;

    struct Pipe {
        int readFd = -1;
        int writeFd = -1;
        size_t capacity = 0; // bytes this pipe holds at most, as the kernel reported
        bool isValid() const { return readFd >= 0; }
    };

    RelayStoragePool() = default;
    ~RelayStoragePool();
    RelayStoragePool(const RelayStoragePool &) = delete;
    RelayStoragePool &operator=(const RelayStoragePool &) = delete;

    // An empty pipe, or an invalid one when none can be made (EMFILE...) or the kernel only
    // grants a pipe smaller than a buffer (pipe-user-pages limits): use a buffer then.
    Pipe takePipe();
    // Only empty pipes go back to the pool; a pipe still holding bytes must be discarded.
    void returnPipe(Pipe pipe);
    static void discardPipe(Pipe pipe);
    // Pipe size asked of the kernel for new pipes (0: the kernel's default, 64 KiB). Bigger
    // pipes mean fewer splice() calls per byte and a higher backpressure bound. The kernel may
    // refuse (pipe-user-pages limits): such a pipe keeps its smaller size, and says so.
    void setPipeSize(size_t bytes);

    char *takeBuffer(); // nullptr when out of memory
    void returnBuffer(char *buffer);

    size_t freePipes() const { return m_pipes.size(); }
    size_t freePipeBytes() const { return m_freePipeBytes; }
    size_t freeBuffers() const { return m_buffers.size(); }

private:
    std::vector<Pipe> m_pipes;
    std::vector<char *> m_buffers;
    size_t m_pipeSize = kDefaultPipeSize;
    size_t m_freePipeBytes = 0;
    int m_refusedTakes = 0; // see kTakesAfterRefusal
};
