#include "RuntimeProblemBanner.h"

#include "BannerStyle.h"
#include "ControlCharEscape.h"
#include "RelayStatus.h"

#include <QEvent>

RuntimeProblemBanner::RuntimeProblemBanner(RelayStatus *status, QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("runtimeProblemBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(4);
    BannerStyle::apply(this, BannerStyle::Kind::Error);
    hide();
    if (status) {
        connect(status, &RelayStatus::snapshotChanged, this, &RuntimeProblemBanner::showSnapshot);
        showSnapshot(status->snapshot());
    }
}

QString RuntimeProblemBanner::problemText(const StatsSnapshot &snapshot) {
    if (snapshot.logProblem.isEmpty())
        return QString();
    // The path comes from the configuration: quoted with its control characters written out.
    return tr("Connection log: %1. Choose another log file on the Logging tab (or make this "
              "one writable) and apply.")
        .arg(escapeControlCharacters(snapshot.logProblem));
}

void RuntimeProblemBanner::showSnapshot(const StatsSnapshot &snapshot) {
    m_snapshot.logProblem = snapshot.logProblem;
    const QString text = problemText(m_snapshot);
    if (text != this->text())
        setText(text);
    setVisible(!text.isEmpty());
}

void RuntimeProblemBanner::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        showSnapshot(m_snapshot);
}
