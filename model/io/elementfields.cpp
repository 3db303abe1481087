#include "model/io/elementfields.h"

#include "model/io/topologywriter.h"

#include <nlohmann/json.hpp>

#include <set>

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

bool isPlain(const Json &value)
{
    return !value.is_object() && !value.is_array();
}

std::string plainText(const Json &value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

// The name an array's object member goes by: its peeringType where that names it alone, else
// its position.
std::string memberName(const Json &array, std::size_t index)
{
    const Json &member = array[index];
    const auto type = member.find("peeringType");
    if (type == member.end() || !type->is_string())
        return std::to_string(index);
    std::size_t same = 0;
    for (const Json &other : array) {
        const auto otherType = other.is_object() ? other.find("peeringType") : other.end();
        if (otherType != other.end() && *otherType == *type)
            ++same;
    }
    return same == 1 ? type->get<std::string>() : std::to_string(index);
}

void flatten(const std::string &prefix, const Json &value, std::vector<ElementField> &fields)
{
    if (value.is_object() && value.empty()) {
        fields.push_back({prefix, "{}", "{}"}); // present, with nothing set: a default gateway
        return;
    }
    if (value.is_object()) {
        for (const auto &[key, member] : value.items())
            flatten(prefix.empty() ? key : prefix + "." + key, member, fields);
        return;
    }
    if (value.is_array()) {
        bool allPlain = true;
        for (const Json &member : value)
            allPlain = allPlain && isPlain(member);
        if (!allPlain) {
            for (std::size_t i = 0; i < value.size(); ++i)
                flatten(prefix + "." + memberName(value, i), value[i], fields);
            return;
        }
        std::string text;
        for (const Json &member : value) {
            if (!text.empty())
                text += ", ";
            text += plainText(member);
        }
        fields.push_back({prefix, value.empty() ? std::string("[]") : text, value.dump()});
        return;
    }
    fields.push_back({prefix, plainText(value), value.dump()});
}

std::vector<ElementField> fieldsOf(const std::string &jsonText)
{
    static const std::set<std::string> left = {"id", "kind", "position"};
    const Json element = Json::parse(jsonText);
    std::vector<ElementField> fields;
    for (const auto &[key, value] : element.items()) {
        if (!left.contains(key))
            flatten(key, value, fields);
    }
    return fields;
}

} // namespace

std::vector<ElementField> elementFields(const Annotation &annotation)
{
    std::vector<ElementField> fields;
    flatten("text", Json(annotation.text), fields);
    if (annotation.color)
        flatten("color", Json(*annotation.color), fields);
    for (const auto &[key, json] : annotation.extra)
        flatten(key, Json::parse(json), fields);
    return fields;
}

std::vector<ElementField> elementFields(const Node &node)
{
    return fieldsOf(nodeJsonText(node));
}

std::vector<ElementField> elementFields(const Link &link)
{
    return fieldsOf(linkJsonText(link));
}

} // namespace Er
