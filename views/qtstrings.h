#pragma once

#include <QString>

#include <string_view>

namespace Er {

// A model string (UTF-8, as the model and its files keep text) as a QString: the one bridge from
// the Qt-free model's text to the window, the canvas and the report.
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace Er
