#include "model/import/azureresource.h"

#include <algorithm>
#include <cctype>

namespace Er::Import {

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string parentId(const std::string &id)
{
    // "<scope>/providers/<namespace>/<type>/<name>[/<type>/<name>...]": a child drops its last
    // type and name; a top-level resource has no parent.
    const std::size_t providers = lowered(id).rfind("/providers/");
    if (providers == std::string::npos)
        return {};
    const std::string tail = id.substr(providers + 11);
    const auto segments = std::count(tail.begin(), tail.end(), '/') + 1;
    if (segments <= 3)
        return {};
    const std::size_t nameSlash = id.rfind('/');
    const std::size_t typeSlash = id.rfind('/', nameSlash - 1);
    return id.substr(0, typeSlash);
}

std::string lastSegment(const std::string &id)
{
    const std::size_t slash = id.rfind('/');
    return slash == std::string::npos ? id : id.substr(slash + 1);
}

const Json *memberAt(const Json &value, std::initializer_list<const char *> keys)
{
    const Json *current = &value;
    for (const char *key : keys) {
        if (!current->is_object())
            return nullptr;
        const auto found = current->find(key);
        if (found != current->end()) {
            current = &*found;
            continue;
        }
        // ARM names are case-insensitive, and `az` spells some differently (peerAsn).
        const std::string wanted = lowered(key);
        const Json *match = nullptr;
        for (auto it = current->begin(); it != current->end(); ++it) {
            if (lowered(it.key()) == wanted) {
                match = &it.value();
                break;
            }
        }
        if (!match)
            return nullptr;
        current = match;
    }
    return current;
}

std::string stringAt(const Json &value, std::initializer_list<const char *> keys)
{
    const Json *member = memberAt(value, keys);
    return member && member->is_string() ? member->get<std::string>() : std::string();
}

} // namespace Er::Import
