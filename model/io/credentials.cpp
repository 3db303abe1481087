#include "model/io/credentials.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

std::string normalized(std::string_view name)
{
    std::string text;
    text.reserve(name.size());
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

// Removes credential members from `value` in place; true if any was removed.
bool scrub(Json &value, const JsonPath &path, std::vector<std::string> *warnings)
{
    bool removed = false;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end();) {
            const JsonPath memberPath = path.key(it.key());
            if (isCredentialName(it.key())) {
                if (warnings)
                    warnings->push_back(credentialRemovedWarning(memberPath));
                it = value.erase(it);
                removed = true;
            } else {
                removed = scrub(it.value(), memberPath, warnings) || removed;
                ++it;
            }
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            removed = scrub(value[i], path.index(i), warnings) || removed;
    }
    return removed;
}

} // namespace

bool isCredentialName(std::string_view name)
{
    static constexpr std::array<std::string_view, 17> fragments = {
        "password",   "passwd",           "passphrase",        "secret",
        "credential", "md5key",           "md5hash",           "authkey",
        "sharedkey",  "authorizationkey", "authenticationkey", "psk",
        "apikey",     "privatekey",       "accesskey",         "token",
        "bgpkey"};
    const std::string text = normalized(name);
    return std::any_of(fragments.begin(), fragments.end(), [&text](std::string_view fragment) {
        return text.find(fragment) != std::string::npos;
    });
}

std::string credentialRemovedWarning(const JsonPath &path)
{
    std::string name;
    if (!path.parts().empty()) {
        if (const auto *key = std::get_if<std::string>(&path.parts().back()))
            name = normalized(*key);
    }
    const char *what = name.find("md5") != std::string::npos
                           ? "a BGP MD5 key is never stored in a design"
                           : "a credential (password, key or secret) is never stored in a design";
    return path.toString() + ": " + what + "; it was removed";
}

std::string withoutCredentials(const std::string &jsonText,
                               const JsonPath &path,
                               std::vector<std::string> *warnings)
{
    // Only objects hold named members; scalars are kept as they are without parsing.
    if (jsonText.find('{') == std::string::npos)
        return jsonText;
    Json value = Json::parse(jsonText, nullptr, false);
    if (value.is_discarded())
        return jsonText;
    if (!scrub(value, path, warnings))
        return jsonText;
    return value.dump();
}

} // namespace Er
