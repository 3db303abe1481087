// The window's exports, offscreen: File > Export Report, Report Preview, Export Diagram and Export
// Azure Template write in a background process while the window keeps handling events; Cancel
// writes nothing and an unwritable path is reported.

#include "tests/windowsupport.h"

#include "model/document/editdesigncommand.h"
#include "model/document/topologydocument.h"
#include "ui/exportjob.h"
#include "ui/reportactions.h"
#include "ui/reportpageview.h"
#include "ui/reportpreviewdialog.h"
#include "views/qtstrings.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace Er;
using namespace Er::Test;

class TestReportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportReportRunsInTheBackground();
    void exportReportToAnUnwritablePathReportsIt();
    void cancellingAnExportWritesNothing();
    void previewShowsThePagesAndExportsFromThem();
    void previewShowsTheCheckersResultsForAnEditJustMade();
    void exportDiagramRunsInTheBackground();
    void exportAzureTemplateWritesBicep();

private:
    ScriptedPrompts m_answers;
};

void TestReportActions::initTestCase()
{
    useTestSettings("tst_reportactions");
}

void TestReportActions::init()
{
    clearTestSettings();
    m_answers = ScriptedPrompts();
}

// File > Export Report writes the PDF in a separate process: the window keeps handling events
// (the action is disabled meanwhile), and the report it writes is the design's.
void TestReportActions::exportReportRunsInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design-report.pdf"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    ReportActions *actions = window.reportActions();
    QSignalSpy exported(actions, &ReportActions::exported);
    actions->exportReportAction()->trigger();
    QVERIFY(actions->isExporting());
    QVERIFY(!actions->exportReportAction()->isEnabled());
    // The window is not blocked: a timer fires while the report is being written.
    bool ticked = false;
    QTimer::singleShot(0, &window, [&ticked] { ticked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ticked, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QCOMPARE(exported.at(0).at(1).toString(), path);
    QVERIFY2(exported.at(0).at(2).toString().isEmpty(), qPrintable(exported.at(0).at(2).toString()));
    QVERIFY(actions->exportReportAction()->isEnabled());
    QVERIFY(m_answers.errors.isEmpty());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(qs(*window.document()->topology().name)), qPrintable(text.left(400)));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("design-report.pdf")));
}

void TestReportActions::exportReportToAnUnwritablePathReportsIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("single-circuit.ertopo"))));
    QSignalSpy exported(window.reportActions(), &ReportActions::exported);
    window.reportActions()->exportReportAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY(!exported.at(0).at(2).toString().isEmpty());
    QCOMPARE(m_answers.errors.size(), 1);
    QVERIFY2(m_answers.errors.first().contains(QStringLiteral("no-such-folder")),
             qPrintable(m_answers.errors.first()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestReportActions::cancellingAnExportWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    QSignalSpy exported(window.reportActions(), &ReportActions::exported);
    window.reportActions()->exportReportAction()->trigger();
    auto *progress = window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    emit progress->canceled(); // the dialog's Cancel button, while the snapshot is written
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY2(exported.at(0).at(2).toString().contains(QStringLiteral("cancelled")),
             qPrintable(exported.at(0).at(2).toString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(window.reportActions()->exportReportAction()->isEnabled());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    // The user asked for it: the status bar says so, and no error box comes up.
    QVERIFY(m_answers.errors.isEmpty());
    if (const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("export-cancelled.png")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(window.statusBar()->currentMessage()));
}

// File > Report Preview shows the pages as they will print; its Export button writes them.
void TestReportActions::previewShowsThePagesAndExportsFromThem()
{
    QTemporaryDir dir;
    m_answers.saveFileName = dir.filePath(QStringLiteral("from-preview.pdf"));
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    window.show();
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    window.reportActions()->previewAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.reportActions()->previewDialog(), 20000);
    auto *preview = qobject_cast<ReportPreviewDialog *>(window.reportActions()->previewDialog());
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QVERIFY(preview->pageCount() >= 5);
    // Only the pages in view are drawn, not the whole report.
    QTRY_VERIFY(preview->pageView()->renderedPages() >= 1);
    QVERIFY(preview->pageView()->renderedPages() < preview->pageCount());
    preview->pageView()->scrollToPage(preview->pageCount() - 1);
    QTRY_COMPARE(preview->pageView()->currentPage(), preview->pageCount() - 1);
    QVERIFY(preview->windowTitle().contains(qs(*window.document()->topology().name)));
    QPushButton *exportButton = nullptr;
    for (QPushButton *button : preview->findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("Export")))
            exportButton = button;
    }
    QVERIFY(exportButton);
    QSignalSpy exported(window.reportActions(), &ReportActions::exported);
    exportButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY(exported.at(0).at(2).toString().isEmpty());
    QVERIFY(QFileInfo(m_answers.saveFileName).size() > 10000);
    preview->close();
    QTRY_VERIFY(!window.reportActions()->previewDialog());
}

// Report Preview does not check the design again on the UI thread: right after an edit it waits
// for the background checker's results for the edited design (busy cursor meanwhile), and the
// pages carry the edit and the findings the window shows.
void TestReportActions::previewShowsTheCheckersResultsForAnEditJustMade()
{
    MainWindow window;
    openExample(window, QStringLiteral("vpn-backup.ertopo"), m_answers.prompts());
    window.document()->undoStack()->push(
        new EditDesignCommand(window.document(), std::string("Renamed for the preview"),
                              window.document()->topology().description));
    QVERIFY(!window.checker()->isCurrent());
    window.reportActions()->previewAction()->trigger();
    // Not opened on the spot from a check made on the UI thread: it waits for the checker.
    QVERIFY(!window.reportActions()->previewDialog());
    QVERIFY(QApplication::overrideCursor());
    window.reportActions()->previewAction()->trigger(); // a second request is not a second dialog
    QTRY_VERIFY_WITH_TIMEOUT(window.reportActions()->previewDialog(), 20000);
    QVERIFY(window.checker()->isCurrent());
    QVERIFY(!QApplication::overrideCursor());
    auto *preview = qobject_cast<ReportPreviewDialog *>(window.reportActions()->previewDialog());
    QVERIFY(preview);
    QVERIFY2(preview->windowTitle().contains(QStringLiteral("Renamed for the preview")),
             qPrintable(preview->windowTitle()));
    QCOMPARE(window.findChildren<ReportPreviewDialog *>().size(), 1);
    preview->close();
    QTRY_VERIFY(!window.reportActions()->previewDialog());
}

// File > Export Diagram, to a PNG: written by the background process, twice the canvas's size
// for a small design, and the window says where it went.
void TestReportActions::exportDiagramRunsInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.png"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    ReportActions *actions = window.reportActions();
    QSignalSpy exported(actions, &ReportActions::exported);
    actions->exportDiagramAction()->trigger();
    QVERIFY(actions->isExporting());
    QVERIFY(!actions->exportDiagramAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QCOMPARE(exported.at(0).at(0).value<ExportJob::Kind>(), ExportJob::Kind::Diagram);
    QVERIFY2(exported.at(0).at(2).toString().isEmpty(), qPrintable(exported.at(0).at(2).toString()));
    const QImage picture(path, "PNG");
    QVERIFY(!picture.isNull());
    QVERIFY(picture.width() > 400);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("diagram.png")));
    QVERIFY(actions->exportDiagramAction()->isEnabled());
}

// File > Export Azure Template…: the Bicep file the command line writes (tst_armexport).
void TestReportActions::exportAzureTemplateWritesBicep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.bicep"));
    m_answers.saveFileName = path;
    MainWindow window;
    window.setPrompts(m_answers.prompts());
    QVERIFY(window.openFile(Test::examplePath(QStringLiteral("vpn-backup.ertopo"))));
    ReportActions *actions = window.reportActions();
    QSignalSpy exported(actions, &ReportActions::exported);
    actions->exportTemplateAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QCOMPARE(exported.at(0).at(0).value<ExportJob::Kind>(), ExportJob::Kind::Template);
    QVERIFY2(exported.at(0).at(2).toString().isEmpty(), qPrintable(exported.at(0).at(2).toString()));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains(
        "resource gatewayVnetHubUksErgw 'Microsoft.Network/virtualNetworkGateways@"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Azure template")));
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
