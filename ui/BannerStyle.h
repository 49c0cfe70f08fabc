#pragma once

#include <QObject>
#include <QPalette>

class QEvent;
class QFrame;

// The colours of a message bar (the bars above the rule table): its background is the window
// colour of the palette it would have anyway, tinted towards the hue of its kind, and its text
// is that palette's own window text. A dark theme thus gets a dark bar with light text, a light
// one a light bar with dark text, and the contrast stays the theme's. The bar follows palette
// and style changes.
class BannerStyle : public QObject {
    Q_OBJECT
public:
    enum class Kind { Information, Offer, Warning, Error };

    // Styles BANNER now and whenever its palette, its parent's or the application's changes.
    // BANNER owns the returned object.
    static BannerStyle *apply(QFrame *banner, Kind kind);
    // BASE with Window tinted for KIND and WindowText readable on it.
    static QPalette tinted(const QPalette &base, Kind kind);
    // WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BannerStyle(QFrame *banner, Kind kind);
    void restyle();
    void scheduleRestyle();

    QFrame *m_banner;
    Kind m_kind;
    bool m_restyling = false;
    bool m_scheduled = false;
};
