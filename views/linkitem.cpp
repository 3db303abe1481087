#include "views/linkitem.h"

#include "views/detaillevels.h"
#include "views/findingmark.h"
#include "views/nodeitem.h"
#include "views/presentation.h"
#include "views/textwidth.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <optional>

namespace Er {

namespace {

TextWidths &linkLabelText()
{
    static TextWidths text(7.5);
    return text;
}

// On screen, a segment this long (in pixels) crosses most of the canvas: the long links from
// circuits to their hubs at 1,000 sites and more.
constexpr qreal longOnScreen = 400;

} // namespace

// Liang-Barsky.
std::optional<QLineF> clippedLine(const QLineF &line, const QRectF &rect)
{
    if (rect.isEmpty())
        return line;
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal enter = 0;
    qreal leave = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
    }
    if (enter > leave)
        return std::nullopt;
    return QLineF(line.pointAt(enter), line.pointAt(leave));
}

LinkItem::LinkItem(const QString &id, LinkKind kind, NodeItem *from, NodeItem *to)
    : m_id(id)
    , m_kind(kind)
    , m_from(from)
    , m_to(to)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(0);
    from->addLink(this);
    to->addLink(this);
    adjust();
}

void LinkItem::setStyle(const QString &role, const QString &label)
{
    if (role == m_role && label == m_label)
        return;
    prepareGeometryChange();
    m_role = role;
    m_label = label;
    m_labelWidth = label.isEmpty() ? 0 : linkLabelText().width(label) + 8;
    update();
}

void LinkItem::setPathEmphasis(PathEmphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

void LinkItem::setParallelSlot(int slot, int count)
{
    const qreal offset = (slot - (count - 1) / 2.0) * parallelSpacing;
    if (offset == m_offset)
        return;
    m_offset = offset;
    adjust();
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    QLineF line(m_from->scenePos(), m_to->scenePos());
    if (m_offset != 0 && line.length() > 0) {
        // Perpendicular to the direction from the lesser to the greater end, so that the links
        // of a pair spread the same way whichever way each was drawn.
        const bool flipped = m_from > m_to;
        const QLineF normal = (flipped ? QLineF(line.p2(), line.p1()) : line).normalVector();
        const QPointF shift = (normal.p2() - normal.p1()) / normal.length() * m_offset;
        line.translate(shift);
    }
    m_line = line;
}

void LinkItem::setFindingSeverity(std::optional<Severity> severity, const QString &toolTip)
{
    setFindingMark(*this, m_severity, severity, toolTip);
}

QColor failoverPathColor()
{
    // Magenta: no link kind is drawn in it, and it is not the red of a failure.
    return QColor(0xc2, 0x39, 0xb3);
}

QPen LinkItem::pen() const
{
    QPen pen(linkKindColor(m_kind), 2.0);
    pen.setCapStyle(Qt::FlatCap);
    switch (m_emphasis) {
    case PathEmphasis::Steady:
        // Carries the traffic: solid, wide, in the kind's colour whatever the link's role.
        pen.setWidthF(5.0);
        return pen;
    case PathEmphasis::Failover:
        pen.setColor(failoverPathColor());
        pen.setWidthF(3.5);
        pen.setDashPattern({3, 2});
        return pen;
    case PathEmphasis::Standby:
        pen.setWidthF(1.5);
        break;
    case PathEmphasis::None:
        break;
    }
    if (m_role == QLatin1String("secondary"))
        pen.setDashPattern({5, 3});
    else if (m_kind == LinkKind::GlobalReach)
        pen.setDashPattern({8, 3, 2, 3});
    else if (m_kind == LinkKind::Vpn)
        pen.setDashPattern({1.5, 2.5});
    return pen;
}

QColor LinkItem::farColour() const
{
    return m_severity     ? severityColor(*m_severity)
           : isSelected() ? QGuiApplication::palette().color(QPalette::Highlight)
           : m_emphasis == PathEmphasis::Failover ? failoverPathColor()
                                                  : linkKindColor(m_kind);
}

QRectF LinkItem::labelRect() const
{
    const qreal height = linkLabelText().height() + 2;
    const QPointF middle = m_line.center();
    return QRectF(middle.x() - m_labelWidth / 2, middle.y() - height / 2, m_labelWidth, height);
}

QRectF LinkItem::boundingRect() const
{
    const QRectF line = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-6, -6, 6, 6);
    if (m_label.isEmpty())
        return line;
    return line.united(labelRect().adjusted(-1, -1, 1, 1));
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    // Only the part in the exposed area: a long dashed line is costly to dash end to end.
    const std::optional<QLineF> visible = clippedLine(m_line,
                                                      option->exposedRect.adjusted(-8, -8, 8, 8));
    // The index finds a long link wherever its bounding box covers the view (thousands of them
    // at 10,000 sites, most of which pass beside it): those draw nothing, and set up nothing.
    if (!visible
        && (m_label.isEmpty()
            || !labelRect().intersects(option->exposedRect.adjusted(-1, -1, 1, 1))))
        return;
    const qreal detailLevel = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette &palette = QGuiApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    if (detailLevel < farDetailLevel) {
        // Far away: a plain hairline (the whole of a 10,000-site design, and of every design in
        // the overview: no dashed pen is made for it). Antialiasing a long hairline costs some
        // 120 instructions a pixel; at this distance an aliased one looks the same and costs a
        // tenth.
        if (!visible)
            return;
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(farColour(), 0));
        painter->drawLine(*visible);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return; // no label at this distance
    }
    QPen linePen = pen();
    if (selected) {
        linePen.setWidthF(linePen.widthF() + 1.5);
        linePen.setColor(palette.color(QPalette::Highlight));
    }
    if (visible && m_severity) {
        // The findings' halo: solid, under the line, inside the bounding rectangle.
        QColor halo = severityColor(*m_severity);
        halo.setAlpha(120);
        QPen haloPen(halo, 8.0);
        haloPen.setCapStyle(Qt::FlatCap);
        painter->setPen(haloPen);
        painter->drawLine(*visible);
    }
    painter->setPen(linePen);
    if (visible) {
        // Qt's raster engine spends some 200 instructions on each pixel of an antialiased line's
        // length, aliased a tenth: the hundred-odd links that cross a 1,000-site canvas were
        // three quarters of a repaint. A long line at this width looks the same without it; the
        // short ones near the nodes, and a selected or highlighted path, keep it.
        const bool plain = !selected && m_emphasis == PathEmphasis::None
                           && painter->worldTransform().map(*visible).length() > longOnScreen;
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        if (plain)
            painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawLine(*visible);
        if (plain)
            painter->setRenderHint(QPainter::Antialiasing, antialiased);
    }

    if (m_label.isEmpty() || detailLevel < 0.6)
        return;
    const QRectF box = labelRect();
    QColor background = palette.color(QPalette::Base);
    background.setAlpha(225);
    if (m_severity)
        painter->setPen(QPen(severityColor(*m_severity), 1.5));
    else
        painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(box, 3, 3);
    painter->setFont(linkLabelText().font());
    painter->setPen(
        linkKindColor(m_kind).darker(palette.color(QPalette::Base).lightness() > 128 ? 130 : 70));
    painter->drawText(box, Qt::AlignCenter, m_label);
}

} // namespace Er
