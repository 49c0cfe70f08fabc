#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

#include <functional>

// The listening socket of one TCP rule. Hands each accepted descriptor to the engine untouched
// (no QTcpSocket is ever made for it). When accept() fails for lack of descriptors or memory
// (EMFILE, ENFILE, ENOBUFS), QTcpServer pauses accepting; this listener then retries with an
// increasing back-off instead of spinning or giving up, while existing connections go on.
class TcpRuleListener : public QTcpServer {
    Q_OBJECT
public:
    using AcceptHandler = std::function<void(int descriptor)>;

    explicit TcpRuleListener(AcceptHandler handler, QObject *parent = nullptr);

    // Binds and listens; on failure returns false with a short reason ("address already in
    // use", "permission denied", "cannot assign requested address", ...).
    bool start(const QHostAddress &address, quint16 port, QString *error);
    bool isBackingOff() const { return m_resumeTimer.isActive(); }
    quint64 acceptFailures() const { return m_acceptFailures; }

    static constexpr int kMinBackoffMs = 50;
    static constexpr int kMaxBackoffMs = 1000;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onAcceptError(QAbstractSocket::SocketError error);
    void resume();

    AcceptHandler m_handler;
    QTimer m_resumeTimer{this};
    int m_backoffMs = kMinBackoffMs;
    quint64 m_acceptFailures = 0;
};
