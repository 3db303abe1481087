#pragma once

#include <QIcon>

namespace Er {

// Small line icons for the canvas's actions, drawn in code so that they are crisp at any device
// pixel ratio and need no icon theme.
enum class ActionIcon {
    Cut,
    Copy,
    Paste,
    Delete,
    Connect,
    SnapToGrid,
    AlignLeft,
    AlignTop,
    DistributeHorizontally,
    DistributeVertically,
    ZoomIn,
    ZoomOut,
    Fit,
};

// The icon in the palette's text colour (pass the widget palette's WindowText).
QIcon actionIcon(ActionIcon icon, const QColor &ink);

} // namespace Er
