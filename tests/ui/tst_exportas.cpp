#include "Document.h"
#include "DocumentExporter.h"
#include "ExportDiagnosticsDialog.h"
#include "MainWindow.h"
#include "ProgramRun.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Rules nftables can forward, each with something the kernel cannot do (warnings only, so that
// `portrelay --export` writes the file without --force), and a range.
const QByteArray kConfig = "0.0.0.0 8000-8002 10.0.0.5 9000-9002 [timeout=30]\n"
                           "#portrelay: name=ssh jump\n"
                           "0.0.0.0 2222 10.0.0.6 22 [proxy=v1]\n"
                           "192.0.2.1 5353/udp 10.0.0.7 53/udp\n";

// What the modal diagnostics dialog listed, per top-level group: "group|message" lines.
struct SeenDialog {
    bool shown = false;
    QStringList lines;
};

void reviewNextExportDialog(QObject *context, SeenDialog *seen, bool write) {
    QTimer::singleShot(0, context, [seen, write] {
        auto *dialog = qobject_cast<ExportDiagnosticsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen->shown = true;
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("exportDiagnosticsList"));
        for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = list->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j)
                seen->lines.append(group->text(0) + QLatin1Char('|') + group->child(j)->text(0));
        }
        dialog
            ->findChild<QPushButton *>(write ? QStringLiteral("exportWrite")
                                             : QStringLiteral("exportCancel"))
            ->click();
    });
}

} // namespace

class TestExportAs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nftablesMatchesCommandLineAndShowsDiagnostics();
    void cancelledReviewWritesNothing();
    void errorsLeaveRulesOutLikeForce();
    void formatsByFilterAndExtension();
    void exportActionAsksForFileThenExports();
};

void TestExportAs::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportAs::nftablesMatchesCommandLineAndShowsDiagnostics() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString conf = dir.filePath(QStringLiteral("rinetd.conf"));
    QVERIFY(writeText(conf, kConfig));

    const QString cliOut = dir.filePath(QStringLiteral("cli.nft"));
    const ProgramRun cli =
        runProgram(QStringLiteral(PORTRELAY_BINARY), {QStringLiteral("--export"), cliOut, conf});
    QVERIFY2(cli.finished && cli.exitCode == 0, qPrintable(cli.all()));
    const QByteArray expected = readAll(cliOut);
    QVERIFY(!expected.isEmpty());

    MainWindow window;
    QVERIFY(window.openFile(conf));
    QCOMPARE(window.document()->config().rules.size(), 3);
    const bool modifiedBefore = window.document()->isModified();

    const QString guiOut = dir.filePath(QStringLiteral("gui.nft"));
    SeenDialog seen;
    reviewNextExportDialog(this, &seen, true);
    QVERIFY(window.exportAs(guiOut, DocumentExporter::Format::Nftables));
    QCOMPARE(readAll(guiOut), expected);

    // Every diagnostic the command line printed, listed under its rule.
    QVERIFY(seen.shown);
    QVERIFY(!seen.lines.isEmpty());
    for (const QString &line : qAsConst(seen.lines)) {
        const QString message = line.section(QLatin1Char('|'), 1);
        QVERIFY2(cli.err.contains(message), qPrintable(line + QStringLiteral("\n") + cli.err));
    }
    const QString joined = seen.lines.join(QLatin1Char('\n'));
    // The proxy= rule's note sits under that rule's group, the timeout's under the range rule.
    QVERIFY2(joined.contains(QStringLiteral("Rule 2: ssh jump|rule 2 (ssh jump): ")),
             qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("Rule 1: 0.0.0.0:8000-8002 → 10.0.0.5:9000-9002|")),
             qPrintable(joined));

    // The document still belongs to its own file, unchanged.
    QCOMPARE(window.document()->filePath(), conf);
    QCOMPARE(window.document()->isModified(), modifiedBefore);
    QCOMPARE(readAll(conf), kConfig);

    // Not over the document's own file: Save writes that one.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Ok)->click();
    });
    QVERIFY(!window.exportAs(conf, DocumentExporter::Format::RinetdConf));
    QCOMPARE(readAll(conf), kConfig);
}

void TestExportAs::cancelledReviewWritesNothing() {
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("rinetd.conf"));
    QVERIFY(writeText(conf, kConfig));
    MainWindow window;
    QVERIFY(window.openFile(conf));
    const QString out = dir.filePath(QStringLiteral("out.cfg"));
    SeenDialog seen;
    reviewNextExportDialog(this, &seen, false);
    QVERIFY(!window.exportAs(out, DocumentExporter::Format::Haproxy));
    QVERIFY(seen.shown);
    // HAProxy relays TCP only: the UDP rule is named.
    QVERIFY2(seen.lines.join(QLatin1Char('\n')).contains(QStringLiteral("HAProxy relays TCP only")),
             qPrintable(seen.lines.join(QLatin1Char('\n'))));
    QVERIFY(!QFile::exists(out));
}

// A rule nftables cannot take (a host name to bind) is an error: the review says so, its button
// says the rule is left out, and the file is what `--export --force` writes.
void TestExportAs::errorsLeaveRulesOutLikeForce() {
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("rinetd.conf"));
    QVERIFY(writeText(conf, "0.0.0.0 8080 10.0.0.5 80\n"
                            "relay.example 8081 10.0.0.5 81\n"));
    const QString cliOut = dir.filePath(QStringLiteral("cli.nft"));
    const ProgramRun cli =
        runProgram(QStringLiteral(PORTRELAY_BINARY),
                   {QStringLiteral("--export"), cliOut, QStringLiteral("--force"), conf});
    QVERIFY2(cli.finished && cli.exitCode == 0, qPrintable(cli.all()));

    MainWindow window;
    QVERIFY(window.openFile(conf));
    const QString guiOut = dir.filePath(QStringLiteral("gui.nft"));
    QString button;
    QStringList lines;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDiagnosticsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("exportDiagnosticsList"));
        for (int i = 0; list && i < list->topLevelItemCount(); ++i)
            lines.append(list->topLevelItem(i)->text(0));
        auto *write = dialog->findChild<QPushButton *>(QStringLiteral("exportWrite"));
        button = write->text();
        write->click();
    });
    QVERIFY(window.exportAs(guiOut, DocumentExporter::Format::Nftables));
    QCOMPARE(button, QStringLiteral("Write Without Them"));
    QCOMPARE(lines, QStringList({QStringLiteral("Rule 2: relay.example:8081 → 10.0.0.5:81")}));
    QCOMPARE(readAll(guiOut), readAll(cliOut));
    QVERIFY(!readAll(guiOut).contains("8081"));
}

void TestExportAs::formatsByFilterAndExtension() {
    using F = DocumentExporter::Format;
    const QStringList filters = DocumentExporter::nameFilters();
    QCOMPARE(filters.size(), 4);
    QCOMPARE(DocumentExporter::formatForFilter(filters.at(2)), F::Nftables);
    QCOMPARE(DocumentExporter::formatForFilter(filters.at(3)), F::Haproxy);
    QCOMPARE(DocumentExporter::formatForFileName(QStringLiteral("/tmp/a.NFT")), F::Nftables);
    QCOMPARE(DocumentExporter::formatForFileName(QStringLiteral("a.cfg")), F::Haproxy);
    QCOMPARE(DocumentExporter::formatForFileName(QStringLiteral("a.json")), F::Json);
    QCOMPARE(DocumentExporter::formatForFileName(QStringLiteral("rinetd.conf")), F::RinetdConf);
    QVERIFY(!DocumentExporter::formatForFileName(QStringLiteral("rules")).has_value());
}

void TestExportAs::exportActionAsksForFileThenExports() {
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("rinetd.conf"));
    QVERIFY(writeText(conf, kConfig));
    MainWindow window;
    QVERIFY(window.openFile(conf));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(action);

    // JSON has nothing it cannot express: no review, the file is written at once.
    const QString out = dir.filePath(QStringLiteral("copy.json"));
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        QVERIFY(dialog->nameFilters().size() == 4);
        dialog->selectNameFilter(DocumentExporter::nameFilters().at(1));
        dialog->selectFile(out);
        QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection);
    });
    action->trigger();
    QVERIFY(asked);
    const QByteArray json = readAll(out);
    QVERIFY2(json.startsWith("{"), json.constData());
    QVERIFY(json.contains("8000-8002"));
    QCOMPARE(window.document()->filePath(), conf);
}

QTEST_MAIN(TestExportAs)
#include "tst_exportas.moc"
