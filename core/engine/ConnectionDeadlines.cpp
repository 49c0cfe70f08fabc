#include "ConnectionDeadlines.h"

#include <algorithm>

void ConnectionDeadlines::takeDue(qint64 nowMs,
                                  const std::function<qint64(quint64 connectionId)> &decide) {
    // Collected first: deciding may end connections, and what it returns goes back on the heap.
    m_batch.clear();
    m_batch.swap(m_new);
    while (!m_heap.empty() && m_heap.front().first <= nowMs) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<Entry>());
        m_batch.push_back(m_heap.back().second);
        m_heap.pop_back();
    }
    for (const quint64 id : m_batch) {
        const qint64 next = decide(id);
        if (next == kNone)
            continue;
        m_heap.emplace_back(next, id);
        std::push_heap(m_heap.begin(), m_heap.end(), std::greater<Entry>());
    }
    m_batch.clear();
}
