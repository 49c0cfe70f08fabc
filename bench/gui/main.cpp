// prbench_gui: metric (8) of the benchmark. Opens PortRelay's real main window (the GUI's
// LocalBackend relaying the rules of --config, live statistics on screen) and measures the lag of
// the GUI thread's event loop with a 10 ms timer for --seconds, after --warmup seconds, while
// bench/run_bench.py drives full load through the rules. Prints one JSON line.
//   prbench_gui --config FILE --warmup S --seconds S --tail S
#include "EventLoopLagProbe.h"
#include "LocalBackend.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double percentileMs(std::vector<qint64> sorted, double p) {
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t k = size_t(p * double(sorted.size() - 1) + 0.5);
    return double(sorted[k]) / 1000.0;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PortRelayBench"));
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("config"), QStringLiteral("rinetd.conf or JSON"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("warmup"), QStringLiteral("seconds before measuring"),
                      QStringLiteral("s"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("seconds measured"),
                      QStringLiteral("s"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("tail"), QStringLiteral("seconds relaying after measuring"),
                      QStringLiteral("s"), QStringLiteral("3")});
    parser.process(app);
    const int warmupMs = int(parser.value(QStringLiteral("warmup")).toDouble() * 1000);
    const int measureMs = int(parser.value(QStringLiteral("seconds")).toDouble() * 1000);
    const int tailMs = int(parser.value(QStringLiteral("tail")).toDouble() * 1000);

    int exitCode = 0;
    LocalBackend relay;
    {
        MainWindow window(&relay);
        window.resize(1200, 800);
        window.show();
        // Opened as at start-up after a session that was relaying: the rules start at once
        // (openFile() loads a document stopped, waiting for the user's Start).
        if (!window.reopenAtStartup(parser.value(QStringLiteral("config")), true)) {
            std::fputs("prbench_gui: the configuration did not load\n", stderr);
            return 2;
        }
        std::printf("{\"mode\":\"gui\",\"state\":\"ready\"}\n");
        std::fflush(stdout);

        EventLoopLagProbe probe(10);
        QTimer::singleShot(warmupMs, Qt::PreciseTimer, &probe, [&probe] { probe.start(); });
        QTimer::singleShot(warmupMs + measureMs, Qt::PreciseTimer, &probe, [&] {
            probe.stop();
            const std::vector<qint64> &lateness = probe.latenessUs();
            const qint64 worst =
                lateness.empty() ? 0 : *std::max_element(lateness.begin(), lateness.end());
            std::printf("{\"mode\":\"gui\",\"ticks\":%zu,\"expected_ticks\":%d,\"p50_ms\":%.3f,"
                        "\"p99_ms\":%.3f,\"max_ms\":%.3f,\"seconds\":%.3f}\n",
                        lateness.size(), measureMs / 10, percentileMs(lateness, 0.5),
                        percentileMs(lateness, 0.99), double(worst) / 1000.0, measureMs / 1000.0);
            std::fflush(stdout);
            // Relaying goes on a little longer, so the load (started after "ready") never meets
            // a closed listener. exit(), not quit(): quit() closes the window first, and the
            // window asks whether to discard the imported (unsaved) configuration.
            QTimer::singleShot(tailMs, &app, [] { QCoreApplication::exit(0); });
        });
        exitCode = QApplication::exec();
    }
    relay.shutdown();
    return exitCode;
}
