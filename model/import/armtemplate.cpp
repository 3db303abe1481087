#include "model/import/armtemplate.h"

#include "model/import/armexpression.h"

namespace Er::Import {

namespace {

bool schemaContains(const Json &document, const char *fragment)
{
    const Json *schema = memberAt(document, {"$schema"});
    return schema && schema->is_string()
           && lowered(schema->get<std::string>()).find(fragment) != std::string::npos;
}

std::vector<std::string> splitNames(const std::string &name)
{
    std::vector<std::string> names;
    std::size_t start = 0;
    for (;;) {
        const std::size_t slash = name.find('/', start);
        names.push_back(name.substr(start, slash - start));
        if (slash == std::string::npos)
            return names;
        start = slash + 1;
    }
}

class TemplateReader
{
public:
    TemplateReader(const std::string &fileName, TemplateScope &scope, Collected &collected)
        : m_fileName(fileName)
        , m_scope(scope)
        , m_collected(collected)
    {}

    // `parentType`/`parentNames`: of the resource a nested one is declared in.
    void readResources(const Json &resources,
                       const std::string &place,
                       const std::string &parentType,
                       const std::vector<std::string> &parentNames)
    {
        std::size_t index = 0;
        for (auto it = resources.begin(); it != resources.end(); ++it, ++index) {
            // languageVersion 2.0 names its resources: an object instead of an array.
            const std::string resourcePlace = resources.is_object()
                                                  ? place + "." + it.key()
                                                  : place + "[" + std::to_string(index) + "]";
            readResource(it.value(), resourcePlace, parentType, parentNames);
        }
    }

private:
    void warn(const std::string &place, const std::string &text)
    {
        m_collected.warnings.push_back(m_fileName + ": " + place + ": " + text);
    }

    std::string evaluatedString(const Json &resource, const char *key, const std::string &place)
    {
        const Json *value = memberAt(resource, {key});
        if (!value)
            return {};
        try {
            const Json evaluated = m_scope.evaluate(*value);
            if (evaluated.is_string())
                return evaluated.get<std::string>();
            warn(place + "." + key, "expected a string, found " + evaluated.dump());
        } catch (const Unresolved &unresolved) {
            // An unknown location is said once, by the parameter it comes from, and again by
            // the design's unknown region.
            if (std::string_view(key) != "location")
                warn(place + "." + key, std::string(unresolved.what()) + "; left out");
        }
        return {};
    }

    void readResource(const Json &resource,
                      const std::string &place,
                      const std::string &parentType,
                      const std::vector<std::string> &parentNames)
    {
        if (!resource.is_object()) {
            warn(place, "a resource is not an object; skipped");
            return;
        }
        if (const Json *condition = memberAt(resource, {"condition"})) {
            try {
                const Json value = m_scope.evaluate(*condition);
                if (value.is_boolean() && !value.get<bool>())
                    return; // not deployed with these parameters
            } catch (const Unresolved &unresolved) {
                warn(place + ".condition",
                     std::string(unresolved.what()) + "; the resource is imported");
            }
        }
        std::string type = evaluatedString(resource, "type", place);
        const std::string name = evaluatedString(resource, "name", place);
        if (type.empty() || name.empty()) {
            warn(place, "a resource without a type or name it can be known by; skipped");
            return;
        }
        std::vector<std::string> names = splitNames(name);
        if (!parentType.empty() && type.find('/') == std::string::npos) {
            type = parentType + "/" + type;
            std::vector<std::string> full = parentNames;
            full.insert(full.end(), names.begin(), names.end());
            names = std::move(full);
        }
        if (memberAt(resource, {"copy"})) {
            warn(place, "a copy loop is not expanded offline; the resource is imported once");
        }

        AzureResource azure;
        azure.type = type;
        azure.name = names.back();
        azure.id = templateResourceId(type, names);
        azure.location = evaluatedString(resource, "location", place);
        azure.origin = m_fileName + ": " + place;
        if (const Json *sku = memberAt(resource, {"sku"}))
            azure.sku = m_scope.evaluate(*sku, place + ".sku", &m_collected.warnings);
        if (const Json *properties = memberAt(resource, {"properties"})) {
            std::vector<std::string> unresolved;
            azure.properties = m_scope.evaluate(*properties, place + ".properties", &unresolved);
            for (const std::string &text : unresolved)
                m_collected.warnings.push_back(m_fileName + ": " + text);
        }
        m_collected.resources.push_back(std::move(azure));

        if (const Json *children = memberAt(resource, {"resources"});
            children && (children->is_array() || children->is_object()))
            readResources(*children, place + ".resources", type, names);
    }

    const std::string &m_fileName;
    TemplateScope &m_scope;
    Collected &m_collected;
};

} // namespace

bool isArmTemplate(const Json &document)
{
    if (!document.is_object())
        return false;
    if (schemaContains(document, "deploymenttemplate"))
        return true;
    const Json *resources = memberAt(document, {"resources"});
    return resources && (resources->is_array() || resources->is_object())
           && (memberAt(document, {"contentVersion"}) || memberAt(document, {"parameters"}));
}

bool isArmParameterFile(const Json &document)
{
    return document.is_object() && schemaContains(document, "deploymentparameters");
}

Collected readArmTemplate(const Json &document,
                          const std::string &fileName,
                          const Json *parameterFile,
                          const std::optional<std::string> &region)
{
    Collected collected;
    Json parameters = Json::object();
    if (const Json *declared = memberAt(document, {"parameters"});
        declared && declared->is_object()) {
        for (auto it = declared->begin(); it != declared->end(); ++it) {
            if (const Json *value = memberAt(it.value(), {"defaultValue"}))
                parameters[it.key()] = *value;
        }
    }
    if (parameterFile) {
        if (const Json *given = memberAt(*parameterFile, {"parameters"});
            given && given->is_object()) {
            for (auto it = given->begin(); it != given->end(); ++it) {
                if (const Json *value = memberAt(it.value(), {"value"}))
                    parameters[it.key()] = *value;
                else
                    parameters.erase(it.key()); // a Key Vault reference: not known offline
            }
        }
    }
    // Defaults are expressions too ("[resourceGroup().location]"); they are evaluated when used.
    Json variables = Json::object();
    if (const Json *declared = memberAt(document, {"variables"}); declared && declared->is_object())
        variables = *declared;

    // A parameter's default may refer to other parameters or to the resource group; evaluate
    // each once, in a scope that sees the raw values.
    TemplateScope raw(parameters, variables, region);
    Json evaluatedParameters = Json::object();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        try {
            evaluatedParameters[it.key()] = raw.evaluate(it.value());
        } catch (const Unresolved &unresolved) {
            collected.warnings.push_back(fileName + ": parameters." + it.key() + ": "
                                         + unresolved.what());
        }
    }
    TemplateScope scope(evaluatedParameters, variables, region);
    if (const Json *resources = memberAt(document, {"resources"})) {
        TemplateReader reader(fileName, scope, collected);
        reader.readResources(*resources, "resources", {}, {});
    }
    return collected;
}

} // namespace Er::Import
