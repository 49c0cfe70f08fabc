#pragma once

#include "ProgramRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <memory>
#include <vector>

// Three network namespaces made for one test and removed after it: a client, the relay and a
// server, joined by two veth pairs (client 10.77.1.2 / fd77:1::2 <-> relay 10.77.1.1 /
// fd77:1::1; relay 10.77.2.1 / fd77:2::1 <-> server 10.77.2.2 / fd77:2::2). The relay does not
// route between them, so the client can reach the relay only, never the server. Names carry
// the test's pid so that parallel runs do not meet.
class NetnsLab {
public:
    enum Role { Client, Relay, Server };

    explicit NetnsLab(const QString &tag) {
        const QString id = tag + QString::number(QCoreApplication::applicationPid());
        m_names = {QStringLiteral("prc") + id, QStringLiteral("prr") + id,
                   QStringLiteral("prs") + id};
    }
    ~NetnsLab() {
        for (auto &process : m_processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
        if (m_created) {
            for (const QString &name : m_names)
                runProgram(QStringLiteral("ip"),
                           {QStringLiteral("netns"), QStringLiteral("del"), name});
        }
    }

    // False with *why when namespaces cannot be made here (not root, no ip, no veth).
    bool setUp(QString *why) {
        if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()) {
            *why = QStringLiteral("the ip command (iproute2) is not installed");
            return false;
        }
        for (const QString &name : m_names) {
            const ProgramRun add = runProgram(
                QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), name});
            if (!add.finished || add.exitCode != 0) {
                *why = QStringLiteral("cannot create network namespaces: ") + add.all();
                return false;
            }
            m_created = true;
        }
        const QStringList steps = {
            QStringLiteral("link add vc netns %1 type veth peer name vrc netns %2")
                .arg(m_names[Client], m_names[Relay]),
            QStringLiteral("link add vs netns %1 type veth peer name vrs netns %2")
                .arg(m_names[Server], m_names[Relay]),
            QStringLiteral("-n %1 addr add 10.77.1.2/24 dev vc").arg(m_names[Client]),
            QStringLiteral("-n %1 addr add fd77:1::2/64 dev vc nodad").arg(m_names[Client]),
            QStringLiteral("-n %1 addr add 10.77.1.1/24 dev vrc").arg(m_names[Relay]),
            QStringLiteral("-n %1 addr add fd77:1::1/64 dev vrc nodad").arg(m_names[Relay]),
            QStringLiteral("-n %1 addr add 10.77.2.1/24 dev vrs").arg(m_names[Relay]),
            QStringLiteral("-n %1 addr add fd77:2::1/64 dev vrs nodad").arg(m_names[Relay]),
            QStringLiteral("-n %1 addr add 10.77.2.2/24 dev vs").arg(m_names[Server]),
            QStringLiteral("-n %1 addr add fd77:2::2/64 dev vs nodad").arg(m_names[Server]),
            QStringLiteral("-n %1 link set lo up").arg(m_names[Client]),
            QStringLiteral("-n %1 link set lo up").arg(m_names[Relay]),
            QStringLiteral("-n %1 link set lo up").arg(m_names[Server]),
            QStringLiteral("-n %1 link set vc up").arg(m_names[Client]),
            QStringLiteral("-n %1 link set vrc up").arg(m_names[Relay]),
            QStringLiteral("-n %1 link set vrs up").arg(m_names[Relay]),
            QStringLiteral("-n %1 link set vs up").arg(m_names[Server]),
        };
        for (const QString &step : steps) {
            if (!ip(step, why))
                return false;
        }
        return true;
    }

    bool ip(const QString &arguments, QString *why) {
        const ProgramRun run =
            runProgram(QStringLiteral("ip"), arguments.split(QLatin1Char(' ')), 30000);
        if (run.finished && run.exitCode == 0)
            return true;
        *why = QStringLiteral("ip %1: %2").arg(arguments, run.all());
        return false;
    }

    const QString &name(Role role) const { return m_names[role]; }

    QStringList inNamespace(Role role, const QStringList &command) const {
        return QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_names[role]} +
               command;
    }

    ProgramRun run(Role role, const QStringList &command, int timeoutMs = 120000,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        return runProgram(QStringLiteral("ip"), inNamespace(role, command), timeoutMs, env);
    }

    // A long-running program in a namespace; killed when the lab goes.
    QProcess *start(Role role, const QStringList &command,
                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral("ip"), inNamespace(role, command));
        process->waitForStarted(30000);
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    // Waits until something listens on TCP `port` in the namespace (ss is in iproute2 too).
    bool waitListening(Role role, quint16 port, int timeoutMs = 20000) {
        for (int waited = 0; waited < timeoutMs; waited += 100) {
            const ProgramRun ss = run(role, {QStringLiteral("ss"), QStringLiteral("-Hltn"),
                                             QStringLiteral("sport = :%1").arg(port)});
            if (ss.finished && !ss.out.trimmed().isEmpty())
                return true;
            QThread::msleep(100);
        }
        return false;
    }

private:
    QStringList m_names;
    bool m_created = false;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};
