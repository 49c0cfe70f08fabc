#include "DescriptorReserve.h"

#include <fcntl.h>
#include <unistd.h>

DescriptorReserve::DescriptorReserve() {
    take();
}

DescriptorReserve::~DescriptorReserve() {
    release();
}

void DescriptorReserve::release() {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void DescriptorReserve::take() {
    if (m_fd < 0)
        m_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}
