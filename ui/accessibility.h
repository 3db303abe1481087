#pragma once

class QMainWindow;

namespace Er {

// Names and descriptions for assistive technology (screen readers) on the window's docks and
// the widgets in them: the palette and its filter, the overview, the inspector, the findings and
// analysis lists, the undo history. One table, by the docks' object names; a dock added later
// without an entry keeps its title as its name. The canvas describes its selection itself
// (canvasaccess.h, MainWindow::updateCanvasAccessibility).
void nameForAssistiveTechnology(QMainWindow *window);

} // namespace Er
