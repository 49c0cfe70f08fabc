#pragma once

#include "ListenerSharing.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <functional>
#include <sys/socket.h>

class EngineEventDispatcher;

// The listening socket of one TCP rule, on a raw non-blocking descriptor. Hands each accepted
// descriptor (already non-blocking) and its peer address to the engine; no QTcpSocket is made.
// Not a QTcpServer: Qt 6.4's QTcpServer retries accept() in a busy loop when it fails with
// EMFILE (found by tst_engineresources). Here, when accept() fails for lack of descriptors or
// memory (EMFILE, ENFILE, ENOBUFS, ENOMEM), the listener stops watching its socket and retries
// after an increasing back-off, while existing connections go on.
class TcpRuleListener : public QObject {
    Q_OBJECT
public:
    using AcceptHandler = std::function<void(int descriptor, const sockaddr_storage &peer)>;

    explicit TcpRuleListener(AcceptHandler handler, QObject *parent = nullptr);
    ~TcpRuleListener() override;

    // Binds and listens; on failure returns false with a short reason ("address already in
    // use", "permission denied", "cannot assign requested address", ...). The "any" IPv6 address
    // (QHostAddress::Any) listens on IPv4 too; a specific IPv6 address only on IPv6.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    // Before start(); Exclusive by default.
    void setSharing(ListenerSharing sharing) { m_sharing = sharing; }
    // The short reason for a failed bind()/listen() errno; UDP listeners use it too. For a
    // permission denied on a port that needs privileges (PORT given), the ways out as well.
    static QString bindErrorText(int error, quint16 port = 0);
    void close();
    bool isListening() const { return m_fd >= 0; }
    int descriptor() const { return m_fd; }
    bool isBackingOff() const { return m_resumeTimer.isActive(); }
    quint64 acceptFailures() const { return m_acceptFailures; }

    static constexpr int kBacklog = 1024; // rinetd uses 128; Qt's default of 50 drops SYNs
    static constexpr int kMaxAcceptsPerWakeup = 64;
    static constexpr int kMinBackoffMs = 50;
    static constexpr int kMaxBackoffMs = 1000;

private:
    void onReadable();
    void resume();

    AcceptHandler m_handler;
    ListenerSharing m_sharing = ListenerSharing::Exclusive;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    // The engine loop asked to wake only one thread for m_fd (a shared inherited socket).
    QPointer<EngineEventDispatcher> m_wakeOneLoop;
    QTimer m_resumeTimer{this};
    int m_backoffMs = kMinBackoffMs;
    quint64 m_acceptFailures = 0;
};
