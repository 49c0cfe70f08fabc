// Memory under a slow reader: one connection pushes as fast as it can into a backend that reads
// at a limited rate; the relay's memory is sampled every 100 ms. A relay that reads without
// bound grows by roughly what the client manages to push.
#include "Modes.h"
#include "Poller.h"

#include <cerrno>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {

int runSlowGrowth(const Options &options) {
    const uint16_t port = uint16_t(options.number("port", 0));
    const double seconds = options.real("seconds", 5);
    const pid_t pid = pid_t(options.number("pid", 0));
    if (port == 0) {
        std::fputs("slowgrowth: --port required\n", stderr);
        return 2;
    }
    TreeMemory before = pid > 0 ? treeMemory(pid) : TreeMemory{};
    int fd = connectLoopbackWait(port, 5000);
    if (fd < 0) {
        std::printf("{\"mode\":\"slowgrowth\",\"error\":\"connect failed\"}\n");
        return 0;
    }
    Poller poller;
    poller.add(fd, EPOLLOUT, 0);
    std::vector<char> chunk(256 * 1024);
    ByteStream(3).fill(chunk.data(), chunk.size());
    uint64_t pushed = 0;
    int errors = 0;
    TreeMemory peak = before;
    int samples = 0;
    const uint64_t start = nowNs();
    const uint64_t end = start + uint64_t(seconds * 1e9);
    uint64_t nextSample = start;
    bool writing = true;
    while (nowNs() < end) {
        uint64_t now = nowNs();
        if (now >= nextSample) {
            if (pid > 0) {
                TreeMemory m = treeMemory(pid);
                peak.rssKiB = m.rssKiB > peak.rssKiB ? m.rssKiB : peak.rssKiB;
                peak.pssKiB = m.pssKiB > peak.pssKiB ? m.pssKiB : peak.pssKiB;
                ++samples;
            }
            nextSample += 100000000ull;
        }
        epoll_event ev;
        int wait = int((nextSample - nowNs()) / 1000000) + 1;
        if (poller.wait(&ev, 1, writing ? wait : 100) != 1 || !writing)
            continue;
        ssize_t w = write(fd, chunk.data(), chunk.size());
        if (w > 0) {
            pushed += uint64_t(w);
        } else if (w < 0 && errno != EAGAIN && errno != EINTR) {
            ++errors;
            writing = false;
            poller.remove(fd);
        }
    }
    TreeMemory last = pid > 0 ? treeMemory(pid) : TreeMemory{};
    // Reset rather than drain: the relay should not have to push 5 s of backlog to a slow reader.
    setLingerZero(fd);
    close(fd);
    std::printf("{\"mode\":\"slowgrowth\",\"seconds\":%.3f,\"bytes_pushed\":%llu,\"errors\":%d,"
                "\"samples\":%d,\"rss_before_kib\":%ld,\"rss_peak_kib\":%ld,\"rss_last_kib\":%ld,"
                "\"rss_growth_kib\":%ld,\"pss_before_kib\":%ld,\"pss_peak_kib\":%ld,"
                "\"pss_growth_kib\":%ld}\n",
                seconds, (unsigned long long)pushed, errors, samples, before.rssKiB, peak.rssKiB,
                last.rssKiB, peak.rssKiB - before.rssKiB, before.pssKiB, peak.pssKiB,
                peak.pssKiB - before.pssKiB);
    return 0;
}

} // namespace bench
