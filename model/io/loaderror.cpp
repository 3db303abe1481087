#include "model/io/loaderror.h"

#include <algorithm>

namespace Er {

JsonPath JsonPath::key(std::string name) const
{
    JsonPath path = *this;
    path.m_parts.emplace_back(std::move(name));
    return path;
}

JsonPath JsonPath::index(std::size_t i) const
{
    JsonPath path = *this;
    path.m_parts.emplace_back(i);
    return path;
}

std::string JsonPath::toString() const
{
    std::string text;
    for (const Part &part : m_parts) {
        if (const auto *name = std::get_if<std::string>(&part)) {
            if (!text.empty())
                text += '.';
            text += *name;
        } else {
            text += '[' + std::to_string(std::get<std::size_t>(part)) + ']';
        }
    }
    return text;
}

std::string LoadError::toString() const
{
    std::string text = file;
    if (line > 0) {
        text += ':' + std::to_string(line);
        if (column > 0)
            text += ':' + std::to_string(column);
    }
    text += ": ";
    if (!path.empty())
        text += path + ": ";
    text += message;
    return text;
}

TextPosition positionOfOffset(const std::string &text, std::size_t offset)
{
    TextPosition position;
    const std::size_t end = std::min(offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++position.column;
        }
    }
    return position;
}

} // namespace Er
