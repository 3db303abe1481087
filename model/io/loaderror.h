#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace Er {

// A place in a JSON document: `links[3].to`.
class JsonPath
{
public:
    using Part = std::variant<std::string, std::size_t>;

    JsonPath() = default;
    JsonPath key(std::string name) const;
    JsonPath index(std::size_t i) const;

    const std::vector<Part> &parts() const { return m_parts; }
    bool isRoot() const { return m_parts.empty(); }
    std::string toString() const;

private:
    std::vector<Part> m_parts;
};

// Why a file did not load, and where: `contoso.ertopo:41:17: links[3].to: no node with id "er-9"`.
struct LoadError
{
    std::string file;
    std::size_t line = 0;   // 1-based; 0 when unknown
    std::size_t column = 0; // 1-based; 0 when unknown
    std::string path;       // JSON path; empty for the whole file
    std::string message;

    std::string toString() const;
};

// Line and column (1-based) of a byte offset in a text.
struct TextPosition
{
    std::size_t line = 1;
    std::size_t column = 1;
};
TextPosition positionOfOffset(const std::string &text, std::size_t offset);

} // namespace Er
