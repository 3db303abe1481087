#include "ui/inspector/fieldtext.h"

#include "model/core/numberranges.h"
#include "model/net/cidr.h"
#include "views/qtstrings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Er::FieldText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Er::FieldText", text);
}

} // namespace

QString of(const std::optional<std::string> &value)
{
    return value ? qs(*value) : QString();
}

QString of(const std::optional<std::int64_t> &value)
{
    return value ? QString::number(*value) : QString();
}

QString of(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

QString of(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("true") : QStringLiteral("false");
}

QString of(const std::optional<StringList> &value, const QString &separator)
{
    if (!value)
        return {};
    QStringList parts;
    for (const std::string &entry : *value)
        parts << qs(entry);
    return parts.join(separator);
}

QString parse(const QString &text, std::optional<std::string> &value)
{
    const QString trimmed = text.trimmed();
    value = trimmed.isEmpty() ? std::nullopt : std::optional(trimmed.toStdString());
    return {};
}

QString parseInteger(const QString &text,
                     std::optional<std::int64_t> &value,
                     std::int64_t min,
                     std::int64_t max,
                     const QString &what)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        value.reset();
        return {};
    }
    bool ok = false;
    const qlonglong number = trimmed.toLongLong(&ok);
    if (!ok)
        return tr("%1 must be a whole number; \"%2\" is not one.").arg(what, trimmed);
    if (number < min || number > max)
        return tr("%1 must be between %2 and %3; %4 is outside.")
            .arg(what)
            .arg(min)
            .arg(max)
            .arg(number);
    value = number;
    return {};
}

QString parseNumber(
    const QString &text, std::optional<double> &value, double min, double max, const QString &what)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        value.reset();
        return {};
    }
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return tr("%1 must be a number; \"%2\" is not one.").arg(what, trimmed);
    if (number < min || number > max)
        return tr("%1 must be between %2 and %3; %4 is outside.")
            .arg(what)
            .arg(min)
            .arg(max)
            .arg(number);
    value = number;
    return {};
}

QString parseBool(const QString &text, std::optional<bool> &value)
{
    if (text.isEmpty())
        value.reset();
    else if (text == QLatin1String("true"))
        value = true;
    else if (text == QLatin1String("false"))
        value = false;
    else
        return tr("\"%1\" is neither yes nor no.").arg(text);
    return {};
}

QString parseAsn(const QString &text, std::optional<std::int64_t> &value)
{
    return parseInteger(text, value, asNumberRange.min, asNumberRange.max, tr("An AS number"));
}

QString parseVlan(const QString &text, std::optional<std::int64_t> &value)
{
    return parseInteger(text, value, vlanIdRange.min, vlanIdRange.max, tr("A VLAN id"));
}

QString cidrEntryError(const QString &entry)
{
    const std::string reason = Cidr::parseError(entry.toStdString());
    if (reason.empty())
        return {};
    return tr("\"%1\" is not a CIDR prefix: %2.").arg(entry, qs(reason));
}

QString parseCidr(const QString &text, std::optional<std::string> &value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        value.reset();
        return {};
    }
    if (const QString error = cidrEntryError(trimmed); !error.isEmpty())
        return error;
    value = trimmed.toStdString();
    return {};
}

QString parseList(const QString &text, std::optional<StringList> &value, const EntryCheck &check)
{
    static const QRegularExpression separators(QStringLiteral("[\\n,]"));
    StringList entries;
    int line = 0;
    for (const QString &part : text.split(separators)) {
        ++line;
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        if (check) {
            if (const QString error = check(entry); !error.isEmpty())
                return tr("Entry %1: %2").arg(line).arg(error);
        }
        entries.push_back(entry.toStdString());
    }
    if (entries.empty())
        value.reset();
    else
        value = std::move(entries);
    return {};
}

std::vector<FieldEditor::Choice> boolChoices(bool defaultValue)
{
    return {{defaultValue ? tr("Default (yes)") : tr("Default (no)"), QString()},
            {tr("Yes"), QStringLiteral("true")},
            {tr("No"), QStringLiteral("false")}};
}

std::vector<FieldEditor::Choice> valueChoices(const std::vector<std::string> &values,
                                              const QString &unsetLabel)
{
    std::vector<FieldEditor::Choice> choices;
    choices.emplace_back(unsetLabel.isEmpty() ? tr("(not set)") : unsetLabel, QString());
    for (const std::string &value : values)
        choices.emplace_back(qs(value), qs(value));
    return choices;
}

} // namespace Er::FieldText
