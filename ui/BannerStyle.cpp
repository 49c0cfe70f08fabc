#include "BannerStyle.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>

#include <cmath>

namespace {
// How far the window colour moves towards the hue: enough to tell the bars apart, little enough
// to keep the theme's lightness (and so its text contrast).
constexpr double kTint = 0.25;

QColor hueOf(BannerStyle::Kind kind) {
    switch (kind) {
    case BannerStyle::Kind::Information:
        return QColor(0x3c, 0x78, 0xd8);
    case BannerStyle::Kind::Offer:
        return QColor(0x4c, 0xa8, 0x40);
    case BannerStyle::Kind::Warning:
        return QColor(0xe6, 0xa0, 0x20);
    case BannerStyle::Kind::Error:
        return QColor(0xd8, 0x3c, 0x3c);
    }
    return QColor();
}

QColor mix(const QColor &from, const QColor &to, double amount) {
    auto channel = [amount](int a, int b) { return int(std::lround(a + (b - a) * amount)); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

double relativeLuminance(const QColor &color) {
    auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
           0.0722 * linear(color.blueF());
}
} // namespace

BannerStyle::BannerStyle(QFrame *banner, Kind kind)
    : QObject(banner)
    , m_banner(banner)
    , m_kind(kind) {}

BannerStyle *BannerStyle::apply(QFrame *banner, Kind kind) {
    auto *style = new BannerStyle(banner, kind);
    banner->setAutoFillBackground(true);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->installEventFilter(style);
    style->restyle();
    return style;
}

double BannerStyle::contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette BannerStyle::tinted(const QPalette &base, Kind kind) {
    QPalette palette = base;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor background = mix(base.color(group, QPalette::Window), hueOf(kind), kTint);
        QColor text = base.color(group, QPalette::WindowText);
        // A theme whose window text is barely readable on the tint gets black or white instead.
        if (group != QPalette::Disabled && contrastRatio(text, background) < 4.5)
            text = contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
                       ? QColor(Qt::black)
                       : QColor(Qt::white);
        palette.setColor(group, QPalette::Window, background);
        palette.setColor(group, QPalette::WindowText, text);
    }
    return palette;
}

bool BannerStyle::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_banner && !m_restyling) {
        switch (event->type()) {
        case QEvent::PaletteChange:
        case QEvent::ApplicationPaletteChange:
        case QEvent::StyleChange:
        case QEvent::ParentChange:
            // After the event: the parent may learn of an application palette after the bar.
            scheduleRestyle();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void BannerStyle::scheduleRestyle() {
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            restyle();
        },
        Qt::QueuedConnection);
}

void BannerStyle::restyle() {
    const QWidget *parent = m_banner->parentWidget();
    const QPalette base = parent ? parent->palette() : QApplication::palette(m_banner);
    m_restyling = true;
    m_banner->setPalette(tinted(base, m_kind));
    m_restyling = false;
}
