#pragma once

// One descriptor held back (on /dev/null) so that reading the configuration on SIGHUP works even
// when connections have used every other one: released just before the read and taken again
// after it, as servers such as nginx do. Without it a relay out of descriptors could not even
// be told to change its rules.
class DescriptorReserve {
public:
    DescriptorReserve();
    ~DescriptorReserve();
    DescriptorReserve(const DescriptorReserve &) = delete;
    DescriptorReserve &operator=(const DescriptorReserve &) = delete;

    bool isHeld() const { return m_fd >= 0; }
    // Frees the descriptor for the caller's next open().
    void release();
    // Takes a descriptor again (when one is free: after a shortage, at the next call).
    void take();

private:
    int m_fd = -1;
};
