#include "views/report/reportpages.h"

#include "views/report/diagrampages.h"
#include "views/report/diagramscene.h"
#include "views/report/pageframe.h"
#include "views/report/reportinput.h"
#include "views/report/reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace Er {

namespace {

// Text is laid out at 96 dpi whatever the screen: the page geometry is in 1/96 inch.
QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(96 / 0.0254));
        image.setDotsPerMeterY(qRound(96 / 0.0254));
        return image;
    }();
    return &device;
}

// Every table repeats its first row (the header) on each page it continues on.
void repeatTableHeaders(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            if (format.headerRowCount() == 0 && table->rows() > 1) {
                format.setHeaderRowCount(1);
                table->setFormat(format);
            }
        }
        repeatTableHeaders(child);
    }
}

} // namespace

ReportPages::ReportPages(const ReportInput &input)
    : m_designName(reportDesignName(input))
    , m_dateText(QLocale(QLocale::English).toString(input.date, QStringLiteral("d MMMM yyyy")))
    , m_diagram(std::make_unique<DiagramScene>(input.topology, input.findings))
    , m_plan(std::make_unique<DiagramPlan>(planDiagram(m_diagram->diagramRect())))
{
    for (const ReportSection section : bodySections(input)) {
        BodySection body{section, {}};
        for (const QString &part : sectionHtml(input, section).split(partBreakHtml))
            body.parts.push_back(layOut(part));
        m_sections.push_back(std::move(body));
    }
    // The cover's contents list needs the page numbers, which need the cover's length: lay it
    // out once to count its pages, then again with the numbers (the list's length is fixed).
    m_cover = layOut(coverHtml(input, contents(1)));
    const int coverPages = m_cover->pageCount();
    m_cover = layOut(coverHtml(input, contents(coverPages)));

    for (int i = 0; i < m_cover->pageCount(); ++i)
        m_pages.push_back({PageKind::Cover, i, false});
    m_pages.push_back({PageKind::DiagramOverview, 0, m_plan->landscape});
    for (int i = 0; i < int(m_plan->tiles.size()); ++i)
        m_pages.push_back({PageKind::DiagramTile, i, m_plan->landscape});
    for (int section = 0; section < int(m_sections.size()); ++section) {
        const BodySection &body = m_sections[std::size_t(section)];
        for (int part = 0; part < int(body.parts.size()); ++part) {
            for (int i = 0; i < body.parts[std::size_t(part)]->pageCount(); ++i)
                m_pages.push_back({PageKind::Body, i, false, section, part});
        }
    }
}

ReportPages::~ReportPages() = default;

int ReportPages::BodySection::pageCount() const
{
    int count = 0;
    for (const auto &part : parts)
        count += part->pageCount();
    return count;
}

std::unique_ptr<QTextDocument> ReportPages::layOut(const QString &html) const
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(layoutDevice());
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(reportStyleSheet());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    // The page size first: setting it later would throw away the layout setHtml starts.
    document->setPageSize(PageGeometry::contentRect(PageGeometry::a4(false)).size());
    document->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
    repeatTableHeaders(document->rootFrame());
    return document;
}

QList<ContentsEntry> ReportPages::contents(int coverPages) const
{
    const int diagramPages = 1 + int(m_plan->tiles.size());
    QList<ContentsEntry> entries{{ReportSection::Diagram, coverPages + 1}};
    int page = coverPages + diagramPages + 1;
    for (const BodySection &body : m_sections) {
        entries.push_back({body.section, page});
        page += body.pageCount();
    }
    return entries;
}

int ReportPages::sectionPage(ReportSection section) const
{
    if (section == ReportSection::Cover)
        return 1;
    for (const ContentsEntry &entry : contents(m_cover->pageCount())) {
        if (entry.section == section)
            return entry.page;
    }
    return 0;
}

QSizeF ReportPages::pageSize(int page) const
{
    return PageGeometry::a4(isLandscape(page));
}

void ReportPages::paintTextPage(QPainter *painter,
                                QTextDocument &document,
                                int index,
                                const QSizeF &pageSize) const
{
    const QRectF content = PageGeometry::contentRect(pageSize);
    const qreal height = document.pageSize().height();
    const QRectF pageInDocument(0, index * height, content.width(), height);
    painter->save();
    painter->translate(content.left(), content.top() - index * height);
    // The clip ends at the page's bottom: a row that continues is drawn on the next page. The
    // same rectangle bounds the layout's walk, which skips whatever lies outside it.
    painter->setClipRect(pageInDocument, Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = pageInDocument;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

void ReportPages::paintPage(QPainter *painter, int page) const
{
    const Page &info = m_pages.at(std::size_t(page));
    const QSizeF size = pageSize(page);
    const QRectF content = PageGeometry::contentRect(size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    switch (info.kind) {
    case PageKind::Cover:
        paintTextPage(painter, *m_cover, info.index, size);
        break;
    case PageKind::DiagramOverview:
        paintDiagramOverview(painter, content, *m_diagram, *m_plan);
        break;
    case PageKind::DiagramTile:
        paintDiagramTile(painter, content, *m_diagram, *m_plan, info.index);
        break;
    case PageKind::Body:
        paintTextPage(painter,
                      *m_sections.at(std::size_t(info.section)).parts.at(std::size_t(info.part)),
                      info.index, size);
        break;
    }
    paintPageFrame(painter, size, {m_designName, m_dateText, page + 1, pageCount()});
    painter->restore();
}

QImage ReportPages::pageImage(int page, qreal zoom) const
{
    QImage image((pageSize(page) * zoom).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(zoom, zoom);
    paintPage(&painter, page);
    painter.end();
    return image;
}

} // namespace Er
