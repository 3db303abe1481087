#pragma once

#include "model/core/topology.h"

#include <QIcon>
#include <QString>

class QPainter;
class QSvgRenderer;

namespace Er {

// The SVG icons of node kinds (icons/*.svg, compiled in under :/icons).
QString nodeIconPath(NodeKind kind);
QIcon nodeIcon(NodeKind kind);
// Shared renderers for painting on the canvas; owned by the application.
QSvgRenderer *nodeIconRenderer(NodeKind kind);
// Paints a kind's icon into `target` (painter coordinates). Up to 512 device pixels it draws a
// pixmap rendered once per kind and size step and shared by every item; larger, the SVG itself.
void paintNodeIcon(QPainter *painter, NodeKind kind, const QRectF &target);
QIcon applicationIcon();

} // namespace Er
