#pragma once

#include "model/core/topology.h"

#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

// Writes JSON text straight into a buffer, without building a tree first. The bytes are those
// nlohmann_json's dump(2) (Indented) or dump() (Compact) gives for the same members in the same
// order: two-space indentation, "key": value, {} and [] when empty, doubles in nlohmann's shortest
// round-trip form (1.0, 1e-07, null for NaN and infinities), strings escaped as nlohmann escapes
// them (\", \\, \n, \u001f; other UTF-8 as it is; text that is not UTF-8 throws as nlohmann does).
class JsonTextWriter
{
public:
    enum class Layout { Indented, Compact };

    // `expectedBytes`: the room taken up front, so that a text that fits is written without
    // growing the buffer.
    explicit JsonTextWriter(Layout layout, std::size_t expectedBytes = 256);
    ~JsonTextWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The name of a member of the format: a literal, checked when the program is compiled to
    // need no escaping, so that it is written as it is.
    class Name
    {
    public:
        template<std::size_t N>
        consteval Name(const char (&text)[N])
            : m_text(text, N - 1)
        {
            for (const char c : m_text) {
                const auto byte = static_cast<unsigned char>(c);
                if (byte < 0x20 || byte >= 0x80 || c == '"' || c == '\\')
                    throw "a member name of the format needs no escaping";
            }
        }
        constexpr std::string_view text() const { return m_text; }

    private:
        std::string_view m_text;
    };

    // Starts a member of the current object; its value is written next.
    void key(Name name);

    void value(std::string_view text);
    void value(const char *text) { value(std::string_view(text)); }
    void value(double number);
    void value(std::int64_t number);
    void value(bool flag);
    void value(const StringList &list);

    // A member; an empty optional writes nothing.
    template<typename T>
    void member(Name name, const T &memberValue)
    {
        key(name);
        value(memberValue);
    }
    template<typename T>
    void member(Name name, const std::optional<T> &memberValue)
    {
        if (memberValue)
            member(name, *memberValue);
    }

    // A member whose value is an object or an array written by `write(writer, value)`; an empty
    // optional writes nothing.
    template<typename T, typename WriteFunction>
    void member(Name name, const std::optional<T> &memberValue, WriteFunction write)
    {
        if (memberValue) {
            key(name);
            write(*this, *memberValue);
        }
    }

    // An array member with one element per item of `items`, each written by `write`.
    template<typename Items, typename WriteFunction>
    void arrayMember(Name name, const Items &items, WriteFunction write)
    {
        key(name);
        beginArray();
        for (const auto &item : items)
            write(*this, item);
        endArray();
    }

    // Members the program does not know (JSON text each), after the known ones, as the file had
    // them. A name the object already has and a credential's name (io/credentials.h) are left
    // out, and so are credential members inside the values.
    void extras(const ExtraFields &extra);

    // A line break after the document (a file ends with one).
    void finalNewline() { put('\n'); }

    // Calls `handOver(text)` with the text written since the last call whenever an object or
    // array ends with `bytes` or more of it, so that a large document is written in pieces from
    // one buffer. The text is dropped after the call.
    void handOverEvery(std::size_t bytes, std::function<void(std::string_view)> handOver);

    // The text written (since the last hand-over).
    std::string_view text() const
    {
        return {m_text.data(), static_cast<std::size_t>(m_cursor - m_text.data())};
    }
    // The text written, moved out; the writer is not used after.
    std::string takeText();

private:
    struct Frame
    {
        bool empty = true;
        std::size_t keysBegin = 0; // in m_keys: the names this object has
    };
    class NlohmannOutput;

    // Room for `bytes` more at the cursor; the caller writes them and moves the cursor on.
    char *room(std::size_t bytes)
    {
        if (static_cast<std::size_t>(m_end - m_cursor) < bytes)
            grow(bytes);
        return m_cursor;
    }
    void put(char c)
    {
        *room(1) = c;
        ++m_cursor;
    }
    void put(std::string_view bytes)
    {
        char *at = room(bytes.size());
        std::memcpy(at, bytes.data(), bytes.size());
        m_cursor = at + bytes.size();
    }
    void grow(std::size_t bytes);

    // A member's name that may need escaping (an unknown member's). Its characters must stay in
    // place until the object ends.
    void anyKey(std::string_view name);
    void beforeValue();
    void separate();
    void begin(char opener);
    void end(char closer);
    void quoted(std::string_view text);
    void escaped(std::string_view text);
    bool hasKey(std::string_view name) const;
    NlohmannOutput &nlohmann();

    // m_text's size is the buffer's: the text is [data, m_cursor), the room [m_cursor, m_end).
    std::string m_text;
    char *m_cursor = nullptr;
    char *m_end = nullptr;
    const bool m_indented;
    bool m_afterKey = false;
    std::vector<Frame> m_frames;
    std::vector<std::string_view> m_keys;
    std::string m_serialized;                   // nlohmann's output, before it is put
    std::unique_ptr<NlohmannOutput> m_nlohmann; // for escaped strings and extras
    std::size_t m_handOverBytes = 0;
    std::function<void(std::string_view)> m_handOver;
};

} // namespace Er
