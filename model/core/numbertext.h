#pragma once

#include <cstdio>
#include <string>

namespace Er {

// A figure for messages: at most `decimals` places, trailing zeros dropped ("4.46", "1000", "99.99").
inline std::string trimmedNumber(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string result = text;
    if (result.find('.') != std::string::npos) {
        while (result.back() == '0')
            result.pop_back();
        if (result.back() == '.')
            result.pop_back();
    }
    return result;
}

} // namespace Er
