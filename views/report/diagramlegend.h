#pragma once

#include <QRectF>

class QPainter;

namespace Er {

// The key to the diagram's link styles, drawn with the canvas's own link items so it always
// matches the drawing.
qreal diagramLegendHeight();
void paintDiagramLegend(QPainter *painter, const QRectF &area);

} // namespace Er
