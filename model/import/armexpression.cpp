#include "model/import/armexpression.h"

#include <algorithm>
#include <cctype>

namespace Er::Import {

namespace {

// A recursive-descent parser and evaluator over one expression's text.
class ExpressionParser
{
public:
    ExpressionParser(const std::string &text, TemplateScope &scope)
        : m_text(text)
        , m_scope(scope)
    {}

    Json parseAll()
    {
        Json value = parseExpression();
        skipSpace();
        if (m_pos != m_text.size())
            fail("unexpected '" + m_text.substr(m_pos, 1) + "'");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string &what) const
    {
        throw Unresolved("cannot read the expression \"[" + m_text + "]\": " + what);
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }

    bool accept(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void expect(char c)
    {
        if (!accept(c))
            fail(std::string("expected '") + c + "'");
    }

    Json parseExpression()
    {
        // Nesting is bounded, so that no expression can exhaust the stack.
        if (++m_depth > maxNesting)
            fail("nested deeper than " + std::to_string(maxNesting) + " levels");
        struct Leave
        {
            int &depth;
            ~Leave() { --depth; }
        } leave{m_depth};
        Json value = parsePrimary();
        // Member access and indexing: resourceGroup().location, parameters('x')[0].
        for (;;) {
            if (accept('.')) {
                const std::string member = identifier();
                if (!value.is_object() || !value.contains(member)) {
                    // The one object without a member it may have: resourceGroup() offline.
                    if (member == "location")
                        throw Unresolved("resourceGroup().location is unknown offline (give the "
                                         "region with --region NAME)");
                    throw Unresolved("the value has no member \"" + member + "\"");
                }
                value = value[member];
            } else if (accept('[')) {
                const Json index = parseExpression();
                expect(']');
                if (value.is_array() && index.is_number_integer() && index.get<std::int64_t>() >= 0
                    && static_cast<std::size_t>(index.get<std::int64_t>()) < value.size()) {
                    value = value[static_cast<std::size_t>(index.get<std::int64_t>())];
                } else if (value.is_object() && index.is_string()
                           && value.contains(index.get<std::string>())) {
                    value = value[index.get<std::string>()];
                } else {
                    throw Unresolved("an index " + index.dump() + " the value does not have");
                }
            } else {
                return value;
            }
        }
    }

    std::string identifier()
    {
        skipSpace();
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()
               && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '_'))
            ++m_pos;
        if (start == m_pos)
            fail("expected a name");
        return m_text.substr(start, m_pos - start);
    }

    Json parsePrimary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            fail("it ends too early");
        const char c = m_text[m_pos];
        if (c == '\'') {
            ++m_pos;
            std::string text;
            for (;;) {
                if (m_pos >= m_text.size())
                    fail("a string is not closed");
                if (m_text[m_pos] == '\'') {
                    if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\'') {
                        text += '\'';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    return text;
                }
                text += m_text[m_pos++];
            }
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '-') {
            const std::size_t start = m_pos++;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
            const std::string digits = m_text.substr(start, m_pos - start);
            if (digits == "-" || digits.size() > 18)
                fail("a number out of range");
            return std::stoll(digits);
        }
        const std::string name = identifier();
        const std::string function = lowered(name);
        if (function == "true" || function == "false")
            return function == "true";
        expect('(');
        std::vector<Json> arguments;
        if (!accept(')')) {
            do {
                arguments.push_back(parseExpression());
            } while (accept(','));
            expect(')');
        }
        return call(function, name, arguments);
    }

    static std::string text(const Json &value)
    {
        if (value.is_string())
            return value.get<std::string>();
        if (value.is_null())
            return "";
        return value.dump();
    }

    void needArguments(const std::string &name,
                       const std::vector<Json> &arguments,
                       std::size_t count) const
    {
        if (arguments.size() < count)
            fail(name + "() needs " + std::to_string(count) + " argument(s)");
    }

    Json call(const std::string &function,
              const std::string &name,
              const std::vector<Json> &arguments)
    {
        if (function == "parameters" || function == "variables") {
            needArguments(name, arguments, 1);
            if (!arguments[0].is_string())
                fail(name + "() takes a name");
            return function == "parameters" ? m_scope.parameter(arguments[0].get<std::string>())
                                            : m_scope.variable(arguments[0].get<std::string>());
        }
        if (function == "format") {
            needArguments(name, arguments, 1);
            const std::string pattern = text(arguments[0]);
            std::string result;
            for (std::size_t i = 0; i < pattern.size(); ++i) {
                if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
                    result += '{';
                    ++i;
                } else if (pattern[i] == '}' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
                    result += '}';
                    ++i;
                } else if (pattern[i] == '{') {
                    const std::size_t close = pattern.find('}', i);
                    if (close == std::string::npos)
                        fail("format() has an unclosed '{'");
                    std::string index = pattern.substr(i + 1, close - i - 1);
                    index = index.substr(0, index.find(':'));
                    if (index.empty() || index.size() > 3
                        || !std::all_of(index.begin(), index.end(), ::isdigit))
                        fail("format() has a bad placeholder");
                    const std::size_t n = std::stoul(index) + 1;
                    if (n >= arguments.size())
                        fail("format() has too few arguments");
                    result += text(arguments[n]);
                    i = close;
                } else {
                    result += pattern[i];
                }
            }
            return result;
        }
        if (function == "concat") {
            if (!arguments.empty() && arguments[0].is_array()) {
                Json list = Json::array();
                for (const Json &argument : arguments) {
                    if (!argument.is_array())
                        fail("concat() mixes arrays and strings");
                    for (const Json &item : argument)
                        list.push_back(item);
                }
                return list;
            }
            std::string result;
            for (const Json &argument : arguments)
                result += text(argument);
            return result;
        }
        if (function == "tolower" || function == "toupper") {
            needArguments(name, arguments, 1);
            std::string result = text(arguments[0]);
            for (char &c : result)
                c = static_cast<char>(function == "tolower"
                                          ? std::tolower(static_cast<unsigned char>(c))
                                          : std::toupper(static_cast<unsigned char>(c)));
            return result;
        }
        if (function == "string")
            return arguments.empty() ? Json("") : Json(text(arguments[0]));
        if (function == "int") {
            needArguments(name, arguments, 1);
            if (arguments[0].is_number_integer())
                return arguments[0];
            const std::string digits = text(arguments[0]);
            if (digits.empty() || digits.size() > 18
                || !std::all_of(digits.begin(), digits.end(), ::isdigit))
                fail("int() of \"" + digits + "\"");
            return std::stoll(digits);
        }
        if (function == "if") {
            needArguments(name, arguments, 3);
            return arguments[0].is_boolean() && arguments[0].get<bool>() ? arguments[1]
                                                                         : arguments[2];
        }
        if (function == "equals") {
            needArguments(name, arguments, 2);
            return arguments[0] == arguments[1];
        }
        if (function == "resourcegroup") {
            Json group = {{"id", "/subscriptions/{subscription}/resourceGroups/{resourceGroup}"},
                          {"name", "{resourceGroup}"}};
            if (m_scope.region())
                group["location"] = *m_scope.region();
            else
                return Json{{"id", group["id"]}, {"name", group["name"]}};
            return group;
        }
        if (function == "subscription")
            return Json{{"id", "/subscriptions/{subscription}"},
                        {"subscriptionId", "{subscription}"}};
        if (function == "resourceid") {
            // [subscriptionId, [resourceGroupName,]] type, name...
            std::size_t typeIndex = arguments.size();
            for (std::size_t i = 0; i < arguments.size(); ++i) {
                const std::string argument = text(arguments[i]);
                const auto slash = argument.find('/');
                if (slash != std::string::npos && argument.find('.') < slash) {
                    typeIndex = i;
                    break;
                }
            }
            if (typeIndex == arguments.size() || typeIndex > 2)
                fail("resourceId() has no resource type");
            std::string subscription = "{subscription}";
            std::string group = "{resourceGroup}";
            if (typeIndex == 2) {
                subscription = text(arguments[0]);
                group = text(arguments[1]);
            } else if (typeIndex == 1) {
                group = text(arguments[0]);
            }
            std::vector<std::string> names;
            for (std::size_t i = typeIndex + 1; i < arguments.size(); ++i)
                names.push_back(text(arguments[i]));
            return templateResourceId(text(arguments[typeIndex]), names, subscription, group);
        }
        throw Unresolved(name + "() is not evaluated offline");
    }

    static constexpr int maxNesting = 64;

    const std::string &m_text;
    TemplateScope &m_scope;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

} // namespace

TemplateScope::TemplateScope(Json parameters, Json variables, std::optional<std::string> region)
    : m_parameters(std::move(parameters))
    , m_variables(std::move(variables))
    , m_region(std::move(region))
{}

Json TemplateScope::evaluate(const Json &value,
                             const std::string &place,
                             std::vector<std::string> *warnings)
{
    if (value.is_string())
        return evaluateString(value.get<std::string>());
    if (!value.is_object() && !value.is_array())
        return value;
    Json result = value.is_object() ? Json::object() : Json::array();
    std::size_t index = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++index) {
        const std::string memberPlace = value.is_object()
                                            ? place + "." + it.key()
                                            : place + "[" + std::to_string(index) + "]";
        try {
            Json evaluated = evaluate(it.value(), memberPlace, warnings);
            if (value.is_object())
                result[it.key()] = std::move(evaluated);
            else
                result.push_back(std::move(evaluated));
        } catch (const Unresolved &unresolved) {
            if (!warnings)
                throw;
            warnings->push_back(memberPlace + ": " + unresolved.what() + "; left out");
        }
    }
    return result;
}

Json TemplateScope::evaluateString(const std::string &text)
{
    if (text.size() < 2 || text.front() != '[' || text.back() != ']')
        return text;
    if (text[1] == '[')
        return text.substr(1);
    const std::string inner = text.substr(1, text.size() - 2);
    ExpressionParser parser(inner, *this);
    return parser.parseAll();
}

Json TemplateScope::parameter(const std::string &name)
{
    if (!m_parameters.is_object() || !m_parameters.contains(name))
        throw Unresolved("parameters('" + name
                         + "') has no value (no default, not in --parameters)");
    return m_parameters[name];
}

Json TemplateScope::variable(const std::string &name)
{
    if (const auto found = m_evaluatedVariables.find(name); found != m_evaluatedVariables.end())
        return found->second;
    if (!m_variables.is_object() || !m_variables.contains(name))
        throw Unresolved("variables('" + name + "') is not defined");
    if (!m_evaluating.insert(name).second)
        throw Unresolved("variables('" + name + "') refers to itself");
    if (m_evaluating.size() > 64) {
        m_evaluating.erase(name);
        throw Unresolved("variables('" + name + "') is defined through more than 64 others");
    }
    Json value;
    try {
        value = evaluate(m_variables[name]);
    } catch (...) {
        m_evaluating.erase(name);
        throw;
    }
    m_evaluating.erase(name);
    m_evaluatedVariables.emplace(name, value);
    return value;
}

std::string templateResourceId(const std::string &type,
                               const std::vector<std::string> &names,
                               const std::string &subscription,
                               const std::string &resourceGroup)
{
    // "Microsoft.Network/virtualNetworks/subnets": the namespace, then one type per name.
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t slash = type.find('/', start);
        parts.push_back(type.substr(start, slash - start));
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    std::string id = "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup
                     + "/providers/" + parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        id += "/" + parts[i];
        if (i - 1 < names.size())
            id += "/" + names[i - 1];
    }
    return id;
}

} // namespace Er::Import
