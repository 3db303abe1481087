#pragma once

#include "model/core/topology.h"
#include "ui/inspector/fieldeditor.h"
#include "views/qtstrings.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace Er::FieldText {

// Text forms of optional values for the inspector's inputs: "" is "not set".
QString of(const std::optional<std::string> &value);
QString of(const std::optional<std::int64_t> &value);
QString of(const std::optional<double> &value);
QString of(const std::optional<bool> &value); // "true", "false" or ""
QString of(const std::optional<StringList> &value, const QString &separator = QStringLiteral("\n"));

// Parsers from the input's text into a value. Each returns why the text is refused, or an empty
// string when the value was stored. Empty text stores "not set".
QString parse(const QString &text, std::optional<std::string> &value);
QString parseInteger(const QString &text,
                     std::optional<std::int64_t> &value,
                     std::int64_t min,
                     std::int64_t max,
                     const QString &what);
QString parseNumber(
    const QString &text, std::optional<double> &value, double min, double max, const QString &what);
QString parseBool(const QString &text, std::optional<bool> &value);
// An AS number in asNumberRange (4-byte ASNs); whether it is reserved is a finding, not an input
// error.
QString parseAsn(const QString &text, std::optional<std::int64_t> &value);
// A VLAN id in vlanIdRange (IEEE 802.1Q: 0 and 4095 are reserved).
QString parseVlan(const QString &text, std::optional<std::int64_t> &value);
// One CIDR prefix, checked by Cidr::parse; the reason is its own.
QString parseCidr(const QString &text, std::optional<std::string> &value);
// Several values, one per line (or separated by commas); `check` explains a refused entry.
using EntryCheck = std::function<QString(const QString &entry)>;
QString parseList(const QString &text, std::optional<StringList> &value, const EntryCheck &check);
QString cidrEntryError(const QString &entry);

// "Default (yes)" / "Yes" / "No" for an optional bool with the given default.
std::vector<FieldEditor::Choice> boolChoices(bool defaultValue);
// "(not set)" followed by each value as its own label.
std::vector<FieldEditor::Choice> valueChoices(const std::vector<std::string> &values,
                                              const QString &unsetLabel = QString());

} // namespace Er::FieldText
