#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#include <csignal>
#include <sys/types.h>

// How the tests run external programs: to their end (runProgram), or kept running while the
// test talks to them (RunningProgram).

// One run of an external program to its end, for tests that check a built or installed binary
// (or a validator) the way a user runs it. A program that does not start or end in time gives
// finished == false and says why in err.
struct ProgramRun {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

inline ProgramRun
runProgram(const QString &program, const QStringList &args, int timeoutMs = 60000,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProgramRun result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(timeoutMs)) {
        result.err = QStringLiteral("%1 %2: %3")
                         .arg(program, args.join(QLatin1Char(' ')), process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

constexpr int kProgramWaitMs = 20000; // generous: the machine is shared

// A program the test talks to while it runs (the relay, or a starter that runs it). Its
// standard error is collected as it comes; it is killed when the test ends first. Waits spin
// the event loop, so servers living in the test's thread keep serving.
class RunningProgram {
public:
    RunningProgram() {
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_stderr += m_process.readAllStandardError(); });
    }
    RunningProgram(const RunningProgram &) = delete;
    RunningProgram &operator=(const RunningProgram &) = delete;
    ~RunningProgram() { kill(); }

    // False when the program could not be started.
    bool start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        m_process.setProcessEnvironment(env);
        m_process.start(program, arguments);
        // Blocking is fine here: nothing in this process needs to run while it starts.
        return m_process.waitForStarted(kProgramWaitMs);
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    bool signal(int signalNumber) {
        return m_process.processId() > 0 && ::kill(pid_t(m_process.processId()), signalNumber) == 0;
    }
    // Waits for the process to end by itself.
    bool waitForExit() {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; },
                               kProgramWaitMs);
    }
    // SIGTERM, then the exit code (-1 when it did not end in time or crashed).
    int stop() {
        if (!signal(SIGTERM) || !waitForExit())
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void kill() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(kProgramWaitMs);
        }
    }
    int exitCode() const { return m_process.exitCode(); }
    QByteArray stderrText() {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }
    bool stderrContains(const QByteArray &text) { return stderrText().contains(text); }
    // Waits until stderr holds TEXT COUNT times (or the process ended).
    bool waitForStderr(const QByteArray &text, int count = 1) {
        (void)QTest::qWaitFor([&] { return stderrText().count(text) >= count || !isRunning(); },
                              kProgramWaitMs);
        return stderrText().count(text) >= count;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_stderr;
};

// `portrelay --headless ARGUMENTS`, the way a service manager runs it.
class HeadlessRelay : public RunningProgram {
public:
    // RUNAS: a command that runs the relay as another user, e.g. {"setpriv", "--reuid=nobody",
    // ...}.
    void start(const QStringList &arguments, const QStringList &runAs = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Proves that headless mode needs no display at all.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QStringList relayCommand =
            QStringList{QStringLiteral(PORTRELAY_BINARY), QStringLiteral("--headless")} + arguments;
        if (runAs.isEmpty())
            RunningProgram::start(relayCommand.first(), relayCommand.mid(1), env);
        else
            RunningProgram::start(runAs.first(), runAs.mid(1) + relayCommand, env);
    }
};
