#include "CommentNamesOffer.h"

#include "BannerStyle.h"
#include "CommentNames.h"
#include "CommentNamesDialog.h"
#include "Document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

CommentNamesOffer::CommentNamesOffer(Document *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_text(new QLabel(this))
    , m_preview(new QPushButton(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("commentNamesOffer"));
    BannerStyle::apply(this, BannerStyle::Kind::Offer);
    m_text->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewCommentNames"));
    m_close->setObjectName(QStringLiteral("closeCommentNamesOffer"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_preview, &QPushButton::clicked, this, &CommentNamesOffer::preview);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    // Another document replaces this offer.
    connect(m_document, &Document::aboutToReset, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_close);
    retranslateUi();
    hide();
}

void CommentNamesOffer::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CommentNamesOffer::retranslateUi() {
    m_preview->setText(tr("&Preview names…"));
    m_close->setToolTip(tr("Keep the rules unnamed"));
    m_text->setText(tr("%n rule(s) have a comment line above them that could be a name. "
                       "PortRelay names rules only from \"#portrelay: name=\" lines or from you.",
                       nullptr, m_recommended));
}

void CommentNamesOffer::offer() {
    int recommended = 0;
    for (const CommentNameProposal &p : CommentNameProposal::propose(m_document->config()))
        recommended += p.recommended ? 1 : 0;
    if (recommended == 0) {
        hide();
        return;
    }
    m_recommended = recommended;
    retranslateUi();
    show();
}

bool CommentNamesOffer::preview() {
    const QVector<CommentNameProposal> proposals =
        CommentNameProposal::propose(m_document->config());
    CommentNamesDialog dialog(m_document->config(), proposals, parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    hide();
    const QHash<int, QString> names = dialog.chosenNames();
    const QVector<Rule> rules = m_document->config().rules;
    for (int i = 0; i < rules.size(); ++i) {
        const auto name = names.constFind(rules.at(i).id);
        if (name == names.constEnd())
            continue;
        Rule named = rules.at(i);
        named.name = *name;
        m_document->replaceRule(i, named);
    }
    return !names.isEmpty();
}
