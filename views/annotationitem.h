#pragma once

#include "model/core/topology.h"

#include <QGraphicsItem>
#include <QIcon>
#include <QString>

namespace Er {

// A note or a rectangle on the canvas (core/annotation.h), beneath the region frames, nodes and
// links. A note is its text on a light background; a rectangle a dashed box with its label at
// the top left, whose inside lets clicks through to what lies under it. Dragging it moves it with
// the rest of the selection (the scene's MoveGesture); dragging its bottom-right handle resizes
// it; each drag ends in one undo step on the document, and the scene updates the item from the
// document.
class AnnotationItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    static constexpr qreal handleSize = 10;
    // Beneath the region frames (-1), the links (0) and the nodes (1).
    static constexpr qreal baseZ = -2;

    explicit AnnotationItem(const Annotation &annotation);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    AnnotationKind kind() const { return m_kind; }
    QString text() const { return m_text; }
    // The annotation's size (its position is the item's).
    QSizeF size() const { return m_size; }
    // Takes the document's values.
    void setAnnotation(const Annotation &annotation);

    // The resize handle, in item coordinates, and whether a point (item coordinates) is on it.
    QRectF handleRect() const;
    bool isOnHandle(QPointF itemPoint) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    enum class Drag { None, Resize };
    QRectF labelRect() const;
    QColor color() const;
    void pushGeometry();

    QString m_id;
    AnnotationKind m_kind;
    QString m_text;
    QString m_color;
    QSizeF m_size;
    Drag m_drag = Drag::None;
    QPointF m_pressScenePos;
    QPointF m_startPos;
    QSizeF m_startSize;
};

// The palette's and the menus' icon of an annotation kind.
QIcon annotationIcon(AnnotationKind kind);
// The colour an annotation is drawn in: its own, else its kind's.
QColor annotationColor(AnnotationKind kind, const std::optional<std::string> &color);

} // namespace Er
