#include "model/io/jsonparse.h"

#include "model/io/jsonposition.h"
#include "model/io/jsontext.h"

#include <filesystem>
#include <fstream>
#include <future>

namespace Er {

namespace {

// Where a file nests deeper than the limit: looked for only when the parse stopped or failed, to
// name the place (and to report the depth first, as for a file that is also broken further on).
std::optional<std::size_t> findExcessiveNesting(const std::string &bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

// nlohmann's own tree builder, stopping at the first object or array nested deeper than the
// limit: the depth is checked while parsing rather than in a pass of its own.
class DepthLimitedBuilder : public nlohmann::detail::json_sax_dom_parser<nlohmann::ordered_json>
{
public:
    DepthLimitedBuilder(nlohmann::ordered_json &result, int maxDepth)
        : json_sax_dom_parser(result, true)
        , m_maxDepth(maxDepth)
    {}

    bool start_object(std::size_t size)
    {
        return deeper() && json_sax_dom_parser::start_object(size);
    }
    bool end_object()
    {
        --m_depth;
        return json_sax_dom_parser::end_object();
    }
    bool start_array(std::size_t size)
    {
        return deeper() && json_sax_dom_parser::start_array(size);
    }
    bool end_array()
    {
        --m_depth;
        return json_sax_dom_parser::end_array();
    }

private:
    bool deeper() { return ++m_depth <= m_maxDepth; }

    int m_maxDepth;
    int m_depth = 0;
};

// The tree of bytes [first, last), or none where they are not one JSON value within the depth.
std::optional<nlohmann::ordered_json> parseRange(const char *first, const char *last, int maxDepth)
{
    try {
        nlohmann::ordered_json document;
        DepthLimitedBuilder builder(document, maxDepth);
        if (nlohmann::ordered_json::sax_parse(first, last, &builder))
            return document;
    } catch (const nlohmann::json::exception &) {
    }
    return std::nullopt;
}

LoadError errorAt(const std::string &fileName,
                  const std::string &bytes,
                  std::size_t offset,
                  std::string message)
{
    const TextPosition position = positionOfOffset(bytes, offset);
    return LoadError{fileName, position.line, position.column, {}, std::move(message)};
}

// nlohmann's message without its "[json.exception...] parse error at line 1, column 2: " prefix.
std::string parseErrorText(const nlohmann::json::parse_error &error)
{
    std::string text = error.what();
    const auto colon = text.find(": ", text.find("parse error"));
    if (colon != std::string::npos)
        text = text.substr(colon + 2);
    return "not valid JSON: " + withInvalidUtf8Escaped(text);
}

std::string tooLarge(std::size_t size, const ReadLimits &limits, const std::string &what)
{
    return "file is " + std::to_string(size / (1024 * 1024)) + " MiB; " + what + "s larger than "
           + std::to_string(limits.maxBytes / (1024 * 1024)) + " MiB are refused";
}

} // namespace

ParsedJson parseJsonDocument(const std::string &bytes,
                             const std::string &fileName,
                             const ReadLimits &limits,
                             const std::string &what,
                             const std::string &largeArray)
{
    ParsedJson result;
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        result.error = LoadError{fileName, 0, 0, {}, "empty file"};
        return result;
    }
    if (bytes.size() > limits.maxBytes) {
        result.error = LoadError{fileName, 0, 0, {}, tooLarge(bytes.size(), limits, what)};
        return result;
    }
    // JSON has no place for a NUL byte, and the parser would take one for the end of the text.
    // Files zeroed by a crash or a full disk look like this.
    if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
        result.error = errorAt(fileName, bytes, nul,
                               "not valid JSON: a NUL byte, which no " + what
                                   + " contains (the file may be damaged)");
        return result;
    }
    if (const auto bad = findInvalidUtf8(bytes); bad != std::string::npos) {
        const std::string byte = withInvalidUtf8Escaped(bytes.substr(bad, 1));
        result.error = errorAt(fileName, bytes, bad,
                               "not valid UTF-8: the byte " + byte + " here; a " + what
                                   + " is UTF-8 text");
        return result;
    }
    const auto tooDeep = [&]() -> std::optional<LoadError> {
        if (const auto offset = findExcessiveNesting(bytes, limits.maxDepth)) {
            return errorAt(fileName, bytes, *offset,
                           "nested deeper than " + std::to_string(limits.maxDepth) + " levels");
        }
        return std::nullopt;
    };
    if (!largeArray.empty() && bytes.size() >= largeJsonBytes) {
        if (std::optional<nlohmann::ordered_json> document = parseJsonInTwoParts(bytes, largeArray,
                                                                                 limits.maxDepth)) {
            result.document = std::move(document);
            return result;
        }
    }
    try {
        nlohmann::ordered_json document;
        DepthLimitedBuilder builder(document, limits.maxDepth);
        if (nlohmann::ordered_json::sax_parse(bytes, &builder)) {
            result.document = std::move(document);
            return result;
        }
        // Stopped by the depth limit.
        result.error = tooDeep().value_or(LoadError{fileName, 0, 0, {}, "not valid JSON"});
    } catch (const nlohmann::json::parse_error &error) {
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        result.error = tooDeep().value_or(errorAt(fileName, bytes, offset, parseErrorText(error)));
    } catch (const nlohmann::json::out_of_range &error) {
        // A number too large for a double: "number overflow parsing '1e400'".
        std::string text = error.what();
        std::string token;
        if (const auto open = text.find('\''); open != std::string::npos) {
            const auto close = text.find('\'', open + 1);
            if (close != std::string::npos)
                token = text.substr(open + 1, close - open - 1);
        }
        result.error = tooDeep().value_or(errorAt(fileName, bytes, findNumberToken(bytes, token),
                                                  "the number " + token + " is out of range"));
    }
    return result;
}

// The document parsed in two parts at once: the top-level array `member`, as the program writes
// it ("\n  \"links\": [" ... "\n  ]"), on another thread, and the rest with an empty array in
// its place; then the array is put in. None when the file is laid out otherwise or either part
// is not valid: a bracket found in the wrong place leaves one part unbalanced, so the two parts
// parse only where they are exactly the document's own.
std::optional<nlohmann::ordered_json> parseJsonInTwoParts(const std::string &bytes,
                                                          const std::string &member,
                                                          int maxDepth)
{
    const std::string opening = "\n  \"" + member + "\": [";
    const std::size_t key = bytes.find(opening);
    if (key == std::string::npos)
        return std::nullopt;
    const std::size_t arrayStart = key + opening.size() - 1;
    const std::size_t closing = bytes.find("\n  ]", arrayStart);
    if (closing == std::string::npos)
        return std::nullopt;
    const std::size_t arrayEnd = closing + 4; // one past the ']'
    std::future<std::optional<nlohmann::ordered_json>> array = std::async(
        std::launch::async, [&bytes, arrayStart, arrayEnd, maxDepth] {
            return parseRange(bytes.data() + arrayStart, bytes.data() + arrayEnd, maxDepth - 1);
        });
    std::string rest;
    rest.reserve(bytes.size() - (arrayEnd - arrayStart) + 2);
    rest.append(bytes, 0, arrayStart).append("[]").append(bytes, arrayEnd, std::string::npos);
    std::optional<nlohmann::ordered_json> document = parseRange(rest.data(),
                                                                rest.data() + rest.size(),
                                                                maxDepth);
    std::optional<nlohmann::ordered_json> items = array.get();
    if (!document || !items || !document->is_object())
        return std::nullopt;
    const auto place = document->find(member);
    if (place == document->end() || !place->is_array() || !place->empty())
        return std::nullopt;
    *place = std::move(*items);
    return document;
}

FileBytes readFileBytes(const std::string &path, const ReadLimits &limits, const std::string &what)
{
    FileBytes result;
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) {
        result.error = LoadError{path, 0, 0, {}, "is a folder, not a " + what};
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = LoadError{path, 0, 0, {}, "cannot open the file for reading"};
        return result;
    }
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
    if (size > limits.maxBytes) {
        result.error = LoadError{path, 0, 0, {}, tooLarge(size, limits, what)};
        return result;
    }
    in.seekg(0, std::ios::beg);
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in && !in.eof()) {
        result.error = LoadError{path, 0, 0, {}, "reading the file failed"};
        return result;
    }
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    result.bytes = std::move(bytes);
    return result;
}

LoadError errorAtJsonPath(const std::string &fileName,
                          const std::string &bytes,
                          const JsonPath &path,
                          std::string message)
{
    LoadError error{fileName, 0, 0, path.toString(), std::move(message)};
    if (const auto offset = findJsonPathOffset(bytes, path)) {
        const TextPosition position = positionOfOffset(bytes, *offset);
        error.line = position.line;
        error.column = position.column;
    }
    return error;
}

} // namespace Er
