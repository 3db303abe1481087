#include "jsontextwriter.h"

#include "credentials.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace Er {

using Json = nlohmann::ordered_json;

// nlohmann's own serializer, appending to the writer's string: the rare values whose bytes are
// not plain (strings that need escaping or are not ASCII, unknown members) are written by the
// same code that wrote them when the file was a tree, so they cannot come out different.
class JsonTextWriter::NlohmannOutput
{
public:
    explicit NlohmannOutput(std::string &out)
        : m_serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ')
    {}

    void dump(const Json &value, bool indented, std::size_t currentIndent)
    {
        m_serializer.dump(value, indented, false, 2, static_cast<unsigned int>(currentIndent));
    }

private:
    nlohmann::detail::serializer<Json> m_serializer;
};

namespace {

// True if nlohmann writes `text` between quotes as it is: printable ASCII without '"' or '\'.
bool isPlain(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
    });
}

} // namespace

JsonTextWriter::JsonTextWriter(std::string &out, Layout layout)
    : m_out(out)
    , m_indented(layout == Layout::Indented)
{
    m_frames.reserve(16);
    m_keys.reserve(64);
}

JsonTextWriter::~JsonTextWriter() = default;

void JsonTextWriter::indent(std::size_t depth)
{
    m_out.append(2 * depth, ' ');
}

// Before an array's element or an object's key: the comma and the line break.
void JsonTextWriter::separate()
{
    Frame &frame = m_frames.back();
    if (m_indented) {
        m_out.append(frame.empty ? "\n" : ",\n");
        indent(m_frames.size());
    } else if (!frame.empty) {
        m_out.push_back(',');
    }
    frame.empty = false;
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (!m_frames.empty())
        separate();
}

void JsonTextWriter::begin(char opener)
{
    beforeValue();
    m_out.push_back(opener);
    m_frames.push_back(Frame{true, m_keys.size()});
}

void JsonTextWriter::end(char closer)
{
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    m_keys.resize(frame.keysBegin);
    if (m_indented && !frame.empty) {
        m_out.push_back('\n');
        indent(m_frames.size());
    }
    m_out.push_back(closer);
    if (m_handOver && m_out.size() >= m_handOverBytes)
        m_handOver(m_out);
}

void JsonTextWriter::handOverEvery(std::size_t bytes, std::function<void(std::string &)> handOver)
{
    m_handOverBytes = bytes;
    m_handOver = std::move(handOver);
}

void JsonTextWriter::beginObject()
{
    begin('{');
}

void JsonTextWriter::endObject()
{
    end('}');
}

void JsonTextWriter::beginArray()
{
    begin('[');
}

void JsonTextWriter::endArray()
{
    end(']');
}

void JsonTextWriter::key(std::string_view name)
{
    separate();
    quoted(name);
    m_out.append(m_indented ? ": " : ":");
    m_keys.push_back(name);
    m_afterKey = true;
}

void JsonTextWriter::quoted(std::string_view text)
{
    if (isPlain(text)) {
        m_out.push_back('"');
        m_out.append(text);
        m_out.push_back('"');
    } else {
        nlohmann().dump(Json(text), false, 0);
    }
}

void JsonTextWriter::value(std::string_view text)
{
    beforeValue();
    quoted(text);
}

void JsonTextWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out.append("null");
        return;
    }
    std::array<char, 64> buffer{};
    const char *end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                                 number);
    m_out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

void JsonTextWriter::value(std::int64_t number)
{
    beforeValue();
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    m_out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
}

void JsonTextWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonTextWriter::value(const StringList &list)
{
    beginArray();
    for (const std::string &item : list)
        value(item);
    endArray();
}

bool JsonTextWriter::hasKey(std::string_view name) const
{
    const auto begin = m_keys.begin() + static_cast<std::ptrdiff_t>(m_frames.back().keysBegin);
    return std::find(begin, m_keys.end(), name) != m_keys.end();
}

void JsonTextWriter::extras(const ExtraFields &extra)
{
    for (const auto &[name, text] : extra) {
        if (hasKey(name) || isCredentialName(name))
            continue;
        const Json parsed = Json::parse(withoutCredentials(text, JsonPath(), nullptr));
        key(name);
        m_afterKey = false;
        nlohmann().dump(parsed, m_indented, 2 * m_frames.size());
    }
}

JsonTextWriter::NlohmannOutput &JsonTextWriter::nlohmann()
{
    if (!m_nlohmann)
        m_nlohmann = std::make_unique<NlohmannOutput>(m_out);
    return *m_nlohmann;
}

} // namespace Er
