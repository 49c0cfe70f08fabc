#pragma once
// What the exporter tests (nftables, HAProxy) share: configs from rinetd.conf text, the table of
// configs every export must be accepted for, and the run of the real tool that checks an export.

#include "ConfigLoader.h"
#include "ProgramRun.h"
#include "RinetdConfigParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace ExporterTestSupport {

// The config rinetd.conf TEXT describes; its errors are printed (the tests expect none).
inline Config configOf(const QString &text) {
    RinetdConfigParser parser(QStringLiteral("test.conf"));
    const Config config = parser.parseText(text);
    for (const ConfigDiagnostic &d : parser.diagnostics())
        if (d.isError())
            qWarning("%s", qPrintable(d.toString()));
    return config;
}

// Columns "file" and "text": every shipped example (by file), a config mixing every kind of rule
// and access list (by text), and an empty config.
inline void addExportCases() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    const QDir examples(QStringLiteral(PORTRELAY_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList(QDir::Files))
        QTest::newRow(qPrintable(name)) << examples.filePath(name) << QString();
    QTest::newRow("mixed") << QString()
                           << "logfile /tmp/x.log\ndeny 10.9.*\nallow *\n"
                              "0.0.0.0 8080 10.0.0.5 80 [timeout=60,src=10.0.0.1]\n"
                              "deny 192.168.0.0/16\n"
                              ":: 8443 10.0.0.5 443 [proxy=v2]\n"
                              "2001:db8::1 8444 2001:db8::5 443\nallow 2001:db8::/32\n"
                              "10.0.0.1 53/udp 10.0.0.5 53/udp [timeout=20]\n"
                              "10.0.0.1 9000-9009 10.0.0.5 19000-19009\n"
                              "10.0.0.1 7000-7004/udp 10.0.0.5 7777/udp\n"
                              "#portrelay-disabled: 10.0.0.1 81 10.0.0.5 81\n"
                              "127.0.0.1 2525 127.0.0.1 25 "
                              "[accept-proxy=v1,accept-proxy-from=127.0.0.1;10.*]\n";
    QTest::newRow("empty") << QString() << "";
}

// The config of one addExportCases() row: FILE read, or else TEXT as "test.conf" (FILE is then
// set to that name, for the exporter's messages).
inline ConfigLoadResult loadExportCase(QString *file, const QString &text) {
    if (!file->isEmpty())
        return loadConfigFile(*file);
    *file = QStringLiteral("test.conf");
    return parseConfigData(text.toUtf8(), *file);
}

// Runs the tool that checks an export, PROGRAM ARGUMENTS... PATH, with CONTENT in PATH (a
// temporary file named FILENAME). finished is false, with the reason in err, when the file could
// not be written or the tool did not end normally in time.
inline ProgramRun runChecker(const QString &program, const QStringList &arguments,
                             const QString &fileName, const QByteArray &content) {
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        ProgramRun failed;
        failed.err = QStringLiteral("cannot write ") + path;
        return failed;
    }
    file.close();
    ProgramRun run = runProgram(program, arguments + QStringList{path}, 30000);
    if (!run.finished)
        run.err = program + QStringLiteral(" did not finish: ") + run.err;
    return run;
}

} // namespace ExporterTestSupport
