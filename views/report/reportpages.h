#pragma once

#include "views/report/reportsections.h"

#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

class QImage;
class QPainter;
class QTextDocument;

namespace Er {

class DiagramScene;
struct DiagramPlan;
struct ReportInput;

// The whole report laid out on A4 pages: the cover, the diagram (an overview and its tiles), and
// sections 3 to 9 flowed over as many pages as they need, tables breaking between rows with
// their header row repeated. Painting works on any device (the PDF writer, a preview image):
// the painter's unit is 1/96 inch with the origin at the page's top left.
class ReportPages
{
public:
    explicit ReportPages(const ReportInput &input);
    ~ReportPages();

    int pageCount() const { return int(m_pages.size()); }
    bool isLandscape(int page) const { return m_pages.at(std::size_t(page)).landscape; }
    QSizeF pageSize(int page) const;
    void paintPage(QPainter *painter, int page) const;
    // A page as a picture on white, `zoom` pixels per 1/96 inch (a preview).
    QImage pageImage(int page, qreal zoom) const;

    QString designName() const { return m_designName; }
    // The first page (1-based) of a section.
    int sectionPage(ReportSection section) const;

private:
    enum class PageKind { Cover, DiagramOverview, DiagramTile, Body };
    struct Page
    {
        PageKind kind;
        int index = 0; // cover page, tile, or page within a body section's part
        bool landscape = false;
        int section = 0; // body pages: index into m_sections
        int part = 0;    // body pages: index into the section's parts
    };
    // One of sections 3 to 9, laid out on its own in parts: layout cost grows faster than the
    // text, so a long table is cut into parts (see partBreakHtml), each starting a new page.
    struct BodySection
    {
        ReportSection section;
        std::vector<std::unique_ptr<QTextDocument>> parts;
        int pageCount() const;
    };

    std::unique_ptr<QTextDocument> layOut(const QString &html) const;
    QList<ContentsEntry> contents(int coverPages) const;
    void paintTextPage(QPainter *painter,
                       QTextDocument &document,
                       int index,
                       const QSizeF &pageSize) const;

    QString m_designName;
    QString m_dateText;
    std::unique_ptr<DiagramScene> m_diagram;
    std::unique_ptr<DiagramPlan> m_plan;
    std::unique_ptr<QTextDocument> m_cover;
    std::vector<BodySection> m_sections;
    std::vector<Page> m_pages;
};

} // namespace Er
