#include "model/io/jsontext.h"

#include <cstdint>
#include <cstring>

namespace Er {

namespace {

// The length of the well-formed UTF-8 sequence at `i`, or 0 if the byte there starts none.
std::size_t utf8SequenceLength(const std::string &text, std::size_t i)
{
    const auto byte = [&text](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char min = 0x80, max = 0xBF; // the range allowed for the second byte
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min = lead == 0xE0 ? 0xA0 : 0x80;
        max = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min = lead == 0xF0 ? 0x90 : 0x80;
        max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < min || byte(i + 1) > max)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

} // namespace

std::string withInvalidUtf8Escaped(const std::string &text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string escaped;
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t length = utf8SequenceLength(text, i)) {
            escaped.append(text, i, length);
            i += length;
        } else {
            const auto byte = static_cast<unsigned char>(text[i]);
            escaped += '<';
            escaped += hex[byte >> 4];
            escaped += hex[byte & 0xF];
            escaped += '>';
            ++i;
        }
    }
    return escaped;
}

std::size_t findInvalidUtf8(const std::string &text)
{
    constexpr std::uint64_t highBits = 0x8080808080808080u;
    for (std::size_t i = 0; i < text.size();) {
        // ASCII, nearly all of a design, eight bytes at a time.
        std::uint64_t word = 0;
        while (i + sizeof word <= text.size()
               && (std::memcpy(&word, text.data() + i, sizeof word), (word & highBits) == 0))
            i += sizeof word;
        while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80)
            ++i;
        if (i == text.size())
            break;
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return std::string::npos;
}

std::size_t findNumberToken(const std::string &bytes, const std::string &token)
{
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
        } else if (!token.empty() && bytes.compare(i, token.size(), token) == 0) {
            return i;
        }
    }
    return 0;
}

} // namespace Er
