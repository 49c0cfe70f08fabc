#include "TcpRuleListener.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

TcpRuleListener::TcpRuleListener(AcceptHandler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler)) {
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &TcpRuleListener::resume);
    connect(this, &QTcpServer::acceptError, this, &TcpRuleListener::onAcceptError);
}

bool TcpRuleListener::start(const QHostAddress &address, quint16 port, QString *error) {
    // Qt's default backlog (50) drops SYNs under a burst of clients; rinetd uses 128.
    setListenBacklogSize(1024);
    if (listen(address, port))
        return true;
    switch (serverError()) {
    case QAbstractSocket::AddressInUseError:
        *error = tr("address already in use");
        break;
    case QAbstractSocket::SocketAccessError:
        *error = tr("permission denied");
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        *error = tr("cannot assign requested address");
        break;
    default:
        *error = errorString();
        break;
    }
    return false;
}

void TcpRuleListener::incomingConnection(qintptr descriptor) {
    m_backoffMs = kMinBackoffMs;
    m_handler(static_cast<int>(descriptor));
}

void TcpRuleListener::onAcceptError(QAbstractSocket::SocketError error) {
    // QTcpServer pauses accepting on any error other than EAGAIN, including a client that reset
    // before it was accepted (ECONNABORTED): resume at once for those, back off for resources.
    ++m_acceptFailures;
    if (error != QAbstractSocket::SocketResourceError) {
        m_resumeTimer.start(0);
        return;
    }
    if (m_backoffMs == kMinBackoffMs) {
        qCWarning(lcEngine, "accept on %s port %u: out of descriptors or memory, pausing",
                  qPrintable(serverAddress().toString()), unsigned(serverPort()));
    }
    m_resumeTimer.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
}

void TcpRuleListener::resume() {
    if (isListening())
        resumeAccepting();
}
