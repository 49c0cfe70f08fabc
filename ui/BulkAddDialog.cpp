#include "BulkAddDialog.h"

#include "ConfigValidator.h"
#include "ControlCharEscape.h"
#include "RinetdConfigParser.h"
#include "StaticHostResolver.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Typing pauses this long before the text is checked again.
constexpr int kPauseMs = 200;

bool isAclLine(const QString &line) {
    static const QRegularExpression acl(QStringLiteral("^\\s*(allow|deny)(\\s|$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return acl.match(line).hasMatch();
}

} // namespace

BulkAddDialog::BulkAddDialog(const Config &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_edit(new QPlainTextEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_add(nullptr)
    , m_pause(new QTimer(this)) {
    setObjectName(QStringLiteral("bulkAddDialog"));
    setWindowTitle(tr("Add Several Rules"));

    auto *intro = new QLabel(
        tr("One forwarding per line, as in rinetd.conf: bind address, port or range, target "
           "address, port or range, then [options]. allow/deny lines after a forwarding belong to "
           "it."),
        this);
    intro->setWordWrap(true);

    m_edit->setObjectName(QStringLiteral("bulkAddText"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setPlaceholderText(QStringLiteral("0.0.0.0 8080 192.168.1.10 80\n"
                                              "0.0.0.0 8000-8010 10.0.0.5 9000-9010 [timeout=60]\n"
                                              "allow 192.168.1.*\n"
                                              "127.0.0.1 5353/udp 10.0.0.1 53/udp"));
    m_edit->viewport()->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("bulkAddProblems"));
    m_list->setWordWrap(true);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_list->setIconSize(QSize(icon, icon));
    connect(m_list, &QListWidget::currentRowChanged, this, &BulkAddDialog::showProblemAt);

    m_summary->setObjectName(QStringLiteral("bulkAddSummary"));
    m_summary->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_edit);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("bulkAddButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("bulkAddCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate(); // what is on screen, not what was checked before the last keystroke
        if (!m_valid.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &BulkAddDialog::revalidate);
    connect(m_edit, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    revalidate();
    resize(780, 560);
}

void BulkAddDialog::setText(const QString &text) {
    m_edit->setPlainText(text);
}

QString BulkAddDialog::text() const {
    return m_edit->toPlainText();
}

void BulkAddDialog::revalidate() {
    m_pause->stop();
    const QString text = m_edit->toPlainText();
    const QStringList lines = text.split(QLatin1Char('\n'));
    m_problems.clear();
    m_valid.clear();

    RinetdConfigParser parser{QString()};
    // A last line without its newline is what a typed text always has; the reader would warn
    // that rinetd ignores it, which is true of a file, not of this text.
    Config parsed =
        parser.parseText(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
    for (const ConfigDiagnostic &d : parser.diagnostics())
        m_problems.append(LineProblem{d.line, d.column, d.isError(), d.message});
    const RinetdSourceMap &map = parser.sourceMap();

    // What only a whole file has: not taken into the document from here.
    const QString notHere =
        tr("not added here: only forwardings and the allow/deny lines under them are taken");
    QVector<int> fileLines =
        map.logFileLines + map.logCommonLines + map.pidFileLines + map.logFormatLines;
    for (int line : qAsConst(fileLines))
        m_problems.append(LineProblem{line, 0, true, notHere});
    for (const RinetdSourceMap::AclLines &acl : map.globalAcl)
        m_problems.append(LineProblem{
            acl.line, acl.column, true,
            tr("allow/deny before the first forwarding would apply to every rule; put it under a "
               "forwarding, or edit the global access list")});

    // The new rules after the document's, checked together: conflicts and loops with existing
    // rules are found too. Names get no verdict here (a lookup per keystroke would stall the
    // typing); the table checks them once the rules are added.
    const int documentCount = int(m_document.rules.size());
    int nextId = m_document.nextRuleId();
    QSet<int> newIds;
    for (Rule &rule : parsed.rules) {
        rule.id = nextId++;
        rule.sourceLine = 0;
        newIds.insert(rule.id);
    }
    Config combined = m_document;
    combined.rules += parsed.rules;
    RinetdSourceMap combinedMap;
    combinedMap.rules.resize(documentCount);
    combinedMap.rules += map.rules;
    ConfigValidator::Options options;
    options.sourceMap = &combinedMap;
    options.resolver = std::make_shared<StaticHostResolver>(true);
    const QVector<ValidationFinding> findings = ConfigValidator::check(combined, options);
    QSet<int> badRules; // indexes in parsed.rules
    for (const ValidationFinding &f : findings) {
        int index = f.ruleIndex - documentCount;
        if (f.ruleIndex >= 0 && index < 0) {
            // About a rule of the document because of a new one (the other side of a loop).
            index = -1;
            for (int id : f.relatedRuleIds) {
                if (newIds.contains(id)) {
                    index = int(id - m_document.nextRuleId());
                    break;
                }
            }
        }
        if (index < 0 || index >= parsed.rules.size())
            continue;
        const RinetdSourceMap::RuleLines &at = map.rules.at(index);
        const int line = f.ruleIndex - documentCount == index ? f.line : at.line;
        m_problems.append(LineProblem{line > 0 ? line : at.line, f.column, f.isError(), f.message});
        if (f.isError())
            badRules.insert(index);
    }
    // An error on one of a rule's allow/deny lines leaves the rule out: added without it, the rule
    // would admit clients the user meant to refuse.
    for (const LineProblem &p : qAsConst(m_problems)) {
        if (!p.isError || p.line <= 0 || p.line > lines.size() || !isAclLine(lines.at(p.line - 1)))
            continue;
        int owner = -1;
        for (int i = 0; i < map.rules.size(); ++i) {
            if (map.rules.at(i).line > 0 && map.rules.at(i).line < p.line)
                owner = i;
        }
        if (owner >= 0)
            badRules.insert(owner);
    }
    for (int i = 0; i < parsed.rules.size(); ++i) {
        if (!badRules.contains(i))
            m_valid.append(parsed.rules.at(i));
    }
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const LineProblem &a, const LineProblem &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    markProblems();
    updateSummary();
}

void BulkAddDialog::markProblems() {
    QList<QTextEdit::ExtraSelection> selections;
    const QColor errorLine(255, 225, 225);
    const QColor warningLine(255, 244, 205);
    QSet<int> errorLines;
    for (const LineProblem &p : qAsConst(m_problems)) {
        if (p.isError)
            errorLines.insert(p.line);
    }
    QSet<int> tinted;
    for (const LineProblem &p : qAsConst(m_problems)) {
        const QTextBlock block = m_edit->document()->findBlockByNumber(p.line - 1);
        if (!block.isValid())
            continue;
        if (!tinted.contains(p.line)) {
            tinted.insert(p.line);
            QTextEdit::ExtraSelection line;
            line.format.setBackground(errorLines.contains(p.line) ? errorLine : warningLine);
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            line.cursor = QTextCursor(block);
            selections.append(line);
        }
        // The word the column points at, underlined as a spelling checker does.
        if (p.column > 0 && p.column < block.length()) {
            const QString text = block.text();
            int end = p.column - 1;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            QTextEdit::ExtraSelection word;
            word.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            word.format.setUnderlineColor(p.isError ? QColor(200, 0, 0) : QColor(190, 130, 0));
            word.cursor = QTextCursor(block);
            word.cursor.setPosition(block.position() + p.column - 1);
            word.cursor.setPosition(block.position() +
                                        qMin(qMax(end, p.column), block.length() - 1),
                                    QTextCursor::KeepAnchor);
            selections.append(word);
        }
    }
    m_edit->setExtraSelections(selections);

    m_list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const LineProblem &p : qAsConst(m_problems)) {
        const QString where = p.column > 0 ? QStringLiteral("%1:%2").arg(p.line).arg(p.column)
                                           : QString::number(p.line);
        auto *item = new QListWidgetItem(
            p.isError ? errorIcon : warningIcon,
            p.isError ? tr("%1: error: %2").arg(where, escapeControlCharacters(p.message))
                      : tr("%1: warning: %2").arg(where, escapeControlCharacters(p.message)),
            m_list);
        item->setData(Qt::UserRole, p.line);
    }
    m_list->setVisible(!m_problems.isEmpty());
}

void BulkAddDialog::showProblemAt(int row) {
    if (row < 0 || row >= m_problems.size())
        return;
    const LineProblem &p = m_problems.at(row);
    const QTextBlock block = m_edit->document()->findBlockByNumber(p.line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    if (p.column > 0)
        cursor.setPosition(block.position() + qMin(p.column - 1, block.length() - 1));
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
}

void BulkAddDialog::updateSummary() {
    int errors = 0;
    for (const LineProblem &p : qAsConst(m_problems))
        errors += p.isError ? 1 : 0;
    const int count = int(m_valid.size());
    m_add->setEnabled(count > 0);
    m_add->setText(count > 0 ? tr("Add %n Rule(s)", nullptr, count) : tr("Add"));
    if (m_edit->toPlainText().trimmed().isEmpty())
        m_summary->setText(tr("Type or paste forwardings above."));
    else if (errors > 0)
        m_summary->setText(tr("%n rule(s) can be added; lines with errors are left out until "
                              "fixed.",
                              nullptr, count));
    else
        m_summary->setText(tr("%n rule(s) can be added. They start after Apply.", nullptr, count));
}

bool BulkAddDialog::eventFilter(QObject *watched, QEvent *event) {
    // The messages of a line, on hovering it.
    if (watched == m_edit->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = m_edit->cursorForPosition(help->pos()).blockNumber() + 1;
        QStringList messages;
        for (const LineProblem &p : qAsConst(m_problems)) {
            if (p.line == line)
                messages.append(escapeControlCharacters(p.message));
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')),
                               m_edit->viewport());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
