#include "model/io/jsontextwriter.h"

#include "model/io/credentials.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Er {

using Json = nlohmann::ordered_json;

// nlohmann's own serializer, appending to a string: the rare values whose bytes are not plain
// (strings that need escaping or are not ASCII, unknown members) are written by the same code
// that wrote them when the file was a tree, so they cannot come out different.
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

// The bytes a string is handed to nlohmann for: below 0x20, '"' and '\\' (escaped), 0x80 and
// above (checked as UTF-8). Non-zero if any of the eight bytes of `word` is one; nearly every
// string of a design has none. The tests are haszero and hasless of "Bit Twiddling Hacks", exact
// for whether any byte matches.
std::uint64_t specialBytes(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    const auto zeroByte = [](std::uint64_t w) { return (w - ones) & ~w & highs; };
    return (word & highs) | ((word - 0x20 * ones) & ~word & highs) | zeroByte(word ^ ('"' * ones))
           | zeroByte(word ^ ('\\' * ones));
}

// Copies `text` to `to`, which has room for its size, eight bytes at a time for the short
// strings a design is made of; returns its specialBytes, zero if nlohmann writes it between
// quotes as it is (printable ASCII without '"' or '\\').
std::uint64_t copyText(char *to, std::string_view text)
{
    const char *from = text.data();
    const std::size_t size = text.size();
    std::uint64_t special = 0;
    if (size >= 8) {
        std::uint64_t word = 0;
        for (std::size_t at = 0; at + 8 <= size; at += 8) {
            std::memcpy(&word, from + at, 8);
            special |= specialBytes(word);
            std::memcpy(to + at, &word, 8);
        }
        std::memcpy(&word, from + size - 8, 8); // the last eight, overlapping
        special |= specialBytes(word);
        std::memcpy(to + size - 8, &word, 8);
    } else if (size >= 4) {
        std::uint32_t head = 0;
        std::uint32_t tail = 0; // overlapping the head
        std::memcpy(&head, from, 4);
        std::memcpy(&tail, from + size - 4, 4);
        special = specialBytes(head | std::uint64_t{tail} << 32);
        std::memcpy(to, &head, 4);
        std::memcpy(to + size - 4, &tail, 4);
    } else if (size > 0) {
        // The first, middle and last bytes cover all three; spaces fill the word.
        const auto first = static_cast<unsigned char>(from[0]);
        const auto middle = static_cast<unsigned char>(from[size / 2]);
        const auto last = static_cast<unsigned char>(from[size - 1]);
        special = specialBytes(0x2020202020000000u | first | middle << 8 | last << 16);
        to[0] = from[0];
        to[size / 2] = from[size / 2];
        to[size - 1] = from[size - 1];
    }
    return special;
}

// Spaces to indent by, copied a fixed number at a time.
constexpr std::size_t spaceRun = 32;
constexpr char spaces[spaceRun + 1] = "                                ";

// Writes a line break and `count` spaces at `at`, which has room for `count` + spaceRun; returns
// the end.
char *lineBreak(char *at, std::size_t count)
{
    *at++ = '\n';
    if (count <= spaceRun)
        std::memcpy(at, spaces, spaceRun);
    else
        std::memset(at, ' ', count);
    return at + count;
}

} // namespace

JsonTextWriter::JsonTextWriter(Layout layout, std::size_t expectedBytes)
    : m_indented(layout == Layout::Indented)
{
    m_text.resize(std::max<std::size_t>(expectedBytes, 64));
    m_cursor = m_text.data();
    m_end = m_text.data() + m_text.size();
    m_frames.reserve(16);
    m_keys.reserve(64);
}

JsonTextWriter::~JsonTextWriter() = default;

void JsonTextWriter::grow(std::size_t bytes)
{
    const auto used = static_cast<std::size_t>(m_cursor - m_text.data());
    m_text.resize(std::max(2 * m_text.size(), used + bytes));
    m_cursor = m_text.data() + used;
    m_end = m_text.data() + m_text.size();
}

std::string JsonTextWriter::takeText()
{
    m_text.resize(text().size());
    std::string taken = std::move(m_text);
    m_text.clear();
    m_cursor = m_end = m_text.data();
    return taken;
}

// Before an array's element or an object's key: the comma and the line break.
inline void JsonTextWriter::separate()
{
    Frame &frame = m_frames.back();
    if (m_indented) {
        const std::size_t indent = 2 * m_frames.size();
        char *at = room(indent + spaceRun + 2);
        if (!frame.empty)
            *at++ = ',';
        m_cursor = lineBreak(at, indent);
    } else if (!frame.empty) {
        put(',');
    }
    frame.empty = false;
}

inline void JsonTextWriter::beforeValue()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (!m_frames.empty())
        separate();
}

void JsonTextWriter::begin(char opener)
{
    beforeValue();
    put(opener);
    m_frames.push_back(Frame{true, m_keys.size()});
}

void JsonTextWriter::end(char closer)
{
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    m_keys.resize(frame.keysBegin);
    if (m_indented && !frame.empty) {
        const std::size_t indent = 2 * m_frames.size();
        char *at = lineBreak(room(indent + spaceRun + 2), indent);
        *at++ = closer;
        m_cursor = at;
    } else {
        put(closer);
    }
    if (m_handOver && text().size() >= m_handOverBytes) {
        m_handOver(text());
        m_cursor = m_text.data();
    }
}

void JsonTextWriter::handOverEvery(std::size_t bytes, std::function<void(std::string_view)> handOver)
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

void JsonTextWriter::key(Name name)
{
    separate();
    const std::string_view text = name.text();
    char *at = room(text.size() + 4);
    *at++ = '"';
    std::memcpy(at, text.data(), text.size()); // plain: Name checked it
    at += text.size();
    *at++ = '"';
    *at++ = ':';
    if (m_indented)
        *at++ = ' ';
    m_cursor = at;
    m_keys.push_back(text);
    m_afterKey = true;
}

void JsonTextWriter::anyKey(std::string_view name)
{
    separate();
    quoted(name);
    put(m_indented ? std::string_view(": ") : std::string_view(":"));
    m_keys.push_back(name);
    m_afterKey = true;
}

void JsonTextWriter::quoted(std::string_view text)
{
    char *at = room(text.size() + 2);
    *at = '"';
    if (copyText(at + 1, text) != 0) {
        escaped(text); // over what was copied
        return;
    }
    at[text.size() + 1] = '"';
    m_cursor = at + text.size() + 2;
}

void JsonTextWriter::escaped(std::string_view text)
{
    nlohmann().dump(Json(text), false, 0);
    put(m_serialized);
    m_serialized.clear();
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
        put(std::string_view("null"));
        return;
    }
    char *at = room(64);
    // A whole number below 10^15 (most of a design's: positions, bandwidths) is its digits and
    // ".0" in nlohmann's form too (-0.0 included); nlohmann's digit search is for the others.
    if (std::abs(number) < 1e15) {
        const auto whole = static_cast<std::int64_t>(number);
        if (static_cast<double>(whole) == number) {
            if (std::signbit(number))
                *at++ = '-';
            at = std::to_chars(at, at + 24, whole < 0 ? -whole : whole).ptr;
            *at++ = '.';
            *at++ = '0';
            m_cursor = at;
            return;
        }
    }
    m_cursor = nlohmann::detail::to_chars(at, at + 64, number);
}

void JsonTextWriter::value(std::int64_t number)
{
    beforeValue();
    char *at = room(24);
    m_cursor = std::to_chars(at, at + 24, number).ptr;
}

void JsonTextWriter::value(bool flag)
{
    beforeValue();
    put(flag ? std::string_view("true") : std::string_view("false"));
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
        anyKey(name);
        m_afterKey = false;
        nlohmann().dump(parsed, m_indented, 2 * m_frames.size());
        put(m_serialized);
        m_serialized.clear();
    }
}

JsonTextWriter::NlohmannOutput &JsonTextWriter::nlohmann()
{
    if (!m_nlohmann)
        m_nlohmann = std::make_unique<NlohmannOutput>(m_serialized);
    return *m_nlohmann;
}

} // namespace Er
