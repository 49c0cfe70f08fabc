#include "ConnectionsPanel.h"
#include "TrafficGraph.h"
#include "TrafficHistory.h"

#include <QImage>
#include <QPalette>
#include <QTest>

namespace {
using Direction = TrafficHistory::Direction;

// Rule 1 at SECOND with cumulative counters IN (from clients) and OUT (to clients).
StatsSnapshot snapshotAt(int second, quint64 in, quint64 out) {
    StatsSnapshot snapshot;
    snapshot.takenAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + second * 1000LL);
    RuleStats rule;
    rule.ruleId = 1;
    rule.state = RuleState::Listening;
    rule.bytesFromClient = in;
    rule.bytesToClient = out;
    snapshot.rules = {rule};
    return snapshot;
}

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b) {
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// Pixels of IMAGE within a small distance of COLOR.
int pixelsNear(const QImage &image, const QColor &color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green()) +
                    qAbs(c.blue() - color.blue()) <
                24)
                ++count;
        }
    return count;
}

QVector<QPointF> flat(qint64 nowMs, double rate) {
    QVector<QPointF> points;
    for (int s = 50; s >= 0; --s)
        points.append(QPointF(double(nowMs - s * 1000), rate));
    return points;
}

QPalette paletteWithBase(const QColor &base, const QColor &text) {
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}
} // namespace

// The throughput graph: in and out as two labelled series.
class TestTrafficGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void historyKeepsDirectionsApart();
    void coloursDifferAndReadOnLightAndDark();
    void drawsBothSeriesInTheirColours();
    void legendNamesSeriesWithRates();
    void panelFeedsInAndOut();
};

void TestTrafficGraph::historyKeepsDirectionsApart() {
    TrafficHistory history(60 * 1000);
    history.addSnapshot(snapshotAt(0, 0, 0));
    history.addSnapshot(snapshotAt(1, 1000, 3000));
    history.addSnapshot(snapshotAt(2, 3000, 3000)); // nothing went back in this second
    const QVector<QPointF> in = history.series(1, Direction::In);
    const QVector<QPointF> out = history.series(1, Direction::Out);
    const QVector<QPointF> both = history.series(1);
    QCOMPARE(in.size(), 2);
    QCOMPARE(out.size(), 2);
    QCOMPARE(in.at(0).y(), 1000.0);
    QCOMPARE(in.at(1).y(), 2000.0);
    QCOMPARE(out.at(0).y(), 3000.0);
    QCOMPARE(out.at(1).y(), 0.0);
    QCOMPARE(both.at(0).y(), 4000.0);
    QCOMPARE(both.at(1).y(), 2000.0);
    QCOMPARE(in.at(0).x(), out.at(0).x()); // the same seconds
    QCOMPARE(history.latestRate(1, Direction::In), 2000.0);
    QCOMPARE(history.latestRate(1, Direction::Out), 0.0);
    QCOMPARE(history.latestRate(0, Direction::In), 2000.0); // all rules
    // A reset counter counts from zero in its own direction only.
    history.addSnapshot(snapshotAt(3, 500, 3100));
    QCOMPARE(history.latestRate(1, Direction::In), 500.0);
    QCOMPARE(history.latestRate(1, Direction::Out), 100.0);
}

void TestTrafficGraph::coloursDifferAndReadOnLightAndDark() {
    const QPalette light = paletteWithBase(Qt::white, Qt::black);
    const QPalette dark = paletteWithBase(QColor(0x23, 0x26, 0x29), QColor(0xee, 0xee, 0xee));
    for (const QPalette &palette : {light, dark}) {
        const QColor in = TrafficGraph::seriesColor(0, palette);
        const QColor out = TrafficGraph::seriesColor(1, palette);
        const QColor base = palette.color(QPalette::Base);
        // Lines and legend swatches need 3:1 against the background (WCAG non-text contrast).
        QVERIFY2(contrast(in, base) >= 3.0, qPrintable(QString::number(contrast(in, base))));
        QVERIFY2(contrast(out, base) >= 3.0, qPrintable(QString::number(contrast(out, base))));
        // Apart in hue, not just in lightness.
        QVERIFY2(qAbs(in.hslHue() - out.hslHue()) >= 90,
                 qPrintable(QStringLiteral("%1 %2").arg(in.hslHue()).arg(out.hslHue())));
    }
    QVERIFY(TrafficGraph::seriesColor(0, light) != TrafficGraph::seriesColor(0, dark));
}

void TestTrafficGraph::drawsBothSeriesInTheirColours() {
    const qint64 now = 1'700'000'060'000;
    for (const QPalette &palette :
         {paletteWithBase(Qt::white, Qt::black),
          paletteWithBase(QColor(0x23, 0x26, 0x29), QColor(0xee, 0xee, 0xee))}) {
        TrafficGraph graph;
        graph.setPalette(palette);
        graph.resize(420, 200);
        const QColor inColour = TrafficGraph::seriesColor(0, palette);
        const QColor outColour = TrafficGraph::seriesColor(1, palette);

        graph.setSeries({{QStringLiteral("In"), flat(now, 40000), 40000},
                         {QStringLiteral("Out"), flat(now, 10000), 10000}},
                        now, 60 * 1000);
        QImage both = graph.grab().toImage();
        // Each line is long (50 s of a 60 s window) on top of its legend swatch.
        QVERIFY2(pixelsNear(both, inColour) > 100,
                 qPrintable(QString::number(pixelsNear(both, inColour))));
        QVERIFY2(pixelsNear(both, outColour) > 100,
                 qPrintable(QString::number(pixelsNear(both, outColour))));

        graph.setSeries(
            {{QStringLiteral("In"), flat(now, 40000), 40000}, {QStringLiteral("Out"), {}, 0}}, now,
            60 * 1000);
        QImage inOnly = graph.grab().toImage();
        // Without out points only its legend swatch is left in its colour.
        QVERIFY(pixelsNear(inOnly, outColour) < pixelsNear(both, outColour) / 3);
        QVERIFY(pixelsNear(inOnly, inColour) > 100);
    }
}

void TestTrafficGraph::legendNamesSeriesWithRates() {
    TrafficGraph graph;
    const qint64 now = 1'700'000'060'000;
    graph.setSeries({{QStringLiteral("In"), flat(now, 2048), 2048},
                     {QStringLiteral("Out"), flat(now, 3 * 1024 * 1024), 3 * 1024 * 1024}},
                    now, 60 * 1000);
    const QStringList legend = graph.legendTexts();
    QCOMPARE(legend.size(), 2);
    QVERIFY2(legend.at(0).startsWith(QLatin1String("In ")) && legend.at(0).contains("KiB/s"),
             qPrintable(legend.at(0)));
    QVERIFY2(legend.at(1).startsWith(QLatin1String("Out ")) && legend.at(1).contains("MiB/s"),
             qPrintable(legend.at(1)));
    // The axis spans the larger series, in powers of two from 1 KiB/s.
    QCOMPARE(graph.axisCeiling(), 4.0 * 1024 * 1024);
    graph.setSeries({}, now, 60 * 1000);
    QCOMPARE(graph.axisCeiling(), 1024.0);
}

void TestTrafficGraph::panelFeedsInAndOut() {
    ConnectionsPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSelectedRule(1, QStringLiteral("web"));
    panel.setSnapshot(snapshotAt(0, 0, 0));
    panel.setSnapshot(snapshotAt(1, 1024, 8192));
    auto *graph = panel.findChild<TrafficGraph *>(QStringLiteral("trafficGraph"));
    QVERIFY(graph);
    const QStringList legend = graph->legendTexts();
    QCOMPARE(legend.size(), 2);
    QVERIFY2(legend.at(0).startsWith(QLatin1String("In ")) && legend.at(0).contains("1.0 KiB/s"),
             qPrintable(legend.at(0)));
    QVERIFY2(legend.at(1).startsWith(QLatin1String("Out ")) && legend.at(1).contains("8.0 KiB/s"),
             qPrintable(legend.at(1)));
}

QTEST_MAIN(TestTrafficGraph)
#include "tst_trafficgraph.moc"
