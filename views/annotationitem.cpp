#include "views/annotationitem.h"

#include "model/document/editannotationcommand.h"
#include "model/document/topologydocument.h"
#include "views/topologyscene.h"

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QInputDialog>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Er {

namespace {

constexpr qreal textMargin = 8;
constexpr qreal borderHit = 6; // how far from a rectangle's border a click still takes it

QFont annotationFont(AnnotationKind kind)
{
    QFont font;
    font.setPointSizeF(kind == AnnotationKind::Note ? 9 : 10);
    font.setBold(kind == AnnotationKind::Rectangle);
    return font;
}

} // namespace

QColor annotationColor(AnnotationKind kind, const std::optional<std::string> &color)
{
    if (color && isAnnotationColor(*color))
        return QColor(QString::fromStdString(*color));
    return kind == AnnotationKind::Note ? QColor(0xff, 0xf4, 0xb8) : QColor(0x5a, 0x6b, 0x7d);
}

QIcon annotationIcon(AnnotationKind kind)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = annotationColor(kind, std::nullopt);
    if (kind == AnnotationKind::Note) {
        painter.setPen(QPen(base.darker(160), 2));
        painter.setBrush(base);
        painter.drawRect(QRectF(8, 12, 48, 40));
        painter.setPen(QPen(QColor(0x50, 0x50, 0x50), 3));
        for (int line = 0; line < 3; ++line)
            painter.drawLine(QPointF(15, 23 + line * 9),
                             QPointF(line == 2 ? 36 : 49, 23 + line * 9));
    } else {
        painter.setPen(QPen(base, 3, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(6, 10, 52, 44), 4, 4);
        painter.setPen(QPen(base.darker(120), 3));
        painter.drawLine(QPointF(13, 20), QPointF(34, 20));
    }
    painter.end();
    return QIcon(pixmap);
}

AnnotationItem::AnnotationItem(const Annotation &annotation)
    : m_id(QString::fromStdString(annotation.id))
    , m_kind(annotation.kind)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(baseZ);
    setAnnotation(annotation);
}

void AnnotationItem::setAnnotation(const Annotation &annotation)
{
    const QSizeF size(annotation.size.width, annotation.size.height);
    if (size != m_size)
        prepareGeometryChange();
    m_size = size;
    m_kind = annotation.kind;
    m_text = QString::fromStdString(annotation.text);
    m_color = QString::fromStdString(annotation.color.value_or(""));
    setPos(annotation.position.x, annotation.position.y);
    setToolTip(m_text);
    update();
}

QColor AnnotationItem::color() const
{
    return annotationColor(m_kind,
                           m_color.isEmpty() ? std::nullopt : std::optional(m_color.toStdString()));
}

QRectF AnnotationItem::handleRect() const
{
    return QRectF(m_size.width() - handleSize, m_size.height() - handleSize, handleSize, handleSize);
}

bool AnnotationItem::isOnHandle(QPointF itemPoint) const
{
    return handleRect().adjusted(-3, -3, 3, 3).contains(itemPoint);
}

QRectF AnnotationItem::labelRect() const
{
    const QFontMetricsF metrics(annotationFont(m_kind));
    const QRectF inner(textMargin, textMargin / 2, m_size.width() - 2 * textMargin,
                       m_size.height() - textMargin);
    if (m_kind == AnnotationKind::Note)
        return inner.adjusted(0, textMargin / 2, 0, -textMargin / 2);
    // A rectangle's label: the lines of its text at the top left.
    const qreal lines = std::max<qsizetype>(1, m_text.count(QLatin1Char('\n')) + 1);
    return QRectF(inner.left(), inner.top(), inner.width(),
                  std::min(inner.height(), lines * metrics.lineSpacing() + 4));
}

QRectF AnnotationItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2);
}

QPainterPath AnnotationItem::shape() const
{
    QPainterPath path;
    const QRectF rect(QPointF(0, 0), m_size);
    if (m_kind == AnnotationKind::Note) {
        path.addRect(rect);
        return path;
    }
    // The border band, the label and the handle; the inside belongs to what lies under it.
    path.setFillRule(Qt::OddEvenFill);
    path.addRect(rect.adjusted(-borderHit, -borderHit, borderHit, borderHit));
    path.addRect(rect.adjusted(borderHit, borderHit, -borderHit, -borderHit));
    QPainterPath extra;
    extra.addRect(labelRect());
    extra.addRect(handleRect());
    return path.united(extra);
}

void AnnotationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(QPointF(0, 0), m_size);
    const QColor base = color();
    const bool selected = option->state & QStyle::State_Selected;
    painter->save();
    if (m_kind == AnnotationKind::Note) {
        painter->setPen(QPen(base.darker(140), 1));
        painter->setBrush(base);
        painter->drawRect(rect);
        painter->setPen(QColor(0x32, 0x32, 0x32));
    } else {
        QPen pen(base, 1.5, Qt::DashLine);
        painter->setPen(pen);
        QColor fill = base;
        fill.setAlpha(18);
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, 4, 4);
        painter->setPen(base.darker(120));
    }
    painter->setFont(annotationFont(m_kind));
    painter->drawText(labelRect(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_text);
    if (selected) {
        painter->setPen(QPen(QColor(0x00, 0x78, 0xd4), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(-1, -1, 1, 1));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x00, 0x78, 0xd4));
        painter->drawRect(handleRect());
    }
    painter->restore();
}

void AnnotationItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(isOnHandle(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
}

void AnnotationItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event); // selection
    if (event->button() != Qt::LeftButton)
        return;
    // A move is the scene's (with the rest of the selection); the item resizes itself.
    m_drag = isOnHandle(event->pos()) ? Drag::Resize : Drag::None;
    m_pressScenePos = event->scenePos();
    m_startPos = pos();
    m_startSize = m_size;
    event->accept();
}

void AnnotationItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    auto *scene = qobject_cast<TopologyScene *>(this->scene());
    const QPointF delta = event->scenePos() - m_pressScenePos;
    QPointF corner = m_startPos + QPointF(m_startSize.width(), m_startSize.height()) + delta;
    if (scene)
        corner = scene->snapped(corner);
    prepareGeometryChange();
    m_size = QSizeF(std::max(minimumAnnotationSide, corner.x() - m_startPos.x()),
                    std::max(minimumAnnotationSide, corner.y() - m_startPos.y()));
    update();
}

void AnnotationItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (m_drag == Drag::Resize && m_size != m_startSize)
        pushGeometry();
    m_drag = Drag::None;
}

// One undo step for the resize that just ended.
void AnnotationItem::pushGeometry()
{
    auto *scene = qobject_cast<TopologyScene *>(this->scene());
    if (!scene)
        return;
    TopologyDocument *document = scene->document();
    const Annotation *before = document->topology().annotation(m_id.toStdString());
    if (!before)
        return;
    Annotation after = *before;
    after.size = Size{m_size.width(), m_size.height()};
    document->undoStack()->push(
        new EditAnnotationCommand(document, *before, after,
                                  QCoreApplication::translate("Er::Commands", "size"), nullptr,
                                  false));
}

void AnnotationItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    auto *scene = qobject_cast<TopologyScene *>(this->scene());
    if (!scene || event->button() != Qt::LeftButton)
        return;
    TopologyDocument *document = scene->document();
    const Annotation *before = document->topology().annotation(m_id.toStdString());
    if (!before)
        return;
    QWidget *parent = event->widget() ? event->widget()->window() : nullptr;
    bool accepted = false;
    const QString text = QInputDialog::getMultiLineText(
        parent,
        QCoreApplication::translate("Er::AnnotationItem", "Edit %1")
            .arg(QString::fromUtf8(displayName(m_kind))),
        QCoreApplication::translate("Er::AnnotationItem", "Text:"), m_text, &accepted);
    if (!accepted || text == m_text)
        return;
    Annotation after = *before;
    after.text = text.toStdString();
    document->undoStack()->push(
        new EditAnnotationCommand(document, *before, after,
                                  QCoreApplication::translate("Er::Commands", "text"), nullptr,
                                  false));
    event->accept();
}

} // namespace Er
