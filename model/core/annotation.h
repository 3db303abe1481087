#pragma once

#include "model/core/plainvalues.h"

#include <optional>
#include <string>
#include <string_view>

namespace Er {

// A drawing aid, not a network element: a free-text note or a labelled rectangle ("Colo cage
// LD5") kept in the design's top-level "annotations" array (docs/spec/topology-format.md). The
// rules, the analysis and the cost never read annotations; the canvas, the diagrams and the
// report draw them.

enum class AnnotationKind { Note, Rectangle };

inline constexpr AnnotationKind allAnnotationKinds[] = {AnnotationKind::Note,
                                                        AnnotationKind::Rectangle};

std::string_view toString(AnnotationKind kind);
std::optional<AnnotationKind> annotationKindFromString(std::string_view text);
// "Note", "Rectangle": for menus, the palette and the report.
std::string_view displayName(AnnotationKind kind);

struct Size
{
    double width = 0;
    double height = 0;
    bool operator==(const Size &) const = default;
};

struct Annotation
{
    std::string id;
    AnnotationKind kind = AnnotationKind::Note;
    Point position; // scene coordinates of the top-left corner
    Size size;
    std::string text;
    std::optional<std::string> color; // "#rrggbb"; absent = the kind's default
    ExtraFields extra;

    bool operator==(const Annotation &) const = default;
};

// The size a new annotation of this kind gets (the palette, "Add Note Here").
Size defaultAnnotationSize(AnnotationKind kind);
// The smallest size a corner drag leaves.
inline constexpr double minimumAnnotationSide = 24;
// Whether `text` is a colour the format accepts: "#" and six hexadecimal digits.
bool isAnnotationColor(std::string_view text);

} // namespace Er
