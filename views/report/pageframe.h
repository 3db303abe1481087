#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace Er {

// A4 pages in 1/96 inch units (the unit QTextDocument lays out in), origin at the top left.
namespace PageGeometry {
QSizeF a4(bool landscape);
// The area between the running header and the footer.
QRectF contentRect(const QSizeF &pageSize);
} // namespace PageGeometry

struct PageFrameText
{
    QString designName;
    QString dateText;
    int pageNumber = 1;
    int pageCount = 1;
};

// The running header (the design's name) and the footer (date, "Page n of N").
void paintPageFrame(QPainter *painter, const QSizeF &pageSize, const PageFrameText &text);

} // namespace Er
