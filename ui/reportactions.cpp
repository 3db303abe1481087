#include "ui/reportactions.h"

#include "ui/designchecker.h"
#include "ui/pricelistsession.h"

#include "model/document/topologydocument.h"
#include "model/export/templateexport.h"
#include "ui/reportpreviewdialog.h"
#include "views/report/diagramexport.h"
#include "views/report/reportinput.h"
#include "views/report/reportpages.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

namespace Er {

ReportActions::ReportActions(TopologyDocument *document, DesignChecker *checker, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_checker(checker)
    , m_window(window)
    , m_exportReport(new QAction(tr("Export &Report…"), this))
    , m_exportDiagram(new QAction(tr("Export &Diagram…"), this))
    , m_exportTemplate(new QAction(tr("Export A&zure Template…"), this))
    , m_preview(new QAction(tr("Report Pre&view…"), this))
{
    m_exportReport->setStatusTip(tr("Write the design report as a PDF"));
    m_exportDiagram->setStatusTip(tr("Write the diagram as SVG, PNG or a draw.io diagram"));
    m_exportTemplate->setStatusTip(
        tr("Write the Azure side as an ARM template or a Bicep file to deploy"));
    m_preview->setStatusTip(tr("Show the design report's pages"));
    m_preview->setShortcut(QKeySequence::Print);
    connect(m_exportReport, &QAction::triggered, this, &ReportActions::exportReportWithDialog);
    connect(m_exportDiagram, &QAction::triggered, this, &ReportActions::exportDiagramWithDialog);
    connect(m_exportTemplate, &QAction::triggered, this, &ReportActions::exportTemplateWithDialog);
    connect(m_preview, &QAction::triggered, this, &ReportActions::showPreview);
    connect(m_checker, &DesignChecker::resultsReady, this, &ReportActions::showPreviewWhenChecked);
}

void ReportActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_preview);
    menu->addAction(m_exportReport);
    menu->addAction(m_exportDiagram);
    menu->addAction(m_exportTemplate);
}

QString ReportActions::suggestedPath(const QString &extension) const
{
    const QString file = m_document->filePath();
    if (file.isEmpty())
        return m_document->displayName() + extension;
    const QFileInfo info(file);
    return info.dir().filePath(info.completeBaseName() + extension);
}

void ReportActions::setPrompts(SavePathPrompt savePath, ErrorPrompt error)
{
    m_savePathPrompt = std::move(savePath);
    m_errorPrompt = std::move(error);
}

void ReportActions::showError(const QString &title, const QString &text) const
{
    if (m_errorPrompt)
        m_errorPrompt(title, text);
    else
        QMessageBox::warning(m_window, title, text);
}

QString ReportActions::askSavePath(const QString &title,
                                   const QString &suggested,
                                   const QString &filters,
                                   QString *selectedFilter) const
{
    if (m_savePathPrompt)
        return m_savePathPrompt(title, suggested, filters);
    return QFileDialog::getSaveFileName(m_window, title, suggested, filters, selectedFilter);
}

void ReportActions::exportReportWithDialog()
{
    if (isExporting()) {
        m_exportProgress->raise();
        return;
    }
    QString path = askSavePath(tr("Export Report"), suggestedPath(QStringLiteral(".pdf")),
                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    startReportExport(path);
}

bool ReportActions::isExporting() const
{
    return m_exportJob != nullptr;
}

void ReportActions::startReportExport(const QString &path)
{
    startExport(ExportJob::Kind::Report, path);
}

void ReportActions::startDiagramExport(const QString &path)
{
    startExport(ExportJob::Kind::Diagram, path);
}

void ReportActions::startTemplateExport(const QString &path)
{
    startExport(ExportJob::Kind::Template, path);
}

namespace {

struct ExportTexts
{
    QString title;
    QString progress;
    QString done;
    QString failed;
};

ExportTexts exportTexts(ExportJob::Kind kind, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (kind == ExportJob::Kind::Report) {
        return {ReportActions::tr("Export Report"),
                ReportActions::tr("Writing the design report to %1…").arg(file),
                ReportActions::tr("Wrote the design report to %1.").arg(file),
                ReportActions::tr("Cannot export the report")};
    }
    if (kind == ExportJob::Kind::Template) {
        return {ReportActions::tr("Export Azure Template"),
                ReportActions::tr("Writing the Azure template to %1…").arg(file),
                ReportActions::tr("Wrote the Azure template to %1.").arg(file),
                ReportActions::tr("Cannot export the Azure template")};
    }
    return {ReportActions::tr("Export Diagram"),
            ReportActions::tr("Drawing the diagram to %1…").arg(file),
            ReportActions::tr("Wrote the diagram to %1.").arg(file),
            ReportActions::tr("Cannot export the diagram")};
}

} // namespace

void ReportActions::startExport(ExportJob::Kind kind, const QString &path)
{
    if (isExporting())
        return;
    const ExportTexts texts = exportTexts(kind, path);
    m_exportJob = new ExportJob(kind, path, this);
    connect(m_exportJob, &ExportJob::finished, this, &ReportActions::exportFinished,
            Qt::QueuedConnection);
    if (m_prices && m_prices->loaded())
        m_exportJob->setPricesFile(QString::fromStdString(m_prices->loaded()->fileName));
    if (!m_exportJob->start(m_document->sharedTopology(), m_document->filePath())) {
        const QString error = m_exportJob->error();
        m_exportJob->deleteLater();
        m_exportJob = nullptr;
        showError(texts.failed, error);
        emit exported(kind, path, error);
        return;
    }
    m_exportReport->setEnabled(false);
    m_exportDiagram->setEnabled(false);
    m_exportTemplate->setEnabled(false);
    m_exportProgress = new QProgressDialog(texts.progress, tr("Cancel"), 0, 0, m_window);
    m_exportProgress->setWindowTitle(texts.title);
    m_exportProgress->setMinimumDuration(300); // quick exports never flash a dialog
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exportJob, &ExportJob::cancel);
    emit statusMessage(texts.progress);
}

void ReportActions::exportFinished(const QString &error)
{
    if (!m_exportJob)
        return;
    const ExportJob::Kind kind = m_exportJob->kind();
    const QString path = m_exportJob->outputPath();
    const QString notice = m_exportJob->notice();
    const bool cancelled = m_exportJob->wasCancelled();
    m_exportJob->deleteLater();
    m_exportJob = nullptr;
    if (m_exportProgress) {
        m_exportProgress->disconnect(this);
        m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
    }
    m_exportReport->setEnabled(true);
    m_exportDiagram->setEnabled(true);
    m_exportTemplate->setEnabled(true);
    const ExportTexts texts = exportTexts(kind, path);
    if (error.isEmpty()) {
        QString message = texts.done;
        if (!notice.isEmpty())
            message += QLatin1Char(' ') + notice.left(1).toUpper() + notice.mid(1)
                       + QLatin1Char('.');
        emit statusMessage(message);
    } else if (cancelled) {
        emit statusMessage(error); // the user asked for it: no error box
    } else {
        emit statusMessage(texts.failed + QLatin1Char('.'));
        showError(texts.failed, error);
    }
    emit exported(kind, path, error);
}

void ReportActions::exportDiagramWithDialog()
{
    if (isExporting()) {
        m_exportProgress->raise();
        return;
    }
    const QString svgFilter = tr("SVG drawings (*.svg)");
    const QString pngFilter = tr("PNG pictures at twice the size (*.png)");
    const QString drawioFilter = tr("draw.io diagrams, editable in draw.io (*.drawio)");
    const QString drawioSvgFilter = tr("SVG with the draw.io diagram inside (*.drawio.svg)");
    const QString drawioPngFilter = tr("PNG with the draw.io diagram inside (*.drawio.png)");
    const std::pair<QString, QString> extensions[] = {
        {svgFilter, QStringLiteral(".svg")},
        {pngFilter, QStringLiteral(".png")},
        {drawioFilter, QStringLiteral(".drawio")},
        {drawioSvgFilter, QStringLiteral(".drawio.svg")},
        {drawioPngFilter, QStringLiteral(".drawio.png")},
    };
    QStringList filters;
    for (const auto &[name, extension] : extensions)
        filters << name;
    QString filter = svgFilter;
    QString path = askSavePath(tr("Export Diagram"), suggestedPath(QStringLiteral(".svg")),
                               filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!diagramFormatForPath(path)) {
        for (const auto &[name, extension] : extensions) {
            if (name == filter)
                path += extension;
        }
        if (!diagramFormatForPath(path))
            path += QStringLiteral(".svg");
    }
    startDiagramExport(path);
}

void ReportActions::exportTemplateWithDialog()
{
    if (isExporting()) {
        m_exportProgress->raise();
        return;
    }
    const QString armFilter = tr("ARM deployment templates (*.json)");
    const QString bicepFilter = tr("Bicep files (*.bicep)");
    QString filter = armFilter;
    QString path = askSavePath(tr("Export Azure Template"), suggestedPath(QStringLiteral(".json")),
                               armFilter + QStringLiteral(";;") + bicepFilter, &filter);
    if (path.isEmpty())
        return;
    if (!templateFormatForPath(path.toStdString()))
        path += filter == bicepFilter ? QStringLiteral(".bicep") : QStringLiteral(".json");
    startTemplateExport(path);
}

void ReportActions::showPreview()
{
    if (m_previewWaitsForCheck)
        return;
    m_previewWaitsForCheck = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_checker->isCurrent())
        showPreviewWhenChecked();
    else
        m_checker->checkNow(); // resultsReady() comes back here
}

void ReportActions::showPreviewWhenChecked()
{
    if (!m_previewWaitsForCheck || !m_checker->isCurrent())
        return;
    m_previewWaitsForCheck = false;
    QApplication::restoreOverrideCursor();
    const DesignChecker::Results &results = m_checker->results();
    openPreview(reportInputFromCheck(m_document->topology(), results.findings, *results.analysis,
                                     m_document->filePath()));
}

void ReportActions::openPreview(const ReportInput &input)
{
    auto pages = std::make_shared<const ReportPages>(input);
    auto *dialog = new ReportPreviewDialog(pages, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_previewDialog = dialog;
    connect(dialog, &ReportPreviewDialog::exportRequested, this,
            &ReportActions::exportReportWithDialog);
    dialog->show();
}

} // namespace Er
