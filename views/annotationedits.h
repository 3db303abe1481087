#pragma once

#include "model/core/topology.h"

#include <QPointF>
#include <QString>

namespace Er {

class TopologyScene;

// Adds a note or a rectangle of its kind's default size centred at `scenePos` (snapped when the
// scene snaps) as one undo step, selects it and returns its id ("note-1", "rectangle-1").
QString addAnnotationAt(TopologyScene *scene, AnnotationKind kind, QPointF scenePos);

// The text a new annotation starts with.
QString defaultAnnotationText(AnnotationKind kind);

} // namespace Er
