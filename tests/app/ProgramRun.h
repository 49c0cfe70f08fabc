#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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
