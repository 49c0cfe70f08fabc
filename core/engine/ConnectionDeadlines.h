#pragma once

#include <QtGlobal>

#include <functional>
#include <utility>
#include <vector>

// When each connection must next be looked at for a timeout (connect, idle, HTTP header), in
// deadline order, so that a housekeeping pass touches only the connections that are due instead
// of every connection. Deadlines are checked lazily: activity only moves a connection's
// last-activity time, and when its entry comes due the engine decides again (expired: end it;
// not yet: a later deadline; no timeout left: no entry). A new connection is first looked at by
// the next pass, so one that ends before it costs no more than a push onto a vector; an ended
// connection's entry is dropped when it comes due. Each connection has at most one entry.
class ConnectionDeadlines {
public:
    static constexpr qint64 kNone = -1;

    // A new connection, looked at by the next takeDue().
    void add(quint64 connectionId) { m_new.push_back(connectionId); }
    // Decides for the new connections and for every entry due at nowMs, and keeps what `decide`
    // returns (kNone: nothing more, or a connection that no longer exists). `decide` may end
    // connections; it must not call add() or takeDue().
    void takeDue(qint64 nowMs, const std::function<qint64(quint64 connectionId)> &decide);
    std::size_t size() const { return m_new.size() + m_heap.size(); }

private:
    using Entry = std::pair<qint64, quint64>; // due (ms), connection id
    std::vector<quint64> m_new;
    std::vector<Entry> m_heap;    // a min-heap by due time (std::greater)
    std::vector<quint64> m_batch; // scratch, kept to avoid an allocation per pass
};
