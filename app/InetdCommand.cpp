#include "InetdCommand.h"

#include "LogLineFormatter.h"
#include "ProgramMessageHandler.h"
#include "RelayOptions.h"
#include "Rule.h"
#include "SubcommandParsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcInetd, "portrelay.inetd", QtInfoMsg)

namespace {

// A context lupdate can see (it ignores a InetdText::tr() of our own making in a free function).
struct InetdText {
    Q_DECLARE_TR_FUNCTIONS(InetdCommand)
};

// "host:port", "[v6]:port", "v6-without-brackets" is refused (ambiguous last colon).
bool splitTarget(const QString &text, QString *host, QString *port) {
    if (text.startsWith(QLatin1Char('['))) {
        if (!splitBracketedEndpoint(text, host, port))
            return false;
    } else {
        const int colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || text.indexOf(QLatin1Char(':')) != colon)
            return false;
        *host = text.left(colon);
        *port = text.mid(colon + 1);
    }
    return !host->isEmpty() && !port->isEmpty();
}

ino_t inodeOf(int fd) {
    struct stat info;
    return ::fstat(fd, &info) == 0 ? info.st_ino : 0;
}

} // namespace

bool isInetdCommand(int argc, char *argv[]) {
    return argc > 1 && std::strcmp(argv[1], "inetd") == 0;
}

bool parseInetdCommand(const QStringList &args, InetdCommand *out, int *exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(InetdText::tr(
        "Relays the TCP connection on standard input and output (started by inetd or by a "
        "systemd Accept=yes socket) to HOST:PORT, and exits when both directions are done."));
    parser.addHelpOption();
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        InetdText::tr(
            "End the connection after this many seconds without traffic (default: never)."),
        InetdText::tr("seconds"));
    const QCommandLineOption connectTimeout(
        QStringLiteral("connect-timeout"),
        InetdText::tr("Give up connecting to the target after this many seconds (default: 30)."),
        InetdText::tr("seconds"));
    const QCommandLineOption allow(
        QStringLiteral("allow"),
        InetdText::tr(
            "Allow clients matching PATTERN (rinetd pattern or CIDR; repeatable). With any "
            "--allow, other clients are refused."),
        InetdText::tr("pattern"));
    const QCommandLineOption deny(QStringLiteral("deny"),
                                  InetdText::tr("Refuse clients matching PATTERN (repeatable)."),
                                  InetdText::tr("pattern"));
    const QCommandLineOption syslog(
        QStringLiteral("syslog"),
        InetdText::tr(
            "Send messages and the connection's log line to syslog (automatic when standard "
            "error is the connection itself, as under inetd)."));
    const QCommandLineOption ident(QStringLiteral("ident"),
                                   InetdText::tr("Syslog identity (default: portrelay)."),
                                   InetdText::tr("name"));
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   InetdText::tr("Print debugging messages."));
    const QCommandLineOption bandwidth(
        QStringLiteral("max-bandwidth"),
        InetdText::tr("Limit the connection to BPS bits per second in each direction (as "
                      "'portrelay forward --max-bandwidth'; rule option rate= in bytes per "
                      "second)."),
        InetdText::tr("bps"));
    parser.addOptions({timeout, connectTimeout, allow, deny, syslog, ident, debug, bandwidth});
    parser.addPositionalArgument(QStringLiteral("inetd"), InetdText::tr("The inetd mode."),
                                 QStringLiteral("inetd"));
    parser.addPositionalArgument(
        QStringLiteral("target"),
        InetdText::tr("Where to relay the connection: HOST:PORT or [IPv6]:PORT."),
        QStringLiteral("HOST:PORT"));

    auto usageError = [exitCode](const QString &message) {
        return subcommandUsageError("inetd", message, exitCode);
    };
    if (!parseSubcommandLine(parser, args, "inetd", exitCode))
        return false;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("inetd"))
        return usageError(InetdText::tr("expected exactly one HOST:PORT"));
    QString host;
    QString port;
    if (!splitTarget(positional.at(1), &host, &port))
        return usageError(InetdText::tr("'%1' is not HOST:PORT").arg(positional.at(1)));
    const std::optional<quint16> portNumber = resolvePort(port, Protocol::Tcp);
    if (!portNumber)
        return usageError(InetdText::tr("'%1' is not a port number or known service").arg(port));
    out->relay.connectHost = host;
    out->relay.connectPort = *portNumber;
    auto seconds = [&](const QCommandLineOption &option, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int number = parser.value(option).toInt(&ok);
        if (!ok || number <= 0)
            return false;
        *value = number;
        return true;
    };
    if (!seconds(timeout, &out->relay.idleTimeoutSeconds))
        return usageError(InetdText::tr("--timeout needs a positive number of seconds"));
    int connectSeconds = 30;
    if (!seconds(connectTimeout, &connectSeconds))
        return usageError(InetdText::tr("--connect-timeout needs a positive number of seconds"));
    out->relay.connectTimeoutMs = connectSeconds * 1000;
    // In the order given, allows and denies as two lists (rinetd's semantics do not depend on
    // the order between them).
    for (const auto &[option, kind] :
         {std::pair{allow, AclEntry::Kind::Allow}, std::pair{deny, AclEntry::Kind::Deny}}) {
        for (const QString &pattern : parser.values(option)) {
            QString why;
            if (!AclPattern::parse(pattern, &why))
                return usageError(InetdText::tr("bad pattern '%1': %2").arg(pattern, why));
            AclEntry entry;
            entry.kind = kind;
            entry.pattern = pattern;
            out->relay.acl.entries.append(entry);
        }
    }
    if (parser.isSet(bandwidth)) {
        // redir's unit, bits per second, for the engine's bytes per second.
        const std::optional<qulonglong> bytes = bandwidthBytesPerSecond(parser.value(bandwidth));
        if (!bytes)
            return usageError(
                InetdText::tr(
                    "--max-bandwidth must be a number of bits per second of at least 8, not '%1'")
                    .arg(parser.value(bandwidth)));
        out->relay.connectionRate = *bytes;
    }
    out->syslog = parser.isSet(syslog);
    if (parser.isSet(ident))
        out->ident = parser.value(ident);
    out->debug = parser.isSet(debug);
    return true;
}

int runInetd() {
    InetdCommand command;
    int exitCode = 0;
    if (!parseInetdCommand(QCoreApplication::arguments(), &command, &exitCode))
        return exitCode;
    // Classic inetd gives the connection as stderr too: messages there would go to the client.
    const bool stderrIsConnection = inodeOf(0) != 0 && inodeOf(0) == inodeOf(2);
    if (command.syslog || stderrIsConnection)
        ProgramMessageHandler::installSyslog(command.ident);
    else
        ProgramMessageHandler::installStderr();
    if (command.debug)
        QLoggingCategory::setFilterRules(QStringLiteral("portrelay.*.debug=true"));

    int type = 0;
    socklen_t length = sizeof type;
    sockaddr_storage peer{};
    socklen_t peerLength = sizeof peer;
    if (::getsockopt(0, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM ||
        ::getpeername(0, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0 ||
        (peer.ss_family != AF_INET && peer.ss_family != AF_INET6)) {
        qCCritical(lcInetd).noquote() << InetdText::tr(
            "standard input is not a connected TCP socket (start 'portrelay inetd' from "
            "inetd or a systemd socket with Accept=yes)");
        ProgramMessageHandler::uninstall();
        return 2;
    }
    // The relay works on its own descriptor; 0 and 1 (and 2 when it is the connection) are
    // pointed at /dev/null, so that the relay's close is the socket's last and sends the FIN.
    const int clientFd = ::fcntl(0, F_DUPFD_CLOEXEC, 3);
    ::fcntl(clientFd, F_SETFL, ::fcntl(clientFd, F_GETFL) | O_NONBLOCK);
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    if (devNull >= 0) {
        ::dup2(devNull, 0);
        ::dup2(devNull, 1);
        if (stderrIsConnection)
            ::dup2(devNull, 2);
        ::close(devNull);
    }

    if (command.relay.connectionRate > 0)
        qCDebug(lcInetd).noquote()
            << InetdText::tr("bandwidth limit: %1 bytes per second in each direction (rate=%2)")
                   .arg(command.relay.connectionRate)
                   .arg(RelayOptions::formatRate(command.relay.connectionRate));
    SingleConnectionRelay relay;
    QObject::connect(
        &relay, &SingleConnectionRelay::eventLogged, &relay, [](const LogEvent &event) {
            qCInfo(lcInetd).noquote().nospace()
                << LogLineFormatter::format(LogFormat::PortRelay, event, std::time(nullptr))
                       .trimmed();
        });
    QObject::connect(&relay, &SingleConnectionRelay::finished, &relay,
                     [&relay](LogEvent::Result result) {
                         QCoreApplication::exit(relay.isSuccess(result) ? 0 : 1);
                     });
    relay.start(clientFd, command.relay);
    exitCode = QCoreApplication::exec();
    ProgramMessageHandler::uninstall();
    return exitCode;
}
