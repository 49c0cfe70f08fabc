#include "RelayStoragePool.h"

#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

RelayStoragePool::~RelayStoragePool() {
    for (const Pipe &pipe : m_pipes)
        discardPipe(pipe);
    for (char *buffer : m_buffers)
        std::free(buffer);
}

RelayStoragePool::Pipe RelayStoragePool::takePipe() {
    if (!m_pipes.empty()) {
        const Pipe pipe = m_pipes.back();
        m_pipes.pop_back();
        m_freePipeBytes -= pipe.capacity;
        return pipe;
    }
    if (m_refusedTakes > 0) {
        --m_refusedTakes;
        return Pipe();
    }
    int fds[2];
    if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
        return Pipe();
    if (m_pipeSize > 0)
        fcntl(fds[0], F_SETPIPE_SZ, int(m_pipeSize)); // may be refused (pipe-user-pages limits)
    const int size = fcntl(fds[0], F_GETPIPE_SZ);
    // Never claim more room than a page-per-slot pipe really has: splice() fills a slot per
    // socket fragment, so the byte capacity is only an upper bound (see pipeFull in the relay).
    const size_t capacity = size > 0 ? static_cast<size_t>(size) : 4096;
    if (capacity < kBufferSize && (m_pipeSize == 0 || m_pipeSize >= kBufferSize)) {
        // Over the user's pipe pages the kernel hands out 8 KiB pipes: a 64 KiB buffer on the
        // copy path moves more per call than splice() through that would.
        Pipe refused{fds[0], fds[1], capacity};
        discardPipe(refused);
        m_refusedTakes = kTakesAfterRefusal;
        return Pipe();
    }
    return Pipe{fds[0], fds[1], capacity};
}

void RelayStoragePool::setPipeSize(size_t bytes) {
    m_pipeSize = bytes;
    for (const Pipe &pipe : m_pipes)
        discardPipe(pipe);
    m_pipes.clear();
    m_freePipeBytes = 0;
    m_refusedTakes = 0;
}

void RelayStoragePool::returnPipe(Pipe pipe) {
    if (!pipe.isValid())
        return;
    if (m_pipes.size() >= kMaxFreePipes || m_freePipeBytes + pipe.capacity > kMaxFreePipeBytes) {
        discardPipe(pipe);
        return;
    }
    m_pipes.push_back(pipe);
    m_freePipeBytes += pipe.capacity;
}

void RelayStoragePool::discardPipe(Pipe pipe) {
    if (pipe.readFd >= 0)
        ::close(pipe.readFd);
    if (pipe.writeFd >= 0)
        ::close(pipe.writeFd);
}

char *RelayStoragePool::takeBuffer() {
    if (!m_buffers.empty()) {
        char *buffer = m_buffers.back();
        m_buffers.pop_back();
        return buffer;
    }
    return static_cast<char *>(std::malloc(kBufferSize));
}

void RelayStoragePool::returnBuffer(char *buffer) {
    if (!buffer)
        return;
    if (m_buffers.size() >= kMaxFreeBuffers) {
        std::free(buffer);
        return;
    }
    m_buffers.push_back(buffer);
}
