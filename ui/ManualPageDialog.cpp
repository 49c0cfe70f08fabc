#include "ManualPageDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcManual, "portrelay.ui.manual")

namespace {
constexpr int kTimeoutMs = 5000;
constexpr int kColumns = 90;

// Overstrike bold and underline ("a\ba", "_\ba") and any colour escape, which a pager would
// interpret, become plain characters.
QString plain(QString text) {
    static const QRegularExpression overstrike(QStringLiteral(".\\x08"));
    static const QRegularExpression escapes(QStringLiteral("\\x1b\\[[0-9;]*m"));
    static const QRegularExpression blankRuns(QStringLiteral("\\n[ \\t]*\\n([ \\t]*\\n)+"));
    text.remove(overstrike);
    text.remove(escapes);
    // The page's top and bottom margins and the paragraph spacing of a paged device: one blank
    // line is enough on screen.
    text.replace(blankRuns, QStringLiteral("\n\n"));
    return text.trimmed() + QLatin1Char('\n');
}

QString run(const QString &program, const QStringList &arguments, const QByteArray &input) {
    if (QStandardPaths::findExecutable(program).isEmpty())
        return {};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QString::number(kColumns));
    env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("GROFF_NO_SGR"), QStringLiteral("1"));
    env.remove(QStringLiteral("MAN_KEEP_FORMATTING"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(kTimeoutMs))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        qCWarning(lcManual) << program << "did not finish in time";
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return plain(QString::fromUtf8(process.readAllStandardOutput()));
}

// The roff source without requests and font escapes: readable, if not pretty.
QString stripped(const QString &source) {
    QStringList lines;
    const QStringList sourceLines = source.split(QLatin1Char('\n'));
    for (const QString &line : sourceLines) {
        if (line.startsWith(QLatin1String(".\\\"")))
            continue;
        if (line.startsWith(QLatin1Char('.'))) {
            const int space = line.indexOf(QLatin1Char(' '));
            const QString request = line.mid(1, space < 0 ? -1 : space - 1);
            QString rest = space < 0 ? QString() : line.mid(space + 1);
            rest.remove(QLatin1Char('"'));
            if (request == QLatin1String("SH"))
                lines << QString() << rest;
            else if (!rest.isEmpty() && request != QLatin1String("TH") &&
                     request != QLatin1String("nr"))
                lines << QStringLiteral("    ") + rest;
            continue;
        }
        lines << line;
    }
    static const QRegularExpression fonts(QStringLiteral("\\\\f[BIRP]"));
    QString text = lines.join(QLatin1Char('\n'));
    text.remove(fonts);
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    text.replace(QLatin1String("\\(em"), QStringLiteral("—"));
    text.replace(QLatin1String("\\e"), QLatin1String("\\"));
    return text;
}
} // namespace

QString ManualPageDialog::manualText(QString *how) {
    QFile bundled(QStringLiteral(":/doc/portrelay.1"));
    const QByteArray source = bundled.open(QIODevice::ReadOnly) ? bundled.readAll() : QByteArray();
    QString text;
    if (!source.isEmpty()) {
        text = run(QStringLiteral("groff"),
                   {QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                    QStringLiteral("-rLL=%1n").arg(kColumns), QStringLiteral("-P-cbou")},
                   source);
        if (!text.trimmed().isEmpty()) {
            if (how)
                *how = QStringLiteral("groff");
            return text;
        }
    }
    text = run(QStringLiteral("man"), {QStringLiteral("portrelay")}, QByteArray());
    if (!text.trimmed().isEmpty()) {
        if (how)
            *how = QStringLiteral("man");
        return text;
    }
    if (how)
        *how = QStringLiteral("source");
    return plain(stripped(QString::fromUtf8(source)));
}

ManualPageDialog::ManualPageDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("manualPage"));
    setWindowTitle(tr("portrelay(1) — Manual Page"));
    m_text->setObjectName(QStringLiteral("manualPageText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(manualText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    const QFontMetrics fm(m_text->font());
    resize(fm.horizontalAdvance(QLatin1Char('m')) * (kColumns + 4) + 40, 620);
}

QString ManualPageDialog::text() const {
    return m_text->toPlainText();
}
