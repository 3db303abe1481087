#include "model/io/jsonposition.h"

#include <cstring>

namespace Er {

namespace {

// A small scanner over text that nlohmann_json has already accepted: it only needs to find the
// boundaries of values, not to check them.
class Scanner
{
public:
    explicit Scanner(const std::string &text)
        : m_text(text)
    {}

    std::optional<std::size_t> find(const JsonPath &path)
    {
        skipSpace();
        for (const JsonPath::Part &part : path.parts()) {
            const bool found = std::holds_alternative<std::string>(part)
                                   ? enterMember(std::get<std::string>(part))
                                   : enterElement(std::get<std::size_t>(part));
            if (!found)
                return std::nullopt;
        }
        return m_memberKeyOffset ? m_memberKeyOffset : std::optional<std::size_t>(m_pos);
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && std::strchr(" \t\r\n", m_text[m_pos]) != nullptr)
            ++m_pos;
    }

    std::string readString()
    {
        std::string value;
        ++m_pos; // opening quote
        while (!atEnd() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\') {
                value += m_text[m_pos++];
                if (atEnd())
                    break;
            }
            value += m_text[m_pos++];
        }
        ++m_pos; // closing quote
        return value;
    }

    void skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            readString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            do {
                const char d = peek();
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_pos;
            } while (depth > 0 && !atEnd());
        } else {
            while (!atEnd() && std::strchr(",}] \t\r\n", m_text[m_pos]) == nullptr)
                ++m_pos;
        }
        skipSpace();
    }

    bool enterMember(const std::string &key)
    {
        if (peek() != '{')
            return false;
        ++m_pos;
        skipSpace();
        while (!atEnd() && peek() != '}') {
            const std::size_t keyOffset = m_pos;
            const std::string name = readString();
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            if (name == key) {
                m_memberKeyOffset = keyOffset;
                return true;
            }
            skipValue();
            if (peek() == ',')
                ++m_pos;
            skipSpace();
        }
        return false;
    }

    bool enterElement(std::size_t index)
    {
        if (peek() != '[')
            return false;
        ++m_pos;
        skipSpace();
        for (std::size_t i = 0; !atEnd() && peek() != ']'; ++i) {
            if (i == index) {
                m_memberKeyOffset.reset();
                return true;
            }
            skipValue();
            if (peek() == ',')
                ++m_pos;
            skipSpace();
        }
        return false;
    }

    const std::string &m_text;
    std::size_t m_pos = 0;
    std::optional<std::size_t> m_memberKeyOffset;
};

} // namespace

std::optional<std::size_t> findJsonPathOffset(const std::string &json, const JsonPath &path)
{
    return Scanner(json).find(path);
}

} // namespace Er
