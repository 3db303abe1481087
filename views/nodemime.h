#pragma once

#include "model/core/topology.h"

#include <QString>

#include <optional>

class QMimeData;

namespace Er {

// Drag-and-drop and clipboard formats of the canvas.
// A node kind dragged from the palette: the data is the kind's key, e.g. "circuit".
inline constexpr char nodeKindMimeType[] = "application/x-ertopo-node";
// A note or a rectangle dragged from the palette: the data is the kind's key, e.g. "note".
inline constexpr char annotationKindMimeType[] = "application/x-ertopo-annotation";
// Copied elements: an .ertopo document holding the selected nodes and the links among them.
inline constexpr char fragmentMimeType[] = "application/x-ertopo-fragment";

// New MIME data carrying a node kind; the caller owns it (QDrag takes it over).
QMimeData *createNodeKindMimeData(NodeKind kind);
// The node kind carried by MIME data, if it carries a known one.
std::optional<NodeKind> nodeKindFromMimeData(const QMimeData *mime);
// The same for an annotation kind.
QMimeData *createAnnotationKindMimeData(AnnotationKind kind);
std::optional<AnnotationKind> annotationKindFromMimeData(const QMimeData *mime);

} // namespace Er
