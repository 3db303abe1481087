#pragma once

#include <cstddef>
#include <string>

namespace Er {

// Text-level help for reading JSON files whose bytes may be anything.

// `text` with each byte that is not part of well-formed UTF-8 written as <E9>, so that a message
// quoting a broken file is itself valid text.
std::string withInvalidUtf8Escaped(const std::string &text);

// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms and UTF-16
// surrogates included), or npos.
std::size_t findInvalidUtf8(const std::string &text);

// The offset of the number `token` outside strings, for a number the parser cannot represent
// (nlohmann reports "number overflow parsing '1e400'" without a place); 0 if not found.
std::size_t findNumberToken(const std::string &bytes, const std::string &token);

} // namespace Er
