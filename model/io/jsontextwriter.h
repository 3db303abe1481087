#pragma once

#include "core/topology.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

// Writes JSON text straight into a string, without building a tree first. The bytes are those
// nlohmann_json's dump(2) (Indented) or dump() (Compact) gives for the same members in the same
// order: two-space indentation, "key": value, {} and [] when empty, doubles in nlohmann's shortest
// round-trip form (1.0, 1e-07, null for NaN and infinities), strings escaped as nlohmann escapes
// them (\", \\, \n, \u001f; other UTF-8 as it is; text that is not UTF-8 throws as nlohmann does).
class JsonTextWriter
{
public:
    enum class Layout { Indented, Compact };

    // Appends to `out`, which must outlive the writer.
    JsonTextWriter(std::string &out, Layout layout);
    ~JsonTextWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Starts a member of the current object; its value is written next. The name's characters
    // must stay in place until the object ends (literals, the design's own strings).
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char *text) { value(std::string_view(text)); }
    void value(double number);
    void value(std::int64_t number);
    void value(bool flag);
    void value(const StringList &list);

    // A member; an empty optional writes nothing.
    template<typename T>
    void member(std::string_view name, const T &memberValue)
    {
        key(name);
        value(memberValue);
    }
    template<typename T>
    void member(std::string_view name, const std::optional<T> &memberValue)
    {
        if (memberValue)
            member(name, *memberValue);
    }

    // A member whose value is an object or an array written by `write(writer, value)`; an empty
    // optional writes nothing.
    template<typename T, typename WriteFunction>
    void member(std::string_view name, const std::optional<T> &memberValue, WriteFunction write)
    {
        if (memberValue) {
            key(name);
            write(*this, *memberValue);
        }
    }

    // An array member with one element per item of `items`, each written by `write`.
    template<typename Items, typename WriteFunction>
    void arrayMember(std::string_view name, const Items &items, WriteFunction write)
    {
        key(name);
        beginArray();
        for (const auto &item : items)
            write(*this, item);
        endArray();
    }

    // Calls `handOver(out)` whenever an object or array ends with `bytes` or more in `out`; it
    // takes the text (and empties the string), so that a large document is written in pieces.
    void handOverEvery(std::size_t bytes, std::function<void(std::string &)> handOver);

    // Members the program does not know (JSON text each), after the known ones, as the file had
    // them. A name the object already has and a credential's name (io/credentials.h) are left
    // out, and so are credential members inside the values.
    void extras(const ExtraFields &extra);

private:
    struct Frame
    {
        bool empty = true;
        std::size_t keysBegin = 0; // in m_keys: the names this object has
    };
    class NlohmannOutput;

    void beforeValue();
    void separate();
    void begin(char opener);
    void end(char closer);
    void indent(std::size_t depth);
    void quoted(std::string_view text);
    bool hasKey(std::string_view name) const;
    NlohmannOutput &nlohmann();

    std::string &m_out;
    const bool m_indented;
    bool m_afterKey = false;
    std::vector<Frame> m_frames;
    std::vector<std::string_view> m_keys;
    std::unique_ptr<NlohmannOutput> m_nlohmann; // for escaped strings and extras
    std::size_t m_handOverBytes = 0;
    std::function<void(std::string &)> m_handOver;
};

} // namespace Er
