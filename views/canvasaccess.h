#pragma once

#include <QString>
#include <QStringList>

namespace Er {

class TopologyScene;

// Keyboard-only and screen-reader use of the canvas (CanvasView uses these).

// The order Tab steps through the canvas's elements: nodes in reading order (rows top to
// bottom, left to right within a row), then links in the design's order.
QStringList canvasTabOrder(const TopologyScene &scene);

// The element after (or before) `current` in `order`: the first (or last) when `current` is not
// in it; "" past either end, where Tab leaves the canvas.
QString nextInTabOrder(const QStringList &order, const QString &current, bool forward);

// What a screen reader says about an element: its kind, its name and id, and its findings
// ("Circuit 'London primary' (er-ldn): 1 finding: WARNING CIRCUIT-006 ...").
QString accessibleElementText(const TopologyScene &scene, const QString &id);

// The same for the selection: one element's text, or how many are selected.
QString accessibleSelectionText(const TopologyScene &scene);

} // namespace Er
