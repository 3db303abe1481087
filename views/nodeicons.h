#pragma once

#include "core/topology.h"

#include <QIcon>
#include <QString>

class QSvgRenderer;

namespace Er {

// The SVG icons of node kinds (icons/*.svg, compiled in under :/icons).
QString nodeIconPath(NodeKind kind);
QIcon nodeIcon(NodeKind kind);
// Shared renderers for painting on the canvas; owned by the application.
QSvgRenderer *nodeIconRenderer(NodeKind kind);
QIcon applicationIcon();

} // namespace Er
