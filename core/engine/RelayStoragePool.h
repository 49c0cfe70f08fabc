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

    struct Pipe {
        int readFd = -1;
        int writeFd = -1;
        bool isValid() const { return readFd >= 0; }
    };

    RelayStoragePool() = default;
    ~RelayStoragePool();
    RelayStoragePool(const RelayStoragePool &) = delete;
    RelayStoragePool &operator=(const RelayStoragePool &) = delete;

    // An empty pipe, or an invalid one when none can be made (EMFILE...): use a buffer then.
    Pipe takePipe();
    // Only empty pipes go back to the pool; a pipe still holding bytes must be discarded.
    void returnPipe(Pipe pipe);
    static void discardPipe(Pipe pipe);
    // Pipe size asked of the kernel for new pipes (0: its default, 64 KiB). Bigger pipes mean
    // fewer splice() calls per byte and a higher backpressure bound; for benchmarks.
    void setPipeSize(size_t bytes);
    // Bytes a pipe of this pool holds at most (as last reported by the kernel).
    size_t pipeCapacity() const { return m_pipeCapacity; }

    char *takeBuffer(); // nullptr when out of memory
    void returnBuffer(char *buffer);

    size_t freePipes() const { return m_pipes.size(); }
    size_t freeBuffers() const { return m_buffers.size(); }

private:
    std::vector<Pipe> m_pipes;
    std::vector<char *> m_buffers;
    size_t m_pipeCapacity = 64 * 1024;
    size_t m_pipeSize = 0;
};
