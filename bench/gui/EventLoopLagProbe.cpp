#include "EventLoopLagProbe.h"

EventLoopLagProbe::EventLoopLagProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_timer(this) {
    // PreciseTimer: the default coarse timer may fire up to 5% early or late by design, which
    // would be measured as lag that the GUI did not cause.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLagProbe::onTick);
}

void EventLoopLagProbe::start() {
    m_latenessUs.clear();
    m_latenessUs.reserve(100000);
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void EventLoopLagProbe::stop() {
    m_timer.stop();
}

void EventLoopLagProbe::onTick() {
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = now - m_lastNs - qint64(m_intervalMs) * 1000000;
    m_lastNs = now;
    if (m_latenessUs.size() < 1000000)
        m_latenessUs.push_back(late > 0 ? late / 1000 : 0);
}
