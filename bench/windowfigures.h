#pragma once

namespace Er::Bench {

class BenchContext;

// The designer's window with the design open, as the user meets it: opening the file, and an
// inspector edit's round trip to fresh findings while the UI thread stays free, and scrolling
// the canvas (which the overview follows), selecting every element, and switching to another
// window and back.
void windowOpenFigure(BenchContext &context);
void windowEditFigure(BenchContext &context);
void windowSelectAllFigure(BenchContext &context);
void windowSwitchFigure(BenchContext &context);
void windowPasteFigure(BenchContext &context);
void windowScrollFigure(BenchContext &context);

} // namespace Er::Bench
