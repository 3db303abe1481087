#include "model/import/armresponse.h"

#include <algorithm>

namespace Er::Import {

namespace {

bool looksLikeResource(const Json &item)
{
    return item.is_object() && memberAt(item, {"type"}) && memberAt(item, {"type"})->is_string()
           && (memberAt(item, {"id"}) || memberAt(item, {"name"}));
}

void collectList(const Json &list,
                 const std::string &path,
                 std::vector<std::pair<std::string, const Json *>> &items)
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (looksLikeResource(list[i]))
            items.emplace_back(path + "[" + std::to_string(i) + "]", &list[i]);
    }
}

// Members that describe the resource rather than its configuration.
bool isEnvelopeMember(const std::string &key)
{
    static const char *const names[] = {
        "id",         "name", "type",     "location",      "sku",
        "etag",       "tags", "zones",    "resourceGroup", "subscriptionId",
        "tenantId",   "kind", "identity", "managedBy",     "extendedLocation",
        "systemData", "plan"};
    const std::string lower = lowered(key);
    for (const char *name : names) {
        if (lower == lowered(name))
            return true;
    }
    return false;
}

} // namespace

std::vector<std::pair<std::string, const Json *>> armResponseItems(const Json &document)
{
    std::vector<std::pair<std::string, const Json *>> items;
    if (document.is_array()) { // az ... list
        collectList(document, "", items);
        return items;
    }
    if (!document.is_object())
        return items;
    if (const Json *body = memberAt(document, {"responses", "200", "body"})) {
        auto nested = armResponseItems(*body);
        for (auto &[path, item] : nested)
            items.emplace_back("responses.200.body"
                                   + (path.empty() || path[0] == '[' ? path : "." + path),
                               item);
        return items;
    }
    if (const Json *value = memberAt(document, {"value"}); value && value->is_array()) {
        collectList(*value, "value", items);
        return items;
    }
    if (const Json *data = memberAt(document, {"data"}); data && data->is_array()) {
        collectList(*data, "data", items);
        return items;
    }
    if (looksLikeResource(document))
        items.emplace_back("", &document);
    return items;
}

bool isArmResponse(const Json &document)
{
    if (!armResponseItems(document).empty())
        return true;
    if (document.is_array())
        return std::all_of(document.begin(), document.end(), looksLikeResource);
    if (const Json *body = memberAt(document, {"responses", "200", "body"}))
        return isArmResponse(*body);
    const Json *value = memberAt(document, {"value"});
    const Json *data = memberAt(document, {"data"});
    return (value && value->is_array() && value->empty())
           || (data && data->is_array() && data->empty()
               && (memberAt(document, {"count"}) || memberAt(document, {"totalRecords"})
                   || memberAt(document, {"total_records"})));
}

Collected readArmResponse(const Json &document, const std::string &fileName)
{
    Collected collected;
    for (const auto &[path, item] : armResponseItems(document)) {
        AzureResource resource;
        resource.id = stringAt(*item, {"id"});
        resource.type = stringAt(*item, {"type"});
        resource.name = stringAt(*item, {"name"});
        if (resource.name.empty())
            resource.name = lastSegment(resource.id);
        if (resource.id.empty()) {
            collected.warnings.push_back(fileName + ": " + (path.empty() ? "(top level)" : path)
                                         + ": a resource without an id cannot be joined; skipped");
            continue;
        }
        resource.location = stringAt(*item, {"location"});
        if (const Json *sku = memberAt(*item, {"sku"}); sku && sku->is_object())
            resource.sku = *sku;
        if (const Json *properties = memberAt(*item, {"properties"});
            properties && properties->is_object()) {
            resource.properties = *properties;
        } else {
            // az flattens the properties into the resource.
            for (auto it = item->begin(); it != item->end(); ++it) {
                if (!isEnvelopeMember(it.key()))
                    resource.properties[it.key()] = it.value();
            }
        }
        resource.origin = fileName + (path.empty() ? std::string() : ": " + path);
        collected.resources.push_back(std::move(resource));
    }
    return collected;
}

} // namespace Er::Import
