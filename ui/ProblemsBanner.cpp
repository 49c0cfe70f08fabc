#include "ProblemsBanner.h"

#include "BannerStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ProblemsBanner::ProblemsBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(this))
    , m_take(new QPushButton(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("problemsBanner"));
    BannerStyle::apply(this, BannerStyle::Kind::Warning);
    m_text->setObjectName(QStringLiteral("problemsBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_show->setObjectName(QStringLiteral("showProblemsButton"));
    m_take->setObjectName(QStringLiteral("takeValidPartButton"));
    m_close->setObjectName(QStringLiteral("closeProblemsBanner"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_show, &QPushButton::clicked, this, &ProblemsBanner::showProblemsRequested);
    connect(m_take, &QPushButton::clicked, this, &ProblemsBanner::takeValidPartRequested);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_take);
    layout->addWidget(m_close);
    retranslateUi();
    hide();
}

void ProblemsBanner::showMessage(const QString &text, bool takeValidPart) {
    m_text->setText(text);
    m_take->setVisible(takeValidPart);
    show();
}

QString ProblemsBanner::text() const {
    return m_text->text();
}

void ProblemsBanner::retranslateUi() {
    m_show->setText(tr("Show &problems"));
    m_take->setText(tr("Take the &valid part"));
    m_take->setToolTip(tr("Remove the rules with errors from the document (Save then writes it "
                          "without them)"));
    m_close->setToolTip(tr("Hide this message"));
}

void ProblemsBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
