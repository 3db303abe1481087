#include "model/import/importer.h"

#include "model/core/tidylayout.h"
#include "model/import/armresponse.h"
#include "model/import/armtemplate.h"
#include "model/import/azureresource.h"
#include "model/import/designbuilder.h"
#include "model/import/terraformstate.h"
#include "model/io/credentials.h"
#include "model/io/jsonparse.h"

#include <filesystem>

namespace Er {

namespace {

using Import::Json;

constexpr std::size_t maxInputBytes = 256u * 1024u * 1024u;
constexpr int maxDepth = 128;

// Terraform's JSON marks which values are sensitive with booleans only; not data.
bool isSensitivityMap(const std::string &key)
{
    return key == "sensitive_values" || key == "sensitive_attributes";
}

bool isImportCredentialName(const std::string &key)
{
    const std::string name = Import::lowered(key);
    // Resource Graph's paging token is not a secret, whatever its name says.
    if (name == "skiptoken" || name == "skip_token" || name == "$skiptoken")
        return false;
    // A circuit's service key identifies it to the provider: treated as a secret on import.
    return isCredentialName(key) || name == "servicekey" || name == "service_key";
}

// Replaces every credential value by a mark (so that "an MD5 key is configured" is still known)
// and adds a warning naming its place.
void removeCredentials(Json &value,
                       const JsonPath &path,
                       const std::string &fileName,
                       std::vector<std::string> &warnings)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end();) {
            if (isSensitivityMap(it.key())) {
                it = value.erase(it);
                continue;
            }
            const JsonPath memberPath = path.key(it.key());
            if (isImportCredentialName(it.key())) {
                const bool holdsValue = !it.value().is_null()
                                        && !(it.value().is_string()
                                             && it.value().get<std::string>().empty());
                if (holdsValue) {
                    warnings.push_back(fileName + ": " + credentialRemovedWarning(memberPath));
                    it.value() = "<removed>";
                }
            } else {
                removeCredentials(it.value(), memberPath, fileName, warnings);
            }
            ++it;
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            removeCredentials(value[i], path.index(i), fileName, warnings);
    }
}

// The input parsed as JSON, with the checks every JSON file the program reads gets
// (io/jsonparse.h): empty, too large, NUL bytes, not UTF-8, too deep, not JSON.
std::optional<Json> parse(const ImportInput &input, LoadError &error)
{
    ParsedJson parsed = parseJsonDocument(input.bytes, input.fileName,
                                          ReadLimits{maxInputBytes, maxDepth}, "resource file");
    if (!parsed.document) {
        error = std::move(parsed.error);
        return std::nullopt;
    }
    return std::move(*parsed.document);
}

std::string describeTopLevel(const Json &document)
{
    if (!document.is_object())
        return document.is_array() ? "an array with no Azure resources in it"
                                   : "a single JSON value";
    std::string members;
    std::size_t count = 0;
    for (auto it = document.begin(); it != document.end() && count < 5; ++it, ++count)
        members += (count ? ", " : "") + std::string("\"") + it.key() + "\"";
    return members.empty() ? "an empty object" : "an object with " + members;
}

} // namespace

ImportResult importDesign(const std::vector<ImportInput> &inputs,
                          const ImportOptions &options,
                          const Catalogue &catalogue)
{
    ImportResult result;
    std::optional<Json> parameterFile;
    if (options.parameters) {
        parameterFile = parse(*options.parameters, result.error);
        if (!parameterFile)
            return result;
        removeCredentials(*parameterFile, JsonPath(), options.parameters->fileName, result.warnings);
        if (!Import::isArmParameterFile(*parameterFile)
            && !Import::memberAt(*parameterFile, {"parameters"})) {
            result.error = LoadError{options.parameters->fileName,
                                     0,
                                     0,
                                     {},
                                     "not an ARM parameters file (no \"parameters\" object)"};
            return result;
        }
    }

    std::vector<Import::AzureResource> resources;
    int templates = 0;
    for (const ImportInput &input : inputs) {
        std::optional<Json> document = parse(input, result.error);
        if (!document)
            return result;
        removeCredentials(*document, JsonPath(), input.fileName, result.warnings);
        Import::Collected collected;
        try {
            if (Import::isTerraformJson(*document)) {
                collected = Import::readTerraformJson(*document, input.fileName);
            } else if (Import::isArmTemplate(*document)) {
                collected = Import::readArmTemplate(*document, input.fileName,
                                                    parameterFile ? &*parameterFile : nullptr,
                                                    options.region);
            } else if (Import::isArmResponse(*document)) {
                collected = Import::readArmResponse(*document, input.fileName);
            } else if (Import::isArmParameterFile(*document)) {
                result.error = LoadError{input.fileName,
                                         0,
                                         0,
                                         {},
                                         "an ARM parameters file: give it with --parameters, "
                                         "next to its template"};
                return result;
            } else {
                result.error = LoadError{
                    input.fileName,
                    0,
                    0,
                    {},
                    "not recognised: " + describeTopLevel(*document)
                        + "; expected an ARM template, an ARM REST response, az output, Azure "
                          "Resource Graph output or terraform show -json output"};
                return result;
            }
        } catch (const nlohmann::json::exception &error) {
            result.error = LoadError{input.fileName,
                                     0,
                                     0,
                                     {},
                                     "cannot be read: " + std::string(error.what())};
            return result;
        }
        result.warnings.insert(result.warnings.end(), collected.warnings.begin(),
                               collected.warnings.end());
        if (collected.resources.empty())
            result.warnings.push_back(input.fileName + ": holds no resources");
        resources.insert(resources.end(), std::make_move_iterator(collected.resources.begin()),
                         std::make_move_iterator(collected.resources.end()));
        templates += Import::isArmTemplate(*document) ? 1 : 0;
    }
    if (options.parameters && templates == 0)
        result.warnings.push_back(options.parameters->fileName
                                  + ": no template among the inputs; the parameters were not used");

    Topology design = Import::buildDesign(resources, catalogue, result.warnings);
    if (inputs.size() == 1)
        design.name = "Imported from "
                      + std::filesystem::path(inputs.front().fileName).filename().string();
    else
        design.name = "Imported from " + std::to_string(inputs.size()) + " files";
    for (const auto &[id, position] : tidyLayout(design)) {
        Node node = *design.node(id);
        node.position = position;
        design.replaceNode(node);
    }
    result.topology = std::move(design);
    return result;
}

std::optional<ImportInput> readImportInput(const std::string &path, LoadError &error)
{
    FileBytes file = readFileBytes(path, ReadLimits{maxInputBytes, maxDepth}, "resource file");
    if (!file.bytes) {
        error = std::move(file.error);
        return std::nullopt;
    }
    return ImportInput{path, std::move(*file.bytes)};
}

} // namespace Er
