#include "Common.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {

void fail(const std::string &what) {
    std::fprintf(stderr, "prbench: %s: %s\n", what.c_str(), std::strerror(errno));
    std::exit(2);
}

uint64_t nowNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

static sockaddr_in loopback(uint16_t port) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

int listenLoopback(uint16_t port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        fail("socket");
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr = loopback(port);
    if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0)
        fail("bind 127.0.0.1:" + std::to_string(port));
    if (listen(fd, 4096) < 0)
        fail("listen");
    return fd;
}

int connectLoopback(uint16_t port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr = loopback(port);
    if (connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 && errno != EINPROGRESS) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

int connectError(int fd) {
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
        return errno;
    return err;
}

int connectLoopbackWait(uint16_t port, int timeoutMs) {
    int fd = connectLoopback(port);
    if (fd < 0)
        return -1;
    pollfd p{fd, POLLOUT, 0};
    if (poll(&p, 1, timeoutMs) != 1 || connectError(fd) != 0) {
        close(fd);
        errno = ECONNREFUSED;
        return -1;
    }
    return fd;
}

void setNonBlocking(int fd) {
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

void setNoDelay(int fd) {
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

void setLingerZero(int fd) {
    linger l{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
}

rlim_t raiseFdLimit(rlim_t want) {
    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    if (lim.rlim_cur >= want)
        return lim.rlim_cur;
    rlimit wanted{want, lim.rlim_max > want ? lim.rlim_max : want};
    if (setrlimit(RLIMIT_NOFILE, &wanted) == 0)
        return want;
    // Not allowed to raise the hard limit: take what the hard limit gives.
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
    getrlimit(RLIMIT_NOFILE, &lim);
    return lim.rlim_cur;
}

static long fieldKiB(const std::string &path, const char *key) {
    std::ifstream in(path);
    std::string line;
    size_t keyLen = std::strlen(key);
    while (std::getline(in, line)) {
        if (line.compare(0, keyLen, key) == 0)
            return std::atol(line.c_str() + keyLen);
    }
    return 0;
}

TreeMemory treeMemory(pid_t root) {
    // Parent links and process groups of every process, then a walk down from root. Members of
    // root's process group count too: redir double-forks, so its per-connection children are
    // re-parented to init but stay in the group of the relay we started.
    std::multimap<pid_t, pid_t> children;
    std::vector<pid_t> todo{root};
    if (DIR *dir = opendir("/proc")) {
        while (dirent *entry = readdir(dir)) {
            char *end = nullptr;
            long pid = std::strtol(entry->d_name, &end, 10);
            if (*end != '\0' || pid <= 0)
                continue;
            std::ifstream stat("/proc/" + std::string(entry->d_name) + "/stat");
            std::string line;
            if (!std::getline(stat, line))
                continue;
            size_t close = line.rfind(')');
            if (close == std::string::npos)
                continue;
            char state = 0;
            long ppid = 0, pgrp = 0;
            if (std::sscanf(line.c_str() + close + 1, " %c %ld %ld", &state, &ppid, &pgrp) != 3)
                continue;
            if (pgrp == root && pid != root && ppid != root)
                todo.push_back(pid_t(pid));
            else
                children.emplace(pid_t(ppid), pid_t(pid));
        }
        closedir(dir);
    }
    TreeMemory total;
    for (size_t i = 0; i < todo.size() && i < 100000; ++i) {
        pid_t pid = todo[i];
        std::string base = "/proc/" + std::to_string(pid);
        long rss = fieldKiB(base + "/status", "VmRSS:");
        if (rss == 0 && access((base + "/status").c_str(), R_OK) != 0)
            continue;
        total.rssKiB += rss;
        total.pssKiB += fieldKiB(base + "/smaps_rollup", "Pss:");
        ++total.processes;
        auto range = children.equal_range(pid);
        for (auto it = range.first; it != range.second; ++it)
            todo.push_back(it->second);
    }
    return total;
}

uint64_t fnv1a(uint64_t hash, const char *data, size_t size) {
    for (size_t i = 0; i < size; ++i) {
        hash ^= uint8_t(data[i]);
        hash *= 1099511628211ull;
    }
    return hash;
}

ByteStream::ByteStream(uint64_t seed)
    : m_state(seed ? seed : 0x9e3779b97f4a7c15ull) {}

uint64_t ByteStream::nextWord() {
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return m_state * 0x2545f4914f6cdd1dull;
}

void ByteStream::fill(char *out, size_t size) {
    size_t i = 0;
    while (i < size && m_left > 0) {
        out[i++] = char(m_word & 0xff);
        m_word >>= 8;
        --m_left;
    }
    while (size - i >= 8) {
        uint64_t w = nextWord();
        std::memcpy(out + i, &w, 8);
        i += 8;
    }
    if (i < size) {
        m_word = nextWord();
        m_left = 8;
        while (i < size) {
            out[i++] = char(m_word & 0xff);
            m_word >>= 8;
            --m_left;
        }
    }
}

size_t ByteStream::verify(const char *data, size_t size) {
    char expected[65536];
    size_t done = 0;
    while (done < size) {
        size_t n = size - done < sizeof expected ? size - done : sizeof expected;
        fill(expected, n);
        if (std::memcmp(expected, data + done, n) != 0) {
            for (size_t k = 0; k < n; ++k) {
                if (expected[k] != data[done + k])
                    return done + k;
            }
        }
        done += n;
    }
    return size;
}

Options::Options(int argc, char **argv, int first)
    : m_argc(argc)
    , m_argv(argv)
    , m_first(first) {
    for (int i = first; i < argc; i += 2) {
        if (std::strncmp(argv[i], "--", 2) != 0 || i + 1 >= argc) {
            std::fprintf(stderr, "prbench: expected --key value pairs, got '%s'\n", argv[i]);
            std::exit(2);
        }
    }
}

std::string Options::text(const char *key, const char *fallback) const {
    for (int i = m_first; i + 1 < m_argc; i += 2) {
        if (std::strcmp(m_argv[i] + 2, key) == 0)
            return m_argv[i + 1];
    }
    return fallback;
}

uint64_t Options::number(const char *key, uint64_t fallback) const {
    std::string value = text(key, "");
    return value.empty() ? fallback : std::strtoull(value.c_str(), nullptr, 0);
}

double Options::real(const char *key, double fallback) const {
    std::string value = text(key, "");
    return value.empty() ? fallback : std::strtod(value.c_str(), nullptr);
}

} // namespace bench
