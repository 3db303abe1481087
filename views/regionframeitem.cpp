#include "views/regionframeitem.h"

#include "views/nodeitem.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Er {

namespace {

// An empty region is still big enough to drop a VNet into.
constexpr qreal minimumWidth = 260;
constexpr qreal minimumHeight = 170;
const QColor azureBlue(0x00, 0x78, 0xd4);

} // namespace

RegionFrameItem::RegionFrameItem(NodeItem *region)
    : m_region(region)
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::LeftButton);
    updateGeometry();
}

void RegionFrameItem::addVnet(NodeItem *vnet)
{
    if (std::find(m_vnets.begin(), m_vnets.end(), vnet) == m_vnets.end())
        m_vnets.push_back(vnet);
}

void RegionFrameItem::removeVnet(NodeItem *vnet)
{
    m_vnets.erase(std::remove(m_vnets.begin(), m_vnets.end(), vnet), m_vnets.end());
}

void RegionFrameItem::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    update();
}

void RegionFrameItem::updateGeometry()
{
    QRectF members = m_region->sceneBoundingRect();
    for (const NodeItem *vnet : m_vnets)
        members |= vnet->sceneBoundingRect();
    QRectF rect = members.adjusted(-padding, -padding - titleHeight, padding, padding);
    rect.setWidth(std::max(rect.width(), minimumWidth));
    rect.setHeight(std::max(rect.height(), minimumHeight));
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF RegionFrameItem::titleRect() const
{
    return QRectF(m_rect.left(), m_rect.top(), m_rect.width(), titleHeight);
}

QRectF RegionFrameItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

QPainterPath RegionFrameItem::shape() const
{
    QPainterPath path;
    path.addRect(titleRect());
    return path;
}

void RegionFrameItem::paint(QPainter *painter,
                            const QStyleOptionGraphicsItem *option,
                            QWidget *widget)
{
    Q_UNUSED(widget)
    const qreal detailLevel = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette &palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QColor fill = azureBlue;
    fill.setAlpha(dark ? 34 : 16);
    QColor border = azureBlue;
    border.setAlpha(dark ? 170 : 130);
    const bool selected = m_region->isSelected();
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : border,
                         detailLevel < 0.3 ? 0 : (selected ? 2.0 : 1.2)));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 10, 10);
    if (detailLevel < 0.4)
        return;

    QColor band = azureBlue;
    band.setAlpha(dark ? 70 : 36);
    QPainterPath title;
    title.addRoundedRect(titleRect(), 10, 10);
    QPainterPath squareBottom;
    squareBottom.addRect(titleRect().adjusted(0, titleHeight / 2, 0, 0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(band);
    painter->drawPath(title.united(squareBottom));

    QFont font = QGuiApplication::font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(dark ? azureBlue.lighter(170) : azureBlue.darker(140));
    painter->drawText(titleRect().adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      m_title);
}

} // namespace Er
