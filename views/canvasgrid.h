#pragma once

#include <QPointF>

#include <cmath>

namespace Er {

// The canvas grid: the dots the background draws, where dropped and dragged nodes snap to, and
// the step of an arrow-key nudge.
inline constexpr qreal canvasGridSize = 20;

inline QPointF snappedToGrid(QPointF point)
{
    return QPointF(std::round(point.x() / canvasGridSize) * canvasGridSize,
                   std::round(point.y() / canvasGridSize) * canvasGridSize);
}

} // namespace Er
