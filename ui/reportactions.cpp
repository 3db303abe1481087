#include "reportactions.h"

#include "commands/topologydocument.h"
#include "diagramexport.h"
#include "diagramscene.h"
#include "reportinput.h"
#include "reportpages.h"
#include "reportpdf.h"
#include "reportpreviewdialog.h"
#include "validation/validator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace Er {

namespace {

// The analysis of a large design takes a moment: show it.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

ReportActions::ReportActions(TopologyDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_exportReport(new QAction(tr("Export &Report…"), this))
    , m_exportDiagram(new QAction(tr("Export &Diagram…"), this))
    , m_preview(new QAction(tr("Report Pre&view…"), this))
{
    m_exportReport->setStatusTip(tr("Write the design report as a PDF"));
    m_exportDiagram->setStatusTip(tr("Write the diagram as SVG or PNG"));
    m_preview->setStatusTip(tr("Show the design report's pages"));
    m_preview->setShortcut(QKeySequence::Print);
    connect(m_exportReport, &QAction::triggered, this, &ReportActions::exportReportWithDialog);
    connect(m_exportDiagram, &QAction::triggered, this, &ReportActions::exportDiagramWithDialog);
    connect(m_preview, &QAction::triggered, this, &ReportActions::showPreview);
}

void ReportActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_preview);
    menu->addAction(m_exportReport);
    menu->addAction(m_exportDiagram);
}

QString ReportActions::exportReport(const QString &path) const
{
    const BusyCursor busy;
    const ReportInput input = collectReportInput(m_document->topology());
    if (const auto error = writeReportPdf(input, path))
        return QString::fromStdString(*error);
    return QString();
}

QString ReportActions::exportDiagram(const QString &path) const
{
    const BusyCursor busy;
    const Topology &topology = m_document->topology();
    const DiagramScene diagram(topology, validate(topology));
    if (const auto error = Er::exportDiagram(diagram, m_document->displayName(), path))
        return QString::fromStdString(*error);
    return QString();
}

QString ReportActions::suggestedPath(const QString &extension) const
{
    const QString file = m_document->filePath();
    if (file.isEmpty())
        return m_document->displayName() + extension;
    const QFileInfo info(file);
    return info.dir().filePath(info.completeBaseName() + extension);
}

void ReportActions::exportReportWithDialog()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"),
                                                suggestedPath(QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString error = exportReport(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot export the report"), error);
}

void ReportActions::exportDiagramWithDialog()
{
    const QString svgFilter = tr("SVG drawings (*.svg)");
    const QString pngFilter = tr("PNG pictures at twice the size (*.png)");
    QString filter = svgFilter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Diagram"),
                                                suggestedPath(QStringLiteral(".svg")),
                                                svgFilter + QStringLiteral(";;") + pngFilter,
                                                &filter);
    if (path.isEmpty())
        return;
    if (!diagramFormatForPath(path))
        path += filter == pngFilter ? QStringLiteral(".png") : QStringLiteral(".svg");
    const QString error = exportDiagram(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot export the diagram"), error);
}

void ReportActions::showPreview()
{
    std::shared_ptr<const ReportPages> pages;
    {
        const BusyCursor busy;
        pages = std::make_shared<const ReportPages>(collectReportInput(m_document->topology()));
    }
    auto *dialog = new ReportPreviewDialog(pages, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportPreviewDialog::exportRequested, this,
            &ReportActions::exportReportWithDialog);
    dialog->show();
}

} // namespace Er
