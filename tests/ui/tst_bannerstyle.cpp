#include "BannerStyle.h"
#include "MainWindow.h"

#include <QApplication>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

// The message bars above the rule table take their colours from the palette: under a dark theme
// a dark bar with light text, under a light one a light bar with dark text, both readable.

namespace {
QPalette darkPalette() {
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

const char *const kBanners[] = {"problemBanner",        "connectionBanner",  "problemsBanner",
                                "runtimeProblemBanner", "commentNamesOffer", "startBanner"};

// The colour the bar paints where nothing is drawn on it (inside the frame, beside the margin).
QColor backgroundOf(QFrame *banner) {
    const QImage image = banner->grab().toImage();
    return image.pixelColor(3, image.height() / 2);
}

// The colour its text is painted in: the bar's own for a label bar, its first label's otherwise.
QColor textOf(QFrame *banner) {
    QWidget *label = qobject_cast<QLabel *>(banner);
    if (!label)
        label = banner->findChild<QLabel *>();
    return label->palette().color(label->foregroundRole());
}
} // namespace

class TestBannerStyle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void bannersFollowThePalette_data();
    void bannersFollowThePalette();
    void bannerFollowsAPaletteChange();
    void tintKeepsContrast();
};

void TestBannerStyle::initTestCase() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestBannerStyle::cleanup() {
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestBannerStyle::bannersFollowThePalette_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("banner");
    for (const bool dark : {false, true}) {
        for (const char *name : kBanners)
            QTest::addRow("%s, %s", dark ? "dark" : "light", name)
                << dark << QString::fromLatin1(name);
    }
}

void TestBannerStyle::bannersFollowThePalette() {
    QFETCH(bool, dark);
    QFETCH(QString, banner);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
    MainWindow window;
    auto *bar = window.findChild<QFrame *>(banner);
    QVERIFY(bar);
    if (auto *label = qobject_cast<QLabel *>(bar))
        label->setText(QStringLiteral("A message"));
    bar->resize(600, 40);
    const QColor background = backgroundOf(bar);
    const QColor text = textOf(bar);
    const QColor windowColor = palette.color(QPalette::Window);
    // The bar is as dark (or light) as the window it sits in, and its text stays readable.
    QVERIFY2(qAbs(background.lightness() - windowColor.lightness()) < 60,
             qPrintable(QStringLiteral("background %1 in a window of %2")
                            .arg(background.name(), windowColor.name())));
    QVERIFY2(BannerStyle::contrastRatio(text, background) >= 4.5,
             qPrintable(QStringLiteral("text %1 on %2").arg(text.name(), background.name())));
}

void TestBannerStyle::bannerFollowsAPaletteChange() {
    MainWindow window;
    auto *bar = window.findChild<QFrame *>(QStringLiteral("problemsBanner"));
    QVERIFY(bar);
    bar->resize(600, 40);
    QVERIFY(backgroundOf(bar).lightness() > 160);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(backgroundOf(bar).lightness() < 100);
    QVERIFY(BannerStyle::contrastRatio(textOf(bar), backgroundOf(bar)) >= 4.5);
}

void TestBannerStyle::tintKeepsContrast() {
    // A theme whose window text is close to its window colour still gets readable bar text.
    QPalette poor;
    poor.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    poor.setColor(QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    for (const auto kind : {BannerStyle::Kind::Information, BannerStyle::Kind::Offer,
                            BannerStyle::Kind::Warning, BannerStyle::Kind::Error}) {
        const QPalette tinted = BannerStyle::tinted(poor, kind);
        QVERIFY(tinted.color(QPalette::Window) != poor.color(QPalette::Window));
        QVERIFY(BannerStyle::contrastRatio(tinted.color(QPalette::WindowText),
                                           tinted.color(QPalette::Window)) >= 4.5);
    }
    QCOMPARE(BannerStyle::contrastRatio(Qt::black, Qt::white), 21.0);
}

QTEST_MAIN(TestBannerStyle)
#include "tst_bannerstyle.moc"
