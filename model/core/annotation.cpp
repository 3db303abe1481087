#include "model/core/annotation.h"

#include <cctype>

namespace Er {

namespace {

struct AnnotationKindName
{
    std::string_view key;
    std::string_view display;
};

constexpr AnnotationKindName annotationKindNames[] = {{"note", "Note"}, {"rectangle", "Rectangle"}};

} // namespace

std::string_view toString(AnnotationKind kind)
{
    return annotationKindNames[static_cast<std::size_t>(kind)].key;
}

std::string_view displayName(AnnotationKind kind)
{
    return annotationKindNames[static_cast<std::size_t>(kind)].display;
}

std::optional<AnnotationKind> annotationKindFromString(std::string_view text)
{
    for (AnnotationKind kind : allAnnotationKinds) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

Size defaultAnnotationSize(AnnotationKind kind)
{
    return kind == AnnotationKind::Note ? Size{200, 80} : Size{320, 220};
}

bool isAnnotationColor(std::string_view text)
{
    if (text.size() != 7 || text[0] != '#')
        return false;
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

} // namespace Er
