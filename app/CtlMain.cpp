#include "CtlMain.h"

#include "ConfigLoader.h"
#include "ControlCharEscape.h"
#include "ControlClient.h"
#include "ControlServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
class CtlText {
    Q_DECLARE_TR_FUNCTIONS(CtlText)
};

constexpr int kExitDone = 0;
constexpr int kExitRefused = 1;
constexpr int kExitNoService = 2;
// A reply to apply/reload comes after the engine started the rules (name lookups included).
constexpr int kReplyTimeoutMs = 60 * 1000;

void printError(const QString &message) {
    std::fprintf(stderr, "portrelay ctl: %s\n", qPrintable(message));
}

QString noServiceMessage(const QString &path) {
    return CtlText::tr("no PortRelay service at %1: is portrelay.service running?").arg(path);
}

QString clientSocketPath(const QString &requested) {
    return requested.isEmpty() ? ControlClient::defaultSocketPath() : requested;
}

QString ruleText(const Rule &rule) {
    auto endpoint = [](const QString &host, const QString &port, Protocol protocol) {
        return protocol == Protocol::Udp ? QStringLiteral("%1 %2/udp").arg(host, port)
                                         : QStringLiteral("%1 %2").arg(host, port);
    };
    return endpoint(rule.bindHost, rule.bindPort, rule.bindProtocol) + QStringLiteral(" -> ") +
           endpoint(rule.connectHost, rule.connectPort, rule.connectProtocol);
}

void printTable(const QVector<QStringList> &rows) {
    QVector<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        std::printf("%s\n", qPrintable(line));
    }
}

void printDiagnostics(const QVector<ConfigDiagnostic> &diagnostics) {
    for (const ConfigDiagnostic &d : diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
}

// One ctl command against one service: connect, wait for hello, then requests one at a time.
class CtlSession : public QObject {
public:
    struct Answer {
        bool ok = false;
        ControlStatus status;
        ControlResult result;
        ControlError error;
    };

    explicit CtlSession(const CommandLine &cmd)
        : m_cmd(cmd)
        , m_path(clientSocketPath(cmd.controlPath)) {
        connect(&m_client, &ControlClient::statusReceived, this,
                [this](quint64 id, const ControlStatus &status) {
                    Answer a;
                    a.ok = true;
                    a.status = status;
                    finish(id, a);
                });
        connect(&m_client, &ControlClient::requestFinished, this,
                [this](quint64 id, const ControlResult &result) {
                    Answer a;
                    a.ok = true;
                    a.result = result;
                    finish(id, a);
                });
        connect(&m_client, &ControlClient::requestFailed, this,
                [this](quint64 id, const ControlError &error) {
                    Answer a;
                    a.error = error;
                    finish(id, a);
                });
        connect(&m_client, &ControlClient::disconnected, &m_loop, &QEventLoop::quit);
    }

    int run() {
        if (int code = connectToService(); code != kExitDone)
            return code;
        const QString command = m_cmd.ctlArgs.value(0);
        const QString argument = m_cmd.ctlArgs.value(1);
        if (command == QLatin1String("status"))
            return status();
        if (command == QLatin1String("connections"))
            return connections();
        if (command == QLatin1String("enable") || command == QLatin1String("disable"))
            return setEnabled(argument, command == QLatin1String("enable"));
        if (command == QLatin1String("apply"))
            return apply(argument);
        if (command == QLatin1String("reload"))
            return reload();
        if (command == QLatin1String("close"))
            return close(argument);
        if (command == QLatin1String("save"))
            return save();
        printError(CtlText::tr("unknown command \"%1\"").arg(command));
        return kExitNoService;
    }

private:
    int connectToService() {
        // Connected here rather than by the client: the socket's error tells "not running" from
        // "not allowed".
        m_socket.connectToServer(m_path);
        if (!m_socket.waitForConnected(5000)) {
            if (m_socket.error() == QLocalSocket::SocketAccessError) {
                printError(CtlText::tr("permission denied: cannot open %1 (members of group %2 "
                                       "may; ask to be added to it)")
                               .arg(m_path, ControlServer::controlGroupName()));
                return kExitRefused;
            }
            printError(noServiceMessage(m_path));
            return kExitNoService;
        }
        connect(&m_client, &ControlClient::helloReceived, &m_loop, &QEventLoop::quit);
        m_client.setTransport(&m_socket);
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(10000);
        while (!m_client.hasHello() && m_client.isConnected() && timeout.isActive())
            m_loop.exec();
        if (!m_client.hasHello()) {
            const QString why = m_client.errorString();
            printError(why.isEmpty() ? noServiceMessage(m_path)
                                     : CtlText::tr("%1 (%2)").arg(noServiceMessage(m_path), why));
            return kExitNoService;
        }
        return kExitDone;
    }

    void finish(quint64 id, const Answer &answer) {
        m_answers.insert(id, answer);
        if (id == m_waitingFor)
            m_loop.quit();
    }

    Answer wait(quint64 id) {
        m_waitingFor = id;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(kReplyTimeoutMs);
        while (!m_answers.contains(id) && m_client.isConnected() && timeout.isActive())
            m_loop.exec();
        if (m_answers.contains(id))
            return m_answers.take(id);
        Answer a;
        a.error.code = ControlProtocol::kDisconnected;
        a.error.message = m_client.isConnected() ? CtlText::tr("the service did not answer in time")
                                                 : CtlText::tr("the service closed the connection");
        return a;
    }

    int refused(const Answer &answer) {
        printDiagnostics(answer.error.diagnostics);
        printError(answer.error.message);
        return answer.error.code == ControlProtocol::kDisconnected ? kExitNoService : kExitRefused;
    }

    bool fetchStatus(ControlStatus *status, int *exitCode) {
        const Answer a = wait(m_client.requestStatus());
        if (!a.ok) {
            *exitCode = refused(a);
            return false;
        }
        *status = a.status;
        return true;
    }

    int status() {
        ControlStatus s;
        int code = kExitDone;
        if (!fetchStatus(&s, &code))
            return code;
        if (m_cmd.ctlJson) {
            std::fputs(QJsonDocument(ControlMessages::statusToJson(s)).toJson().constData(),
                       stdout);
            return kExitDone;
        }
        const ControlHello &hello = m_client.hello();
        std::printf("%s\n", qPrintable(CtlText::tr("PortRelay %1 service: %2 (revision %3)")
                                           .arg(s.version, s.configPath)
                                           .arg(s.revision)));
        std::printf(
            "%s\n",
            qPrintable(
                CtlText::tr("control clients: %1; you (%2): %3")
                    .arg(s.clients)
                    .arg(hello.user,
                         hello.permissions.canChange
                             ? CtlText::tr("may change (%1)").arg(hello.permissions.reason)
                             : CtlText::tr("read-only (%1)").arg(hello.permissions.reason))));
        QVector<QStringList> rows;
        rows << QStringList{CtlText::tr("#"),         CtlText::tr("NAME"),
                            CtlText::tr("STATE"),     CtlText::tr("ACTIVE"),
                            CtlText::tr("ACCEPTED"),  CtlText::tr("DENIED"),
                            CtlText::tr("FAILED"),    CtlText::tr("BYTES IN"),
                            CtlText::tr("BYTES OUT"), CtlText::tr("RULE")};
        QStringList errors;
        for (int i = 0; i < s.config.rules.size(); ++i) {
            const Rule &rule = s.config.rules.at(i);
            const RuleStats *stats = s.stats.rule(rule.id);
            // The config is current; a snapshot may be up to a quarter second older, and has no
            // word yet on a rule that was just added.
            const QString state = !rule.enabled
                                      ? ControlMessages::ruleStateName(RuleState::Disabled)
                                  : stats ? ControlMessages::ruleStateName(stats->state)
                                          : CtlText::tr("starting");
            rows << QStringList{QString::number(i + 1),
                                rule.name.isEmpty() ? QStringLiteral("-") : rule.name,
                                state,
                                QString::number(stats ? stats->active : 0),
                                QString::number(stats ? stats->accepted : 0),
                                QString::number(stats ? stats->refused : 0),
                                QString::number(stats ? stats->failed : 0),
                                QString::number(stats ? stats->bytesFromClient : 0),
                                QString::number(stats ? stats->bytesToClient : 0),
                                ruleText(rule)};
            if (rule.enabled && stats && stats->state == RuleState::Error &&
                !stats->error.isEmpty())
                errors << CtlText::tr("rule %1: %2").arg(i + 1).arg(stats->error);
        }
        printTable(rows);
        for (const QString &error : std::as_const(errors))
            std::printf("%s\n", qPrintable(error));
        if (!s.stats.logProblem.isEmpty())
            std::printf("%s\n", qPrintable(CtlText::tr("connection log: %1")
                                               .arg(escapeControlCharacters(s.stats.logProblem))));
        return kExitDone;
    }

    int connections() {
        ControlStatus s;
        int code = kExitDone;
        if (!fetchStatus(&s, &code))
            return code;
        if (m_cmd.ctlJson) {
            const QJsonObject stats = ControlMessages::statsToJson(s.stats);
            std::fputs(QJsonDocument(stats.value(QStringLiteral("connections")).toArray())
                           .toJson()
                           .constData(),
                       stdout);
            return kExitDone;
        }
        QVector<QStringList> rows;
        rows << QStringList{CtlText::tr("ID"),       CtlText::tr("RULE"),
                            CtlText::tr("CLIENT"),   CtlText::tr("STARTED"),
                            CtlText::tr("BYTES IN"), CtlText::tr("BYTES OUT")};
        for (const ConnectionStats &c : std::as_const(s.stats.connections)) {
            int number = 0;
            for (int i = 0; i < s.config.rules.size(); ++i) {
                if (s.config.rules.at(i).id == c.ruleId)
                    number = i + 1;
            }
            const QString client = c.clientAddress.protocol() == QAbstractSocket::IPv6Protocol
                                       ? QStringLiteral("[%1]:%2")
                                       : QStringLiteral("%1:%2");
            rows << QStringList{QString::number(c.id),
                                number > 0 ? QString::number(number) : QStringLiteral("-"),
                                client.arg(c.clientAddress.toString()).arg(c.clientPort),
                                c.started.toLocalTime().toString(Qt::ISODate),
                                QString::number(c.bytesFromClient),
                                QString::number(c.bytesToClient)};
        }
        printTable(rows);
        return kExitDone;
    }

    int setEnabled(const QString &which, bool enabled) {
        ControlStatus s;
        int code = kExitDone;
        if (!fetchStatus(&s, &code))
            return code;
        const Rule *rule = nullptr;
        int number = 0;
        for (int i = 0; i < s.config.rules.size() && !rule; ++i) {
            if (s.config.rules.at(i).name == which) {
                rule = &s.config.rules.at(i);
                number = i + 1;
            }
        }
        bool isNumber = false;
        const int n = which.toInt(&isNumber);
        if (!rule && isNumber && n >= 1 && n <= s.config.rules.size()) {
            rule = &s.config.rules.at(n - 1);
            number = n;
        }
        if (!rule) {
            printError(CtlText::tr("no rule \"%1\": give its name or its number in "
                                   "\"portrelay ctl status\"")
                           .arg(which));
            return kExitRefused;
        }
        const Answer a = wait(m_client.setRuleEnabled(rule->id, enabled, s.revision));
        if (!a.ok)
            return refused(a);
        std::printf("%s\n", qPrintable((enabled ? CtlText::tr("rule %1 enabled (revision %2)")
                                                : CtlText::tr("rule %1 disabled (revision %2)"))
                                           .arg(number)
                                           .arg(a.result.revision)));
        return kExitDone;
    }

    int apply(const QString &file) {
        // Checked here first, with the same diagnostics as --check: a file with errors is never
        // sent.
        const ConfigLoadResult loaded = loadConfigFile(file);
        if (!loaded.readable) {
            printError(CtlText::tr("cannot read %1: %2").arg(file, loaded.readError));
            return kExitRefused;
        }
        printDiagnostics(loaded.diagnostics);
        if (loaded.hasErrors()) {
            printError(CtlText::tr("%1 has errors; nothing was applied").arg(file));
            return kExitRefused;
        }
        ControlStatus s;
        int code = kExitDone;
        if (!fetchStatus(&s, &code))
            return code;
        Config config = loaded.config;
        // Rules that did not change keep their ids, hence their listeners and connections.
        config.adoptRuleIdsFrom(s.config);
        const Answer a = wait(m_client.apply(config, s.revision));
        if (!a.ok)
            return refused(a);
        return reportApplied(a.result, config);
    }

    int reportApplied(const ControlResult &result, const Config &config) {
        printDiagnostics(result.diagnostics);
        for (const RuleStartError &error : result.ruleErrors) {
            int number = 0;
            for (int i = 0; i < config.rules.size(); ++i) {
                if (config.rules.at(i).id == error.ruleId)
                    number = i + 1;
            }
            printError(CtlText::tr("rule %1 cannot start: %2").arg(number).arg(error.reason));
        }
        if (!result.ruleErrors.isEmpty()) {
            printError(CtlText::tr("applied (revision %1), but %n rule(s) failed to start", nullptr,
                                   int(result.ruleErrors.size()))
                           .arg(result.revision));
            return kExitRefused;
        }
        std::printf("%s\n", qPrintable(CtlText::tr("applied (revision %1)").arg(result.revision)));
        return kExitDone;
    }

    int reload() {
        const Answer a = wait(m_client.reload());
        if (!a.ok)
            return refused(a);
        ControlStatus s;
        int code = kExitDone;
        if (!fetchStatus(&s, &code))
            return code;
        return reportApplied(a.result, s.config);
    }

    int close(const QString &which) {
        bool ok = false;
        const quint64 id = which.toULongLong(&ok);
        if (!ok) {
            printError(CtlText::tr("\"%1\" is not a connection id (see portrelay ctl "
                                   "connections)")
                           .arg(which));
            return kExitRefused;
        }
        const Answer a = wait(m_client.closeConnection(id));
        if (!a.ok)
            return refused(a);
        std::printf("%s\n", qPrintable(CtlText::tr("connection %1 closed").arg(id)));
        return kExitDone;
    }

    int save() {
        const Answer a = wait(m_client.save());
        if (!a.ok)
            return refused(a);
        printDiagnostics(a.result.diagnostics);
        std::printf("%s\n", qPrintable(CtlText::tr("saved to %1").arg(a.result.path)));
        return kExitDone;
    }

    const CommandLine &m_cmd;
    QString m_path;
    QLocalSocket m_socket;
    ControlClient m_client;
    QEventLoop m_loop;
    QHash<quint64, Answer> m_answers;
    quint64 m_waitingFor = 0;
};

bool writeAll(int fd, const char *data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Copies stdin to the socket and the socket to stdout until the service closes, so that
// `ssh host portrelay ctl --stdio` is a transport for ControlClient. No Qt event loop: two
// descriptors and poll() are all it takes, and nothing is buffered beyond one read.
int bridgeStdio(const QString &path) {
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    if (native.size() >= qsizetype(sizeof(address.sun_path))) {
        printError(CtlText::tr("socket path too long: %1").arg(path));
        return kExitNoService;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        if (error == EACCES) {
            printError(CtlText::tr("permission denied: cannot open %1 (members of group %2 may)")
                           .arg(path, ControlServer::controlGroupName()));
            return kExitRefused;
        }
        printError(noServiceMessage(path));
        return kExitNoService;
    }
    std::signal(SIGPIPE, SIG_IGN);
    char buffer[64 * 1024];
    for (;;) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
        const int n = ::poll(fds, 2, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t got = ::read(fd, buffer, sizeof(buffer));
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0 || !writeAll(STDOUT_FILENO, buffer, size_t(got)))
                break; // the service closed, or whoever reads stdout went away
        }
        if ((fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof(buffer));
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break; // the client went away (ssh closed): so does this end of it
            if (!writeAll(fd, buffer, size_t(got))) {
                break;
            }
        }
    }
    ::close(fd);
    return kExitDone;
}
} // namespace

int runCtl(const CommandLine &cmd) {
    if (cmd.ctlStdio)
        return bridgeStdio(clientSocketPath(cmd.controlPath));
    CtlSession session(cmd);
    return session.run();
}
