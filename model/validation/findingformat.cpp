#include "model/validation/findingformat.h"

#include <nlohmann/json.hpp>

namespace Er {

std::string findingsToJson(const std::string &file, const std::vector<Finding> &findings)
{
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const Finding &finding : findings) {
        list.push_back(Json{{"rule", finding.rule},
                            {"severity", std::string(toString(finding.severity))},
                            {"elements", finding.elements},
                            {"message", finding.message},
                            {"fix", finding.fix},
                            {"reference", finding.reference}});
    }
    const FindingCounts counts = countFindings(findings);
    Json document = Json::object();
    document["file"] = file;
    document["findings"] = std::move(list);
    document["counts"] = Json{{"error", counts.errors},
                              {"warning", counts.warnings},
                              {"info", counts.infos}};
    return document.dump(2) + "\n";
}

std::string countsSummary(const FindingCounts &counts)
{
    const auto plural = [](int n, const char *word) {
        return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
    };
    return plural(counts.errors, "error") + ", " + plural(counts.warnings, "warning") + ", "
           + std::to_string(counts.infos) + " info";
}

std::string findingsToText(const std::vector<Finding> &findings)
{
    std::string text;
    for (const Finding &finding : findings) {
        std::string elements;
        for (const std::string &id : finding.elements)
            elements += (elements.empty() ? "" : ",") + id;
        std::string severity(toString(finding.severity));
        for (char &ch : severity)
            ch = static_cast<char>(ch - 'a' + 'A');
        text += severity + " " + finding.rule + " " + elements + ": " + finding.message + "\n";
    }
    text += countsSummary(countFindings(findings)) + "\n";
    return text;
}

} // namespace Er
