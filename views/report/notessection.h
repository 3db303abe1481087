#pragma once

#include <QString>

namespace Er {

struct ReportInput;

// The design's notes (core/annotation.h) as a short "Notes" part closing the executive summary:
// the text of each note, then the labels of the rectangles, in the design's order. Empty when
// the design has no annotation with text.
QString notesHtml(const ReportInput &input);

} // namespace Er
