#include "views/report/pageframe.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace Er {

namespace {

constexpr qreal pixelsPerMm = 96 / 25.4;
constexpr qreal sideMargin = 18 * pixelsPerMm;
constexpr qreal topMargin = 22 * pixelsPerMm;
constexpr qreal bottomMargin = 20 * pixelsPerMm;
constexpr qreal headerBaseline = 12 * pixelsPerMm;
constexpr qreal footerBaseline = 10 * pixelsPerMm; // from the bottom edge

QFont frameFont(bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    font.setBold(bold);
    return font;
}

} // namespace

namespace PageGeometry {

QSizeF a4(bool landscape)
{
    const QSizeF portrait(210 * pixelsPerMm, 297 * pixelsPerMm);
    return landscape ? portrait.transposed() : portrait;
}

QRectF contentRect(const QSizeF &pageSize)
{
    return QRectF(sideMargin, topMargin, pageSize.width() - 2 * sideMargin,
                  pageSize.height() - topMargin - bottomMargin);
}

} // namespace PageGeometry

void paintPageFrame(QPainter *painter, const QSizeF &pageSize, const PageFrameText &text)
{
    painter->save();
    const qreal left = sideMargin;
    const qreal right = pageSize.width() - sideMargin;
    const QColor ink(0x5e, 0x6a, 0x75);
    const QColor rule(0xb8, 0xc4, 0xd0);

    // An explicit pen width: a cosmetic pen prints as a hairline.
    painter->setPen(QPen(rule, 0.75));
    painter->drawLine(QPointF(left, headerBaseline + 4), QPointF(right, headerBaseline + 4));
    const qreal footerY = pageSize.height() - footerBaseline;
    painter->drawLine(QPointF(left, footerY - 12), QPointF(right, footerY - 12));

    painter->setPen(ink);
    painter->setFont(frameFont(true));
    const QFontMetricsF bold(painter->font());
    const QString reportTitle = QStringLiteral("ExpressRoute design report");
    const qreal rightWidth = QFontMetricsF(frameFont(false)).horizontalAdvance(reportTitle);
    const QString name = bold.elidedText(text.designName, Qt::ElideRight,
                                         right - left - rightWidth - 24);
    painter->drawText(QPointF(left, headerBaseline), name);
    painter->setFont(frameFont(false));
    painter->drawText(QPointF(right - rightWidth, headerBaseline), reportTitle);

    painter->drawText(QPointF(left, footerY), text.dateText);
    const QString page = QStringLiteral("Page %1 of %2").arg(text.pageNumber).arg(text.pageCount);
    const qreal pageWidth = QFontMetricsF(painter->font()).horizontalAdvance(page);
    painter->drawText(QPointF(right - pageWidth, footerY), page);
    painter->restore();
}

} // namespace Er
